/**
 * The regular expressions a profile brings (part cues, title cues, text cues, a rule's when/unless). A user's
 * profile is run on a linear-time engine (re2js, a pure-JS port of RE2): a pattern such as ^(\S+\s*)+报告$ would
 * backtrack for minutes on JavaScript's own engine, and a remembered profile is applied to every document read.
 * Built-in profiles keep native RegExp: their patterns are ours, with no nested repetition (a test keeps it so).
 * The engine is loaded on demand (`loadLinearEngine`) so the pane's first load does not carry it.
 */
import type { Diagnostic } from './diagnostic';
import type { Profile } from './profile';
import { BUILT_IN_PROFILES } from './profiles';

/** One profile pattern, whichever engine runs it. */
export interface TextPattern {
  test(text: string): boolean;
  /** The first match's place, or null. */
  find(text: string): { index: number; length: number } | null;
  /** How many times it matches, without overlaps. */
  count(text: string): number;
}

/** The part of re2js this module uses (its RE2JS class). */
export interface LinearEngine {
  compile(source: string): { test(text: string): boolean; matcher(text: string): { find(): boolean; start(): number; end(): number } };
  translateRegExp(source: string): string;
}

let linear: LinearEngine | undefined;

/** Loads re2js, once; the pane awaits this before it applies a user's profile. */
export async function loadLinearEngine(): Promise<void> {
  linear ??= (await import(/* webpackChunkName: "pattern-engine" */ 're2js')).RE2JS;
}

/** For hosts that load re2js themselves (report-check imports it up front). */
export function useLinearEngine(engine: LinearEngine): void {
  linear = engine;
}

export function linearEngineLoaded(): boolean {
  return linear !== undefined;
}

const compiled = new Map<string, TextPattern>();

/** A pattern of this profile, compiled once: native for a built-in profile, linear-time for any other. */
export function profilePattern(profile: Profile, source: string): TextPattern {
  const builtIn = BUILT_IN_PROFILES.includes(profile);
  const key = `${builtIn || !linear ? 'n' : 'l'}${source}`;
  let pattern = compiled.get(key);
  if (!pattern) compiled.set(key, (pattern = builtIn ? nativePattern(source) : linearPattern(source)));
  return pattern;
}

function nativePattern(source: string): TextPattern {
  const once = new RegExp(source);
  const all = new RegExp(source, 'g');
  return {
    test: (text) => once.test(text),
    find: (text) => {
      const match = once.exec(text);
      return match ? { index: match.index, length: match[0].length } : null;
    },
    count: (text) => text.match(all)?.length ?? 0,
  };
}

function linearPattern(source: string): TextPattern {
  // Hosts load the engine before they apply a user's profile (report-check at start, the pane before it
  // offers one); a profile built in code (tests) before that runs natively.
  if (!linear) return nativePattern(source);
  const re = linear.compile(linearSource(linear, source));
  return {
    test: (text) => re.test(text),
    find: (text) => {
      const m = re.matcher(text);
      return m.find() ? { index: m.start(), length: m.end() - m.start() } : null;
    },
    count: (text) => {
      const m = re.matcher(text);
      let n = 0;
      while (m.find()) n += 1;
      return n;
    },
  };
}

/** JavaScript's \s also takes the ideographic space and the other Unicode spaces Chinese text holds; RE2's does not. */
const JS_SPACES = '\\s\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}';

/** A JavaScript pattern in RE2's syntax: \uXXXX and named groups by re2js, \s and \S as JavaScript reads them. */
function linearSource(engine: LinearEngine, source: string): string {
  let out = '';
  let inClass = false;
  const translated = engine.translateRegExp(source);
  for (let i = 0; i < translated.length; i++) {
    const ch = translated[i] as string;
    if (ch === '\\') {
      const next = translated[i + 1] ?? '';
      i += 1;
      if (next === 's') out += inClass ? JS_SPACES : `[${JS_SPACES}]`;
      else if (next === 'S' && !inClass) out += `[^${JS_SPACES}]`;
      else out += ch + next;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/**
 * Where a user's profile has a pattern the linear-time engine cannot run (a look-ahead (?=…), a back-reference
 * \1): named by its field and its words, with what to write instead. Empty when all run, or before the engine
 * is loaded (the JavaScript syntax check in validation still applies).
 */
export function linearPatternProblems(profile: Profile): Diagnostic[] {
  const engine = linear;
  if (!engine || BUILT_IN_PROFILES.includes(profile)) return [];
  return patternsOf(profile).flatMap(({ path, source }) => {
    try {
      engine.compile(linearSource(engine, source));
      return [];
    } catch (error) {
      const detail = (error as Error).message.replace(/^error parsing regexp: /, '');
      return [{ code: 'profile-pattern-unsupported', severity: 'error', params: { pattern: source, detail }, place: { path } }];
    }
  });
}

/** Every pattern a profile brings, with its field. */
export function patternsOf(profile: Profile): Array<{ path: string; source: string }> {
  const found: Array<{ path: string; source: string }> = [];
  profile.parts.forEach((part, i) => (part.cues ?? []).forEach((cue, k) => found.push({ path: `parts[${i}].cues[${k}].pattern`, source: cue.pattern })));
  profile.titleCues.forEach((source, i) => found.push({ path: `titleCues[${i}]`, source }));
  (profile.textCues ?? []).forEach((cue, i) => found.push({ path: `textCues[${i}].pattern`, source: cue.pattern }));
  profile.rules.forEach((rule, i) => {
    for (const key of ['when', 'unless'] as const) {
      const source = (rule as Record<string, unknown>)[key];
      if (typeof source === 'string') found.push({ path: `rules[${i}].${key}`, source });
    }
  });
  return found;
}
