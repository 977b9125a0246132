/**
 * Hostile files, made at test time (no blobs in the repository), through readDocx and through the installed
 * command (`node bin/report-check.js FILE`, built by `npm run build:cli`): each is refused or read with a clear
 * message naming the file and the problem, exit code 2 when unreadable, no stack trace, nothing hangs.
 *
 * readDocx alone on non-zip bytes, a truncated or corrupted zip, an OLE (encrypted) file, a renamed .xlsx/.odt,
 * malformed XML, a DOCTYPE in document.xml and a central directory declaring a huge size is in
 * tests/docx/errors.test.ts; here those go through the command, and the rest is new.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../../src/core/check';
import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { DocxReadError, readDocx } from '../../src/docx/read-docx';
import { readText } from '../../src/text/read-text';
import { buildDocx, zipEntries } from '../helpers/ooxml';
import { DOCUMENT_CLOSE, DOCUMENT_OPEN, hugeDocumentDocx, rawZip } from './zip-bombs';

jest.setTimeout(120_000); // a hang guard only

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'report-check.js');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MiB = 1024 * 1024;
const scratch = mkdtempSync(join(tmpdir(), 'report-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The command reads lib/, compiled from src/ by `npm run build:cli` (npm test runs it first). */
beforeAll(() => {
  const stale = ['docx', 'text', 'cli'].flatMap((dir) =>
    readdirSync(join(ROOT, 'src', dir))
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => {
        const built = join(ROOT, 'lib', 'src', dir, f.replace(/\.ts$/, '.js'));
        return !existsSync(built) || statSync(built).mtimeMs < statSync(join(ROOT, 'src', dir, f)).mtimeMs;
      }),
  );
  if (stale.length > 0) throw new Error(`lib/ is missing or older than src/ (${stale.join(', ')}): run npm run build:cli first`);
});

function write(name: string, bytes: Uint8Array | string): string {
  const file = join(scratch, name);
  writeFileSync(file, bytes);
  return file;
}

/** The DocxReadError readDocx throws for these bytes. */
function docxError(bytes: Uint8Array): DocxReadError {
  try {
    readDocx(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(DocxReadError);
    return error as DocxReadError;
  }
  throw new Error('readDocx read it');
}

/** Runs the installed command; the spawn's own timeout is a second hang guard. */
function reportCheck(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 90_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const STACK_TRACE = /^\s+at .+(:\d+:\d+\)?|\(native\))$|FATAL ERROR|(Docx|ReportRead|Range|Type)Error\b/m;

/** Unreadable: exit 2, the file named on stdout and stderr with the reason, no stack trace. */
function expectUnreadable(file: string, reason: RegExp): void {
  const run = reportCheck(file);
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 2, stderr: expect.stringMatching(reason) });
  expect(run.stderr).toContain(`report-check: ${file}: `);
  expect(run.stdout).toContain(`${file}\n  ✗ 无法读取：`);
  expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
}

/** Read: exit 0 or 1 (findings), no stack trace. */
function expectRead(file: string): { stdout: string; stderr: string } {
  const run = reportCheck(file);
  expect([0, 1]).toContain(run.status);
  expect(run.stdout).toContain(file);
  expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  return run;
}

/** External memory (ArrayBuffers) grown by a call: a refusal must not have inflated anything big. */
function arrayBufferGrowth(call: () => void): number {
  const before = process.memoryUsage().arrayBuffers;
  call();
  return process.memoryUsage().arrayBuffers - before;
}

const docWith = (bodyXml: string, prolog = ''): Uint8Array =>
  buildDocx({ body: [], documentXml: `${prolog}<w:document xmlns:w="${W}"><w:body>${bodyXml}</w:body></w:document>` });
const LAUGHS =
  '<!DOCTYPE lolz [<!ENTITY lol "lol">' +
  Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('') + ']>';
const XXE = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';

describe('zip bombs and lying sizes are refused before inflating', () => {
  test('a 400 MiB document.xml (2.6 MB zipped): refused at the 64 MiB entry limit', () => {
    const bytes = hugeDocumentDocx(400 * MiB);
    let error: DocxReadError | undefined;
    expect(arrayBufferGrowth(() => (error = docxError(bytes)))).toBeLessThan(16 * MiB);
    expect(error?.message).toMatch(/word\/document\.xml .*too large.*\(419430400 bytes, limit 67108864\); refused/);
    expectUnreadable(write('bomb.docx', bytes), /bomb\.docx: .*too large .*limit 67108864/);
  });

  test('the same entry with a central directory that declares 4 KiB: inflating stops at 4 KiB and it is refused', () => {
    const bytes = hugeDocumentDocx(400 * MiB, 4096);
    let error: DocxReadError | undefined;
    expect(arrayBufferGrowth(() => (error = docxError(bytes)))).toBeLessThan(64 * MiB);
    expect(error?.message).toContain('Entry word/document.xml inflates to more than the 4096 bytes it declares (size limit)');
    expectUnreadable(write('lying.docx', bytes), /lying\.docx: .*more than the 4096 bytes it declares/);
  });

  test('a central directory that declares 4 GiB for a small entry (readDocx: tests/docx/errors.test.ts)', () => {
    const bytes = rawZip([{ name: 'word/document.xml', data: new TextEncoder().encode(`${DOCUMENT_OPEN}法治${DOCUMENT_CLOSE}`), declaredSize: 0xfffffff0 }]);
    expectUnreadable(write('declares-4gib.docx', bytes), /declares-4gib\.docx: .*too large when unzipped \(4294967280 bytes, limit 67108864\)/);
  });

  test('an entry encrypted with a zip password', () => {
    const bytes = rawZip([{ name: 'word/document.xml', data: new TextEncoder().encode(`${DOCUMENT_OPEN}x${DOCUMENT_CLOSE}`) }]);
    new DataView(bytes.buffer).setUint16(6, 0x0801, true); // local header: encrypted, UTF-8 name
    const central = bytes.length - 22 - (46 + 'word/document.xml'.length);
    new DataView(bytes.buffer).setUint16(central + 8, 0x0801, true);
    expect(docxError(bytes).message).toContain('Entry word/document.xml is encrypted with a zip password');
    expectUnreadable(write('zip-password.docx', bytes), /zip-password\.docx: .*encrypted with a zip password/);
  });
});

describe('damaged, encrypted and misnamed files', () => {
  const valid = buildDocx({ body: ['一、主要举措和成效', '全年共办理行政复议案件53件。'] });

  test.each([0.1, 0.5, 0.99])('a .docx cut off at %p of its length', (fraction) => {
    const bytes = valid.subarray(0, Math.floor(valid.length * fraction));
    expect(docxError(bytes).message).toMatch(/cannot unzip|not a zip archive/);
    expectUnreadable(write(`truncated-${fraction}.docx`, bytes), /cannot unzip|not a zip archive/);
  });

  test('an encrypted .docx (an OLE compound file, D0 CF 11 E0 A1 B1 1A E1)', () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expectUnreadable(write('encrypted.docx', ole), /encrypted\.docx: .*加密.*encrypted \(password-protected\)/);
  });

  test.each([
    ['spreadsheet.docx', zipEntries({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }), /spreadsheet\.docx: .*not a Word document/],
    ['open-document.docx', zipEntries({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>' }), /open-document\.docx: .*not a Word document/],
    ['scan.docx', new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'), /scan\.docx: .*not a zip archive/],
    ['picture.docx', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), /picture\.docx: .*not a zip archive/],
  ])('%s: other bytes under a .docx name', (name, bytes, reason) => {
    expect(docxError(bytes).message.length).toBeGreaterThan(0);
    expectUnreadable(write(name, bytes), reason);
  });

  test('a .docx named .txt is not taken for text', () => {
    expectUnreadable(write('report.txt', valid), /report\.txt: .*not a text file \(binary content\)/);
  });
});

describe('XML that would expand, fetch or nest without end', () => {
  test.each([
    ['xxe.docx', docWith('<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>', XXE)],
    ['laughs.docx', docWith('<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>', LAUGHS)],
    ['dtd-system.docx', docWith('<w:p/>', '<!DOCTYPE w:document SYSTEM "http://127.0.0.1:9/evil.dtd">')],
  ])('%s: a DTD in document.xml is refused, nothing expanded or fetched', (name, bytes) => {
    const error = docxError(bytes);
    expect(error.message).toContain('word/document.xml contains a DTD (DOCTYPE) declaration; refused for safety');
    expect(error.message).not.toMatch(/root:|lollol/);
    expectUnreadable(write(name, bytes), /DOCTYPE/);
  });

  test('a DTD in styles.xml or the relationships: that part is skipped with a warning, the text is read, nothing expanded', () => {
    const styles = `<?xml version="1.0"?>${XXE}<w:styles xmlns:w="${W}"><w:style w:styleId="&xxe;"/></w:styles>`;
    const rels = `${LAUGHS}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="&lol9;"/></Relationships>`;
    const bytes = buildDocx({ body: ['2024年度法治政府建设情况报告', '一、主要举措和成效'], extraParts: { 'word/styles.xml': styles, '_rels/.rels': rels } });
    const doc = readDocx(bytes);
    expect(doc.blocks.map((b) => b.text)).toEqual(['2024年度法治政府建设情况报告', '一、主要举措和成效']);
    expect(doc.warnings.join('\n')).toMatch(/word\/styles\.xml contains a DTD[\s\S]*_rels\/\.rels contains a DTD|_rels\/\.rels contains a DTD[\s\S]*word\/styles\.xml contains a DTD/);
    const file = write('dtd-in-parts.docx', bytes);
    const run = expectRead(file);
    expect(run.stderr).toContain(`report-check: ${file}: word/styles.xml 含有 DTD`);
    expect(run.stdout + run.stderr).not.toMatch(/root:|lollol/);
  });

  test('elements nested 100,000 deep are refused at the nesting limit', () => {
    const bytes = docWith(`<w:p>${'<w:r>'.repeat(100_000)}${'</w:r>'.repeat(100_000)}</w:p>`);
    expect(docxError(bytes).message).toContain('elements nested deeper than 512 levels');
    expectUnreadable(write('deep.docx', bytes), /deep\.docx: .*nested deeper than 512 levels/);
  });

  test('250 nested content controls around 200,000 empty paragraphs (3 KB zipped): read without filling the memory', () => {
    const open = Array.from({ length: 250 }, (_, i) => `<w:sdt><w:sdtPr><w:tag w:val="t${i}"/></w:sdtPr><w:sdtContent>`).join('');
    const bytes = docWith(`${open}${'<w:p/>'.repeat(200_000)}${'</w:sdtContent></w:sdt>'.repeat(250)}`);
    const heap = process.memoryUsage().heapUsed;
    const doc = readDocx(bytes);
    // Each paragraph carrying its own copy of the 250 tags took ~400 MB here; shared, the blocks take ~30 MB.
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(250 * MiB);
    expect(doc.blocks).toHaveLength(200_000);
    expect(doc.blocks[199_999]?.tags).toHaveLength(250);
  });

  test('list numbering that would make every label megabytes long (a 2 KB file): labels stay short', () => {
    const bytes = buildDocx({
      numbering: { abstractNums: [{ id: 0, levels: [{ format: 'lowerLetter', text: '%1'.repeat(2000), start: 999999999 }] }], nums: [{ id: 1, abstractNumId: 0 }] },
      body: Array.from({ length: 40 }, (_, i) => ({ kind: 'p' as const, numbering: { numId: 1 }, content: `第${i + 1}项` })),
    });
    const doc = readDocx(bytes);
    expect(doc.blocks).toHaveLength(40);
    for (const block of doc.blocks) expect((block.listString ?? '').length).toBeLessThanOrEqual(400);
    expectRead(write('numbering-bomb.docx', bytes)); // crashed the command (out of memory) before
  });
});

describe('numbers and formulas in a report are plain text: kept, printed literally, never evaluated', () => {
  const FORMULA = '=HYPERLINK("http://evil","点击")';
  const lines = [
    '1e309年度法治政府建设情况报告',
    '区政府：',
    `一、NaN年度主要举措和成效`,
    `【请填写${FORMULA}】`,
    '二、存在的不足和原因',
    '执法人员不足1e309人，原因是NaN。',
    '三、党政主要负责人履行推进法治建设第一责任人职责情况',
    '主要负责人主持专题会议Infinity次。',
    '四、-0年度推进法治政府建设的主要安排',
    '=1+1',
    '某某县司法局',
    '2025年1月15日',
  ];

  test.each(['txt', 'docx'])('as .%s: the checker quotes the formula as written; the command prints it literally', (ext) => {
    const bytes = ext === 'txt' ? new TextEncoder().encode(lines.join('\n')) : buildDocx({ body: lines });
    const doc = ext === 'txt' ? readText(lines.join('\n')) : readDocx(bytes);
    expect(doc.blocks.map((b) => b.text)).toEqual(lines);
    const result = check(doc, { profile: DEFAULT_PROFILE });
    expect(result.reportYear === null || Number.isSafeInteger(result.reportYear)).toBe(true);
    expect(result.findings.map((f) => f.message).join('\n')).toContain(FORMULA);

    const file = write(`numbers.${ext}`, bytes);
    expect(expectRead(file).stdout).toContain(`【请填写${FORMULA}】`);
    const json = reportCheck('--json', file);
    const [parsed] = JSON.parse(json.stdout).files;
    expect(parsed.findings.map((f: { message: string }) => f.message).join('\n')).toContain(FORMULA);
    expect(parsed.reportYear === null || Number.isSafeInteger(parsed.reportYear)).toBe(true);
  });
});
