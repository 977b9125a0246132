/** A JSON record whose figure is under a key the reader does not know ("val", "件数") is named, never read as blank. */
import { readDataFile } from '../../src/data/read-data-file';
import { loaded } from '../helpers/data-files';

const json = (figures: object[]) => new TextEncoder().encode(JSON.stringify({ figures }));

test('a record with no value key is named with its path; "value": null is still no figure yet', async () => {
  const result = loaded(await readDataFile(json([
    { unit: '市司法局', year: 2024, indicator: '收案数', val: 1102 },
    { unit: '市司法局', year: 2024, indicator: '听证会次数', value: null },
  ]), 'a.json'));
  expect(result.problems.map((p) => [p.code, p.place.path])).toEqual([['missing-cell', 'figures[0].value']]);
  expect(result.problems[0]?.message['zh-CN']).toContain('这条记录没有数值：其中的 “val” 不是认得的键，数值请写在“value”或“数值”下');
  expect(result.problems[0]?.message['en-US']).toContain('“val” is not a key the reader knows; put the figure under “value”');
  expect(result.dataset.lookup('市司法局', 2024, '收案数')).toBeUndefined();
  expect(result.dataset.lookup('市司法局', 2024, '听证会次数')).toMatchObject({ value: null });
});
