/**
 * 对比上年报告 in the pane: which of last year's reports this document is compared with, and the summary the pane
 * shows beside the check's findings (each part's share carried over, last year's plans as a checklist).
 *
 * What is remembered, and where: the document's settings keep the file's name, a key, and the plans ticked — small,
 * and they travel with the document. Last year's text is kept in the pane's own storage on this computer under that
 * key, not in the document: the file itself cannot be read again without the writer picking it (a browser gives
 * no path back), and putting last year's report inside this year's file would send it to whoever gets this one.
 * On another computer the name is known but the text is not: the pane names the file and asks for it again.
 */
import { analyze, hostBlockOf } from '../../core/analysis';
import type { ReportDocument } from '../../core/document';
import { comparePrevious, earlierPrevious, type PreviousReport } from '../../core/previous/compare';
import { textKey } from '../../core/previous/text-keys';
import type { Profile } from '../../core/profile';
import type { ReportHost } from '../contract';

export { PREVIOUS_SETTING, rememberedPrevious, rememberPrevious, type RememberedPrevious } from './previous-setting';

/** Last year's report analysed with this year's report type, for the check. */
export function asPreviousReport(doc: ReportDocument, profile: Profile): PreviousReport {
  return { doc, analysis: analyze(doc, profile) };
}

/** A plan's key for its tick: its words with years and figures masked, so a tick survives last year's file read again. */
export function planKey(text: string): string {
  return textKey(text).slice(0, 60);
}

export interface PreviousSummary {
  /** Shares 0–100. */
  overall: number;
  parts: Array<{ part: string; share: number; count: number }>;
  /** `at`: this year's paragraph that takes the plan up (a host block), null when none does. */
  plans: Array<{ key: string; text: string; takenUp: boolean; at: number | null }>;
}

/** The summary, or undefined where last year's report is not of an earlier year (the check's previous-year finding says so). */
export function previousSummary(doc: ReportDocument, given: PreviousReport, profile: Profile): PreviousSummary | undefined {
  const current = analyze(doc, profile);
  const previous = earlierPrevious(current, given);
  if (!previous) return undefined;
  const { shares, overallShare, plans } = comparePrevious(current, previous.analysis);
  return {
    overall: Math.round(overallShare * 100),
    parts: shares.filter((s) => s.carriedLines > 0).map((s) => ({ part: s.part, share: Math.round(s.share * 100), count: s.carriedLines })),
    plans: plans.map((p) => ({ key: planKey(p.text), text: p.text, takenUp: p.takenUp, at: p.takenUp ? hostBlockOf(current, p.at) : null })),
  };
}
