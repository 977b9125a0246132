import { comparePrevious } from '../../../src/core/previous/compare';
import { textKey, bigrams, bigramsOf, dice } from '../../../src/core/previous/text-keys';
import { isStandardSentence } from '../../../src/core/previous/paragraphs';
import { planItems } from '../../../src/core/previous/plans';
import { previousFixture, type PreviousFixture } from '../../helpers/previous-fixtures';

const lastYear = previousFixture('songchuan-2023').analysis;
const compared = (name: PreviousFixture) => comparePrevious(previousFixture(name).analysis, lastYear);
const shareOf = (name: PreviousFixture) => Object.fromEntries(compared(name).shares.map((s) => [s.part, Math.round(s.share * 100)]));

describe('the text key: years and figures do not count', () => {
  test('a sentence rolled forward a year, its figures changed, keys the same; other words do not', () => {
    expect(textKey('2023年，全年受理 1,386 件。')).toBe(textKey('二〇二四年，全年受理１４２件'));
    expect(dice(bigrams(textKey('全年受理纠纷1386件')), bigrams(textKey('全年调解纠纷1386件')))).toBeLessThan(1);
  });

  test('full-width digits, letters and a figure’s full-width comma key as half-width ones; other full-width marks drop', () => {
    expect(textKey('共办理１，２００件ＡＢ类事项（含复议）')).toBe('共办理N件AB类事项含复议');
    expect(textKey('共办理1,200件AB类事项(含复议)')).toBe('共办理N件AB类事项含复议');
    expect(textKey('共办理１２件，２０２３年')).toBe('共办理N件Y年');
    expect(textKey('共1，200件，增长3．5%')).toBe('共N件增长N');
    expect(textKey('办结，新收')).toBe('办结新收');
  });

  test('the grams of many keys at once are each key’s own', () => {
    const keys = ['全年受理纠纷N件', '', '依法行政依法行政', '甲'];
    expect(bigramsOf(keys).map((g) => [...g])).toEqual(keys.map((k) => [...bigrams(k)]));
    const gram = (pair: string) => ((pair.charCodeAt(0) << 16) | pair.charCodeAt(1)) >>> 0;
    expect([...bigrams('依法行政依法行政')]).toEqual(['依法', '法行', '行政', '政依'].map(gram).sort((x, y) => x - y));
  });

  test('the opening every report uses is a standard sentence; a report’s own words are not', () => {
    expect(isStandardSentence('我局以习近平新时代中国特色社会主义思想为指导，')).toBe(true);
    expect(isStandardSentence('全县人民调解组织受理纠纷1386件。')).toBe(false);
  });
});

describe('carried-over text, part by part', () => {
  test('rolled forward with only the years changed: every part wholly carried over', () => {
    expect(shareOf('songchuan-2024-rolled')).toEqual({ measures: 100, shortcomings: 100, 'leader-duties': 100, 'next-year-plans': 100 });
    expect(compared('songchuan-2024-rolled').overallShare).toBe(1);
  });

  test('rewritten: nothing carried over, though it writes of the same subjects', () => {
    expect(compared('songchuan-2024-rewritten').carried).toEqual([]);
    expect(compared('songchuan-2024-rewritten').overallShare).toBe(0);
  });

  test('partly: the shortcomings and plans carried over, the measures and duties rewritten', () => {
    expect(shareOf('songchuan-2024-partly')).toEqual({ measures: 0, shortcomings: 100, 'leader-duties': 0, 'next-year-plans': 100 });
  });
});

describe('last year’s plans', () => {
  test('numbered items are read as items, and run-ins (一是…二是…) each as one', () => {
    expect(planItems(lastYear, 'next-year-plans').map((p) => p.text.slice(0, 12))).toEqual([
      '（一）建成行政复议网上申', '（二）开展乡镇综合执法人', '（三）打造沿河法治文化长', '（四）完善村居法律顾问考',
    ]);
    const runIns = planItems(previousFixture('songchuan-2024-rewritten').analysis, 'next-year-plans');
    expect(runIns.map((p) => p.text.slice(0, 7))).toEqual(['一是在山区乡镇', '二是争取资金建']);
  });

  test('half taken up: the two this year’s measures take up are listed as such, the other two not', () => {
    const plans = compared('songchuan-2024-rewritten').plans;
    expect(plans.filter((p) => p.takenUp).map((p) => p.text.slice(0, 9))).toEqual(['（一）建成行政复议', '（四）完善村居法律']);
    expect(plans.filter((p) => !p.takenUp).map((p) => p.text.slice(0, 9))).toEqual(['（二）开展乡镇综合', '（三）打造沿河法治']);
    const lines = previousFixture('songchuan-2024-rewritten').analysis.blocks;
    expect(lines[plans[0]!.at!]?.text).toMatch(/^三月起行政复议网上申请平台/);
  });

  test('rolled forward: last year’s measures never took up last year’s plans', () => {
    expect(compared('songchuan-2024-rolled').plans.filter((p) => p.takenUp)).toEqual([]);
  });
});

describe('figures unchanged', () => {
  test('rolled forward: each count and rate in the same clause is named', () => {
    expect(compared('songchuan-2024-rolled').figures.map((f) => f.figure)).toEqual(['2次', '146件', '58件', '12次', '1386件', '1342件', '96.8%', '4人', '1次', '4次']);
  });

  test('a figure in a rewritten clause, or a changed figure, is not', () => {
    expect(compared('songchuan-2024-rewritten').figures).toEqual([]);
    expect(compared('songchuan-2024-partly').figures.map((f) => f.figure)).toEqual(['1386件', '1342件', '4人']);
  });
});
