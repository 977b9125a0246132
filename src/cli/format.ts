import type { CheckResult } from '../core/check';
import { checklist, MARK_GLYPH } from '../core/part-marks';
import type { Severity } from '../core/diagnostic';
import type { LocationUnit } from '../core/document';
import { text } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';
import { countsText, placeText, reportYearText, verdictText } from '../core/i18n/report-text';
import type { Profile } from '../core/profile';

const SEVERITY_MARK: Record<Severity, string> = { error: '✗', warning: '!', info: 'i' };

/** A person's view of one file: the checklist of parts, then the findings with their places. */
/** `guessed`: the report type was told, not chosen — from the title (true or 'title') or from the text ('text'). */
export function formatResult(file: string, result: CheckResult, profile: Profile, unit: LocationUnit, lang: Lang, guessed: boolean | 'title' | 'text' = false): string {
  const guessNote = guessed ? text('report-profile-guessed', guessed === 'text' ? { variant: 'text' } : {}, lang) : '';
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
  for (const f of result.findings) {
    const place = f.at === null ? '' : `${placeText(unit, f.at, lang)}  `;
    lines.push(`    ${SEVERITY_MARK[f.severity]} ${place}${f.message}  [${f.code}]`);
  }
  return lines.join('\n');
}

export function formatUnreadable(file: string, message: string, lang: Lang): string {
  return `${file}\n  ✗ ${text('cli-unreadable', {}, lang)}: ${message}`;
}

/** CJK characters take two columns in a terminal. */
function displayWidth(value: string): number {
  let width = 0;
  for (const ch of value) width += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return width;
}

function pad(value: string, width: number): string {
  return value + ' '.repeat(Math.max(0, width - displayWidth(value)));
}
