import { reportAbout, wordingFindings } from '../../helpers/wording-report';

const marks = (...sentences: string[]) => {
  const lines = reportAbout(2023, sentences[0] as string);
  lines.splice(4, 0, ...sentences.slice(1));
  return wordingFindings(lines, 'punctuation');
};

describe('punctuation by GB/T 15834, only where sure', () => {
  test('a half-width mark between Chinese characters, with the full-width one', () => {
    expect(marks('全年办理案件12件,均按时办结;无超期。')).toMatchObject([
      { params: { variant: 'half-width', found: ',' }, words: { start: 9, length: 1, expected: '，' } },
      { params: { variant: 'half-width', found: ';' }, words: { start: 15, length: 1, expected: '；' } },
    ]);
  });

  test('numbers, times, web addresses and English are not judged', () => {
    expect(marks('办件3,208件，办结率99.5%，工作日9:00—17:30受理，网址https://www.example.gov.cn/a,b?x=1，平台名为Smart Gov, Inc.。')).toEqual([]);
  });

  test('half-width brackets around Chinese, but not a heading’s (一) number', () => {
    expect(marks('聘请法律顾问(律师)3名。')).toMatchObject([{ params: { variant: 'half-width', found: '(律师)' }, words: { expected: '（律师）' } }]);
    expect(marks('(一)健全依法决策机制')).toEqual([]);
  });

  test('straight quotes in Chinese text, with curly ones', () => {
    expect(marks('落实"谁执法谁普法"责任制。')).toMatchObject([{ params: { variant: 'straight-quote', found: '"谁执法谁普法"' }, words: { expected: '“谁执法谁普法”' } }]);
  });

  test('unpaired brackets, title marks and quotes; a quotation over several paragraphs and a cut-off paragraph are not', () => {
    expect(marks('落实《条例》要求（详见附件。')).toMatchObject([{ params: { variant: 'unpaired', found: '（', expected: '）' }, words: { start: 8, length: 1 } }]);
    expect(marks('贯彻落实《条例》》要求。')).toMatchObject([{ params: { variant: 'unpaired', found: '》', expected: '《' } }]);
    expect(marks('他说：“第一段话。', '“第二段话，引语结束。”')).toEqual([]);
    expect(marks('制定了《某某局法治建设实施方')).toEqual([]);
  });

  test('a whole text typed half-width is said once, with the count', () => {
    const found = marks('一是,二是,三是,四是,五是,六是。', '七是,八是。');
    expect(found).toMatchObject([{ params: { variant: 'half-width-throughout', count: 6, found: ',' }, at: 3, words: { start: 2, expected: '，' } }]);
    expect(found[0]?.message).toBe('全文有 6 处半角标点夹在中文之间（从这里的“,”起），像是整篇用了英文标点：请统一改为全角（，；：？！（））。');
  });
});

describe('findings about quotation marks read without a tangle of quotes', () => {
  test('a straight-quoted phrase is shown as written, and the curly form to write', () => {
    const [found] = marks('落实"谁执法谁普法"责任制。');
    expect(found?.message).toBe('中文里的"谁执法谁普法"用了直引号：请写“谁执法谁普法”。');
    const [lone] = marks('落实"谁执法谁普法责任制。');
    expect(lone).toMatchObject({ params: { variant: 'straight-quote-mark', found: '"' }, words: { expected: '“' } });
    expect(lone?.message).toBe('中文里用了直引号（"）：请写（“）。');
  });

  test('an unpaired quotation mark is named in brackets, not inside more quotes', () => {
    const [found] = marks('修订“权责清单，全部公开。');
    expect(found).toMatchObject({ params: { variant: 'unpaired-quote', found: '“', expected: '”' } });
    expect(found?.message).toBe('引号（“）没有与之配对的（”）：请补上，或删去多余的一个。');
    expect(marks('落实《条例》要求（详见附件。')[0]?.message).toBe('“（”没有与之配对的“）”：请补上，或删去多余的一个。');
  });
});
