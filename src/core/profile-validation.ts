import { Validator, type OutputUnit } from '@cfworker/json-schema';
import type { Diagnostic } from './diagnostic';
import { bilingual, text } from './i18n/catalog';
import type { Params } from './i18n/render';
import type { Profile, TableSpec } from './profile';
import { PROFILE_SCHEMA } from './profile-schema';
import { patternMustCompile } from './rules/option-checks';
import { findRule } from './rules/registry';
import type { OptionProblem } from './rules/rule';

/**
 * `problems` name each mistake by its field (place.path, e.g. "parts[3].cues[0].weight"), rendered where shown;
 * `errors` are the same in both languages, one line each, for logs.
 */
export type ProfileValidation = { profile: Profile; errors: []; problems: [] } | { profile?: undefined; errors: string[]; problems: Diagnostic[] };

/** Wrapper keywords whose errors only repeat their children's. */
const WRAPPERS = new Set(['properties', 'items', 'prefixItems', 'allOf', 'anyOf', 'oneOf', '$ref', 'if', 'then', 'else', 'additionalProperties']);
const ID_PATTERN = '^[a-z0-9][a-z0-9-]*$';

const validator = new Validator(PROFILE_SCHEMA as object, '2020-12', false);

/**
 * Checks a profile someone wrote (JSON already parsed): against the schema, then what a schema cannot say
 * (unique ids, rules naming existing section parts, regular expressions that compile) — both, so one pass names
 * every mistake.
 */
export function validateProfile(value: unknown): ProfileValidation {
  const result = validator.validate(value);
  const schemaProblems = result.valid ? [] : result.errors.filter((e) => !WRAPPERS.has(e.keyword)).map(schemaProblem);
  const problems = dedupe([...schemaProblems, ...semanticProblems(value)]);
  if (problems.length === 0) return { profile: value as Profile, errors: [], problems: [] };
  return { errors: problems.map(profileProblemLine), problems };
}

/** "parts[3].id: “x” 重复 / is used twice": the field, then the message in both languages, for logs. */
export function profileProblemLine(problem: Diagnostic): string {
  const field = problem.place?.path || `(${bilingual({ code: 'profile-whole-file', params: {} })})`;
  return `${field}: ${bilingual({ code: problem.code, params: problem.params })}`;
}

function fieldPath(instanceLocation: string): string {
  return instanceLocation
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment.replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('')
    .replace(/^\./, '');
}

const problemAt = (path: string, code: string, params: Params = {}): Diagnostic => ({ code, severity: 'error', params, place: { path } });

/** A schema error in our own words, from its keyword and the schema's value there. */
function schemaProblem(error: OutputUnit): Diagnostic {
  const path = fieldPath(error.instanceLocation);
  const at = (code: string, params?: Params) => problemAt(path, code, params);
  const rule = schemaAt(error.keywordLocation);
  switch (error.keyword) {
    case 'false':
      return at('profile-unknown-field');
    case 'required':
      return at('profile-required', { property: /property "([^"]*)"/.exec(error.error)?.[1] ?? '' });
    case 'type': {
      const types = ([] as unknown[]).concat(rule).map(String);
      return at('profile-type', { expected: { 'zh-CN': typeWords(types, 'zh-CN'), 'en-US': typeWords(types, 'en-US') } });
    }
    case 'enum':
      return at('profile-enum', { values: (rule as unknown[]).map((v) => JSON.stringify(v)).join(', ') });
    case 'const':
      return at('profile-const', { value: JSON.stringify(rule) });
    case 'minimum':
    case 'maximum':
      return at(`profile-${error.keyword}`, { limit: Number(rule) });
    case 'minLength':
      return at('profile-min-length');
    case 'minItems':
    case 'maxItems':
      return at(error.keyword === 'minItems' ? 'profile-min-items' : 'profile-max-items', { limit: Number(rule), count: Number(rule) });
    case 'pattern':
      return rule === ID_PATTERN ? at('profile-id-pattern') : at('profile-pattern', { pattern: String(rule) });
    default:
      return at('profile-invalid', { detail: error.error });
  }
}

function typeWords(types: string[], lang: 'zh-CN' | 'en-US'): string {
  return types.map((type) => text('profile-type', { variant: type }, lang)).join(lang === 'zh-CN' ? '或' : ' or ');
}

/** The schema's value at a keyword location such as "#/properties/parts/items/$ref/properties/role/enum". */
function schemaAt(location: string): unknown {
  let node: unknown = PROFILE_SCHEMA;
  for (const raw of location.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (segment === '$ref') {
      const ref = (node as { $ref?: string }).$ref ?? '';
      node = ref.replace(/^#\//, '').split('/').reduce<unknown>((n, key) => (n as Record<string, unknown>)?.[key], PROFILE_SCHEMA);
    } else node = (node as Record<string, unknown> | undefined)?.[segment];
  }
  return node;
}

/** What the schema cannot say, checked on whatever parts of the file are well formed. */
function semanticProblems(value: unknown): Diagnostic[] {
  if (!isObject(value)) return [];
  const problems: Diagnostic[] = [];
  const parts = Array.isArray(value.parts) ? value.parts.filter(isObject) : [];
  const seen = new Set<unknown>();
  parts.forEach((part, i) => {
    if (typeof part.id === 'string' && seen.has(part.id)) problems.push(problemAt(`parts[${i}].id`, 'profile-duplicate-id', { id: part.id }));
    seen.add(part.id);
    listOf(part.cues).forEach((cue, k) => problems.push(...patternProblems(isObject(cue) ? cue.pattern : undefined, `parts[${i}].cues[${k}].pattern`)));
    listOf(part.tables).forEach((table, t) => isObject(table) && problems.push(...tableProblems(table as unknown as TableSpec, `parts[${i}].tables[${t}]`)));
  });
  if (Array.isArray(value.parts) && !parts.some((p) => p.role === 'section')) problems.push(problemAt('parts', 'profile-no-section'));
  listOf(value.titleCues).forEach((cue, i) => problems.push(...patternProblems(cue, `titleCues[${i}]`)));
  problems.push(...recognitionProblems(value, parts));
  if (Array.isArray(value.parts) && parts.length === value.parts.length) {
    listOf(value.rules).forEach((entry, i) => problems.push(...entryProblems(entry, value as unknown as Profile, `rules[${i}]`)));
  }
  return problems;
}

/** The recognition data: text cues that compile, thematic sections that name the profile's section parts. */
function recognitionProblems(value: Record<string, unknown>, parts: Array<Record<string, unknown>>): Diagnostic[] {
  const problems = listOf(value.textCues).flatMap((cue, i) => patternProblems(isObject(cue) ? cue.pattern : undefined, `textCues[${i}].pattern`));
  const sections = new Set(parts.filter((p) => p.role === 'section').map((p) => p.id));
  parts.forEach((part, i) =>
    listOf(part.thematicBefore).forEach((id, k) => {
      if (typeof id === 'string' && !sections.has(id)) problems.push(problemAt(`parts[${i}].thematicBefore[${k}]`, 'profile-no-section-part', { id }));
    }),
  );
  return problems;
}

/** A rule entry's own checks (the part it names exists …), once its options have the shape the rule expects. */
function entryProblems(entry: unknown, profile: Profile, field: string): Diagnostic[] {
  if (!isObject(entry)) return [];
  const rule = typeof entry.rule === 'string' ? findRule(entry.rule) : undefined;
  if (!rule?.validate) return [];
  const required = rule.options.required ?? [];
  const typed = Object.entries(rule.options.properties).every(([name, schema]) => {
    const given = entry[name];
    if (given === undefined) return !required.includes(name);
    const type = (schema as { type?: string }).type;
    return type === undefined || (type === 'array' ? Array.isArray(given) : type === 'integer' ? Number.isInteger(given) : typeof given === type);
  });
  if (!typed) return [];
  return rule.validate(entry, profile).map((p: OptionProblem) => problemAt(`${field}.${p.path}`, p.code, p.params));
}

/** Ids unique within a table, and identities naming only its own rows or columns. */
function tableProblems(table: TableSpec, field: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const axis of ['rows', 'columns'] as const) {
    const seen = new Set<string>();
    listOf(table[axis]).forEach((line, i) => {
      if (!isObject(line)) return;
      if (seen.has(line.id as string)) problems.push(problemAt(`${field}.${axis}[${i}].id`, 'profile-duplicate-id', { id: String(line.id) }));
      seen.add(line.id as string);
    });
  }
  listOf(table.identities).forEach((identity, k) => {
    if (!isObject(identity) || (identity.across !== 'rows' && identity.across !== 'columns')) return;
    const across = identity.across;
    const lines = new Map(listOf(table[across]).filter(isObject).map((line) => [line.id, line]));
    for (const side of ['left', 'right'] as const) {
      listOf(identity[side]).forEach((id, n) => {
        const line = lines.get(id);
        const path = `${field}.identities[${k}].${side}[${n}]`;
        if (!line) problems.push(problemAt(path, 'profile-identity-unknown-line', { id: String(id), line: { 'zh-CN': text('profile-line', { variant: across }, 'zh-CN'), 'en-US': text('profile-line', { variant: across }, 'en-US') } }));
        else if (line.numbers === false) problems.push(problemAt(path, 'profile-identity-no-numbers', { id: String(id) }));
      });
    }
  });
  return problems;
}

function patternProblems(pattern: unknown, path: string): Diagnostic[] {
  return typeof pattern === 'string' ? patternMustCompile(pattern, path).map((p) => problemAt(p.path, p.code, p.params)) : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function dedupe(problems: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = profileProblemLine(p);
    return !seen.has(key) && (seen.add(key), true);
  });
}
