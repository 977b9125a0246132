/** The check workflow without React: read once from the test Word host, then check in either language. */
import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { checkReport, readerNotices, toFix, wordsPlace } from '../../src/host/workflows/check';
import { paneOperations } from '../../src/host/workflows/operations';
import { REPORT_WITHOUT_LEADER_DUTIES } from '../../src/preview/fake-word';
import { readDocx } from '../../src/docx/read-docx';
import { buildDocx, WORD_STYLES } from '../helpers/ooxml';
import { fakeWord, syncsOf } from '../word/helpers';

describe('checking a report', () => {
  test('read once; checked again in the other language without reading again; the same findings, each language its words', async () => {
    const { fake, host } = fakeWord(REPORT_WITHOUT_LEADER_DUTIES);
    const operations = paneOperations(host).check;
    const doc = await operations.read();
    const { result: zh, syncs } = await syncsOf(fake, async () => checkReport(doc, { profile: DEFAULT_PROFILE, lang: 'zh-CN' }));
    const en = checkReport(doc, { profile: DEFAULT_PROFILE, lang: 'en-US' });
    expect(syncs).toBe(0);
    expect(zh.reportYear).toBe(2024);
    expect(zh.parts.find((p) => p.id === 'leader-duties')?.status).toBe('missing');
    expect(en.findings.map((f) => [f.code, f.severity, f.at])).toEqual(zh.findings.map((f) => [f.code, f.severity, f.at]));
    const missing = (findings: typeof zh.findings) => findings.find((f) => f.code === 'missing-part')?.message;
    expect(missing(zh.findings)).toMatch(/缺少/);
    expect(missing(en.findings)).not.toMatch(/缺少/);
    expect(toFix(zh)).toBe(zh.findings.filter((f) => f.severity !== 'info').length);
    expect(toFix(zh)).toBeGreaterThan(0);
  });

  test('a finding’s place can be selected in the document', async () => {
    const { fake, host } = fakeWord(REPORT_WITHOUT_LEADER_DUTIES);
    await paneOperations(host).check.select(3);
    expect(fake.model.selection).toMatchObject({ key: fake.paragraphs()[3]?.key });
  });
});

describe('a finding about words', () => {
  test('its place carries which occurrence of its text it is, and the words are selected in the document', async () => {
    const lines = ['2023年度法治政府建设情况报告', '一、主要举措和成效', '截至目前办结12件,截止目前办结13件。', '某某县司法局', '2024年1月15日'];
    const { fake, host } = fakeWord(lines);
    const operations = paneOperations(host).check;
    const doc = await operations.read();
    const finding = checkReport(doc, { profile: DEFAULT_PROFILE, lang: 'zh-CN' }).findings.find((f) => f.code === 'word-usage');
    const place = wordsPlace(doc, finding as NonNullable<typeof finding>);
    expect(place).toEqual({ start: 10, length: 2, text: '截止', occurrence: 0 });
    await operations.selectWords(2, place as NonNullable<typeof place>);
    expect(fake.model.selection).toMatchObject({ key: fake.paragraphs()[2]?.key, offset: 10, length: 2 });
    expect(wordsPlace(doc, { at: 2, words: { start: 8, length: 1, text: '件', expected: '' } })).toMatchObject({ occurrence: 0 });
    expect(wordsPlace(doc, { at: 2, words: { start: 18, length: 1, text: '件', expected: '' } })).toMatchObject({ occurrence: 1 });
    expect(wordsPlace(doc, { at: 2, words: undefined })).toBeUndefined();
  });
});

describe('what the reader could not read', () => {
  test('the document’s notices, rendered in the pane’s language; its bilingual warnings never shown', async () => {
    const body = ['一、主要举措和成效', { kind: 'p' as const, style: 'NoSuchStyle', content: '正文' }, { kind: 'p' as const, numbering: { numId: 9 }, content: '编号' }];
    const doc = readDocx(buildDocx({ styles: WORD_STYLES, body }));
    expect(doc.warnings.length).toBeGreaterThan(0);
    const [zh, en] = [readerNotices(doc, 'zh-CN'), readerNotices(doc, 'en-US')];
    expect(zh).toHaveLength(doc.notices?.length ?? -1);
    expect(zh.length).toBeGreaterThan(0);
    expect(zh.concat(en).filter((line) => line.includes(' / '))).toEqual([]);
    expect(zh.join('')).toMatch(/[\u4e00-\u9fff]/);
    expect(en.join('')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  test('a document without notices: nothing to say', () => {
    expect(readerNotices({ blocks: [], locationUnit: 'paragraph', warnings: [] }, 'zh-CN')).toEqual([]);
  });
});
