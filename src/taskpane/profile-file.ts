/**
 * A report type (profile) the writer loads from a JSON file on their own computer. The file is read in the
 * pane with FileReader: nothing is sent anywhere.
 */
import type { Diagnostic } from '../core/diagnostic';
import type { Profile } from '../core/profile';
import { linearPatternProblems, loadLinearEngine } from '../core/patterns';
import { profileFromText as loadProfile } from '../core/profile-loader';
import { validateProfile } from '../core/profile-validation';
import { BUILT_IN_PROFILES } from '../core/profiles';
import { decodeText } from '../files/decode-text';

/** Far more than any profile needs (the built-in ones are a few KB); a bigger file is the wrong file. */
export const MAX_PROFILE_FILE_BYTES = 1024 * 1024;

export type ProfileFileOutcome =
  | { kind: 'loaded'; file: string; profile: Profile }
  /** The file could not be read at all (removed meanwhile, no permission). */
  | { kind: 'unreadable'; file: string; detail?: string }
  | { kind: 'too-large'; file: string }
  /** Not JSON: where it goes wrong, by line and column (or not text at all). */
  | { kind: 'not-json'; file: string; problem: Diagnostic }
  /** JSON, but not a valid profile: each mistake, its field in `place.path`, rendered where shown. */
  | { kind: 'invalid'; file: string; problems: Diagnostic[] }
  /** A valid profile whose id is a built-in's (params: id, builtIn): refused, so one id never means two report types. */
  | { kind: 'built-in-id'; file: string; problem: Diagnostic };

/** Reads, parses and validates a profile file. Throws only when the patterns' engine, loaded on demand, does not come. */
export async function readProfileFile(file: File): Promise<ProfileFileOutcome> {
  const name = file.name;
  if (file.size > MAX_PROFILE_FILE_BYTES) return { kind: 'too-large', file: name };
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(file);
  } catch (error) {
    return { kind: 'unreadable', file: name, detail: error instanceof Error && error.message ? error.message : undefined };
  }
  // UTF-8, or GB18030 as Notepad on Chinese Windows saves "ANSI" text; a binary file is not JSON.
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { kind: 'not-json', file: name, problem: { code: `text-${decoded.reason}`, severity: 'error', params: {} } };
  // A user's patterns run on the linear-time engine, loaded with the first profile file (core/patterns.ts).
  await loadLinearEngine();
  return profileFromText(name, decoded.text);
}

/** The same checks on text already read: core's profile loader, as report-check --profile loads one. */
export function profileFromText(file: string, text: string): ProfileFileOutcome {
  const loaded = loadProfile(text);
  if (loaded.ok) return { kind: 'loaded', file, profile: loaded.profile };
  const [first] = loaded.problems;
  if (first?.code === 'profile-not-json') return { kind: 'not-json', file, problem: first };
  if (first?.code === 'profile-built-in-id') return { kind: 'built-in-id', file, problem: first };
  return { kind: 'invalid', file, problems: loaded.problems };
}

/** FileReader rather than file.arrayBuffer(): older webviews lack Blob.arrayBuffer(). */
function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result instanceof ArrayBuffer ? reader.result : new ArrayBuffer(0)));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}

/** Stored profiles bigger than this stay for the session only (localStorage holds a few MB in all). */
export const MAX_REMEMBERED_PROFILE_CHARS = 64 * 1024;

/**
 * The user profiles remembered in preferences, validated again (call once the linear-time engine is loaded:
 * see useProfileChoice); ones that no longer validate, or whose id a
 * built-in profile has taken since, or that repeat an id, are left out.
 */
export function rememberedProfiles(stored: readonly unknown[]): Profile[] {
  const profiles: Profile[] = [];
  for (const value of stored) {
    const { profile } = validateProfile(value);
    if (!profile || linearPatternProblems(profile).length) continue;
    if (BUILT_IN_PROFILES.some((p) => p.id === profile.id) || profiles.some((p) => p.id === profile.id)) continue;
    profiles.push(profile);
  }
  return profiles;
}

/** Whether a profile is small enough to remember across sessions. */
export function canRemember(profile: Profile): boolean {
  return JSON.stringify(profile).length <= MAX_REMEMBERED_PROFILE_CHARS;
}
