/**
 * profile-file.ts (a writer's own report types: the JSON schema, its validator and the check rules' names) in a
 * chunk of its own: only a writer who keeps their own report type needs it, so the first panel never waits for it.
 */
type ProfileFileModule = typeof import('./profile-file');

let loaded: ProfileFileModule | undefined;

export async function loadProfileFile(): Promise<ProfileFileModule> {
  loaded ??= await import(/* webpackChunkName: "profile-file" */ './profile-file');
  return loaded;
}

/** The module once loaded: every profile from a file or from storage came through it, so it is there when one is. */
export function loadedProfileFile(): ProfileFileModule | undefined {
  return loaded;
}
