import { readDataFile } from '../../src/data/read-data-file';
import { loaded, xlsx } from '../helpers/data-files';

// read-excel-file parses a sheet in chunks sized by the clock: a chunk that took over 7 ms halves the next one.
// On a busy computer every chunk is slow, so chunks shrink to nothing; read-excel-file 9.3.17 went on to the next
// chunk by recursing, and ran out of stack (the workbook was refused as unreadable). patches/ makes that a loop
// with a floor on the chunk size. Here the clock says every chunk took 8 ms, as on the busiest computer.
const ROWS = 3000;

test('a sheet read while every chunk is slow is read whole, every figure as written', async () => {
  const data = [['单位', '年度', '指标', '数值', '计量单位'], ...Array.from({ length: ROWS }, (_, i) => [`第${(i % 50) + 1}单位`, 2024, `指标${Math.floor(i / 50)}`, i * 3 + 1, '件'])];
  const workbook = await xlsx([{ sheet: '数据', data }]);
  let now = Date.now();
  const clock = jest.spyOn(Date, 'now').mockImplementation(() => (now += 8));
  try {
    const { dataset } = loaded(await readDataFile(workbook, '数据.xlsx'));
    expect(dataset.lookup('第1单位', 2024, '指标0')).toMatchObject({ value: 1, measure: '件' });
    expect(dataset.lookup('第50单位', 2024, '指标59')).toMatchObject({ value: (ROWS - 1) * 3 + 1 });
    expect(dataset.records).toHaveLength(ROWS);
  } finally {
    clock.mockRestore();
  }
});
