import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { checkReport } from '../../src/host/workflows/check';
import { paneOperations } from '../../src/host/workflows/operations';
import { asPreviousReport, planKey, previousSummary, PREVIOUS_SETTING } from '../../src/host/workflows/previous';
import { fromKept, keptForm } from '../../src/taskpane/previous-report-file';
import { previousFixture } from '../helpers/previous-fixtures';
import { fakeWord } from '../word/helpers';

const lastYear = previousFixture('songchuan-2023').doc;

describe('对比上年报告: what the document remembers', () => {
  test('the name, the key and the ticks are kept in the document’s settings, and read back; a foreign value reads as none', async () => {
    const { host } = fakeWord(['松川县司法局2024年度法治政府建设情况报告']);
    const check = paneOperations(host).check;
    expect(check.rememberedPrevious()).toBeUndefined();
    await check.rememberPrevious({ name: '2023年报告.docx', key: 'k1', ticks: [planKey('（一）建成行政复议网上申请平台')] });
    expect(check.rememberedPrevious()).toEqual({ name: '2023年报告.docx', key: 'k1', ticks: ['一建成行政复议网上申请平台'] });
    await host.saveDocumentSetting(PREVIOUS_SETTING, '{not json');
    expect(check.rememberedPrevious()).toBeUndefined();
    await check.rememberPrevious(undefined);
    expect(host.documentSetting(PREVIOUS_SETTING)).toBeUndefined();
  });

  test('last year’s paragraphs as kept in the pane’s storage read back as the same report for the comparison', () => {
    const back = fromKept(JSON.parse(JSON.stringify(keptForm(lastYear))));
    expect(back?.blocks.map((b) => b.text)).toEqual(lastYear.blocks.map((b) => b.text));
    expect(fromKept({ blocks: [{ text: 'another shape' }] })).toBeUndefined();
    expect(fromKept(undefined)).toBeUndefined();
  });
});

describe('对比上年报告: the check and the summary', () => {
  test('the check with last year’s report finds what report-check finds; the summary gives each part’s share and the plans', () => {
    const { doc } = previousFixture('songchuan-2024-rewritten');
    const previous = asPreviousReport(lastYear, DEFAULT_PROFILE);
    const codes = checkReport(doc, { profile: DEFAULT_PROFILE, lang: 'zh-CN', previous }).findings.map((f) => f.code);
    expect(codes.filter((c) => c === 'plan-not-taken-up')).toHaveLength(2);
    const summary = previousSummary(doc, previous, DEFAULT_PROFILE)!;
    expect(summary.overall).toBe(0);
    expect(summary.parts).toEqual([]);
    expect(summary.plans.map((p) => [p.takenUp, p.at !== null])).toEqual([[true, true], [false, false], [false, false], [true, true]]);
    expect(doc.blocks[summary.plans[0]!.at!]?.text).toMatch(/^三月起行政复议网上申请平台/);
  });

  test('rolled forward: every part in the summary, wholly carried over', () => {
    const summary = previousSummary(previousFixture('songchuan-2024-rolled').doc, asPreviousReport(lastYear, DEFAULT_PROFILE), DEFAULT_PROFILE)!;
    expect(summary.overall).toBe(100);
    expect(summary.parts.map((p) => [p.part, p.share])).toEqual([['measures', 100], ['shortcomings', 100], ['leader-duties', 100], ['next-year-plans', 100]]);
  });

  test('last year’s report picked the wrong way round: no summary, and the check says why', () => {
    const thisYear = previousFixture('songchuan-2024-rolled').doc;
    const wrong = asPreviousReport(thisYear, DEFAULT_PROFILE);
    expect(previousSummary(lastYear, wrong, DEFAULT_PROFILE)).toBeUndefined();
    expect(checkReport(lastYear, { profile: DEFAULT_PROFILE, lang: 'zh-CN', previous: wrong }).findings.map((f) => f.code)).toContain('previous-year');
  });
});
