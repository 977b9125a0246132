import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateProfile } from '../../src/core/profile-validation';

test('the profile example in the README is a valid profile', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Report profiles'));
  const example = /```json\n([\s\S]*?)```/.exec(section)?.[1];
  expect(example).toBeDefined();
  expect(validateProfile(JSON.parse(example as string)).errors).toEqual([]);
});
