import { Validator, type OutputUnit } from '@cfworker/json-schema';
import type { Profile, TableSpec } from './profile';
import schema from './profile-schema.json';

export type ProfileValidation = { profile: Profile; errors: [] } | { profile?: undefined; errors: string[] };

/** Wrapper keywords whose errors only repeat their children's. */
const WRAPPERS = new Set(['properties', 'items', 'prefixItems', 'allOf', 'anyOf', 'oneOf', '$ref', 'if', 'then', 'else', 'additionalProperties']);

const validator = new Validator(schema as object, '2020-12', false);

/**
 * Checks a profile someone wrote (JSON already parsed): against profile-schema.json, then what a schema cannot say
 * (unique part ids, rules naming existing section parts, regular expressions that compile). Each message names
 * the field, e.g. "parts[3].cues[0].weight: …".
 */
export function validateProfile(value: unknown): ProfileValidation {
  const result = validator.validate(value);
  if (!result.valid) return { errors: dedupe(result.errors.filter((e) => !WRAPPERS.has(e.keyword)).map(describeSchemaError)) };
  const profile = value as Profile;
  const errors = semanticErrors(profile);
  return errors.length ? { errors } : { profile, errors: [] };
}

function fieldPath(instanceLocation: string): string {
  const path = instanceLocation
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment.replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('')
    .replace(/^\./, '');
  return path || '(整个文件 / the whole file)';
}

function describeSchemaError(error: OutputUnit): string {
  if (error.keyword === 'false') return `${fieldPath(error.instanceLocation)}: 未知字段 / unknown field`;
  return `${fieldPath(error.instanceLocation)}: ${error.error}`;
}

function semanticErrors(profile: Profile): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  profile.parts.forEach((part, i) => {
    if (seen.has(part.id)) errors.push(`parts[${i}].id: “${part.id}” 重复 / is used twice`);
    seen.add(part.id);
    part.cues?.forEach((cue, k) => checkPattern(cue.pattern, `parts[${i}].cues[${k}].pattern`, errors));
    part.tables?.forEach((table, t) => tableErrors(table, `parts[${i}].tables[${t}]`, errors));
  });
  if (!profile.parts.some((p) => p.role === 'section')) errors.push('parts: 至少要有一个 section 部分 / needs at least one part with role "section"');
  profile.titleCues.forEach((cue, i) => checkPattern(cue, `titleCues[${i}]`, errors));
  const sections = new Set(profile.parts.filter((p) => p.role === 'section').map((p) => p.id));
  profile.rules.forEach((rule, i) => {
    if ('part' in rule && !sections.has(rule.part)) errors.push(`rules[${i}].part: 没有 id 为“${rule.part}”的 section 部分 / no section part has the id "${rule.part}"`);
    if (rule.rule === 'deadline') {
      if (rule.when) checkPattern(rule.when, `rules[${i}].when`, errors);
      if (rule.unless) checkPattern(rule.unless, `rules[${i}].unless`, errors);
    }
  });
  return errors;
}

/** Ids unique within a table, and identities naming only its own rows or columns. */
function tableErrors(table: TableSpec, field: string, errors: string[]): void {
  for (const axis of ['rows', 'columns'] as const) {
    const seen = new Set<string>();
    table[axis].forEach((line, i) => {
      if (seen.has(line.id)) errors.push(`${field}.${axis}[${i}].id: “${line.id}” 重复 / is used twice`);
      seen.add(line.id);
    });
  }
  table.identities?.forEach((identity, k) => {
    const lines = new Map(table[identity.across].map((line) => [line.id, line]));
    for (const side of ['left', 'right'] as const) {
      identity[side].forEach((id, n) => {
        const line = lines.get(id);
        const at = `${field}.identities[${k}].${side}[${n}]`;
        if (!line) errors.push(`${at}: 表中没有 id 为“${id}”的${identity.across === 'rows' ? '行' : '列'} / the table has no ${identity.across === 'rows' ? 'row' : 'column'} "${id}"`);
        else if (line.numbers === false) errors.push(`${at}: “${id}”不填数字，不能参与求和 / "${id}" holds no numbers and cannot be summed`);
      });
    }
  });
}

function checkPattern(pattern: string, field: string, errors: string[]): void {
  try {
    new RegExp(pattern);
  } catch (error) {
    errors.push(`${field}: 不是有效的正则表达式 / not a valid regular expression (${(error as Error).message})`);
  }
}

function dedupe(messages: string[]): string[] {
  return [...new Set(messages)];
}
