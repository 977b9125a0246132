import { makeBlock, type ReportDocument } from '../../src/core/document';
import { buildDataset } from '../../src/core/figures/dataset';
import { figureFindings, sourceFigure, type LinkedFigure } from '../../src/core/figures/findings';
import { refreshUpdate, rollForwardGaps } from '../../src/core/figures/linking';
import { describeFigureFinding, FIGURE_MESSAGES } from '../../src/core/figures/messages';
import type { FigureRecord } from '../../src/core/figures/model';
import { figureTag, type FigureRef } from '../../src/core/figures/tags';

function rec(indicator: string, year: number, value: number | null, measure = '件'): FigureRecord {
  return { unit: '市司法局', year, indicator, value, measure, place: { row: 2 } };
}

const { dataset } = buildDataset(
  [
    rec('行政复议案件收案数', 2023, 1047), rec('行政复议案件收案数', 2024, 1102),
    rec('行政诉讼案件数', 2024, 9), rec('负责人出庭应诉数', 2024, 11),
    rec('出庭应诉率', 2024, 96.73, '%'), rec('普法活动场次', 2024, null, '场'),
  ],
  [{ kind: 'at-most', left: '负责人出庭应诉数', right: '行政诉讼案件数' }],
);

const doc = (...texts: string[]): ReportDocument => ({ blocks: texts.map((t, i) => makeBlock(i, t)), locationUnit: 'paragraph', warnings: [] });
const tag = (indicator: string, kind: FigureRef['kind'] = 'value', year = 2024) => figureTag({ unit: '市司法局', year, indicator, kind });
const run = (linkedFigures: LinkedFigure[], document = doc('一', '二', '三'), options = {}) =>
  figureFindings(document, dataset, { unit: '市司法局', year: 2024, linkedFigures, placeholders: false, ...options }).filter((f) => f.code !== 'figure-inconsistent');

describe('figure-stale', () => {
  test('a linked figure whose text differs from the data: a warning with both values', () => {
    expect(run([{ tag: tag('行政复议案件收案数'), text: '1,100', at: 1 }])).toEqual([{
      code: 'figure-stale', severity: 'warning', part: null, at: 1,
      params: { variant: 'value', unit: '市司法局', year: 2024, indicator: '行政复议案件收案数', shown: '1,100', source: '1,102' },
    }]);
  });

  test('the same number written differently, or rounded as shown, is not stale', () => {
    const same = ['1,102', '1102', '１，１０２', ' 1102 '].map((text) => ({ tag: tag('行政复议案件收案数'), text, at: 0 }));
    const rounded = ['96.73%', '96.7%', '97%'].map((text) => ({ tag: tag('出庭应诉率'), text, at: 0 }));
    expect(run([...same, ...rounded])).toEqual([]);
    expect(run([{ tag: tag('出庭应诉率'), text: '96.8%', at: 0 }]).map((f) => f.params.source)).toEqual(['96.73%']);
  });

  test('change and 同比 links are checked against the computed figures', () => {
    expect(sourceFigure(dataset, { unit: '市司法局', year: 2024, indicator: '行政复议案件收案数', kind: 'change' })).toEqual({ value: 55, text: '+55' });
    const findings = run([
      { tag: tag('行政复议案件收案数', 'change'), text: '+55', at: 0 },
      { tag: tag('行政复议案件收案数', 'yoy'), text: '+5.3%', at: 0 },
      { tag: tag('行政复议案件收案数', 'yoy'), text: '增长5%', at: 2 },
    ]);
    expect(findings.map((f) => [f.code, f.at])).toEqual([['figure-typed', 2]]);
    const stale = run([{ tag: tag('行政复议案件收案数', 'yoy'), text: '+4.1%', at: 2 }]);
    expect(describeFigureFinding(stale[0]!, 'zh-CN')).toBe('市司法局2024年“行政复议案件收案数”的同比在文中是 +4.1%，按数据文件应为 +5.3%：请更新。');
  });

  test('words typed into a figure\u2019s control (增长5%, 1102件) are the writer\u2019s: named, never called stale', () => {
    const findings = run([
      { tag: tag('行政复议案件收案数', 'yoy'), text: '增长5%', at: 2 },
      { tag: tag('行政复议案件收案数'), text: ' 1102件 ', at: 3 },
    ]);
    expect(findings.map((f) => [f.code, f.at, f.params.shown])).toEqual([['figure-typed', 2, '增长5%'], ['figure-typed', 3, '1102件']]);
    expect(describeFigureFinding(findings[1]!, 'zh-CN')).toBe('市司法局2024年“行政复议案件收案数”的关联数字里有手写文字（“1102件”）：刷新和顺延不会改动它。请把数字以外的文字移到数字控件之后，再刷新。');
  });
});

describe('a change or 同比 the data cannot give (it shows —)', () => {
  const { dataset: data } = buildDataset([
    rec('复议收案', 2023, 0), rec('复议收案', 2024, 2),
    rec('普法场次', 2023, 1.2, '万场'), rec('普法场次', 2024, 13000, '场'),
  ]);
  const ref = (indicator: string, kind: FigureRef['kind']): FigureRef => ({ unit: '市司法局', year: 2024, indicator, kind });
  const check = (linkedFigures: LinkedFigure[]) => figureFindings(doc('一', '二', '三'), data, { unit: '市司法局', year: 2024, linkedFigures, placeholders: false });
  const linkOf = (indicator: string, kind: FigureRef['kind'], text: string, at = 0): LinkedFigure => ({ tag: figureTag(ref(indicator, kind)), text, at });

  test('from last year’s 0 there is no 同比, and across two measures no change or 同比: — is right, as the comparison table writes it', () => {
    expect(sourceFigure(data, ref('复议收案', 'yoy'))).toEqual({ value: null, text: '—', reason: 'from-zero' });
    expect(sourceFigure(data, ref('复议收案', 'change'))).toEqual({ value: 2, text: '+2' });
    expect(sourceFigure(data, ref('普法场次', 'change'))).toEqual({ value: null, text: '—', reason: 'across-measures' });
    expect(check([linkOf('复议收案', 'yoy', '—'), linkOf('复议收案', 'change', '+2'), linkOf('普法场次', 'change', '—', 1), linkOf('普法场次', 'yoy', ' — ', 2)])).toEqual([]);
  });

  test('a number where no figure can be worked out is stale, saying why and what to write', () => {
    const findings = check([linkOf('复议收案', 'yoy', '+5.0%'), linkOf('普法场次', 'change', '+1,000', 1)]);
    expect(findings.map((f) => [f.code, f.at, f.params.variant, f.params.source])).toEqual([
      ['figure-stale', 0, 'yoy-from-zero', '—'], ['figure-stale', 1, 'change-across-measures', '—'],
    ]);
    expect(describeFigureFinding(findings[0]!, 'zh-CN')).toBe('市司法局2024年“复议收案”上年是 0，算不出同比，文中却是 +5.0%：请改写这句话（如“上年为 0，本年新增……”），或改为“—”。');
  });

  test('refresh writes — for a 同比 from 0; two measures that cannot be compared are the file’s slip: refresh leaves the link, and rolling forward counts it as a gap', () => {
    const refresh = refreshUpdate(data);
    expect(refresh({ tag: figureTag(ref('复议收案', 'yoy')), text: '+5.0%' })).toEqual({ text: '—' });
    expect(refresh({ tag: figureTag(ref('普法场次', 'change')), text: '+1,000' })).toBeUndefined();
    expect(refresh({ tag: figureTag(ref('普法场次', 'yoy')), text: '+8.3%' })).toBeUndefined();
    const { dataset: nextYear } = buildDataset([rec('普法场次', 2024, 13000, '场'), rec('普法场次', 2025, 1.4, '万场')]);
    const lastYearsLink = [makeBlock(0, '同比增长+8.3%')].map((b) => ({ ...b, tags: [figureTag({ ...ref('普法场次', 'yoy'), year: 2024 })] }));
    expect(rollForwardGaps(lastYearsLink, nextYear)).toEqual({ links: 1, missing: 1, year: 2025 });
  });

  test('a year the data lacks is still the data file’s gap, not a —', () => {
    expect(sourceFigure(data, { ...ref('复议收案', 'yoy'), year: 2025 })).toBeUndefined();
    expect(sourceFigure(data, { ...ref('复议收案', 'yoy'), year: 2023 })).toBeUndefined();
  });
});

describe('figure-missing', () => {
  test('a linked figure left empty or showing a placeholder is an error', () => {
    const findings = run([
      { tag: tag('行政复议案件收案数'), text: '', at: 0 },
      { tag: tag('行政复议案件收案数'), text: '单击或点击此处输入文字。', at: 1 },
      { tag: tag('行政复议案件收案数'), text: 'XX件', at: 2 },
    ]);
    expect(findings.map((f) => [f.code, f.severity, f.at, f.params.variant])).toEqual([
      ['figure-missing', 'error', 0, 'empty'], ['figure-missing', 'error', 1, 'empty'], ['figure-missing', 'error', 2, 'empty'],
    ]);
  });

  test('a link whose source has no figure (blank, absent, or no prior year for a change)', () => {
    const findings = run([
      { tag: tag('普法活动场次'), text: '400', at: 0 },
      { tag: tag('不存在的指标'), text: '5', at: 1 },
      { tag: tag('行政诉讼案件数', 'change'), text: '+1', at: 2 },
    ]);
    expect(findings.map((f) => [f.at, f.params.variant])).toEqual([[0, 'no-source'], [1, 'no-source'], [2, 'no-source']]);
    expect(describeFigureFinding(findings[0]!, 'en-US')).toBe('The data file has no figure for 普法活动场次 (市司法局, 2024): check with the legal-affairs office, or remove this link.');
  });

  test('links known only from block tags (no control text) are checked for a source only', () => {
    const document = doc('共办理', '共开展');
    document.blocks[0]!.tags = [tag('行政复议案件收案数')];
    document.blocks[1]!.tags = ['report-assistant:heading:measures', tag('普法活动场次')];
    expect(run([], document).map((f) => [f.at, f.params.variant])).toEqual([[1, 'no-source']]);
  });

  test('unlinked placeholders in the text, conservatively', () => {
    const document = doc('共收到行政复议申请XX件，同比增长××%。', '出庭应诉率达到【数据】。', '二〇二〇年', 'XXX市人民政府', '第×条', '一共 1,102 件');
    const findings = figureFindings(document, dataset, { unit: '市司法局', year: 2024 }).filter((f) => f.code === 'figure-missing');
    expect(findings.map((f) => [f.at, f.params.text])).toEqual([[0, 'XX件'], [1, '【数据】']]);
    expect(describeFigureFinding(findings[0]!, 'zh-CN')).toBe('“XX件”是待填的数字：请填入实际数字。');
  });
});

describe('figure-inconsistent', () => {
  test('a declared check failing for the report\'s unit and year, placed at a linked figure when there is one', () => {
    const findings = figureFindings(doc('a', 'b'), dataset, {
      unit: '市司法局', year: 2024, placeholders: false,
      linkedFigures: [{ tag: tag('负责人出庭应诉数'), text: '11', at: 1 }],
    });
    expect(findings).toEqual([{
      code: 'figure-inconsistent', severity: 'warning', part: null, at: 1,
      params: { variant: 'at-most', unit: '市司法局', year: 2024, left: '负责人出庭应诉数', right: '行政诉讼案件数', leftValue: '11', rightValue: '9' },
    }]);
    expect(describeFigureFinding(findings[0]!, 'en-US')).toBe('For 市司法局, 2024: 负责人出庭应诉数 (11) is larger than 行政诉讼案件数 (9), which it cannot exceed: check them.');
  });

  test('profile checks run too, once when the file declares the same check; other years are not checked', () => {
    const checks = [
      { kind: 'at-most' as const, left: '负责人出庭应诉数', right: '行政诉讼案件数' },
      { kind: 'at-most' as const, left: '行政复议案件收案数', right: '行政诉讼案件数' },
    ];
    const findings = figureFindings(doc(), dataset, { unit: '市司法局', year: 2024, checks });
    expect(findings.map((f) => [f.params.left, f.at])).toEqual([['负责人出庭应诉数', null], ['行政复议案件收案数', null]]);
    expect(figureFindings(doc(), dataset, { unit: '市司法局', year: 2023, checks })).toEqual([]);
  });
});

describe('messages', () => {
  test('every message key exists in both languages with the same placeholders', () => {
    const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(FIGURE_MESSAGES['en-US']).sort()).toEqual(Object.keys(FIGURE_MESSAGES['zh-CN']).sort());
    for (const [key, zh] of Object.entries(FIGURE_MESSAGES['zh-CN'])) expect(names(FIGURE_MESSAGES['en-US'][key]!)).toEqual(names(zh));
  });
});
