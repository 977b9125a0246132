import { readDataFile } from '../../src/data/read-data-file';
import { loaded, xlsx } from '../helpers/data-files';

// read-excel-file parses a sheet in chunks sized by the clock: a chunk that took over 7 ms halves the next one.
// On a busy computer every chunk is slow, so chunks shrank toward nothing: 9.3.17 went on to the next chunk by
// recursing and ran out of stack (the workbook was refused as unreadable), and every chunk copies all the rows read
// so far, so many small chunks cost time as the square of the sheet's size. patches/ makes the chunks a loop that
// never shrinks below its first size (64 KB). Here the clock says every chunk took 8 ms, as on the busiest computer.
const ROWS = 3000;

test('a sheet read while every chunk is slow is read whole, every figure as written, in few chunks', async () => {
  const data = [['单位', '年度', '指标', '数值', '计量单位'], ...Array.from({ length: ROWS }, (_, i) => [`第${(i % 50) + 1}单位`, 2024, `指标${Math.floor(i / 50)}`, i * 3 + 1, '件'])];
  const workbook = await xlsx([{ sheet: '数据', data }]);
  let now = Date.now();
  let clockReads = 0;
  const clock = jest.spyOn(Date, 'now').mockImplementation(() => {
    clockReads += 1;
    return (now += 8);
  });
  try {
    const { dataset } = loaded(await readDataFile(workbook, '数据.xlsx'));
    expect(dataset.lookup('第1单位', 2024, '指标0')).toMatchObject({ value: 1, measure: '件' });
    expect(dataset.lookup('第50单位', 2024, '指标59')).toMatchObject({ value: (ROWS - 1) * 3 + 1 });
    expect(dataset.records).toHaveLength(ROWS);
    // The sheet's XML is a few hundred KB: chunks of 64 KB are a handful, each reading the clock twice; chunks
    // shrunk to 1 KB would be hundreds.
    expect(clockReads).toBeLessThan(60);
  } finally {
    clock.mockRestore();
  }
});
