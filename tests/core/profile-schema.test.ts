import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROFILE_SCHEMA } from '../../src/core/profile-schema';
import { RULES } from '../../src/core/rules/registry';

test('the published profile-schema.json is the schema built from the rule registry (npm run schema writes it)', () => {
  const published = JSON.parse(readFileSync(join(__dirname, '..', '..', 'src', 'core', 'profile-schema.json'), 'utf8'));
  expect(published).toEqual(JSON.parse(JSON.stringify(PROFILE_SCHEMA)));
});

test('every rule of the registry has a branch in the schema, with its options', () => {
  const branches = (PROFILE_SCHEMA.$defs.rule as { allOf: unknown }).allOf as Array<{ if: { properties: { rule: { const: string } } }; then: { properties: Record<string, unknown> } }>;
  expect(branches.map((b) => b.if.properties.rule.const)).toEqual(RULES.map((r) => r.name));
  for (const rule of RULES) {
    const branch = branches.find((b) => b.if.properties.rule.const === rule.name);
    expect(Object.keys(branch?.then.properties ?? {})).toEqual(expect.arrayContaining(Object.keys(rule.options.properties)));
  }
});
