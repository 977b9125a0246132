/**
 * Checking a report: read the document → check it against the report type and, with a data file loaded, its
 * linked figures against the file for the chosen unit and year. The check itself is pure and fast, so the pane
 * runs it again when the language, the report type or the figures change, without reading the document again.
 */
import { check, type CheckResult } from '../../core/check';
import type { Finding } from '../../core/diagnostic';
import type { ReportDocument } from '../../core/document';
import type { Dataset } from '../../core/figures/dataset';
import { render } from '../../core/i18n/catalog';
import type { Lang } from '../../core/i18n/lang';
import { severityCount } from '../../core/i18n/report-text';
import type { PreviousReport } from '../../core/previous/compare';
import type { Profile } from '../../core/profile';
import type { WordsPlace } from '../contract';

/** The figures the check may compare linked figures with: a loaded data file and the unit and year chosen. */
export interface FigureBasis {
  dataset?: Dataset;
  unit?: string;
  year?: number;
}

export interface CheckRequest {
  profile: Profile;
  lang: Lang;
  figures?: FigureBasis;
  /** Last year's report (./previous): text carried over, plans taken up, figures unchanged. */
  previous?: PreviousReport;
}

export function checkReport(doc: ReportDocument, { profile, lang, figures, previous }: CheckRequest): CheckResult {
  const { dataset, unit, year } = figures ?? {};
  return check(doc, { profile, lang, figures: dataset && unit ? { dataset, unit, year } : undefined, previous });
}

/** How many findings ask the writer to act (errors and warnings; notes do not). */
export function toFix(result: CheckResult): number {
  return severityCount(result.findings, 'error') + severityCount(result.findings, 'warning');
}

/**
 * Where a finding's words are, for the host to select them: in `doc` as it was checked, with which occurrence of
 * the words' text in the block they are. Undefined for a finding about no words (a missing part).
 */
export function wordsPlace(doc: ReportDocument, finding: Pick<Finding, 'at' | 'words'>): WordsPlace | undefined {
  const { at, words } = finding;
  if (at === null || !words) return undefined;
  const text = doc.blocks[at]?.text ?? '';
  let occurrence = 0;
  for (let from = text.indexOf(words.text); from >= 0 && from < words.start; from = text.indexOf(words.text, from + words.text.length)) occurrence++;
  return { start: words.start, length: words.length, text: words.text, occurrence };
}

/** What the reader could not read (an embedded object, say), in `lang`: the document's notices, rendered. */
export function readerNotices(doc: ReportDocument, lang: Lang): string[] {
  return (doc.notices ?? []).map((notice) => render(notice, lang));
}
