/** The comparison table goes into Word under the caption the pane shows over it, in the same batch. */
import { compare } from '../../src/core/figures/compare';
import { buildDataset } from '../../src/core/figures/dataset';
import { comparisonTable, isFigureLink, refreshUpdate, rollForwardUpdate } from '../../src/core/figures/linking';
import type { FigureRecord } from '../../src/core/figures/model';
import { figureCaptionTag } from '../../src/core/figures/tags';
import { text } from '../../src/core/i18n/catalog';
import { existingState, fakeWord, syncsOf } from './helpers';

const UNIT = '青禾县司法局';
const record = (year: number, value: number): FigureRecord => ({ unit: UNIT, year, indicator: '收案数', value, measure: '件', place: {} });
const { dataset } = buildDataset([record(2023, 96), record(2024, 112), record(2025, 130)]);
const table = (lang: 'zh-CN' | 'en-US' = 'zh-CN') => comparisonTable(compare(dataset, UNIT, 2024), UNIT, 2024, lang);

describe('the caption above an inserted comparison table', () => {
  test('the pane\u2019s caption, word for word, in the paragraph right above the table, in its own tagged control; two syncs', async () => {
    const { fake, host } = fakeWord([{ text: '（三）依法化解行政争议', style: 'Heading 2' }, '下一段。']);
    const before = existingState(fake);
    fake.model.selection = { key: fake.paragraphs()[0]?.key ?? 0, mode: 'End' };
    const { syncs } = await syncsOf(fake, () => host.insertLinkedTable(table()));
    expect(syncs).toBe(2);

    const view = fake.paragraphs();
    expect(view[0]).toMatchObject({ text: before[0]?.runs[0]?.text, styleBuiltIn: before[0]?.styleBuiltIn });
    const caption = view[1];
    expect(caption?.text).toBe(text('pane-figures-table-caption', { unit: UNIT, prior: 2023, year: 2024 }, 'zh-CN'));
    expect(caption?.text).toBe('青禾县司法局2023年与2024年数据对比');
    // A caption, not a heading after the cursor's heading: Normal, centred, bold, outside the table and its control.
    expect(caption).toMatchObject({ tableNestingLevel: 0, styleBuiltIn: 'Normal', alignment: 'Centered', font: expect.objectContaining({ bold: true }) });
    expect(caption?.controls.map((c) => c.tag)).toEqual([figureCaptionTag({ unit: UNIT, year: 2024 })]);
    expect(view[2]).toMatchObject({ text: '指标', tableNestingLevel: 1 });
    expect(view[2]?.controls.map((c) => c.tag)).not.toContain(figureCaptionTag({ unit: UNIT, year: 2024 }));
    expect(view[view.length - 1]?.text).toBe('下一段。');
  });

  test('rolled forward, the caption names the new years with the table; refreshed in English, it says so in English', async () => {
    const { fake, host } = fakeWord(['去年的报告正文。']);
    fake.model.selection = { key: fake.paragraphs()[0]?.key ?? 0, mode: 'End' };
    await host.insertLinkedTable(table());
    await host.updateLinks(isFigureLink, rollForwardUpdate(dataset, 'zh-CN'));
    expect(fake.paragraphs()[1]?.text).toBe('青禾县司法局2024年与2025年数据对比');
    expect(fake.paragraphs()[1]?.controls.map((c) => c.tag)).toEqual([figureCaptionTag({ unit: UNIT, year: 2025 })]);

    await host.updateLinks(isFigureLink, refreshUpdate(dataset, 'en-US'));
    expect(fake.paragraphs()[1]?.text).toBe(text('pane-figures-table-caption', { unit: UNIT, prior: 2024, year: 2025 }, 'en-US'));
    // Freezing the figures leaves the caption as plain text.
    await host.unlinkLinks(isFigureLink);
    expect(fake.paragraphs()[1]).toMatchObject({ text: `${UNIT}: 2024 against 2025`, controls: [] });
  });
});
