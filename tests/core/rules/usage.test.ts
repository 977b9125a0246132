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

describe('a year typed with a digit too many', () => {
  const inReport = (sentence: string) =>
    wordingFindings(reportAbout(2024, sentence)).filter((f) => f.code === 'number-usage');

  test('a five-digit year next to the report year is named, with the year it should be', () => {
    expect(inReport('20024年，本局共办结行政复议案件7件。')).toMatchObject([
      { code: 'number-usage', params: { variant: 'typo', found: '20024年' }, words: { start: 0, length: 6, expected: '2024年' } },
    ]);
    expect(inReport('与20233年相比，培训人次有所增加。')).toMatchObject([{ params: { found: '20233年' }, words: { expected: '2023年' } }]);
    for (const sentence of ['20244年审计发现问题12个。', '20244年审理行政案件30件。', '20244年检查企业58家。', '20244年薪酬制度改革完成。']) {
      expect(inReport(sentence)).toMatchObject([{ params: { found: '20244年' }, words: { expected: '2024年' } }]);
    }
  });

  test('long numbers that are not years are left alone', () => {
    expect(inReport('全年投入经费120024元，服务群众30000人次，有效期20年。')).toEqual([]);
    expect(inReport('编号为202401年度第3号的文件已备案。')).toEqual([]);
    expect(inReport('全年共20234年检车辆，20241年审证照。')).toEqual([]);
  });
});
