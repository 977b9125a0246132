/** Checks rules' validate() functions share: the part an entry names exists, its patterns compile. */
import type { Profile } from '../profile';
import type { OptionProblem } from './rule';

export function sectionMustExist(profile: Profile, part: string, path: string): OptionProblem[] {
  const exists = profile.parts.some((p) => p.role === 'section' && p.id === part);
  return exists ? [] : [{ path, code: 'profile-no-section-part', params: { id: part } }];
}

export function patternMustCompile(pattern: string | undefined, path: string): OptionProblem[] {
  if (pattern === undefined) return [];
  try {
    new RegExp(pattern);
    return [];
  } catch (error) {
    return [{ path, code: 'profile-bad-pattern', params: { detail: (error as Error).message } }];
  }
}
