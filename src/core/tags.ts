/**
 * Content-control tags the add-in puts on its own work, so it can find it again. Namespaced so they
 * never collide with tags from other tools; the checker also works on documents with no tags at all.
 */
export const TAG_PREFIX = 'report-assistant';

export type TagRole = 'title' | 'heading' | 'prompt' | 'table' | 'signature' | 'date';

export function partTag(role: TagRole, partId: string): string {
  return `${TAG_PREFIX}:${role}:${partId}`;
}

/** Reads a tag of ours back: "report-assistant:heading:measures" → { role: 'heading', partId: 'measures' }. */
export function parsePartTag(tag: string): { role: TagRole; partId: string } | undefined {
  const match = /^report-assistant:(title|heading|prompt|table|signature|date):(.+)$/.exec(tag);
  return match ? { role: match[1] as TagRole, partId: match[2] as string } : undefined;
}

export function taggedPart(tags: readonly string[], role: TagRole): string | undefined {
  for (const tag of tags) {
    const parsed = parsePartTag(tag);
    if (parsed?.role === role) return parsed.partId;
  }
  return undefined;
}
