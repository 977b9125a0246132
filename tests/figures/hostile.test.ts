import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import writeExcelFile from 'write-excel-file/node';
import { readDataFile } from '../../src/data/read-data-file';
import type { DataFileResult } from '../../src/data/read-data-file';
import { fuzzRuns } from '../helpers/fuzz-runs';

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * A bound against grinding through hostile input (minutes, or never), not a speed goal: generous enough for a
 * busy shared machine; the tests using it allow 30 s.
 */
const HANG_BOUND_MS = 15_000;
jest.setTimeout(30_000);

async function fails(bytes: Uint8Array, name: string, code: string): Promise<string> {
  const started = Date.now();
  const result = await readDataFile(bytes, name);
  expect(Date.now() - started).toBeLessThan(HANG_BOUND_MS);
  if (result.ok) throw new Error(`expected ${code}, got ok`);
  expect(result.error.code).toBe(code);
  expect(result.error.message['zh-CN'].length).toBeGreaterThan(10);
  expect(result.error.message['en-US'].length).toBeGreaterThan(10);
  return `${result.error.message['zh-CN']} | ${result.error.message['en-US']}`;
}

/** Sets every entry's declared uncompressed size, in the local headers and the central directory. */
function declareSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

let workbook: Uint8Array;
beforeAll(async () => {
  const data = [['单位', '年度', '指标', '数值', '计量单位'], ['市司法局', 2024, '听证会次数', 4, '次']];
  workbook = new Uint8Array(await writeExcelFile(data).toBuffer());
});

describe('hostile and mistaken files: a clear message, never a throw or a hang', () => {
  test('empty and blank files', async () => {
    for (const name of ['a.csv', 'a.xlsx', 'a.json', 'a']) await fails(new Uint8Array(0), name, 'empty-file');
    await fails(utf8(' \r\n\t\n'), 'a.csv', 'empty-file');
    await fails(utf8('\n\n,,,\n'), 'a.csv', 'empty-file');
  });

  test('binary content named .csv or .json', async () => {
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(await fails(binary, 'a.csv', 'binary')).toContain('.csv');
    await fails(binary, 'a.json', 'binary');
    await fails(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'photo.csv', 'binary');
  });

  test('a .docx renamed .xlsx', async () => {
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
    expect(await fails(docx, 'data.xlsx', 'is-docx')).toContain('Word');
  });

  test('an encrypted workbook or legacy .xls (OLE compound file) renamed .xlsx', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await fails(ole, 'data.xlsx', 'encrypted-or-xls')).toContain('密码');
  });

  test('a truncated workbook, and a zip without a workbook', async () => {
    expect(await fails(workbook.slice(0, Math.floor(workbook.length / 2)), 'data.xlsx', 'xlsx-invalid')).toContain('损坏或不完整');
    await fails(zipSync({ 'readme.txt': strToU8('hello') }), 'data.xlsx', 'xlsx-invalid');
  });

  test('text named .xlsx says it looks like text', async () => {
    expect(await fails(utf8('单位,年度,指标,数值\n'), 'data.xlsx', 'not-xlsx')).toContain('.csv');
  });

  test('a zip bomb is refused by its declared size, before inflating', async () => {
    const bomb = declareSizes(workbook, 0xfffffff0);
    expect(await fails(bomb, 'bomb.xlsx', 'zip-too-large')).toContain('4,294,967,280');
    // Many entries each under the entry limit but over the total limit.
    const entries = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`xl/media/image${i}.png`, strToU8('x')]));
    const many = declareSizes(zipSync({ ...entries, 'xl/workbook.xml': strToU8('<workbook/>') }), 60 * 1024 * 1024);
    await fails(many, 'bomb.xlsx', 'zip-too-large');
  });

  test('a part that inflates past the size it declares is refused, quickly', async () => {
    const spaces = new Uint8Array(20 * 1024 * 1024).fill(0x20);
    const lying = declareSizes(zipSync({ 'xl/workbook.xml': spaces, 'xl/styles.xml': strToU8('<styleSheet/>') }), 100);
    expect(await fails(lying, 'lying.xlsx', 'zip-refused')).toContain('与它声明的不符');
  });

  test('a CSV with a million columns on one line stops at the column limit, quickly', async () => {
    const message = await fails(utf8(`${'a,'.repeat(1_000_000)}\n1,2\n`), 'wide.csv', 'too-many-columns');
    expect(message).toContain('1,000,000');
    expect(message).toContain('200');
    // A line of 30 million columns (60 MB, just under the file limit): refused before any parsing.
    expect(await fails(utf8(`单位,年度,指标,数值\n${'1,'.repeat(30_000_000)}`), 'wider.csv', 'too-many-columns')).toContain('第 2 行有 30,000,000 列');
  }, 30_000); // building and refusing 60 MB of text: a bound against a hang on a busy machine, not a speed goal

  test('trailing empty columns and commas inside quotes do not count as columns', async () => {
    const csv = `单位,年度,指标,数值,计量单位${','.repeat(400)}\n市司法局,2024,甲,1,件,"${'，,'.repeat(300)}"${','.repeat(400)}\n`;
    const result = await readDataFile(utf8(csv), 'a.csv');
    expect(result.ok && result.dataset.records).toHaveLength(1);
  });

  test('more rows than the limit', async () => {
    const rows = '市司法局,2024,甲,1,件\n'.repeat(200_001);
    expect(await fails(utf8(`单位,年度,指标,数值,计量单位\n${rows}`), 'tall.csv', 'too-many-rows')).toContain('200,000');
  });

  test('a file over the size limit', async () => {
    await fails(new Uint8Array(64 * 1024 * 1024 + 1), 'huge.csv', 'too-large');
  });

  test('missing columns, unknown layout, broken JSON, unsupported types', async () => {
    expect(await fails(utf8('单位,指标,备注\n市司法局,甲,\n'), 'a.csv', 'missing-columns')).toContain('缺少“年度、数值”列');
    expect(await fails(utf8('姓名,电话\n张三,1\n'), 'a.csv', 'unknown-layout')).toContain('“姓名”、“电话”');
    expect(await fails(utf8('{"figures": [1, 2,]}'), 'a.json', 'json-syntax')).toContain('第 1 行第 19 列的“]”不合语法');
    await fails(utf8('%PDF-1.7 ...'), 'a.pdf', 'unsupported-format');
    await fails(utf8('x'), 'a.xls', 'unsupported-format');
  });

  test('NaN, Infinity and 1e309 as values are listed by row and column; good rows load', async () => {
    const csv = '单位,年度,指标,数值,计量单位\n市司法局,2024,甲,NaN,件\n市司法局,2024,乙,Infinity,件\n市司法局,2024,丙,1e309,件\n市司法局,2024,丁,4,件\n';
    const result = await readDataFile(utf8(csv), 'a.csv');
    expect(result.ok && result.dataset.records.map((r) => r.indicator)).toEqual(['丁']);
    expect(result.ok && result.problems.map((p) => `${p.code}@${p.place.row}${p.place.columnLetter}`)).toEqual(['not-finite@2D', 'not-finite@3D', 'not-finite@4D']);
  });
});

describe('properties: readDataFile always resolves to a result with messages in both languages', () => {
  const wellFormed = (result: DataFileResult) => {
    if (result.ok) expect(Array.isArray(result.dataset.records)).toBe(true);
    else expect(typeof result.error.message['zh-CN'] === 'string' && typeof result.error.message['en-US'] === 'string').toBe(true);
  };
  const names = fc.constantFrom('a.csv', 'a.xlsx', 'a.json', 'a.txt', 'a', 'a.dat');

  test('arbitrary bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), names, async (bytes, name) => wellFormed(await readDataFile(bytes, name))), { numRuns: fuzzRuns(200) });
  });

  test('arbitrary bytes behind a zip signature, and mangled workbooks', async () => {
    const zipLike = fc.uint8Array({ maxLength: 1024 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b]));
    const mangled = fc.tuple(fc.nat(), fc.nat(255)).map(([i, byte]) => {
      const copy = workbook.slice();
      copy[i % copy.length] = byte;
      return copy;
    });
    await fc.assert(fc.asyncProperty(fc.oneof(zipLike, mangled), names, async (bytes, name) => wellFormed(await readDataFile(bytes, name))), { numRuns: fuzzRuns(200) });
  });

  test('arbitrary CSV-ish text', async () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('单位', '年度', '指标', '数值', '2024', '1,102', '97%', '"', '=A1', 'NaN', ''));
    const text = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }).map((rows) => rows.map((r) => r.join(',')).join('\n'));
    await fc.assert(fc.asyncProperty(text, async (csv) => wellFormed(await readDataFile(utf8(csv), 'a.csv'))), { numRuns: fuzzRuns(200) });
  });
});
