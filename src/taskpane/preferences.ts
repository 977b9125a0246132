/**
 * What the pane remembers between sessions: JSON in the browser's localStorage, each value under
 * "@report-assistant/<name>" (the keys office-js-helpers' Storage used before, so what writers saved is still read).
 * The only module that touches the storage, so it can be swapped without touching a component. Where localStorage is
 * missing or refuses access (some locked-down webviews, a browser's privacy settings), or a write fails (full),
 * preferences live in memory for the session.
 */
import type { Lang } from '../core/i18n/lang';

export interface Preferences {
  /** The unit's name as last typed; '' when never given. */
  unitName: string;
  /**
   * The report profile the writer last chose; null when never chosen (the document's title decides). It applies to
   * other documents only with `profileIsDefault`, when the writer asked for it as the default.
   */
  profileId: string | null;
  profileIsDefault?: true;
  /** The profile chosen for each document, by its opening lines (see useProfileChoice's documentKey). */
  profilesByDocument?: Record<string, string>;
  /**
   * Report types the writer loaded from files, as the parsed JSON. Kept raw: whoever reads them validates
   * them again (a stored profile may predate a change to the schema).
   */
  userProfiles: unknown[];
  /** The pane's language as last switched to; undefined when never switched (Office's display language decides). */
  lang?: Lang;
}

/** Every key starts with this (office-js-helpers' scoping of its container 'report-assistant'). */
const SCOPE = '@report-assistant/';
const KEY = 'preferences';
const DEFAULTS: Preferences = { unitName: '', profileId: null, userProfiles: [] };

interface Store {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

let store: Store | undefined;
let persistent = false;

function openStore(): Store {
  if (store) return store;
  try {
    store = browserStore(window.localStorage);
    persistent = true;
  } catch {
    store = memoryStore();
    persistent = false;
  }
  return store;
}

/** Values as JSON; one that is not JSON is read as the text it is. null forgets the value. */
function browserStore(storage: globalThis.Storage): Store {
  return {
    get(key) {
      const item = storage.getItem(SCOPE + key);
      if (item === null) return undefined;
      try {
        return JSON.parse(item) as unknown;
      } catch {
        return item;
      }
    },
    set(key, value) {
      if (value === null || value === undefined) storage.removeItem(SCOPE + key);
      else storage.setItem(SCOPE + key, JSON.stringify(value));
    },
  };
}

function memoryStore(): Store {
  const items = new Map<string, unknown>();
  return { get: (key) => items.get(key), set: (key, value) => void items.set(key, value) };
}

/** The remembered preferences; defaults for anything never saved or unreadable. */
export function loadPreferences(): Preferences {
  let raw: unknown;
  try {
    raw = openStore().get(KEY);
  } catch {
    raw = undefined;
  }
  const saved = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    unitName: typeof saved.unitName === 'string' ? saved.unitName : DEFAULTS.unitName,
    profileId: typeof saved.profileId === 'string' ? saved.profileId : DEFAULTS.profileId,
    userProfiles: Array.isArray(saved.userProfiles) ? saved.userProfiles : DEFAULTS.userProfiles,
    lang: saved.lang === 'zh-CN' || saved.lang === 'en-US' ? saved.lang : undefined,
    profileIsDefault: saved.profileIsDefault === true ? true : undefined,
    profilesByDocument: stringRecord(saved.profilesByDocument),
  };
}

function stringRecord(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string');
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** Remembers some preferences, keeping the others. Never throws: a write that fails moves to memory. */
export function savePreferences(changes: Partial<Preferences>): void {
  const next = { ...loadPreferences(), ...changes };
  try {
    openStore().set(KEY, next);
  } catch {
    store = memoryStore();
    persistent = false;
    store.set(KEY, next);
  }
}

/** False when preferences last only for this session (no usable localStorage). */
export function preferencesArePersistent(): boolean {
  openStore();
  return persistent;
}

/**
 * Something else the pane keeps on this computer under its own name (last year's report's text, by the key its
 * document holds): undefined when never kept or unreadable. `keep` with null forgets it; it returns false when the
 * value could not be kept beyond this session (the caller still has it).
 */
export function kept(name: string): unknown {
  try {
    return openStore().get(name);
  } catch {
    return undefined;
  }
}

export function keep(name: string, value: unknown): boolean {
  try {
    openStore().set(name, value);
    return persistent;
  } catch {
    // Full or refused: this one thing lasts the session only; the preferences stay where they are.
    return false;
  }
}
