import { compare } from '../../src/core/figures/compare';
import { buildDataset } from '../../src/core/figures/dataset';
import { comparisonTable, isFigureLink, refreshUpdate, rollForwardUpdate } from '../../src/core/figures/linking';
import type { FigureRecord } from '../../src/core/figures/model';
import { fakeWord, syncsOf } from './helpers';

const record = (year: number, indicator: string, value: number | null): FigureRecord => ({ unit: '青禾县司法局', year, indicator, value, measure: '件', place: {} });
const { dataset } = buildDataset([record(2023, '收案数', 96), record(2024, '收案数', 112), record(2025, '收案数', 130), record(2023, '听证会次数', 3), record(2024, '听证会次数', 5)]);

describe('a comparison table in Word, rolled forward and refreshed', () => {
  test('roll forward moves the year headings and every figure one year on; the figures the file lacks show —', async () => {
    const { fake, host } = fakeWord(['去年的报告正文。']);
    fake.model.selection = { key: fake.paragraphs()[0]?.key ?? 0, mode: 'End' };
    await host.insertLinkedTable(comparisonTable(compare(dataset, '青禾县司法局', 2024), '青禾县司法局', 2024, 'zh-CN'));
    const cells = () => fake.paragraphs().filter((p) => p.cell).map((p) => p.text);
    expect(cells()).toEqual(['指标', '2023年', '2024年', '增减', '同比', '收案数（件）', '96', '112', '+16', '+16.7%', '听证会次数（件）', '3', '5', '+2', '+66.7%']);

    const { syncs } = await syncsOf(fake, () => host.updateLinks(isFigureLink, rollForwardUpdate(dataset, 'zh-CN')));
    expect(syncs).toBe(2);
    expect(cells()).toEqual(['指标', '2024年', '2025年', '增减', '同比', '收案数（件）', '112', '130', '+18', '+16.1%', '听证会次数（件）', '5', '—', '—', '—']);
    expect(fake.paragraphs()[0]?.text).toBe('去年的报告正文。');

    // Refreshing right after changes nothing: what roll forward wrote is what the data says.
    expect(await host.updateLinks(isFigureLink, refreshUpdate(dataset, 'zh-CN'))).toEqual([]);
  });
});
