import type { ReportDocument } from '../document';
import type { Profile } from '../profile';

/** How far into a document a title is looked for: pasted web text can come first, the body cannot. */
const TITLE_SEARCH_LINES = 40;

/**
 * The profile whose title cues match the document's title (法治政府建设…报告 vs 政府信息公开…报告), looking at
 * short lines near the top; `guessed` is false when nothing matched and the first profile is the fallback.
 */
export function guessProfile(doc: ReportDocument, profiles: readonly Profile[]): { profile: Profile; guessed: boolean } {
  const lines = doc.blocks
    .map((b) => b.text.replace(/^[#\s\u3000*]+|[*\s]+$/g, ''))
    .filter((t) => t.length > 0)
    .slice(0, TITLE_SEARCH_LINES)
    // Sentences and web-page breadcrumbs ("首页 > 政务公开 > …报告") are not titles.
    .filter((t) => t.length <= 80 && !/[。；：:>＞]/.test(t));
  for (const line of lines) {
    const match = profiles.find((p) => p.titleCues.some((cue) => new RegExp(cue).test(line)));
    if (match) return { profile: match, guessed: true };
  }
  return { profile: profiles[0] as Profile, guessed: false };
}
