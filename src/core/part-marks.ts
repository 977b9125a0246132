import type { CheckResult } from './check';
import type { Profile } from './profile';

/** How a part shows on a checklist, in the batch checker and the task pane alike. */
export type PartMark = 'present' | 'missing' | 'flagged' | 'optional';

export const MARK_GLYPH: Record<PartMark, string> = { present: '✓', missing: '✗', flagged: '!', optional: '–' };

/**
 * ✓ present, ✗ missing, ! empty or flagged by an error or warning, – optional and absent; in profile order. A
 * finding on words (a formulation, a punctuation mark) is listed with the findings but does not flag its part:
 * the checklist is about the parts.
 */
export function checklist(result: CheckResult, profile: Profile): Array<{ part: Profile['parts'][number]; state: CheckResult['parts'][number]; mark: PartMark }> {
  const flagged = new Set(result.findings.filter((f) => f.severity !== 'info' && !f.words).map((f) => f.part));
  return profile.parts.flatMap((part) => {
    const state = result.parts.find((p) => p.id === part.id);
    if (!state) return [];
    const mark: PartMark =
      state.status === 'missing' ? (part.required ? 'missing' : 'optional') : state.status === 'empty' || flagged.has(part.id) ? 'flagged' : 'present';
    return [{ part, state, mark }];
  });
}
