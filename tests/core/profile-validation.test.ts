import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateProfile } from '../../src/core/profile-validation';
import { BUILT_IN_PROFILES } from '../../src/core/profiles';
import { guessProfile } from '../../src/core/profiles/guess';
import { textDoc } from '../helpers/text-docs';

const profileFile = (name: string): unknown => JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'profiles', name), 'utf8'));

describe('profile validation', () => {
  test.each(BUILT_IN_PROFILES.map((p) => [p.id, p]))('the built-in %s is valid', (_, profile) => {
    expect(validateProfile(JSON.parse(JSON.stringify(profile))).errors).toEqual([]);
  });

  test('a user profile written only as JSON is valid', () => {
    expect(validateProfile(profileFile('work-safety-annual.json'))).toMatchObject({ errors: [], profile: { id: 'work-safety-annual' } });
  });

  test('a standard table whose identity names a row it does not have, or a row without numbers, is refused by field', () => {
    const profile = JSON.parse(JSON.stringify(BUILT_IN_PROFILES.find((p) => p.id === 'gov-info-disclosure-annual')));
    const requests = profile.parts.find((p: { id: string }) => p.id === 'requests');
    requests.tables[0].identities[0].left = ['new', 'carried-over-typo', 'results'];
    requests.tables[0].rows[1].id = 'new';
    const { errors } = validateProfile(profile);
    const at = `parts[${profile.parts.indexOf(requests)}].tables[0]`;
    expect(errors).toEqual([
      `${at}.rows[1].id: “new” 重复 / is used twice`,
      `${at}.identities[0].left[1]: 表中没有 id 为“carried-over-typo”的行 / the table has no row "carried-over-typo"`,
      `${at}.identities[0].left[2]: “results”不填数字，不能参与求和 / "results" holds no numbers and cannot be summed`,
    ]);
  });

  test('every mistake is named by its field', () => {
    const { profile, errors } = validateProfile(profileFile('broken-profile.json'));
    expect(profile).toBeUndefined();
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^id: /),
        expect.stringMatching(/^name: .*en-US/),
        expect.stringMatching(/^parts\[0\]\.cues\[0\]\.weight: /),
        expect.stringMatching(/^parts\[1\]\.role: /),
        expect.stringMatching(/^parts\[1\]\.required: /),
        expect.stringMatching(/^rules\[0\]\.colour: 未知字段 \/ unknown field/),
      ]),
    );
  });

  test('what a schema cannot say: duplicate ids, rules naming no part, patterns that do not compile', () => {
    const draft = profileFile('work-safety-annual.json') as { parts: Array<{ id: string }>; titleCues: string[]; rules: Array<{ part?: string }> };
    (draft.parts[2] as { id: string }).id = 'work-done';
    draft.titleCues.push('(unclosed');
    (draft.rules[0] as { part?: string }).part = 'nowhere';
    expect(validateProfile(draft).errors).toEqual([
      'parts[2].id: “work-done” 重复 / is used twice',
      expect.stringMatching(/^titleCues\[1\]: 不是有效的正则表达式/),
      'rules[0].part: 没有 id 为“nowhere”的 section 部分 / no section part has the id "nowhere"',
    ]);
  });

  test('not an object at all', () => {
    expect(validateProfile([1, 2]).errors[0]).toMatch(/^\(整个文件 \/ the whole file\): /);
  });
});

describe('guessing the profile from the title', () => {
  const safety = validateProfile(profileFile('work-safety-annual.json')).profile!;

  test('by the title, below a unit line or pasted web text', () => {
    const doc = textDoc('首页 > 通知公告', '南湖区应急管理局', '2024年度安全生产工作报告', '一、工作情况', '正文。');
    expect(guessProfile(doc, [...BUILT_IN_PROFILES, safety])).toEqual({ profile: safety, guessed: true });
    expect(guessProfile(textDoc('2024年度法治政府建设情况报告'), [safety, ...BUILT_IN_PROFILES]).profile.id).toBe('rule-of-law-annual');
  });

  test('no title that any profile knows: the first profile, not guessed', () => {
    expect(guessProfile(textDoc('工作总结', '正文。'), BUILT_IN_PROFILES)).toEqual({ profile: BUILT_IN_PROFILES[0], guessed: false });
  });
});
