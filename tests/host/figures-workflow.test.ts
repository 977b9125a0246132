/**
 * The figures and check workflows without React, against the test Word host: insert linked figures, check
 * them against the data file, refresh, roll forward and freeze; the figures panel only keeps the outcomes.
 */
import { buildDataset, type Dataset } from '../../src/core/figures/dataset';
import { isFigureLink } from '../../src/core/figures/linking';
import type { FigureRecord } from '../../src/core/figures/model';
import { parseFigureTag } from '../../src/core/figures/tags';
import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { checkReport } from '../../src/host/workflows/check';
import { choiceFor, comparisonRows, DATA_URL_SETTING, freezeFigures, insertFigure, refreshFigures, rollForward, yearsOffered } from '../../src/host/workflows/figures';
import { paneOperations } from '../../src/host/workflows/operations';
import type { FakeWord } from '../../src/preview/fake-word';
import { fakeWord } from '../word/helpers';

const UNIT = '青禾县司法局';
const record = (year: number, indicator: string, value: number | null): FigureRecord => ({ unit: UNIT, year, indicator, value, measure: '件', place: {} });
const dataOf = (received2024: number): Dataset =>
  buildDataset([record(2023, '收案数', 96), record(2024, '收案数', received2024), record(2025, '收案数', 130), record(2024, '听证会次数', 5)]).dataset;
const DATA = dataOf(112);
const TARGET = { dataset: DATA, unit: UNIT, year: 2024 };

/** A report whose second paragraph ends where the cursor is. */
function report(): { fake: FakeWord; host: ReturnType<typeof fakeWord>['host'] } {
  const word = fakeWord(['青禾县司法局关于2024年度法治政府建设情况的报告', '全年办理行政复议案件']);
  const key = word.fake.paragraphs()[1]?.key ?? 0;
  word.fake.model.selection = { key, mode: 'End' };
  return word;
}

const staleFindings = async (host: ReturnType<typeof fakeWord>['host'], dataset: Dataset) =>
  checkReport(await host.readDocument(), { profile: DEFAULT_PROFILE, lang: 'zh-CN', figures: { dataset, unit: UNIT } }).findings.filter((f) => f.code.startsWith('figure-'));

describe('linked figures, from insertion to publishing', () => {
  test('insert a figure; the data changes; the check sees it stale; a refresh from the file read again brings it up to date', async () => {
    const { fake, host } = report();
    expect(await insertFigure(host, TARGET, '收案数')).toEqual({ kind: 'inserted' });
    const inserted = (await host.readDocument()).blocks[1];
    expect(inserted?.text).toBe('全年办理行政复议案件112');
    expect(inserted?.links?.map((link) => parseFigureTag(link.tag))).toEqual([{ unit: UNIT, year: 2024, indicator: '收案数', kind: 'value' }]);
    expect(await staleFindings(host, DATA)).toEqual([]);

    const corrected = dataOf(120);
    expect((await staleFindings(host, corrected)).map((f) => [f.code, f.at])).toEqual([['figure-stale', 1]]);
    // Without a unit chosen there is nothing to compare with.
    expect(checkReport(await host.readDocument(), { profile: DEFAULT_PROFILE, lang: 'zh-CN', figures: { dataset: corrected } }).findings.filter((f) => f.code.startsWith('figure-'))).toEqual([]);

    const refreshed = await refreshFigures(host, async () => corrected, 'zh-CN');
    expect(refreshed).toEqual({ kind: 'refreshed', changes: [expect.objectContaining({ before: expect.objectContaining({ text: '112' }), after: expect.objectContaining({ text: '120' }) })] });
    expect(fake.paragraphs()[1]?.text).toBe('全年办理行政复议案件120');
    expect(await staleFindings(host, corrected)).toEqual([]);
  });

  test('a count goes in with its measure where the sentence lacks it (112件), from the data; a rate carries its own %', async () => {
    const { fake, host } = fakeWord(['青禾县司法局关于2024年度法治政府建设情况的报告', '全年办理行政复议案件，依法纠错。']);
    fake.model.selection = { key: fake.paragraphs()[1]?.key ?? 0, mode: 'End', offset: '全年办理行政复议案件'.length };
    await insertFigure(host, TARGET, '收案数');
    expect((await host.readDocument()).blocks[1]).toMatchObject({ text: '全年办理行政复议案件112件，依法纠错。', links: [{ text: '112' }] });
    const rates = buildDataset([{ unit: UNIT, year: 2024, indicator: '出庭率', value: 97, measure: '%', place: {} }]).dataset;
    await insertFigure(host, { dataset: rates, unit: UNIT, year: 2024 }, '出庭率');
    // The cursor has stayed where it was; the rate goes in there, its % its own measure, nothing after it.
    expect(fake.paragraphs()[1]?.text).toBe('全年办理行政复议案件97%112件，依法纠错。');
  });

  test('words the writer typed into a figure\u2019s control are never overwritten: refresh and roll forward leave it, say so, and the check says where', async () => {
    const { fake, host } = report();
    await insertFigure(host, TARGET, '收案数');
    const run = fake.model.paragraphs[1]?.runs.find((r) => r.control !== undefined);
    if (!run) throw new Error('the figure was not inserted in a control');
    run.text = '112，同比增长16.7%'; // typed straight after the figure, which Word puts inside its control
    const typed = fake.paragraphs()[1]?.text;

    const corrected = dataOf(120);
    expect(await refreshFigures(host, async () => corrected, 'zh-CN')).toEqual({ kind: 'refreshed', changes: [], typed: 1 });
    expect(await rollForward(host, corrected, 2024, 'zh-CN')).toEqual({ kind: 'rolled', count: 0, year: 2025, typed: 1 });
    expect(fake.paragraphs()[1]?.text).toBe(typed);
    expect((await staleFindings(host, corrected)).map((f) => [f.code, f.at, f.params.shown])).toEqual([['figure-typed', 1, '112，同比增长16.7%']]);

    // A control holding only a figure, in any form this product writes it, is still refreshed.
    run.text = '—';
    expect(await refreshFigures(host, async () => corrected, 'zh-CN')).toEqual({ kind: 'refreshed', changes: [expect.objectContaining({ after: expect.objectContaining({ text: '120' }) })] });
  });

  test('a refresh whose file cannot be read again leaves the document alone', async () => {
    const { fake, host } = report();
    await insertFigure(host, TARGET, '收案数');
    const before = fake.paragraphs();
    expect(await refreshFigures(host, async () => undefined, 'zh-CN')).toEqual({ kind: 'reload-failed' });
    expect(fake.paragraphs()).toEqual(before);
  });

  test('the comparison table, rolled forward a year, then frozen as plain text', async () => {
    const { fake, host } = report();
    const operations = paneOperations(host).figures;
    expect(await operations.insertComparison(TARGET, 'zh-CN')).toEqual({ kind: 'inserted' });
    const cells = () => fake.paragraphs().filter((p) => p.cell).map((p) => p.text);
    expect(cells()).toEqual(['指标', '2023年', '2024年', '增减', '同比', '收案数（件）', '96', '112', '+16', '+16.7%', '听证会次数（件）', '—', '5', '—', '—']);

    const rolled = await operations.rollForward(DATA, 2024, 'zh-CN');
    expect(rolled).toEqual({ kind: 'rolled', count: expect.any(Number), year: 2025 });
    expect(cells().slice(0, 10)).toEqual(['指标', '2024年', '2025年', '增减', '同比', '收案数（件）', '112', '130', '+18', '+16.1%']);

    // A cell's figure sits in a control inside the cell's paragraph (a run's), or around it.
    const figureControls = () =>
      fake.paragraphs().flatMap((p) => [...p.controls, ...p.runs.flatMap((run) => (run.control ? [run.control] : []))]).filter((c) => isFigureLink(c.tag));
    expect(figureControls().length).toBeGreaterThan(0);
    const frozen = await freezeFigures(host);
    expect(frozen).toEqual({ kind: 'frozen', count: expect.any(Number) });
    expect(frozen.kind === 'frozen' && frozen.count).toBeGreaterThan(0);
    expect(figureControls()).toEqual([]);
    expect(cells().slice(6, 8)).toEqual(['112', '130']);
  });

  test('the data file’s address is kept with the document', async () => {
    const { host } = report();
    const operations = paneOperations(host).figures;
    expect(operations.savedDataUrl()).toBeUndefined();
    await operations.keepDataUrl('https://data.example.gov.cn/figures.csv');
    expect(operations.savedDataUrl()).toBe('https://data.example.gov.cn/figures.csv');
    expect(host.documentSetting(DATA_URL_SETTING)).toBe('https://data.example.gov.cn/figures.csv');
  });
});

describe('rolling forward with no figures for the next year', () => {
  test('asks first, saying how many of the links have none, and changes nothing until told', async () => {
    const { fake, host } = report();
    const operations = paneOperations(host).figures;
    await operations.insertFigure({ dataset: DATA, unit: UNIT, year: 2024 }, '听证会次数');
    const before = fake.paragraphs().map((p) => p.text);
    expect(await operations.rollForwardAsking(DATA, 2024, 'zh-CN')).toEqual({ kind: 'roll-confirm', links: 1, missing: 1, year: 2025 });
    expect(fake.paragraphs().map((p) => p.text)).toEqual(before);
    expect(await operations.rollForward(DATA, 2024, 'zh-CN')).toMatchObject({ kind: 'rolled', count: 1, year: 2025 });
    expect(fake.paragraphs()[1]?.text).toBe('全年办理行政复议案件—');
  });

  test('with every figure there for the next year, it rolls at once', async () => {
    const { host } = report();
    const operations = paneOperations(host).figures;
    await operations.insertFigure({ dataset: DATA, unit: UNIT, year: 2024 }, '收案数');
    expect(await operations.rollForwardAsking(DATA, 2024, 'zh-CN')).toMatchObject({ kind: 'rolled', count: 1, year: 2025 });
  });
});

describe('choosing the unit and year', () => {
  test('a new file: the first unit and the latest year, unless the writer’s choice still fits', () => {
    expect(choiceFor(DATA, {})).toEqual({ unit: UNIT, year: 2025 });
    expect(choiceFor(DATA, { unit: '别的单位', year: 2024 })).toEqual({ unit: UNIT, year: 2024 });
    expect(choiceFor(buildDataset([]).dataset, {}, new Date(2026, 0, 5))).toEqual({ unit: '', year: 2025 });
  });

  test('the report’s own unit and year come first: a 2024 report of 青禾县司法局 in a file that starts with another unit', () => {
    const two = buildDataset([{ ...record(2025, '收案数', 1), unit: '市人民政府' }, record(2024, '收案数', 112), record(2025, '收案数', 130)]).dataset;
    const report = { namePlaces: ['关于2024年度法治政府建设情况的报告', '青 禾 县 司 法 局'], year: 2024 };
    expect(choiceFor(two, { report })).toEqual({ unit: UNIT, year: 2024 });
    expect(choiceFor(two, { unit: '市人民政府', report })).toEqual({ unit: '市人民政府', year: 2024 });
    expect(choiceFor(two, { report: { namePlaces: [] } })).toEqual({ unit: '市人民政府', year: 2025 });
  });

  test('an empty document and an empty file: last year, but the current one from November (its report is being drafted)', () => {
    const empty = buildDataset([]).dataset;
    expect(choiceFor(empty, {}, new Date(2026, 9, 31))).toEqual({ unit: '', year: 2025 });
    expect(choiceFor(empty, {}, new Date(2026, 10, 2))).toEqual({ unit: '', year: 2026 });
    expect(choiceFor(empty, {}, new Date(2026, 11, 20))).toEqual({ unit: '', year: 2026 });
  });

  test('the years offered include one rolled past the file; no rows until a unit and year are chosen', () => {
    expect(yearsOffered(DATA, 2027)).toEqual([2023, 2024, 2025, 2027]);
    expect(yearsOffered(undefined, undefined)).toEqual([]);
    expect(comparisonRows(DATA, undefined, 2024)).toEqual([]);
    expect(comparisonRows(DATA, UNIT, 2024).map((row) => [row.indicator, row.formatted.current])).toEqual([['收案数', '112'], ['听证会次数', '5']]);
  });
});
