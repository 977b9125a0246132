import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeText } from '../../src/files/decode-text';
import { hasSignature, isZip } from '../../src/files/signatures';
import { fuzzRuns } from '../helpers/fuzz-runs';

const bytes = (...parts: Array<number[] | Buffer>) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));
const TEXT = '单位,年度,指标\n市司法局,2024年,行政复议案件收案数';

describe('the one text decoder', () => {
  test('a byte-order mark says the encoding; without one, strict UTF-8, else GB18030', () => {
    expect(decodeText(bytes(Buffer.from(TEXT, 'utf8')))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], Buffer.from(TEXT, 'utf8')))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
    expect(decodeText(bytes([0xff, 0xfe], iconv.encode(TEXT, 'utf-16le')))).toEqual({ ok: true, text: TEXT, encoding: 'utf-16le' });
    expect(decodeText(bytes([0xfe, 0xff], iconv.encode(TEXT, 'utf-16be')))).toEqual({ ok: true, text: TEXT, encoding: 'utf-16be' });
    expect(decodeText(bytes(iconv.encode(TEXT, 'gb18030')))).toEqual({ ok: true, text: TEXT, encoding: 'gb18030' });
  });

  test('binary content is refused, never shown as mojibake', () => {
    expect(decodeText(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toEqual({ ok: false, reason: 'binary' });
    // A BOM that promises UTF-8 before bytes that are not.
    expect(decodeText(bytes([0xef, 0xbb, 0xbf, 0xc3, 0x28]))).toEqual({ ok: false, reason: 'binary' });
    // Not UTF-8, and read as GB18030 it is control characters.
    expect(decodeText(bytes([1, 2, 3, 4, 5, 6, 7, 8, 0x80]))).toEqual({ ok: false, reason: 'binary' });
  });

  test('any bytes give text or a reason; any text without NUL comes back as written from UTF-8 (property)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (input) => {
      const decoded = decodeText(input);
      expect(decoded.ok ? typeof decoded.text : decoded.reason).toMatch(/^(string|binary|encoding)$/);
    }), { numRuns: fuzzRuns(300) });
    const text = fc.string({ unit: 'binary', maxLength: 200 }).filter((s) => !s.startsWith('\ufeff') && !s.includes('\0'));
    fc.assert(fc.property(text, (s) => {
      expect(decodeText(new Uint8Array(Buffer.from(s, 'utf8')))).toEqual({ ok: true, text: s, encoding: 'utf-8' });
    }), { numRuns: fuzzRuns(300) });
  });
});

describe('file signatures', () => {
  test('zip (empty or not), OLE and PDF are told from the first bytes', () => {
    expect(isZip(bytes([0x50, 0x4b, 0x03, 0x04, 1]))).toBe(true);
    expect(isZip(bytes([0x50, 0x4b, 0x05, 0x06]))).toBe(true);
    expect(isZip(bytes([0x50, 0x4b]))).toBe(false);
    expect(hasSignature(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'ole')).toBe(true);
    expect(hasSignature(bytes(Buffer.from('%PDF-1.7')), 'pdf')).toBe(true);
    expect(hasSignature(bytes(Buffer.from('%PD')), 'pdf')).toBe(false);
  });
});
