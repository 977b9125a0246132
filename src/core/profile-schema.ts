/**
 * The profile's JSON Schema: profile-schema.json (published for editors, and the base of this one) with its
 * `rule` definition built from the rule registry, so each rule's options are written once, in its module.
 * `npm run schema` writes the built schema back to profile-schema.json; a test keeps the two the same.
 */
import type { JSONSchema } from 'json-schema-to-ts';
import base from './profile-schema.json';
import { RULES } from './rules/registry';
import type { CheckRule } from './rules/rule';

const CODE = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'What the finding is called (report-check prints it).' } as const;
const SEVERITY = { enum: ['error', 'warning', 'info', 'off'], description: 'Overrides the rule’s severity; off turns the check off.' } as const;

/** One `if rule is X then these fields` branch per rule. */
function ruleBranch(rule: CheckRule<string, unknown>): JSONSchema {
  const own: Record<string, JSONSchema> = rule.ownCode ? { code: CODE, message: { $ref: '#/$defs/localized' } } : {};
  return {
    if: { properties: { rule: { const: rule.name } }, required: ['rule'] },
    then: {
      description: rule.description['en-US'],
      required: [...(rule.ownCode ? ['code'] : []), ...(rule.options.required ?? [])],
      additionalProperties: false,
      properties: { rule: true, severity: SEVERITY, ...own, ...rule.options.properties },
    },
  };
}

export function ruleDefinition(): JSONSchema {
  const rules = RULES as readonly CheckRule<string, unknown>[];
  return {
    type: 'object',
    required: ['rule'],
    description: 'A check this report type turns on, configures, or turns off (severity "off").',
    properties: { rule: { enum: rules.map((rule) => rule.name) } },
    allOf: rules.map(ruleBranch),
  };
}

export const PROFILE_SCHEMA = { ...base, $defs: { ...base.$defs, rule: ruleDefinition() } } as const;
