import { analyze } from '../core/analysis';
import { checkAnalysed, type CheckResult } from '../core/check';
import { DiagnosticError } from '../core/diagnostic-error';
import { bilingual, localize, render, text } from '../core/i18n/catalog';
import type { ReportDocument } from '../core/document';
import type { Lang } from '../core/i18n/lang';
import type { Profile } from '../core/profile';
import { BUILT_IN_PROFILES } from '../core/profiles';
import { tellProfile, type ProfileConfidence, type ProfileGuess } from '../core/profiles/guess';
import { overviewOf, type ReportOverview } from '../core/report-overview';
import type { Dataset } from '../core/figures/dataset';
import { figureRefsIn } from '../core/figures/linking';
import { reportUnit, unitOf } from '../core/figures/report-unit';
import { parseArgs, UsageError, type CliOptions } from './args';
import { expandReportPaths, unmatchedDiagnostic, unmatchedMessage } from './expand-paths';
import { formatResult, formatUnreadable, LINE_WIDTH } from './format';
import { loadProfile } from './load-profile';
import { yearPairing } from './previous';
import { progressLine, PROGRESS_FROM_FILES, type Progress } from './progress';
import { readReport, ReportReadError, withNotice } from './read-report';
import { formatSummary, type SummaryEntry } from './summary';

export interface CliOutput {
  stdout: string[];
  stderr: string[];
  exitCode: 0 | 1 | 2;
  /** Each report of the batch for the --summary file, in the order checked. */
  summary?: SummaryEntry[];
}

/** How the profile was told (`chosen` with --profile) and how sure (see tellProfile), beside the check's result. */
interface ProfileTold {
  profileGuessed: boolean;
  profileConfidence: ProfileConfidence | 'chosen';
  profileScore: number;
}

type FileOutcome =
  | ({ file: string; notices?: string[]; verdictsUnreliable?: true } & ProfileTold & CheckResult & { overview: ReportOverview; dataUnit?: string; previous?: PreviousTold })
  | { file: string; error: string; needsDocx?: true };

/** For --json: last year's report compared with, and the share carried over; or why none was. */
type PreviousTold = { file: string; carriedOver: number } | { missing: string };

/** How the output is laid out: `width` is the terminal's, lines are broken to fit it; none when piped. */
export interface CliLayout {
  width?: number;
  /** Files done so far in a long batch (never with --json): a terminal's stderr shows it (./progress). */
  progress?: Progress;
}

export interface CliFigures {
  dataset: Dataset;
  unit?: string;
}

/**
 * The batch checker, without process globals, so tests call it directly. With --data the figures must be loaded
 * first (reading a data file is asynchronous): runCliWithData does that and passes them here.
 */
export function runCli(argv: readonly string[], figures?: CliFigures, layout: CliLayout = {}): CliOutput {
  const out: CliOutput = { stdout: [], stderr: [], exitCode: 0 };
  let options: CliOptions;
  let chosen: Profile | undefined;
  try {
    options = parseArgs(argv);
    if (options.help) return { ...out, stdout: [usage()] };
    chosen = options.profile ? loadProfile(options.profile) : undefined;
    if (options.data && !figures) throw new UsageError('cli-data-not-loaded');
  } catch (error) {
    return usageFailure(error);
  }

  const { files, unmatched } = expandReportPaths(options.files);
  const outcomes: FileOutcome[] = [];
  const entries: SummaryEntry[] = [];
  // `message` in both languages, for stderr and --json; `said`, in --lang, for the reader of the results.
  const fail = (file: string, message: string, needsDocx = false, said = message) => {
    outcomes.push({ file, error: message, ...(needsDocx ? { needsDocx: true as const } : {}) });
    entries.push({ file, problem: said, needsDocx });
    if (!options.json) out.stdout.push(formatUnreadable(file, said, options.lang, layout.width), '');
    out.stderr.push(`report-check: ${file}: ${message}`);
    // An old .doc in a folder is named for resaving; it does not stop the batch as an unreadable file does.
    out.exitCode = needsDocx ? (out.exitCode === 2 ? 2 : 1) : 2;
  };
  for (const pattern of unmatched) fail(pattern, unmatchedMessage(pattern), false, localize(unmatchedDiagnostic(pattern))[options.lang]);
  // One file at a time; a long batch says how far it is.
  const progress = !options.json && files.length >= PROGRESS_FROM_FILES ? layout.progress : undefined;
  // Without --profile, each file's title (or else its text) says which report it is; told once per file read.
  const toldProfiles = new WeakMap<ReportDocument, ProfileGuess>();
  const toldOf = (doc: ReportDocument) => toldProfiles.get(doc) ?? toldProfiles.set(doc, tellProfile(doc, BUILT_IN_PROFILES)).get(doc)!;
  const pairing = yearPairing(options, files, (doc) => chosen ?? toldOf(doc).profile);
  out.stderr.push(...(pairing?.failures ?? []));
  if (pairing?.failures.length) out.exitCode = 2;
  for (const [done, file] of files.entries()) {
    progress?.(done, files.length, options.lang);
    try {
      const known = pairing?.read.get(file);
      const read = known?.doc ?? readReport(file);
      // Only figures linked with the add-in are checked against --data: a report with none is told so, not passed.
      const doc = figures && !read.blocks.some((block) => figureRefsIn(block).length > 0) ? withNotice(read, { code: 'cli-data-no-links', severity: 'info', params: {} }) : read;
      const told = chosen ? { profile: chosen, guessed: false, confidence: 'chosen' as const, score: 1 } : toldOf(doc);
      const { profile, guessed } = told;
      const analysis = known?.analysis.profile === profile ? known.analysis : analyze(doc, profile);
      const compared = pairing?.compare({ file, doc, analysis, unit: unitOf(analysis), year: analysis.reportYear ?? null }, profile, options.lang);
      const unit = figures && reportUnit(doc, analysis, figures.dataset.units, figures.unit);
      if (figures && unit === undefined) {
        const units = figures.dataset.units.join('、');
        throw new ReportReadError('cli-data-unit-untold', { units, count: figures.dataset.units.length });
      }
      const result = checkAnalysed(analysis, doc, { lang: options.lang, figures: figures && unit ? { dataset: figures.dataset, unit } : undefined, previous: compared?.previous });
      const previousTold = compared && (compared.previousFile ? { file: compared.previousFile, carriedOver: compared.share ?? 0 } : { missing: compared.line.trim() });
      const overview = overviewOf(analysis, result);
      const parts = result.parts.map((p) => (profile.parts.find((s) => s.id === p.id)?.required ? p : { ...p, optional: true }));
      const toldHow = { profileGuessed: guessed, profileConfidence: told.confidence, profileScore: told.score };
      outcomes.push({ file, ...result, parts, ...toldHow, overview, ...(unit ? { dataUnit: unit } : {}), ...(previousTold ? { previous: previousTold } : {}), ...readerSays(doc, options.lang) });
      entries.push({ file, overview, profile, findings: result.findings, locationUnit: doc.locationUnit, ...(compared?.share !== undefined ? { carried: compared.share } : {}) });
      if (!options.json) {
        const toldFrom = told.confidence === 'chosen' ? false : told.confidence;
        const checked = formatResult(file, result, profile, doc.locationUnit, options.lang, toldFrom, layout.width);
        out.stdout.push(compared ? `${checked}\n${compared.line}` : checked, '');
      }
      for (const warning of doc.warnings) out.stderr.push(`report-check: ${file}: ${warning}`);
      if (result.findings.some((f) => f.severity === 'error') && out.exitCode === 0) out.exitCode = 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const said = error instanceof DiagnosticError ? localize(error.diagnostic)[options.lang] : message;
      fail(file, message, error instanceof ReportReadError && error.diagnostic.code === 'file-legacy-format', said);
    }
  }
  progress?.(files.length, files.length, options.lang);
  if (options.json) out.stdout.push(JSON.stringify({ files: outcomes }, null, 2));
  else if (entries.length > 1) out.stdout.push(formatSummary(entries, options.lang, Math.max(LINE_WIDTH, layout.width ?? LINE_WIDTH)), '');
  return { ...out, summary: entries };
}

function usageFailure(error: unknown): CliOutput {
  if (!(error instanceof UsageError)) throw error;
  // The mistake first, then where the usage is: a log stays readable in either language.
  const hint = `${text('cli-usage-hint', {}, 'zh-CN')} / ${text('cli-usage-hint', {}, 'en-US')}`;
  return { stdout: [], stderr: [`report-check: ${error.message}`, ...error.detail.map((line) => `  ${line}`), hint], exitCode: 2 };
}

/** For --json: what the reader could not read, in `lang`, and whether the verdicts can be relied on (absent: nothing to say). */
function readerSays(doc: ReportDocument, lang: Lang): { notices?: string[]; verdictsUnreliable?: true } {
  const notices = (doc.notices ?? []).map((notice) => render(notice, lang));
  return { ...(notices.length > 0 ? { notices } : {}), ...(doc.textUnread ? { verdictsUnreliable: true as const } : {}) };
}

/** The usage in Chinese, then in English. */
function usage(): string {
  return `${text('cli-usage', {}, 'zh-CN')}\n\n${text('cli-usage', {}, 'en-US')}`;
}

/** The command as run: reads --data (if given) first, checks every file against it, then writes --summary. */
export async function runCliWithData(argv: readonly string[], layout: CliLayout = {}): Promise<CliOutput> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch {
    return runCli(argv); // it reports the usage error
  }
  if (options.help) return runCli(argv);
  let out: CliOutput;
  // The data readers and the summary writers load only when their flags are given: a plain batch starts without them.
  if (options.data) {
    const { loadFigures } = await import('./read-figures');
    const loaded = await loadFigures(options.data, options.unit, options.lang);
    if ('error' in loaded) {
      // A program reading --json still gets JSON: no report was checked, and why.
      const told = options.json ? [JSON.stringify({ files: [], data: { file: options.data, error: loaded.error } }, null, 2)] : [];
      return { stdout: told, stderr: [`report-check: ${options.data}: ${loaded.error}`], exitCode: 2 };
    }
    if (options.files.length === 0) {
      const { dataListing } = await import('./data-listing');
      const { checkKey, distinctChecks, evaluateEveryCheck } = await import('../core/figures/cross-checks');
      // The report types' checks (the one --profile names, else every built-in one); the file's own ran as it was
      // read, and their failures are among its problems.
      let profiles: readonly Profile[];
      try {
        profiles = options.profile ? [loadProfile(options.profile)] : BUILT_IN_PROFILES;
      } catch (error) {
        return usageFailure(error);
      }
      const { dataset } = loaded.figures;
      const own = new Set(dataset.checks.map(checkKey));
      const inconsistent = evaluateEveryCheck(dataset, distinctChecks(profiles.flatMap((p) => p.figureChecks ?? []).filter((c) => !own.has(checkKey(c)))));
      const listing = dataListing(options.data, dataset, loaded.problems, inconsistent, options.lang, options.json, layout.width);
      return { stdout: [listing], stderr: [], exitCode: loaded.problems.some((p) => p.severity === 'error') ? 1 : 0 };
    }
    const checked = runCli(argv, loaded.figures, layout);
    out = { ...checked, stderr: [...loaded.warnings.map((w) => `report-check: ${options.data}: ${w}`), ...checked.stderr] };
  } else out = runCli(argv, undefined, layout);
  if (options.summary && out.summary) {
    const { writeSummaryFile } = await import('./summary-file');
    const written = await writeSummaryFile(options.summary, out.summary, options.lang);
    if (written) return { ...out, stderr: [...out.stderr, `report-check: ${written}`], exitCode: 2 };
    out.stderr.push(`report-check: ${text('cli-summary-written', { file: options.summary }, options.lang)}`);
  }
  return out;
}

/** In a terminal, lines fit its width (80 columns when it does not say); piped or redirected, they stay whole. */
export function terminalLayout(): CliLayout {
  const progress = progressLine(process.stderr);
  return { ...(process.stdout.isTTY ? { width: process.stdout.columns || 80 } : {}), ...(progress ? { progress } : {}) };
}

if (require.main === module) {
  void runCliWithData(process.argv.slice(2), terminalLayout()).then((result) => {
    if (result.stdout.length) process.stdout.write(result.stdout.join('\n') + '\n');
    if (result.stderr.length) process.stderr.write(result.stderr.join('\n') + '\n');
    process.exitCode = result.exitCode;
  });
}
