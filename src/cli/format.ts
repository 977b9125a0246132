import type { CheckResult } from '../core/check';
import { checklist, MARK_GLYPH } from '../core/part-marks';
import type { Severity } from '../core/diagnostic';
import type { LocationUnit } from '../core/document';
import { text } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';
import { countsText, placeText, reportYearText, verdictText } from '../core/i18n/report-text';
import type { Profile } from '../core/profile';

/** The width report-check's tables keep to (a terminal's default), CJK characters counting two columns. */
export const LINE_WIDTH = 80;
export const SEVERITY_MARK: Record<Severity, string> = { error: '✗', warning: '!', info: 'i' };

/** A person's view of one file: the checklist of parts, then the findings with their places. */
/**
 * `guessed`: the report type was told, not chosen — from the title (true or 'title') or from the text ('text'), or
 * not told at all ('fallback': checked as the first type).
 */
export function formatResult(file: string, result: CheckResult, profile: Profile, unit: LocationUnit, lang: Lang, guessed: boolean | 'title' | 'text' | 'fallback' = false, width?: number): string {
  const guessNote = guessed ? text('report-profile-guessed', guessed === true || guessed === 'title' ? {} : { variant: guessed }, lang) : '';
  const lines = [`${file}`, `  ${profile.name[lang]}${guessNote} · ${reportYearText(result, lang)}`];
  const nameWidth = Math.max(...profile.parts.map((p) => displayWidth(p.name[lang])));
  for (const { part, state, mark } of checklist(result, profile)) {
    const where =
      state.status === 'missing'
        ? text('report-part', { variant: part.required ? 'missing' : 'optional' }, lang)
        : placeText(unit, state.at ?? 0, lang) + (state.status === 'empty' ? ` · ${text('report-part', { variant: 'empty' }, lang)}` : '');
    lines.push(`  ${MARK_GLYPH[mark]} ${pad(part.name[lang], nameWidth)}  ${where}`);
  }
  lines.push(`  ${countsText(result.findings, lang)} — ${verdictText(result.findings, lang)}`);
  // A .docx's paragraphs are not numbered in Word: the heading a finding falls under says where to look.
  const findingLines = result.findings.map((f) => {
    const place = f.at === null ? '' : `${placeText(unit, f.at, lang)}${f.heading && unit === 'paragraph' ? text('cli-finding-heading', { heading: fit(f.heading, 30) }, lang) : ''}  `;
    return { start: `    ${SEVERITY_MARK[f.severity]} ${place}${f.message}`, code: f.code };
  });
  // One phrase repeated in one paragraph is a finding each time (the pane jumps to each); here they read alike: once, counted.
  for (let i = 0; i < findingLines.length; ) {
    const { start, code } = findingLines[i] as { start: string; code: string };
    let count = 1;
    while (findingLines[i + count]?.start === start && findingLines[i + count]?.code === code) count += 1;
    const line = `${start}${count > 1 ? text('cli-finding-repeated', { count }, lang) : ''}  [${code}]`;
    lines.push(...(width ? wrap(line, width, 6) : [line]));
    i += count;
  }
  return lines.join('\n');
}

export function formatUnreadable(file: string, message: string, lang: Lang, width?: number): string {
  const line = `  ✗ ${text('cli-unreadable', {}, lang)}${message}`;
  return [file, ...(width ? wrap(line, width, 4) : [line])].join('\n');
}

/** CJK characters take two columns in a terminal. */
export function displayWidth(value: string): number {
  let width = 0;
  for (const ch of value) width += columnsOf(ch);
  return width;
}

export function pad(value: string, width: number): string {
  return value + ' '.repeat(Math.max(0, width - displayWidth(value)));
}

/**
 * The value cut to `width` columns, ending in ".." when cut: ASCII, since terminals differ on how wide … is
 * (one column, or two in a Chinese console), and a table must line up in both.
 */
export function fit(value: string, width: number): string {
  if (displayWidth(value) <= width) return value;
  let out = '';
  for (const ch of value) {
    if (displayWidth(out) + columnsOf(ch) > width - 2) break;
    out += ch;
  }
  return out + '..';
}

/** A line broken to `width` columns, the lines after the first indented by `indent` spaces; never mid-word in ASCII. */
export function wrap(line: string, width: number, indent: number): string[] {
  const lines: string[] = [];
  let rest = line;
  while (displayWidth(rest) > width) {
    let cut = 0;
    let used = 0;
    let lastSpace = -1;
    const chars = [...rest];
    while (cut < chars.length && used + columnsOf(chars[cut] as string) <= width) {
      if (chars[cut] === ' ' && cut > indent) lastSpace = cut;
      used += columnsOf(chars[cut] as string);
      cut++;
    }
    // Break at a space when the cut would split a run of Latin letters or digits (a code, a path, a number).
    if (/[\w.\-[\]]/.test(chars[cut - 1] ?? '') && /[\w.\-[\]]/.test(chars[cut] ?? '') && lastSpace > indent) cut = lastSpace;
    // A line never ends with opening punctuation (“《（[): it goes down with the words it opens.
    while (cut > indent + 1 && /[“‘《（(\[「『]/.test(chars[cut - 1] ?? '')) cut--;
    // A line never starts with closing punctuation (。，）”): the character before it goes down with it.
    while (cut > indent + 1 && /^[。，、；：！？）》」』”’.,;:!?)]/.test(chars[cut] ?? '')) cut--;
    lines.push(chars.slice(0, cut).join('').trimEnd());
    rest = ' '.repeat(indent) + chars.slice(cut).join('').trimStart();
  }
  return [...lines, rest];
}

function columnsOf(ch: string): number {
  return /[\u1100-\uffff]/.test(ch) ? 2 : 1;
}
