import { linearEngineLoaded, loadLinearEngine, linearPatternProblems, profilePattern } from '../../src/core/patterns';
import type { Profile } from '../../src/core/profile';
import { BUILT_IN_PROFILES, DEFAULT_PROFILE } from '../../src/core/profiles';
import { rememberedProfiles } from '../../src/taskpane/profile-file';

const userProfile = (titleCues: string[]): Profile => ({ ...DEFAULT_PROFILE, id: 'my-annual', titleCues, rules: DEFAULT_PROFILE.rules.filter((r) => r.rule !== 'deadline') });

describe('profile patterns in the pane', () => {
  test('the linear-time engine loads on demand; then a user pattern with nested repetition answers at once', async () => {
    expect(linearEngineLoaded()).toBe(false);
    await loadLinearEngine();
    const nested = profilePattern(userProfile(['^(\\S+\\s*)+报告$']), '^(\\S+\\s*)+报告$');
    expect(nested.test('关于二〇二四年度安全生产工作情况和二〇二五年度工作安排的说明材料汇编稿'.repeat(2))).toBe(false);
    expect(nested.find('年度 报告')).toEqual({ index: 0, length: 5 });
    expect(profilePattern(userProfile([]), '报告').count('报告、报告和报告')).toBe(3);
  }, 20_000);

  test('a remembered profile whose pattern the engine cannot run is left out, as one that no longer validates', async () => {
    await loadLinearEngine();
    const ahead = userProfile(['法治(?=政府)']);
    expect(linearPatternProblems(ahead)).toEqual([expect.objectContaining({ code: 'profile-pattern-unsupported', place: { path: 'titleCues[0]' } })]);
    expect(rememberedProfiles([ahead, userProfile(['法治政府'])]).map((p) => p.titleCues)).toEqual([['法治政府']]);
  });
});

test('a copy of a built-in profile loads as a user profile: every built-in pattern runs on the linear-time engine too', async () => {
  await loadLinearEngine();
  for (const builtIn of BUILT_IN_PROFILES) expect(linearPatternProblems({ ...builtIn, id: `my-${builtIn.id}` })).toEqual([]);
  // The rewritten look-ahead keeps its meaning: 问题 but not 问题导向.
  const cue = profilePattern({ ...DEFAULT_PROFILE, id: 'copy' }, '不足|问题(?:$|[^导]|导$|导[^向])');
  expect(['存在的问题', '问题和不足', '坚持问题导向', '问题导'].map((h) => cue.test(h))).toEqual([true, true, false, true]);
});
