/**
 * A check finding's own fixes, on the test Word host through the Word adapter: 插入 a missing part (that part only,
 * at its place) and 改为 a heading's number (the number only, one write, refused when the paragraph changed).
 */
import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { REPORT_WITHOUT_LEADER_DUTIES, PLANS_HEADING_INDEX } from '../../src/preview/fake-word';
import { checkReport } from '../../src/host/workflows/check';
import { insertablePart, numberChange } from '../../src/host/workflows/finding-actions';
import { paneOperations } from '../../src/host/workflows/operations';
import { existingState, fakeWord, syncsOf } from '../word/helpers';

const check = (doc: Parameters<typeof checkReport>[0]) => checkReport(doc, { profile: DEFAULT_PROFILE, lang: 'zh-CN' });
/** The sample report without its date as well: two parts missing, so 插入 on one shows it adds that one only. */
const WITHOUT_DATE = REPORT_WITHOUT_LEADER_DUTIES.slice(0, -1);

describe('插入 on a missing part’s finding', () => {
  test('inserts that part only, at its place, numbered to follow; the check run again no longer finds it missing', async () => {
    const { fake, host } = fakeWord(WITHOUT_DATE);
    const operations = paneOperations(host).check;
    const doc = await operations.read();
    const missing = check(doc).findings.filter((f) => f.code === 'missing-part');
    expect(missing.map(insertablePart)).toEqual(['leader-duties', 'date']);

    const done = await operations.insertPart(doc, DEFAULT_PROFILE, 'leader-duties', '');
    expect('outcome' in done && done.outcome.adds).toEqual(['leader-duties']);
    if (!done.after.ok) throw done.after.error;
    const texts = fake.paragraphs().map((p) => p.text);
    const duties = texts.findIndex((t) => /^三、2024年度党政主要负责人/.test(t));
    expect(texts[duties - 1]).toBe(doc.blocks[PLANS_HEADING_INDEX - 1]?.text);
    expect(texts[duties + 2]).toBe(doc.blocks[PLANS_HEADING_INDEX]?.text);
    expect(check(done.after.doc).findings.filter((f) => f.code === 'missing-part').map((f) => f.part)).toEqual(['date']);
  });

  test('the date inserted by its finding is its prompt under the signature, and the check knows it as the date', async () => {
    const { fake, host } = fakeWord(WITHOUT_DATE);
    const operations = paneOperations(host).check;
    const done = await operations.insertPart(await operations.read(), DEFAULT_PROFILE, 'date', '');
    if (!done.after.ok) throw done.after.error;
    expect(fake.paragraphs().slice(-2).map((p) => p.text)).toEqual(['东风县司法局', '【成文日期，如2025年1月20日】']);
    expect(check(done.after.doc).parts.find((p) => p.id === 'date')?.status).toBe('present');
  });
});

describe('改为 on a heading number’s finding', () => {
  async function insertedDuties() {
    const word = fakeWord(REPORT_WITHOUT_LEADER_DUTIES);
    const operations = paneOperations(word.host).check;
    const done = await operations.insertPart(await operations.read(), DEFAULT_PROFILE, 'leader-duties', '');
    if (!done.after.ok) throw done.after.error;
    return { ...word, operations, doc: done.after.doc };
  }

  test('rewrites the number only, in one batch; the words, runs and style after it stay; the check then finds nothing to renumber', async () => {
    const { fake, host, operations, doc } = await insertedDuties();
    const finding = check(doc).findings.find((f) => f.code === 'numbering');
    const change = finding && numberChange(doc, finding);
    expect(change).toMatchObject({ from: '三、', to: '四、' });
    if (!change) return;
    const before = fake.paragraphs()[change.at];
    const { result: after, syncs } = await syncsOf(fake, () => operations.renumber(doc, change));
    expect(syncs).toBe(3 + 2); // the paragraphs, the text with the search, the write; then the read again
    const now = fake.paragraphs()[change.at];
    expect(now?.text).toBe(`四、${before?.text.slice(2)}`);
    expect(now).toMatchObject({ key: before?.key, styleBuiltIn: before?.styleBuiltIn, font: before?.font });
    if (!after.ok) throw after.error;
    expect(check(after.doc).findings.filter((f) => f.code === 'numbering')).toEqual([]);
  });

  test('a heading typed over since the check: refused with paragraph-changed, nothing written', async () => {
    const { fake, operations, doc } = await insertedDuties();
    const finding = check(doc).findings.find((f) => f.code === 'numbering');
    const change = finding && numberChange(doc, finding);
    if (!change) throw new Error('no number to change');
    fake.model.typeText(change.at, '（改过）');
    const state = existingState(fake);
    await expect(operations.renumber(doc, change)).rejects.toMatchObject({ name: 'HostError', kind: 'paragraph-changed' });
    expect(existingState(fake)).toEqual(state);
  });

  test('a number Word’s list draws is not in the text: no 改为 is offered', async () => {
    const { host } = fakeWord(['关于2024年度法治政府建设情况的报告', { text: '主要举措和成效', listString: '一、', styleBuiltIn: 'Heading1' }, '正文。', { text: '存在的不足和原因', listString: '三、', styleBuiltIn: 'Heading1' }, '正文。']);
    const doc = await host.readDocument();
    const numbering = check(doc).findings.filter((f) => f.code === 'numbering');
    expect(numbering.length).toBeGreaterThan(0);
    expect(numbering.map((f) => numberChange(doc, f))).toEqual(numbering.map(() => undefined));
  });
});
