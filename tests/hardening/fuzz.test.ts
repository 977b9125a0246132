/**
 * Properties over arbitrary input for every reader and for core: nothing throws, readers say what they could
 * not read (a typed error with a message, or warnings). Bounded here; `npm run fuzz` runs each 10,000 times.
 * What tests/core/properties.test.ts and tests/docx/fuzz.test.ts already cover is not repeated.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import iconv from 'iconv-lite';
import { runCli } from '../../src/cli/main';
import { decodeText, readReport, ReportReadError } from '../../src/cli/read-report';
import { check } from '../../src/core/check';
import { makeBlock, type Block, type ReportDocument } from '../../src/core/document';
import type { Profile } from '../../src/core/profile';
import { validateProfile } from '../../src/core/profile-validation';
import { BUILT_IN_PROFILES } from '../../src/core/profiles';
import { guessProfile } from '../../src/core/profiles/guess';
import { applyPlan, planScaffold, type PlannedBlock } from '../../src/core/scaffold';
import { partTag } from '../../src/core/tags';
import { DocxReadError, readDocx } from '../../src/docx/read-docx';
import { readText } from '../../src/text/read-text';
import { fuzzRuns } from '../helpers/fuzz-runs';
import { buildDocx, escapeXml, type BodySpec, type InlineSpec, type LevelSpec, type StyleSpec } from '../helpers/ooxml';
import { BASE_REPORT } from '../helpers/text-docs';
import { rawZip } from './zip-bombs';

const fixtures = join(__dirname, '..', 'fixtures');
const WORK_SAFETY = validateProfile(JSON.parse(readFileSync(join(fixtures, 'profiles', 'work-safety-annual.json'), 'utf8'))).profile as Profile;
const PROFILES: readonly Profile[] = [...BUILT_IN_PROFILES, WORK_SAFETY];

/** Every label and header string in the profiles' standard tables, so generated tables can match them. */
function tableLabels(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(tableLabels);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => ((key === 'label' || key === 'labelHeader') && typeof v === 'string' ? [v] : tableLabels(v)));
}
const LABELS = [...new Set(PROFILES.flatMap((p) => tableLabels(p.parts)))];

/** Lines a report may hold, hostile ones included: numbers JavaScript would parse oddly, formulas, markup, template syntax. */
const HOSTILE = [
  '1e309', 'NaN', '-Infinity', '0x1F', '9'.repeat(400), `${'9'.repeat(40)}年度法治政府建设情况报告`, '=HYPERLINK("http://evil","点击")', '=1+1',
  '@SUM(A1:A9)', "+cmd|' /C calc'!A0", '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{partName}{year}{unit}$&$1$`', '__proto__',
  'constructor', '二〇二四年十三月四十五日', '2024年2月30日', '2024年0月0日', '99999年1月1日', '0年1月1日', '第九千九百九十九部分', '一百万、',
  '（九十九）', '十一、', '(1000000)', '1000000.', '《法治政府建设实施纲要（1e309—NaN年）》', '法治政府建设实施纲要（2025—2021年）', '【请', '】',
];
const GOV_INFO = readFileSync(join(fixtures, 'gov-info-complete-2024.txt'), 'utf8').split('\n');

/** One UTF-16 unit of any value (lone surrogates too), or a character reports are made of. */
const anyChar = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('\n', '\r\n', '\r', '\ufeff', '\u2028', '\u3000', '\t', '#', '# ', '、', '（', '）', '.', '一', '二', '十', '年', '月', '日', '报告', '0', '1', '9'),
);
const anyText = (maxLength: number) => fc.string({ unit: anyChar, maxLength });
const reportLine = fc.oneof(
  fc.constantFrom(...BASE_REPORT, ...HOSTILE, ...GOV_INFO, ...LABELS, '', '区政府：', '【请填写】', '一是深化改革。', '### 三、第一责任人'),
  anyText(40),
  fc.stringMatching(/^[一二三四五六七八九十（）()1-9、.．第部分 #*年月日报告不足安排问题原因0-9-]{0,14}$/),
);

/** A table as the readers give it: one table-cell block per cell, with its position. */
const tableRows = fc.array(fc.array(fc.oneof(fc.constantFrom(...LABELS, '0', '12', '-3', '1e309', 'NaN', '１２', '1,234', '12.5', '', '—', '无'), anyText(6)), { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 8 });
const blockFields = fc.record({
  text: reportLine,
  kind: fc.constantFrom('paragraph', 'heading', 'list-item' as const),
  level: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
  listString: fc.option(fc.constantFrom('一、', '（二）', '3.', '•', '', 'a)', '九千九百九十九、'), { nil: undefined }),
  style: fc.option(fc.constantFrom('Normal', 'heading 1', '标题 2', 'Title', '正文', 'heading 99'), { nil: undefined }),
  tags: fc.array(fc.constantFrom(partTag('heading', 'measures'), partTag('prompt', 'date'), partTag('title', 'title'), partTag('heading', 'no-such-part'), 'report-assistant:table:x', 'other-tool', ''), { maxLength: 2 }),
});
const segment = fc.oneof({ weight: 6, arbitrary: blockFields.map((fields) => ({ fields })) }, { weight: 1, arbitrary: tableRows.map((rows) => ({ rows })) });

/** Arbitrary documents: paragraphs of report-like and hostile text, tables among them. */
const arbitraryDoc: fc.Arbitrary<ReportDocument> = fc
  .tuple(fc.array(segment, { maxLength: 30 }), fc.constantFrom('line', 'paragraph' as const), fc.boolean())
  .map(([segments, locationUnit, tablesUnknown]) => {
    const blocks: Block[] = [];
    let tables = 0;
    for (const seg of segments) {
      if ('fields' in seg) {
        blocks.push(makeBlock(blocks.length, seg.fields.text, seg.fields));
        continue;
      }
      const table = tables++;
      seg.rows.forEach((cells, row) => cells.forEach((text, column) => {
        blocks.push(makeBlock(blocks.length, text, { kind: 'table-cell', cell: { table, row, column } }));
      }));
    }
    return { blocks, locationUnit, warnings: [], tablesUnknown };
  });

const SEVERITIES = ['error', 'warning', 'info'];

describe('the text reader', () => {
  test('readText never throws: one block per line, in order, the text unchanged', () => {
    fc.assert(fc.property(anyText(300), (text) => {
      const doc = readText(text);
      expect(doc.locationUnit).toBe('line');
      doc.blocks.forEach((block, i) => {
        expect(block.index).toBe(i);
        expect(block.text).not.toMatch(/[\r\n]/);
        if (block.kind === 'heading') expect(block.level).toBeGreaterThanOrEqual(1);
      });
      const expected = text.replace(/^\ufeff/, '').replace(/\r\n|\r/g, '\n').replace(/\n$/, '');
      expect(doc.blocks.map((b) => b.text).join('\n')).toBe(expected);
    }), { numRuns: fuzzRuns(300) });
  });

  test('decodeText: any bytes give text or a ReportReadError saying why', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      try {
        expect(typeof decodeText(bytes)).toBe('string');
      } catch (error) {
        expect(error).toBeInstanceOf(ReportReadError);
        expect((error as Error).message).toMatch(/binary/);
      }
    }), { numRuns: fuzzRuns(300) });
  });

  test('decodeText: UTF-8 (with or without BOM) and UTF-16 with BOM come back as written', () => {
    const text = fc.string({ unit: 'binary', maxLength: 200 }).filter((s) => !s.startsWith('\ufeff') && !s.includes('\0'));
    fc.assert(fc.property(text, fc.constantFrom('utf8', 'utf8-bom', 'utf-16le', 'utf-16be'), (s, encoding) => {
      const bytes =
        encoding === 'utf8' ? Buffer.from(s, 'utf8')
        : encoding === 'utf8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')])
        : iconv.encode(s, encoding, { addBOM: true });
      expect(decodeText(new Uint8Array(bytes))).toBe(s);
    }), { numRuns: fuzzRuns(300) });
  });
});

describe('the command-line reader and checker on arbitrary files', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'report-fuzz-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const fileBytes = fc.oneof(
    fc.uint8Array({ maxLength: 400 }),
    anyText(300).map((t) => new Uint8Array(Buffer.from(t, 'utf8'))),
    anyText(100).map((t) => new Uint8Array(iconv.encode(t, 'gb18030'))),
    fc.array(reportLine, { maxLength: 20 }).map((lines) => new Uint8Array(Buffer.from(lines.join('\n'), 'utf8'))),
  );

  test('readReport gives a document or a typed error with a message; report-check never throws and names what it could not read', () => {
    fc.assert(fc.property(fileBytes, fc.constantFrom('.txt', '.md', '.docx', '.doc', '.pdf', ''), fc.boolean(), (bytes, ext, json) => {
      const file = join(scratch, `report${ext}`);
      writeFileSync(file, bytes);
      try {
        readReport(file).blocks.forEach((block, i) => expect(block.index).toBe(i));
      } catch (error) {
        expect([ReportReadError, DocxReadError].some((type) => error instanceof type)).toBe(true);
        expect((error as Error).message.length).toBeGreaterThan(0);
      }
      const out = runCli(json ? ['--json', file] : [file]);
      expect([0, 1, 2]).toContain(out.exitCode);
      if (out.exitCode === 2) expect(out.stderr.join('\n')).toContain(`report-check: ${file}: `);
      expect([...out.stdout, ...out.stderr].join('\n')).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      if (json) expect(JSON.parse(out.stdout.join('\n')).files).toHaveLength(1);
    }), { numRuns: fuzzRuns(100) });
  });
});

describe('the .docx reader on generated packages', () => {
  const XML_CHARS = /^[\t\n\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;
  const text = fc.oneof(fc.constantFrom(...BASE_REPORT, ...HOSTILE, '', ' ', '\t', '\n'), anyText(30).filter((s) => XML_CHARS.test(s)));
  const styleIds = ['a', '1', '2', 'Heading1', 'Title', 'x', '标题1'];
  const styles: fc.Arbitrary<StyleSpec[]> = fc.array(fc.record({
    id: fc.constantFrom(...styleIds),
    name: fc.option(fc.constantFrom('Normal', 'heading 1', 'heading 9', '标题 2', '正文', 'Title', 'heading 10', 'toc 1'), { nil: undefined }),
    basedOn: fc.option(fc.constantFrom(...styleIds), { nil: undefined }), // cycles included
    outlineLevel: fc.option(fc.integer({ min: -2, max: 12 }), { nil: undefined }),
    numbering: fc.option(fc.record({ numId: fc.integer({ min: 0, max: 3 }), ilvl: fc.integer({ min: -1, max: 10 }) }), { nil: undefined }),
    isDefault: fc.boolean(),
  }, { requiredKeys: ['id', 'isDefault'] }), { maxLength: 6 });
  const level: fc.Arbitrary<LevelSpec> = fc.record({
    format: fc.constantFrom('decimal', 'chineseCounting', 'chineseLegalSimplified', 'ideographTraditional', 'upperLetter', 'lowerLetter', 'upperRoman', 'bullet', 'decimalEnclosedCircle', 'none', 'made-up'),
    text: fc.array(fc.constantFrom('%1', '%2', '%9', '、', '（', '）', '.', '\uf0b7', '%', '%0'), { maxLength: 8 }).map((t) => t.join('')),
    start: fc.oneof(fc.integer({ min: -5, max: 30 }), fc.constantFrom(999999999, -999999999, 2147483647)),
    restart: fc.option(fc.integer({ min: -1, max: 10 }), { nil: undefined }),
    legal: fc.boolean(),
  }, { requiredKeys: ['format', 'text'] });
  const numbering = fc.record({
    abstractNums: fc.array(fc.record({ id: fc.integer({ min: 0, max: 2 }), levels: fc.array(level, { maxLength: 9 }) }), { maxLength: 3 }),
    nums: fc.array(fc.record({ id: fc.integer({ min: 0, max: 3 }), abstractNumId: fc.integer({ min: 0, max: 3 }), startOverrides: fc.dictionary(fc.constantFrom('0', '1', '8', '9'), fc.integer({ min: -9, max: 999999999 })) }), { maxLength: 4 }),
  });
  const inline: fc.Arbitrary<InlineSpec> = fc.oneof(
    text,
    fc.record({ kind: fc.constant('del' as const), text }),
    fc.record({ kind: fc.constant('ins' as const), content: fc.array(text, { maxLength: 2 }) }),
    fc.record({ kind: fc.constant('field' as const), instr: fc.constantFrom(' PAGE ', ' HYPERLINK "http://evil" ', ' =1/0 '), result: text }),
    fc.record({ kind: fc.constant('sdt' as const), tag: fc.option(fc.constantFrom(partTag('prompt', 'date'), 'x', ''), { nil: undefined }), content: fc.array(text, { maxLength: 2 }) }),
    fc.record({ kind: fc.constant('textBox' as const), text }),
    fc.record({ kind: fc.constant('xml' as const), xml: fc.constantFrom('<w:r><w:fldChar w:fldCharType="begin"/></w:r>', '<w:r><w:fldChar w:fldCharType="end"/></w:r>', '<w:r><w:sym w:char="F0B7"/></w:r>') }),
  );
  const paragraph = fc.record({
    kind: fc.constant('p' as const),
    style: fc.option(fc.constantFrom(...styleIds, 'undefined-style'), { nil: undefined }),
    numbering: fc.option(fc.record({ numId: fc.integer({ min: 0, max: 4 }), ilvl: fc.integer({ min: -1, max: 12 }) }), { nil: undefined }),
    outlineLevel: fc.option(fc.integer({ min: -1, max: 10 }), { nil: undefined }),
    content: fc.array(inline, { maxLength: 4 }),
  }, { requiredKeys: ['kind', 'content'] });
  const body: fc.Arbitrary<BodySpec[]> = fc.array(fc.oneof(
    { weight: 8, arbitrary: paragraph },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('table' as const), rows: fc.array(fc.array(text, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('sdt' as const), tag: fc.option(fc.constantFrom(partTag('heading', 'measures'), 'x'), { nil: undefined }), content: fc.array(paragraph, { maxLength: 2 }) }) },
  ), { maxLength: 25 });

  test('any package the builder can make reads without error; blocks are well-formed, labels short; the check runs on it', () => {
    fc.assert(fc.property(body, fc.option(styles, { nil: null }), fc.option(numbering, { nil: undefined }), (items, styleList, numberingSpec) => {
      const doc = readDocx(buildDocx({ body: items, styles: styleList, numbering: numberingSpec }));
      expect(doc.locationUnit).toBe('paragraph');
      doc.blocks.forEach((block, i) => {
        expect(block.index).toBe(i);
        if (block.level !== undefined) expect(block.level >= 1 && block.level <= 9).toBe(true);
        expect((block.listString ?? '').length).toBeLessThanOrEqual(2000);
      });
      doc.warnings.forEach((warning) => expect(warning).toMatch(/ \/ /)); // bilingual
      const { profile } = guessProfile(doc, PROFILES);
      check(doc, { profile });
    }), { numRuns: fuzzRuns(100) });
  });

  test('plain paragraphs come back exactly as written', () => {
    const plain = fc.array(fc.oneof(fc.constantFrom(...BASE_REPORT, ...HOSTILE), anyText(40)).filter((s) => XML_CHARS.test(s) && !s.includes('\r')), { maxLength: 20 });
    fc.assert(fc.property(plain, (paragraphs) => {
      expect(readDocx(buildDocx({ body: paragraphs })).blocks.map((b) => b.text)).toEqual(paragraphs);
    }), { numRuns: fuzzRuns(100) });
  });

  test('a part it can do without (styles, numbering, relationships) that is not XML is named in a warning, and the text is still read', () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const part = fc.constantFrom('word/styles.xml', 'word/numbering.xml', 'word/_rels/document.xml.rels', '_rels/.rels');
    // The root is never closed, so this is never well-formed XML.
    const broken = fc.tuple(fc.constantFrom(`<w:styles xmlns:w="${W}">`, '<Relationships>', '', '<!DOCTYPE x [<!ENTITY a "b">]><x>'), anyText(60)).map(([open, rest]) => open + escapeXml(rest));
    fc.assert(fc.property(part, broken, (name, xml) => {
      const doc = readDocx(buildDocx({ body: ['一、主要举措和成效', '正文。'], numbering: { abstractNums: [], nums: [] }, extraParts: { [name]: xml } }));
      expect(doc.blocks.map((b) => b.text)).toEqual(['一、主要举措和成效', '正文。']);
      expect(doc.warnings.join('\n')).toContain(name);
    }), { numRuns: fuzzRuns(100) });
  });

  test('an entry is never inflated past the size its central directory declares', () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    fc.assert(fc.property(fc.array(fc.constantFrom(...BASE_REPORT), { minLength: 1, maxLength: 10 }), fc.integer({ min: -2000, max: 2000 }), (paragraphs, slack) => {
      const xml = strToU8(`<w:document xmlns:w="${W}"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`);
      const declaredSize = Math.max(0, xml.length + slack);
      const bytes = rawZip([{ name: 'word/document.xml', data: deflateSync(xml), deflated: true, declaredSize }]);
      if (declaredSize >= xml.length) {
        expect(readDocx(bytes).blocks.map((b) => b.text)).toEqual(paragraphs);
      } else {
        expect(() => readDocx(bytes)).toThrow(`文件中的 word/document.xml 解压后超过它声明的 ${declaredSize} 字节`);
      }
    }), { numRuns: fuzzRuns(100) });
  });
});

describe('the checker and the scaffold planner on arbitrary documents, for every profile', () => {
  const profile = fc.constantFrom(...PROFILES);

  test('check never throws; its result stays within the document and the profile, and leaves the document as it was', () => {
    fc.assert(fc.property(arbitraryDoc, profile, fc.constantFrom('zh-CN', 'en-US' as const), (doc, p, lang) => {
      const before = JSON.stringify(doc);
      const result = check(doc, { profile: p, lang });
      expect(JSON.stringify(doc)).toBe(before);
      expect(result.parts.map((part) => part.id)).toEqual(p.parts.map((part) => part.id));
      for (const part of result.parts) expect(part.at === null || (part.at >= 0 && part.at < doc.blocks.length)).toBe(true);
      for (const f of result.findings) {
        expect(f.at === null || (Number.isInteger(f.at) && f.at >= 0 && f.at < doc.blocks.length)).toBe(true);
        expect(SEVERITIES).toContain(f.severity);
        expect(typeof f.message).toBe('string');
        expect(f.message.length).toBeGreaterThan(0);
      }
      expect(result.reportYear === null || Number.isSafeInteger(result.reportYear)).toBe(true);
      expect(() => JSON.stringify(result)).not.toThrow();
    }), { numRuns: fuzzRuns(300) });
  });

  const unit = fc.option(fc.oneof(fc.constantFrom('某某县司法局', '{year}', '{unit}', ' ', '区政府：', '1e309', '某某县$&司法局'), anyText(12)), { nil: undefined });
  const year = fc.oneof(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: -100000, max: 100000 }));

  test('planScaffold/applyPlan never throw, insert only, within bounds, in order, for any profile, year and unit', () => {
    fc.assert(fc.property(arbitraryDoc, profile, year, unit, (doc, p, y, u) => {
      const before = JSON.stringify(doc);
      const plan = planScaffold({ profile: p, year: y, unit: u, doc });
      expect(JSON.stringify(doc)).toBe(before);
      const texts = doc.blocks.map((b) => b.text);
      const after = applyPlan(texts, plan);
      // A planned table adds its caption and then its cells.
      const sizeOf = (block: PlannedBlock) => 1 + (block.cells ?? []).flat().length;
      const inserted = plan.insertions.reduce((n, ins) => n + ins.blocks.reduce((m, b) => m + sizeOf(b), 0), 0);
      expect(after).toHaveLength(texts.length + inserted);
      let cursor = 0;
      for (const t of after) if (cursor < texts.length && t === texts[cursor]) cursor++;
      expect(cursor).toBe(texts.length);
      plan.insertions.forEach((ins, i) => {
        expect(ins.before >= 0 && ins.before <= texts.length).toBe(true);
        if (i > 0) expect(ins.before).toBeGreaterThan(plan.insertions[i - 1]?.before ?? -1);
        for (const block of ins.blocks) {
          expect(block.tag.startsWith('report-assistant:')).toBe(true);
          if (block.role === 'heading') expect(block.level ?? 1).toBeGreaterThanOrEqual(1);
        }
      });
      const title = plan.insertions.flatMap((ins) => ins.blocks).find((b) => b.role === 'title');
      if (title && u?.trim()) expect(title.text).toContain(u.trim());
      for (const id of plan.adds) expect(p.parts.some((part) => part.id === id)).toBe(true);
    }), { numRuns: fuzzRuns(300) });
  });
});

// Found by the scaffold property: fillTemplate once passed the unit name to String.replace as a replacement string,
// so "$&", "$'", "$`" and "$$" in it were expanded.
describe('found by fuzzing', () => {
  test('a unit name with "$" goes into the scaffold title as typed', () => {
    const empty: ReportDocument = { blocks: [], locationUnit: 'paragraph', warnings: [] };
    for (const unit of ['某某县$&司法局', "某某县$'司法局", '某某县$$司法局']) {
      const plan = planScaffold({ profile: BUILT_IN_PROFILES[0] as Profile, year: 2024, unit, doc: empty });
      const title = plan.insertions.flatMap((ins) => ins.blocks).find((b) => b.role === 'title');
      expect(title?.text).toBe(`${unit}关于2024年度法治政府建设情况的报告`);
    }
  });
});
