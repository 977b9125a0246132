/**
 * A report profile from a file's text, by the same rules wherever it is loaded (report-check --profile, the
 * pane's 从文件载入): a byte-order mark is dropped, JSON mistakes are placed by line and column (a full-width
 * quote or comma, the likeliest slip when editing by hand, is named as such), the profile is validated field
 * by field, and a built-in profile's id is refused so one id never means two report types.
 */
import type { Diagnostic } from './diagnostic';
import { jsonErrorOffset } from './json-position';
import { linearPatternProblems } from './patterns';
import type { Profile } from './profile';
import { validateProfile } from './profile-validation';
import { BUILT_IN_PROFILES } from './profiles';

export type ProfileLoad = { ok: true; profile: Profile } | { ok: false; problems: Diagnostic[] };

/** Characters a Chinese keyboard types where JSON needs their half-width forms. */
const FULL_WIDTH = /[“”‘’，：；［］｛｝（）]/;

export function profileFromText(text: string): ProfileLoad {
  const json = text.replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, problems: [jsonProblem(json)] };
  }
  const validation = validateProfile(parsed);
  if (!validation.profile) return { ok: false, problems: validation.problems };
  const builtIn = BUILT_IN_PROFILES.find((p) => p.id === validation.profile.id);
  if (builtIn) {
    const problem: Diagnostic = { code: 'profile-built-in-id', severity: 'error', params: { id: builtIn.id, builtIn: builtIn.name }, place: { path: 'id' } };
    return { ok: false, problems: [problem] };
  }
  const unsupported = linearPatternProblems(validation.profile);
  if (unsupported.length) return { ok: false, problems: unsupported };
  return { ok: true, profile: validation.profile };
}

/** Where the JSON goes wrong, as an editor shows it (line and column from 1). */
function jsonProblem(text: string): Diagnostic {
  const scanned = jsonErrorOffset(text);
  const offset = scanned < 0 ? text.length : Math.min(scanned, text.length);
  const lines = text.slice(0, offset).split('\n');
  const found = text.slice(offset, offset + 1);
  const variant = offset >= text.length ? 'end' : FULL_WIDTH.test(found) ? 'full-width' : undefined;
  const params = { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1, found, ...(variant ? { variant } : {}) };
  return { code: 'profile-not-json', severity: 'error', params };
}
