/**
 * report-check with last year's reports: `--previous FILE` for one report, `--previous FOLDER` (or a wildcard) to
 * pair each report with the same unit's report of the year before among them, `--pair-years` when the reports
 * given hold both years. Pairing is by the unit the report names (title or signature) and the report year
 * (src/core/previous/pairing.ts); a report with no partner is told so, by name.
 */
import { resolve } from 'node:path';
import { analyze, type Analysis } from '../core/analysis';
import type { ReportDocument } from '../core/document';
import { unitOf } from '../core/figures/report-unit';
import { DiagnosticError } from '../core/diagnostic-error';
import { localize, text } from '../core/i18n/catalog';
import type { Lang, Localized } from '../core/i18n/lang';
import type { Profile } from '../core/profile';
import { comparePrevious, earlierPrevious, type PreviousReport } from '../core/previous/compare';
import { previousYearPartner, type UnitYear } from '../core/previous/pairing';
import type { CliOptions } from './args';
import { expandReportPaths, unmatchedDiagnostic } from './expand-paths';
import { readReport } from './read-report';

export interface ReadReport extends UnitYear {
  file: string;
  doc: ReportDocument;
  analysis: Analysis;
}

export function readAnalysed(file: string, profileOf: (doc: ReportDocument) => Profile): ReadReport {
  const doc = readReport(file);
  const analysis = analyze(doc, profileOf(doc));
  return { file, doc, analysis, unit: unitOf(analysis), year: analysis.reportYear ?? null };
}

/** Last year's reports named by --previous, and the files among them that could not be read (with why). */
export function readPrevious(path: string, profileOf: (doc: ReportDocument) => Profile): { reports: ReadReport[]; failures: Array<{ file: string; detail: Localized }> } {
  const { files, unmatched } = expandReportPaths([path]);
  const failures = unmatched.map((pattern) => ({ file: pattern, detail: localize(unmatchedDiagnostic(pattern)) }));
  const reports: ReadReport[] = [];
  for (const file of files) {
    try {
      reports.push(readAnalysed(file, profileOf));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push({ file, detail: error instanceof DiagnosticError ? localize(error.diagnostic) : { 'zh-CN': message, 'en-US': message } });
    }
  }
  return { reports, failures };
}

/** What --previous pairs a report with: the one file given for a single report, else the same unit's year before. */
export type Pairing = { previous: ReadReport } | { missing: string };

/**
 * How last year's reports were given: `direct` for one report and one file (compared as they are, whatever unit
 * each names), `unread` when --previous named files of which none could be read (said on stderr).
 */
export interface PairingWay {
  direct: boolean;
  unread: boolean;
}

export function pairFor(report: ReadReport, candidates: readonly ReadReport[], way: PairingWay, lang: Lang): Pairing {
  const given = candidates[0];
  if (way.direct && given) {
    // Arguments swapped, or this year's report given twice: its own words, or next year's plans, would be "last year's".
    if (resolve(given.file) === resolve(report.file)) return { missing: text('cli-previous-missing', { variant: 'same-file' }, lang) };
    return { previous: given };
  }
  // A report is never its own year before's, whatever name it came under: the years differ.
  const others = candidates.filter((c) => c.file !== report.file);
  const found = others[previousYearPartner(report, others)];
  if (found) return { previous: found };
  const variant = way.unread ? 'unread' : report.year === null ? 'no-year' : report.unit === null ? 'no-unit' : 'none';
  return { missing: text('cli-previous-missing', { variant, unit: report.unit ?? '', year: (report.year ?? 0) - 1 }, lang) };
}

/** Last year's report analysed as this year's is (the same profile), for the comparison checks. */
export function asPrevious(previous: ReadReport, profile: Profile): PreviousReport {
  const analysis = previous.analysis.profile === profile ? previous.analysis : analyze(previous.doc, profile);
  return { doc: previous.doc, analysis };
}

/** The line under a report's result: which report it was compared with, how much is carried over, in which parts. */
export function comparisonLine(report: ReadReport, previous: PreviousReport, file: string, lang: Lang): { line: string; share: number } {
  const { shares, overallShare, plans } = comparePrevious(report.analysis, previous.analysis);
  const partName = (id: string) => report.analysis.profile.parts.find((p) => p.id === id)?.name[lang] ?? id;
  const parts = shares.filter((s) => s.carriedLines > 0).map((s) => text('cli-previous-part', { part: partName(s.part), share: pct(s.share) }, lang));
  const params = { file, share: pct(overallShare), parts: parts.join(lang === 'zh-CN' ? '、' : ', '), taken: plans.filter((p) => p.takenUp).length, count: plans.length };
  const variant = `${parts.length ? 'parts' : 'whole'}${plans.length ? '' : '-no-plans'}`;
  return { line: `  ${text('cli-previous-compared', { ...params, variant }, lang)}`, share: overallShare };
}

function pct(share: number): number {
  return Math.round(share * 100);
}

/** A report's comparison: the report it was compared with and the line saying so, or the line saying why not. */
export interface Compared {
  /** Given to the check; without `previousFile`, it was not compared (of a year not earlier: previous-year says so). */
  previous?: PreviousReport;
  previousFile?: string;
  line: string;
  share?: number;
}

export interface YearPairing {
  /** The reports given, read ahead with --pair-years (they are one another's partners). */
  read: ReadonlyMap<string, ReadReport>;
  /** Last year's files that could not be read, each with a message for stderr. */
  failures: string[];
  compare(report: ReadReport, profile: Profile, lang: Lang): Compared | undefined;
}

/** The pairing --previous and --pair-years ask for; undefined without them. */
export function yearPairing(options: CliOptions, files: readonly string[], profileOf: (doc: ReportDocument) => Profile): YearPairing | undefined {
  if (options.previous === undefined && !options.pairYears) return undefined;
  const given = options.previous === undefined ? { reports: [], failures: [] } : readPrevious(options.previous, profileOf);
  const read = new Map<string, ReadReport>();
  if (options.pairYears) for (const file of files) tryRead(file, profileOf, read);
  const candidates = [...given.reports, ...read.values()];
  // One report and one file given: compared as they are, whatever the unit or year each names.
  const direct = !options.pairYears && files.length === 1 && given.reports.length === 1 && given.failures.length === 0;
  const unread = given.reports.length === 0 && given.failures.length > 0 && read.size === 0;
  // Each language with its own detail: the detail alone is already in both.
  const unreadable = (detail: Localized, lang: Lang) => text('cli-previous-unreadable', { detail: detail[lang] }, lang);
  const failures = given.failures.map(({ file, detail }) => `report-check: ${file}: ${unreadable(detail, 'zh-CN')} / ${unreadable(detail, 'en-US')}`);
  return {
    read,
    failures,
    compare(report, profile, lang) {
      const pairing = pairFor(report, candidates, { direct, unread }, lang);
      if ('previous' in pairing) {
        const previous = asPrevious(pairing.previous, profile);
        // Of a year not earlier than this one: not compared. The check's previous-year warning says so with the
        // report's findings; the line under it, which file it was.
        if (!earlierPrevious(report.analysis, previous)) {
          const [file, previousYear, year] = [pairing.previous.file, previous.analysis.reportYear, report.year];
          return { previous, line: `  ${text('cli-previous-missing', { variant: previousYear === year ? 'same-year' : 'not-earlier', file, previousYear: previousYear ?? '', year: year ?? '' }, lang)}` };
        }
        const { line, share } = comparisonLine(report, previous, pairing.previous.file, lang);
        return { previous, previousFile: pairing.previous.file, line, share };
      }
      // With both years given, last year's report is this year's partner: it needs no partner of its own.
      const isPartner = options.pairYears && candidates.some((c) => c.file !== report.file && previousYearPartner(c, [report]) === 0);
      return 'missing' in pairing && !isPartner ? { line: `  ${pairing.missing}` } : undefined;
    },
  };
}

function tryRead(file: string, profileOf: (doc: ReportDocument) => Profile, into: Map<string, ReadReport>): void {
  try {
    into.set(file, readAnalysed(file, profileOf));
  } catch {
    // Named when the batch reaches it, as any unreadable report is.
  }
}
