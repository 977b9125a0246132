import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReportDocument } from '../../core/document';
import type { Profile } from '../../core/profile';
import { loadedProfileFile, loadProfileFile } from '../profile-file-loader';
import { loadPreferences, savePreferences } from '../preferences';
import { useScaffoldWork } from '../scaffold-work-loader';

/** Why the profile in use is the one: the writer chose it, the title says so, or nothing said otherwise. */
export type ProfileSource = 'chosen' | 'title' | 'default';

/** The report type both panels work with, and how to change it. */
export interface ProfileChoice {
  /** What the pane offers: the built-in profiles, then the ones loaded from files. */
  profiles: readonly Profile[];
  /** Ids of the profiles loaded from files. */
  userProfileIds: ReadonlySet<string>;
  /** The profile in use. */
  profile: Profile;
  source: ProfileSource;
  /** What the last document read's title (or else its text) says, when it says anything. */
  guess: Profile | null;
  /** Whether the guess comes from the title or, the title being gone, from the text. */
  guessFrom: 'title' | 'text' | null;
  /** Whether a document with some text has been read (before that, there is no title to go by). */
  hasDocumentText: boolean;
  /** The writer's own choice: wins over the title, and is remembered for this document only. */
  choose: (id: string) => void;
  /** Forgets the writer's choice: the title decides again. */
  followTitle: () => void;
  /** Whether the profile in use is also the default for documents that have no choice of their own. */
  isDefault: boolean;
  /** Makes the profile in use the default for new documents (or stops it being so). */
  setAsDefault: (on: boolean) => void;
  /** Adds (or replaces, same id) a profile loaded from a file and chooses it. */
  addUserProfile: (profile: Profile) => { replaced: boolean; remembered: boolean };
  removeUserProfile: (id: string) => void;
  /** Panels call this with each document they read; its title is what the guess goes by. */
  noteDocument: (doc: ReportDocument) => void;
}

function saveUserProfiles(profiles: readonly Profile[]): boolean {
  const small = profiles.filter((p) => loadedProfileFile()?.canRemember(p));
  savePreferences({ userProfiles: small });
  return small.length === profiles.length;
}

/**
 * The chosen profile, lifted above the panels: undefined until the report types have loaded (the built-in ones with
 * the scaffold panel's work, ../scaffold-work, then the writer's remembered ones); `noteDocument` is there from the
 * start. Order of precedence: the writer's choice (remembered; ignored when it names a profile no longer loaded),
 * then the document's title, then the default built-in profile.
 * Profiles loaded from files take part in the guess before the built-in ones, so a writer's own variant of a
 * built-in report type wins when both match the title.
 */
export function useProfileChoice(): {
  choice: ProfileChoice | undefined;
  noteDocument: (doc: ReportDocument) => void;
  /** The report types' code did not load (offline); `retry` fetches it again. */
  typesUnavailable: boolean;
  retry: () => void;
} {
  const { work, error: workError, retry } = useScaffoldWork();
  // Remembered profiles are offered once the engine that runs their patterns safely has loaded (a moment).
  const [userProfiles, setUserProfiles] = useState<Profile[]>(() => {
    const profileFile = loadedProfileFile();
    return work?.linearEngineLoaded() && profileFile ? profileFile.rememberedProfiles(loadPreferences().userProfiles) : [];
  });
  // Until they are, there is no choice: the writer's own type may be the one chosen, or the one the title tells.
  const [remembering, setRemembering] = useState(() => loadPreferences().userProfiles.length > 0 && !(work?.linearEngineLoaded() && loadedProfileFile()));
  useEffect(() => {
    if (!work || !remembering) return;
    const stored = loadPreferences().userProfiles;
    void Promise.all([work.loadLinearEngine(), loadProfileFile()]).then(
      ([, profileFile]) => {
        setUserProfiles((current) => (current.length ? current : profileFile.rememberedProfiles(stored)));
        setRemembering(false);
      },
      // Their code did not load (offline): the built-in types only, as when none is remembered.
      () => setRemembering(false),
    );
  }, [work, remembering]);
  // A choice is remembered for its document; it applies to others only when the writer made it the default.
  const [chosenHere, setChosenHere] = useState<string | null | undefined>(undefined);
  const [defaultId, setDefaultId] = useState<string | null>(() => (loadPreferences().profileIsDefault ? loadPreferences().profileId : null));
  const [doc, setDoc] = useState<ReportDocument | null>(null);
  const key = doc ? documentKey(doc) : undefined;
  const rememberedHere = useMemo(() => (key !== undefined ? loadPreferences().profilesByDocument?.[key] : undefined), [key]);
  const chosenId = chosenHere !== undefined ? chosenHere : (rememberedHere ?? defaultId);

  const builtIn = work?.BUILT_IN_PROFILES;
  const profiles = useMemo(() => [...(builtIn ?? []), ...userProfiles], [builtIn, userProfiles]);
  const userProfileIds = useMemo(() => new Set(userProfiles.map((p) => p.id)), [userProfiles]);
  const told = useMemo(() => (doc && work ? work.tellProfile(doc, [...userProfiles, ...work.BUILT_IN_PROFILES]) : null), [doc, userProfiles, work]);
  const guess = told?.guessed ? told.profile : null;
  const guessFrom = told?.confidence === 'title' || told?.confidence === 'text' ? told.confidence : null;

  const chosen = chosenId ? profiles.find((p) => p.id === chosenId) : undefined;
  const [profile, source]: [Profile | undefined, ProfileSource] = chosen ? [chosen, 'chosen'] : guess ? [guess, 'title'] : [work?.DEFAULT_PROFILE, 'default'];
  const profileId = profile?.id;

  // Kept under the document's key once it is known (a choice can come before the document is read), and again
  // under its new key when its opening lines change (the scaffold put a title in).
  useEffect(() => {
    if (key !== undefined && chosenHere !== undefined) savePreferences({ profilesByDocument: rememberFor(key, chosenHere) });
  }, [key, chosenHere]);

  const choose = useCallback((id: string) => {
    setChosenHere(id);
    savePreferences({ profileId: id });
  }, []);

  const followTitle = useCallback(() => {
    setChosenHere(null);
    setDefaultId(null);
    savePreferences({ profileId: null, profileIsDefault: undefined });
  }, []);

  const setAsDefault = useCallback(
    (on: boolean) => {
      setDefaultId(on ? (profileId ?? null) : null);
      savePreferences({ profileId: profileId ?? null, profileIsDefault: on ? true : undefined });
    },
    [profileId],
  );

  const addUserProfile = useCallback(
    (added: Profile) => {
      const replaced = userProfiles.some((p) => p.id === added.id);
      const next = replaced ? userProfiles.map((p) => (p.id === added.id ? added : p)) : [...userProfiles, added];
      setUserProfiles(next);
      const remembered = saveUserProfiles(next);
      choose(added.id);
      return { replaced, remembered };
    },
    [userProfiles, choose],
  );

  const removeUserProfile = useCallback(
    (id: string) => {
      const next = userProfiles.filter((p) => p.id !== id);
      setUserProfiles(next);
      saveUserProfiles(next);
      if (chosenId === id || defaultId === id) followTitle();
    },
    [userProfiles, chosenId, defaultId, followTitle],
  );

  const noteDocument = useCallback((read: ReportDocument) => setDoc(read), []);

  const isDefault = defaultId === profileId;
  const hasDocumentText = doc !== null && doc.blocks.some((b) => b.text.trim() !== '');
  const choice = profile && !remembering
    ? { profiles, userProfileIds, profile, source, guess, guessFrom, hasDocumentText, choose, followTitle, isDefault, setAsDefault, addUserProfile, removeUserProfile, noteDocument }
    : undefined;
  return { choice, noteDocument, typesUnavailable: workError !== undefined, retry };
}

/** How many documents' choices are kept; the oldest go first. */
const REMEMBERED_DOCUMENTS = 200;

/**
 * A document, as the pane can tell it from the next time it opens: its first two lines with text (the unit line
 * and the title, usually), so each unit's report of each year and type is its own.
 */
export function documentKey(doc: ReportDocument): string {
  return doc.blocks
    .map((b) => b.text.trim())
    .filter((text) => text !== '')
    .slice(0, 2)
    .join('\n')
    .slice(0, 200);
}

function rememberFor(key: string, id: string | null): Record<string, string> {
  const { [key]: _old, ...others } = loadPreferences().profilesByDocument ?? {};
  const kept = Object.entries(others).slice(-(REMEMBERED_DOCUMENTS - 1));
  return Object.fromEntries(id === null ? kept : [...kept, [key, id]]);
}
