import { check } from '../../../src/core/check';
import { textDoc } from '../../helpers/text-docs';
import { reportAbout } from '../../helpers/wording-report';

const promptsLeft = (measures: string) => check(textDoc(...reportAbout(2024, measures))).findings.filter((f) => f.code === 'prompt-left');

describe('a writer’s own 【请…】 note left in a paragraph', () => {
  test('the finding quotes the note itself, not the words the writer wrote around it', () => {
    const sentence = '全年组织执法人员集中培训，参训人员覆盖所有执法岗位，培训时长累计达到【请填写】学时，考试合格率百分之百。';
    expect(promptsLeft(sentence)).toMatchObject([{ at: 3, params: { text: '【请填写】' } }]);
  });

  test('a paragraph that is all prompt is quoted whole', () => {
    expect(promptsLeft('【请补充本年度行政执法情况】')).toMatchObject([{ params: { text: '【请补充本年度行政执法情况】' } }]);
  });

  test('notes that say what to fill in, without 请, are prompts too; round brackets only when they say where', () => {
    expect(promptsLeft('全年办理行政复议案件【填写数量】件，（此处填写主要做法）。')).toMatchObject([{ params: { text: '【填写数量】' } }]);
    expect(promptsLeft('（此处填写主要做法）')).toMatchObject([{ params: { text: '（此处填写主要做法）' } }]);
    expect(promptsLeft('全年办理行政复议案件12件（详见附件），其余事项（待定）将于明年办结。')).toEqual([]);
  });
});
