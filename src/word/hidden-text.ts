import type { Diagnostic } from '../core/diagnostic';
import { HIDDEN_TEXT_UNCHECKED, hiddenTextNotice } from '../core/hidden-text';

/** How the host lets hidden text be told apart: getText without it, Font.hidden, or not at all. */
export type HiddenTextCheck = 'text' | 'font' | 'none';

/** What Word gave for one paragraph: its text as shown (hidden text in), and what the check asked for. */
export interface HiddenTextData {
  shown: string;
  /** getText without hidden text and tracked deletions (WordApi 1.7). */
  visible?: string;
  /** Font.hidden (WordApiDesktop 1.2): true all hidden, false none, null some. */
  hidden?: boolean | null;
}

/**
 * Each paragraph's text with hidden text left out (undefined where it is as shown), and the notice saying where
 * hidden text was, or that it could not be told apart (a partly hidden paragraph without getText, an older host).
 * `blockOf`: the block a body paragraph becomes (text boxes' lines may come before it).
 */
export function hiddenTextRead(check: HiddenTextCheck, paragraphs: readonly HiddenTextData[], blockOf: (paragraph: number) => number = (i) => i): { texts: Array<string | undefined>; notices: Diagnostic[] } {
  const hiddenAt: number[] = [];
  let unchecked = check === 'none';
  const texts = paragraphs.map(({ shown, visible, hidden }, index) => {
    if (check === 'text' && visible !== undefined && printed(visible) < printed(shown)) hiddenAt.push(index);
    if (check === 'text') return visible;
    if (hidden === true && printed(shown) > 0) {
      hiddenAt.push(index);
      return '';
    }
    if (hidden === null) unchecked = true;
    return undefined;
  });
  const notices = [hiddenTextNotice(hiddenAt.map(blockOf)), unchecked ? HIDDEN_TEXT_UNCHECKED : undefined].filter((n): n is Diagnostic => n !== undefined);
  return { texts, notices };
}

/** How many characters print: whitespace and Word's marks (paragraph, cell, field) aside. */
function printed(text: string): number {
  return text.replace(/[\s\u0000-\u001f]/g, '').length;
}
