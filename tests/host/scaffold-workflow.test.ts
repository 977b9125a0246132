/** The scaffold workflow without React: against the test Word host (src/preview/fake-word) through the Word adapter. */
import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { EMPTY_DOCUMENT, PLANS_HEADING_INDEX, REPORT_WITHOUT_LEADER_DUTIES } from '../../src/preview/fake-word';
import { HostError, type ReportHost } from '../../src/host/contract';
import { paneOperations } from '../../src/host/workflows/operations';
import { insertScaffold, parseYear, scaffoldView, yearField } from '../../src/host/workflows/scaffold';
import { existingState, fakeWord } from '../word/helpers';

const form = (changes: { typedYear?: string | null; unit?: string } = {}) => ({ profile: DEFAULT_PROFILE, typedYear: null, unit: '', ...changes });
const NOW = new Date(2026, 2, 1);

describe('what the scaffold panel shows, from the document read', () => {
  test('an empty document: the whole scaffold, for last year; a typed year and unit go into the plan', async () => {
    const { host } = fakeWord(EMPTY_DOCUMENT);
    const doc = await host.readDocument();
    const view = scaffoldView(doc, form(), NOW);
    expect(view).toMatchObject({ yearText: '2025', year: 2025, offer: { kind: 'full', count: 9 }, canInsert: true });

    const typed = scaffoldView(doc, form({ typedYear: '2022', unit: ' 青川县市场监督管理局 ' }), NOW);
    expect(typed.plan.insertions[0]?.blocks[0]?.text).toBe('青川县市场监督管理局关于2022年度法治政府建设情况的报告');
  });

  test('a partial report: its year and unit line, the one missing part offered', async () => {
    const { host } = fakeWord(REPORT_WITHOUT_LEADER_DUTIES);
    const view = scaffoldView(await host.readDocument(), form(), NOW);
    expect(view).toMatchObject({ yearText: '2024', documentYear: 2024, suggestedUnit: '东风县司法局', offer: { kind: 'parts', count: 1 }, canInsert: true });
    expect(view.plan.adds).toEqual(['leader-duties']);
    expect(view.analysis.parts.find((p) => p.id === 'measures')?.status).toBe('present');
  });

  test('the unit box left empty: the signature still gets the unit line the document has (not 【发文机关署名】); a typed unit wins', async () => {
    const { host } = fakeWord(['东风县司法局', '', '2024年度法治政府建设情况报告', '一、2024年度推进法治政府建设的主要举措和成效', '全年办理行政许可事项320件。']);
    const doc = await host.readDocument();
    const texts = (unit: string) => scaffoldView(doc, form({ unit }), NOW).plan.insertions.flatMap((i) => i.blocks.map((b) => b.text));
    expect(texts('')).toContain('东风县司法局');
    expect(texts('').join('\n')).not.toContain('【发文机关署名】');
    expect(texts('西山县司法局')).toContain('西山县司法局');
    expect(texts('西山县司法局')).not.toContain('东风县司法局');
  });

  test('an impossible year is kept as typed and refuses the insertion', async () => {
    const { host } = fakeWord(EMPTY_DOCUMENT);
    const view = scaffoldView(await host.readDocument(), form({ typedYear: '23' }), NOW);
    expect(view).toMatchObject({ yearText: '23', year: undefined, canInsert: false });
    expect(yearField(null, undefined, NOW)).toEqual({ yearText: '2025', year: 2025 });
    // In November and December the year's own report is being drafted.
    expect(yearField(null, undefined, new Date(2026, 10, 15))).toEqual({ yearText: '2026', year: 2026 });
    expect(['1989', '1990', '2100', '2101', ' 2024 ', '２０２４'].map(parseYear)).toEqual([undefined, 1990, 2100, undefined, 2024, undefined]);
  });
});

describe('inserting the missing parts', () => {
  test('inserts, reads the document again, and places the headings to renumber in the document as it now is', async () => {
    const { host } = fakeWord(REPORT_WITHOUT_LEADER_DUTIES);
    const operations = paneOperations(host).scaffold;
    const basis = await operations.read();
    const { plan } = scaffoldView(basis, form(), NOW);
    const { outcome, after } = await operations.insert(plan, basis);

    expect(outcome.adds).toEqual(['leader-duties']);
    expect(outcome.renumber).toEqual([{ at: expect.any(Number), from: '三、', to: '四、' }]);
    if (!after.ok) throw after.error;
    const moved = outcome.renumber[0]?.at ?? -1;
    expect(moved).toBeGreaterThan(PLANS_HEADING_INDEX);
    expect(after.doc.blocks[moved]?.text).toBe(basis.blocks[PLANS_HEADING_INDEX]?.text);
    expect(scaffoldView(after.doc, form(), NOW).offer).toEqual({ kind: 'nothing', count: 0 });
  });

  test('a document changed since it was read: refused, nothing inserted', async () => {
    const { fake, host } = fakeWord(REPORT_WITHOUT_LEADER_DUTIES);
    const basis = await host.readDocument();
    const { plan } = scaffoldView(basis, form(), NOW);
    fake.model.typeText(PLANS_HEADING_INDEX - 1, '改过的文字。');
    const before = existingState(fake);
    await expect(insertScaffold(host, plan, basis)).rejects.toMatchObject({ name: 'HostError', kind: 'document-changed' });
    expect(existingState(fake)).toEqual(before);
  });

  test('an edit since the read that leaves the plan as it was: read again, planned again, inserted in one click', async () => {
    const { fake, host } = fakeWord(REPORT_WITHOUT_LEADER_DUTIES);
    const basis = await host.readDocument();
    const replan = (doc: typeof basis) => scaffoldView(doc, form(), NOW).plan;
    fake.model.typeText(PLANS_HEADING_INDEX - 1, '改过的文字。');
    fake.model.insertParagraph('新写的一段。', fake.model.paragraphs[5], 'After');
    const done = await insertScaffold(host, replan(basis), basis, replan);
    expect('outcome' in done && done.outcome.adds).toEqual(['leader-duties']);
    const texts = fake.paragraphs().map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(['新写的一段。', expect.stringMatching(/改过的文字。$/), expect.stringMatching(/第一责任人职责/)]));
    // The part went in before the plans heading, which has moved down one with the new paragraph.
    const duties = texts.findIndex((t) => /第一责任人职责/.test(t));
    expect(texts[duties + 2]).toBe('三、2025年度推进法治政府建设的主要安排');
  });

  test('an edit that changes the plan (the writer wrote the missing part meanwhile): nothing inserted, the change said', async () => {
    const { fake, host } = fakeWord(REPORT_WITHOUT_LEADER_DUTIES);
    const basis = await host.readDocument();
    const replan = (doc: typeof basis) => scaffoldView(doc, form(), NOW).plan;
    fake.model.insertParagraph('三、党政主要负责人履行推进法治建设第一责任人职责情况', fake.model.paragraphs[PLANS_HEADING_INDEX - 1], 'After');
    fake.model.insertParagraph('主要负责人主持专题会议3次。', fake.model.paragraphs[PLANS_HEADING_INDEX], 'After');
    const before = fake.paragraphs().map((p) => p.text);
    const done = await insertScaffold(host, replan(basis), basis, replan);
    expect(done).toMatchObject({ planChanged: { dropped: ['leader-duties'], added: [] }, after: { ok: true } });
    expect(fake.paragraphs().map((p) => p.text)).toEqual(before);
  });

  test('when reading again fails, the insertion is still reported, with the reading’s error', async () => {
    const { host: word } = fakeWord(EMPTY_DOCUMENT);
    let reads = 0;
    const host: ReportHost = {
      ...word,
      readDocument: async () => {
        reads += 1;
        if (reads > 1) throw new HostError('failed', 'GeneralException: busy');
        return word.readDocument();
      },
    };
    const basis = await host.readDocument();
    const { outcome, after } = await insertScaffold(host, scaffoldView(basis, form(), NOW).plan, basis);
    expect(outcome.adds).toHaveLength(9);
    expect(after).toEqual({ ok: false, error: expect.objectContaining({ kind: 'failed', detail: 'GeneralException: busy' }) });
  });
});
