import { reportAbout, wordingFindings } from '../../helpers/wording-report';

const usage = (sentence: string) => wordingFindings(reportAbout(2023, sentence)).filter((f) => f.code === 'word-usage' || f.code === 'number-usage');

describe('word and number usage', () => {
  test('截止 before a date or 目前 means 截至', () => {
    expect(usage('截止2023年底，共受理申请36件。')).toMatchObject([{ code: 'word-usage', params: { found: '截止' }, words: { start: 0, length: 2, expected: '截至' } }]);
    expect(usage('截止目前，已办结35件。')).toMatchObject([{ code: 'word-usage' }]);
    expect(usage('申请截止日期为3月31日，截止到2023年底已全部办结。')).toEqual([]);
  });

  test('a two-digit year before 年度 or a full date is written in full', () => {
    expect(usage('23年度共开展培训5次，24年1月5日召开总结会。')).toMatchObject([
      { code: 'number-usage', params: { found: '23年' }, words: { start: 0, length: 3, expected: '2023年' } },
      { code: 'number-usage', params: { found: '24年' }, words: { expected: '2024年' } },
    ]);
    expect(usage('2023年度共开展培训5次，从事执法工作23年，服刑12年。')).toEqual([]);
  });
});
