import { localize } from '../core/i18n/catalog';
import type { Profile } from '../core/profile';
import { BUILT_IN_PROFILES, findBuiltInProfile } from '../core/profiles';
import { useLinearEngine } from '../core/patterns';
import { decodeText } from '../files/decode-text';
import { UsageError } from './args';
import { readFileBytes } from './read-report';

/** A built-in profile by id, or a profile file, loaded by the same rules as in the pane. */
export function loadProfile(spec: string): Profile {
  const builtIn = findBuiltInProfile(spec);
  if (builtIn) return builtIn;
  const known = BUILT_IN_PROFILES.map((p) => p.id).join(', ');
  if (!/\.json$/i.test(spec)) throw new UsageError('cli-unknown-profile', { name: spec, known });
  const bytes = readFileBytes(spec, (code, params) => new UsageError('cli-profile-unreadable', { file: spec, detail: localize({ code, params }) }));
  // A user's patterns run on the linear-time engine (src/core/patterns.ts), loaded only for a profile file: a batch
  // on the built-in profiles starts without it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  useLinearEngine((require('re2js') as typeof import('re2js')).RE2JS);
  // UTF-8 with or without a BOM, or GBK as Notepad on Chinese Windows saves: read as the pane reads it.
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const why = localize({ code: decoded.reason === 'binary' ? 'text-binary' : 'text-encoding', params: {} });
    throw new UsageError('cli-profile-unreadable', { file: spec, detail: why });
  }
  // The schema and its validator, like the engine, only for a profile file.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { profileFromText } = require('../core/profile-loader') as typeof import('../core/profile-loader');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { profileProblemLine } = require('../core/profile-validation') as typeof import('../core/profile-validation');
  const loaded = profileFromText(decoded.text);
  if (!loaded.ok) throw new UsageError('cli-profile-needs-fixing', { file: spec }, loaded.problems.map(profileProblemLine));
  return loaded.profile;
}
