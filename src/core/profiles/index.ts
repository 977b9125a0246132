import type { Profile } from '../profile';
import govInfoDisclosureAnnual from './gov-info-disclosure-annual.json';
import ruleOfLawAnnual from './rule-of-law-annual.json';

/** Built-in profiles, by id. The first is the default. */
export const BUILT_IN_PROFILES: readonly Profile[] = [ruleOfLawAnnual as Profile, govInfoDisclosureAnnual as Profile];

export const DEFAULT_PROFILE: Profile = BUILT_IN_PROFILES[0] as Profile;

export function findBuiltInProfile(id: string): Profile | undefined {
  return BUILT_IN_PROFILES.find((profile) => profile.id === id);
}
