import type { FigureRecord } from '../../src/core/figures/model';
import { gatherSheets } from '../../src/data/xlsx';

// More rows than a function call takes arguments (about 120,000 in Node 20): spreading a sheet's records into one
// push failed on such a sheet (“Maximum call stack size exceeded”), and on the 50,000-row one when the stack was deep.
const record = (i: number): FigureRecord => ({ unit: `第${(i % 700) + 1}单位`, year: 2024, indicator: `指标${i}`, value: i, measure: '件', place: { row: i + 2 } });

test('sheets of 200,000 and 1,000 figures are gathered whole, in order; a sheet without figures is named', () => {
  const big = Array.from({ length: 200_000 }, (_, i) => record(i));
  const small = Array.from({ length: 1_000 }, (_, i) => record(200_000 + i));
  const gathered = gatherSheets(
    [
      { sheet: { name: '2023年', path: 'xl/worksheets/sheet1.xml' }, outcome: { ok: true, layout: 'long', records: big, problems: [] } },
      { sheet: { name: '说明', path: 'xl/worksheets/sheet2.xml' }, outcome: { ok: true, layout: 'long', records: [], problems: [] } },
      { sheet: { name: '2024年', path: 'xl/worksheets/sheet3.xml' }, outcome: { ok: true, layout: 'long', records: small, problems: [] } },
    ],
    true,
  );
  if ('error' in gathered) throw new Error('gathered an error');
  expect(gathered.records).toHaveLength(201_000);
  expect(gathered.records[0]).toBe(big[0]);
  expect(gathered.records[200_999]).toBe(small[999]);
  expect(gathered.problems.map((p) => [p.code, p.place])).toEqual([['sheet-skipped', { sheet: '说明' }]]);
  expect(gathered.layout).toBe('long');
});
