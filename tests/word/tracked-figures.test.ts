/**
 * Linked figures with Track Changes on (issue: Word gives deleted text in ContentControl.text, OfficeDev/office-js
 * #1267, #1524). Refreshing under tracking leaves the old figure as a tracked deletion inside the control; the
 * add-in reads figures as they stand with changes accepted (WordApi 1.4), and where Word cannot say that, it
 * leaves such a figure alone and says so, rather than refresh it for ever.
 */
import { buildDataset } from '../../src/core/figures/dataset';
import { figureTag } from '../../src/core/figures/tags';
import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { checkReport } from '../../src/host/workflows/check';
import { refreshFigures } from '../../src/host/workflows/figures';
import { fakeWord } from './helpers';

const UNIT = '青禾县司法局';
const tag = (indicator: string) => figureTag({ unit: UNIT, year: 2024, indicator, kind: 'value' });
const dataOf = (received: number) =>
  buildDataset([
    { unit: UNIT, year: 2024, indicator: '收案数', value: received, measure: '件', place: {} },
    { unit: UNIT, year: 2024, indicator: '结案数', value: 98, measure: '件', place: {} },
  ]).dataset;
const sentence = (received: { text: string; deletedInside?: string }) => [
  '青禾县司法局关于2024年度法治政府建设情况的报告',
  { runs: [{ text: '收案' }, { ...received, control: { tag: tag('收案数') } }, { text: '件，结案' }, { text: '90', control: { tag: tag('结案数') } }, { text: '件。' }] },
];
const figureFindings = async (host: ReturnType<typeof fakeWord>['host'], dataset: ReturnType<typeof dataOf>) =>
  checkReport(await host.readDocument(), { profile: DEFAULT_PROFILE, lang: 'zh-CN', figures: { dataset, unit: UNIT } }).findings.filter((f) => f.code.startsWith('figure-'));

describe('the imitation under Track Changes', () => {
  test('replacing a figure keeps the old one as a tracked deletion; ContentControl.text gives both, getReviewedText the new one', async () => {
    const { fake } = fakeWord(sentence({ text: '112' }));
    fake.model.trackChanges = true;
    const read = await fake.Word.run(async (context) => {
      const controls = context.document.contentControls.load('tag');
      await context.sync();
      controls.items[0]?.insertText('120', 'Replace');
      controls.items[0]?.insertText('125', 'Replace'); // text inserted under tracking just goes when replaced again
      await context.sync();
      const first = controls.items[0]?.load('text');
      const current = controls.items[0]?.getReviewedText('Current');
      const original = controls.items[0]?.getReviewedText('Original');
      await context.sync();
      return [first?.text, current?.value, original?.value];
    });
    expect(read).toEqual(['112125', '125', '112']);
    expect(fake.paragraphs()[1]).toMatchObject({ text: '收案112125件，结案90件。', currentText: '收案125件，结案90件。' });
  });
});

describe('refreshing figures under Track Changes', () => {
  test('where Word has getReviewedText: the refresh settles, the check reads the new figure, nothing is written twice', async () => {
    const { fake, host } = fakeWord(sentence({ text: '112' }));
    fake.model.trackChanges = true;
    const data = dataOf(120);
    expect(await refreshFigures(host, async () => data, 'zh-CN')).toEqual({
      kind: 'refreshed',
      changes: [expect.objectContaining({ before: expect.objectContaining({ text: '112' }), after: expect.objectContaining({ text: '120' }) }), expect.objectContaining({ after: expect.objectContaining({ text: '98' }) })],
    });
    expect(fake.paragraphs()[1]?.text).toBe('收案112120件，结案9098件。'); // as Word shows it, with the deletions
    expect(await figureFindings(host, data)).toEqual([]);
    expect(await refreshFigures(host, async () => data, 'zh-CN')).toEqual({ kind: 'refreshed', changes: [] });
    expect(fake.paragraphs()[1]?.text).toBe('收案112120件，结案9098件。');
  });

  test('where Word lacks it (WordApi 1.3): a figure holding tracked changes is left and counted; the others are refreshed', async () => {
    const { fake, host } = fakeWord(sentence({ text: '120', deletedInside: '112' }), { requirementSets: { WordApi: '1.3' } });
    expect(await refreshFigures(host, async () => dataOf(125), 'zh-CN')).toEqual({
      kind: 'refreshed',
      changes: [expect.objectContaining({ after: expect.objectContaining({ text: '98' }) })],
      tracked: 1,
    });
    expect(fake.paragraphs()[1]?.runs.map((r) => (r.deletedInside ?? '') + r.text)).toEqual(['收案', '112120', '件，结案', '98', '件。']);
  });
});
