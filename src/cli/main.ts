import { readFileSync } from 'node:fs';
import { check, type CheckResult } from '../core/check';
import type { Profile } from '../core/profile';
import { DEFAULT_PROFILE, findBuiltInProfile } from '../core/profiles';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args';
import { formatResult, formatUnreadable } from './format';
import { readReport } from './read-report';

export interface CliOutput {
  stdout: string[];
  stderr: string[];
  exitCode: 0 | 1 | 2;
}

type FileOutcome = ({ file: string } & CheckResult) | { file: string; error: string };

/** The batch checker, without process globals, so tests call it directly. */
export function runCli(argv: readonly string[]): CliOutput {
  const out: CliOutput = { stdout: [], stderr: [], exitCode: 0 };
  let options: CliOptions;
  let profile: Profile;
  try {
    options = parseArgs(argv);
    if (options.help) return { ...out, stdout: [USAGE] };
    profile = loadProfile(options.profile);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { ...out, stderr: [`report-check: ${error.message}`, USAGE], exitCode: 2 };
  }

  const outcomes: FileOutcome[] = [];
  for (const file of options.files) {
    try {
      const doc = readReport(file);
      const result = check(doc, { profile, lang: options.lang });
      outcomes.push({ file, ...result });
      if (!options.json) out.stdout.push(formatResult(file, result, profile, doc.locationUnit, options.lang), '');
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

function loadProfile(spec: string | undefined): Profile {
  if (!spec) return DEFAULT_PROFILE;
  const builtIn = findBuiltInProfile(spec);
  if (builtIn) return builtIn;
  if (!/\.json$/i.test(spec)) throw new UsageError(`没有名为“${spec}”的报告类型 / no profile named "${spec}" (built in: ${DEFAULT_PROFILE.id})`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(spec, 'utf8'));
  } catch (error) {
    throw new UsageError(`无法读取报告类型文件 ${spec}：${(error as Error).message} / cannot read profile file ${spec}`);
  }
  const candidate = parsed as Partial<Profile>;
  if (!candidate || typeof candidate.id !== 'string' || !Array.isArray(candidate.parts) || !Array.isArray(candidate.rules)) {
    throw new UsageError(`报告类型文件 ${spec} 缺少 id、parts 或 rules / profile file ${spec} lacks id, parts or rules`);
  }
  return candidate as Profile;
}

if (require.main === module) {
  const result = runCli(process.argv.slice(2));
  if (result.stdout.length) process.stdout.write(result.stdout.join('\n') + '\n');
  if (result.stderr.length) process.stderr.write(result.stderr.join('\n') + '\n');
  process.exitCode = result.exitCode;
}
