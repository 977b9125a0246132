import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Profile } from '../../src/core/profile';
import { BUILT_IN_PROFILES } from '../../src/core/profiles';
import workSafety from '../fixtures/profiles/work-safety-annual.json';

/** The example profile the README's "Report profiles" section shows a user: the JSON text as written there. */
export function readmeProfileText(): string | undefined {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Report profiles'));
  return /```json\n([\s\S]*?)```/.exec(section)?.[1];
}

/** Every built-in profile, the README's example and the full user example (signature and date without prompts). */
export function everyProfile(): Array<[string, Profile]> {
  return [
    ...BUILT_IN_PROFILES.map((p): [string, Profile] => [p.id, p]),
    ['the README example', JSON.parse(readmeProfileText() as string) as Profile],
    ['the full user example', workSafety as Profile],
  ];
}
