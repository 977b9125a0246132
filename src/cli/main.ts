import { readFileSync } from 'node:fs';
import { check, type CheckResult } from '../core/check';
import { localize, text } from '../core/i18n/catalog';
import type { Profile } from '../core/profile';
import { profileFromText } from '../core/profile-loader';
import { profileProblemLine } from '../core/profile-validation';
import { BUILT_IN_PROFILES, findBuiltInProfile } from '../core/profiles';
import { tellProfile, type ProfileConfidence } from '../core/profiles/guess';
import { decodeText } from '../files/decode-text';
import { parseArgs, UsageError, type CliOptions } from './args';
import { formatResult, formatUnreadable } from './format';
import { loadFigures } from './read-figures';
import { readReport } from './read-report';
import type { Dataset } from '../core/figures/dataset';

export interface CliOutput {
  stdout: string[];
  stderr: string[];
  exitCode: 0 | 1 | 2;
}

/** How the profile was told (`chosen` with --profile) and how sure (see tellProfile), beside the check's result. */
interface ProfileTold {
  profileGuessed: boolean;
  profileConfidence: ProfileConfidence | 'chosen';
  profileScore: number;
}

type FileOutcome = ({ file: string } & ProfileTold & CheckResult) | { file: string; error: string };

/** Figures loaded from --data, and the unit whose figures the reports quote. */
export interface CliFigures {
  dataset: Dataset;
  unit: string;
}

/**
 * The batch checker, without process globals, so tests call it directly. With --data the figures must be loaded
 * first (reading a data file is asynchronous): runCliWithData does that and passes them here.
 */
export function runCli(argv: readonly string[], figures?: CliFigures): CliOutput {
  const out: CliOutput = { stdout: [], stderr: [], exitCode: 0 };
  let options: CliOptions;
  let chosen: Profile | undefined;
  try {
    options = parseArgs(argv);
    if (options.help) return { ...out, stdout: [usage()] };
    chosen = options.profile ? loadProfile(options.profile) : undefined;
    if (options.data && !figures) throw new UsageError('cli-data-not-loaded');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // The mistake first, then where the usage is: a log stays readable in either language.
    const hint = `${text('cli-usage-hint', {}, 'zh-CN')} / ${text('cli-usage-hint', {}, 'en-US')}`;
    return { ...out, stderr: [`report-check: ${error.message}`, ...error.detail.map((line) => `  ${line}`), hint], exitCode: 2 };
  }

  const outcomes: FileOutcome[] = [];
  for (const file of options.files) {
    try {
      const doc = readReport(file);
      // Without --profile, each file's title says which report it is.
      // Without --profile, each file's title (or else its text) says which report it is.
      const told = chosen ? { profile: chosen, guessed: false, confidence: 'chosen' as const, score: 1 } : tellProfile(doc, BUILT_IN_PROFILES);
      const { profile, guessed } = told;
      const result = check(doc, { profile, lang: options.lang, figures });
      outcomes.push({ file, ...result, profileGuessed: guessed, profileConfidence: told.confidence, profileScore: told.score });
      const toldFrom = told.confidence === 'title' || told.confidence === 'text' ? told.confidence : false;
      if (!options.json) out.stdout.push(formatResult(file, result, profile, doc.locationUnit, options.lang, toldFrom), '');
      for (const warning of doc.warnings) out.stderr.push(`report-check: ${file}: ${warning}`);
      if (result.findings.some((f) => f.severity === 'error') && out.exitCode === 0) out.exitCode = 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcomes.push({ file, error: message });
      if (!options.json) out.stdout.push(formatUnreadable(file, message, options.lang), '');
      out.stderr.push(`report-check: ${file}: ${message}`);
      out.exitCode = 2;
    }
  }
  if (options.json) out.stdout.push(JSON.stringify({ files: outcomes }, null, 2));
  return out;
}

/** The usage in Chinese, then in English. */
function usage(): string {
  return `${text('cli-usage', {}, 'zh-CN')}\n\n${text('cli-usage', {}, 'en-US')}`;
}

/** A built-in profile by id, or a profile file, loaded by the same rules as in the pane. */
function loadProfile(spec: string): Profile {
  const builtIn = findBuiltInProfile(spec);
  if (builtIn) return builtIn;
  const known = BUILT_IN_PROFILES.map((p) => p.id).join(', ');
  if (!/\.json$/i.test(spec)) throw new UsageError('cli-unknown-profile', { name: spec, known });
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(spec);
  } catch (error) {
    throw new UsageError('cli-profile-unreadable', { file: spec, detail: (error as Error).message });
  }
  // UTF-8 with or without a BOM, or GBK as Notepad on Chinese Windows saves: read as the pane reads it.
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const why = localize({ code: decoded.reason === 'binary' ? 'text-binary' : 'text-encoding', params: {} });
    throw new UsageError('cli-profile-unreadable', { file: spec, detail: why });
  }
  const loaded = profileFromText(decoded.text);
  if (!loaded.ok) throw new UsageError('cli-profile-needs-fixing', { file: spec }, loaded.problems.map(profileProblemLine));
  return loaded.profile;
}

/** The command as run: reads --data (if given) first, then checks every file against it. */
export async function runCliWithData(argv: readonly string[]): Promise<CliOutput> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch {
    return runCli(argv); // it reports the usage error
  }
  if (options.help || !options.data) return runCli(argv);
  const loaded = await loadFigures(options.data, options.unit, options.lang);
  if ('error' in loaded) return { stdout: [], stderr: [`report-check: ${options.data}: ${loaded.error}`], exitCode: 2 };
  const out = runCli(argv, loaded.figures);
  return { ...out, stderr: [...loaded.warnings.map((w) => `report-check: ${options.data}: ${w}`), ...out.stderr] };
}

if (require.main === module) {
  void runCliWithData(process.argv.slice(2)).then((result) => {
    if (result.stdout.length) process.stdout.write(result.stdout.join('\n') + '\n');
    if (result.stderr.length) process.stderr.write(result.stderr.join('\n') + '\n');
    process.exitCode = result.exitCode;
  });
}
