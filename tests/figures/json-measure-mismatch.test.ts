/** A JSON record whose value carries a measure other than its own: named as in a table, never silently taken. */
import { readDataFile } from '../../src/data/read-data-file';
import { loaded } from '../helpers/data-files';

const json = (figures: object[]) => new TextEncoder().encode(JSON.stringify({ figures }));

test('97% in a record whose measure is 件, and 1.3万件 in a 元 record, are warned about with the record named', async () => {
  const result = loaded(await readDataFile(json([
    { unit: '市司法局', year: 2024, indicator: '出庭应诉率', value: '97%', measure: '件' },
    { unit: '市财政局', year: 2024, indicator: '收费', value: '1.3万件', measure: '元' },
    { unit: '市财政局', year: 2024, indicator: '罚没收入', value: '1.3万', measure: '元' },
  ]), 'a.json'));
  expect(result.problems.map((p) => [p.code, p.place.path])).toEqual([
    ['measure-mismatch', 'figures[0].value'],
    ['measure-mismatch', 'figures[1].value'],
  ]);
  expect(result.problems[1]?.message['zh-CN']).toContain('数字后写的“万件”与计量单位“元”不一致');
  expect(result.dataset.lookup('市财政局', 2024, '罚没收入')).toMatchObject({ value: 13000, measure: '元' });
});
