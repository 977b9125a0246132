/**
 * Scores the checker against a reviewer's verdicts on real published reports (../shared/samples/real/truth.json):
 * every judged part's status and the report year, each checked as `report-check --json` gives it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';

/** The project's folder: this file runs from bench/accuracy (jest) or lib/bench/accuracy (built). */
const PROJECT = [join(__dirname, '..', '..'), join(__dirname, '..', '..', '..')].find((dir) => existsSync(join(dir, 'package.json'))) ?? process.cwd();

/** The folder beside the project that holds the real samples and their truth.json. */
export const REAL_SAMPLES = join(PROJECT, '..', 'shared', 'samples', 'real');

interface TruthReport {
  file: string;
  reportYear: number;
  parts: Record<string, string>;
  notJudged?: string[];
}

/** What a verdict is about: the report type (wrong type: every verdict of the report), frame, sections or year. */
export type VerdictKind = 'title' | 'front' | 'sections' | 'closing' | 'year';

export interface Verdict {
  key: string;
  kind: VerdictKind;
  want: string;
  got: string;
  right: boolean;
}

export interface ReportScore {
  file: string;
  /** The profile the folder says (fazhi/ → rule-of-law, gov-info/ → disclosure) and the one the checker told. */
  wantProfile: string;
  gotProfile: string;
  profileConfidence: string | null;
  verdicts: Verdict[];
}

const PROFILE_OF_FOLDER: Record<string, string> = { fazhi: 'rule-of-law-annual', 'gov-info': 'gov-info-disclosure-annual' };
const KIND_OF_PART: Record<string, VerdictKind> = { title: 'title', addressee: 'front', signature: 'closing', date: 'closing' };

interface CliFile {
  profile: string;
  profileConfidence?: string;
  reportYear: number | null;
  parts: Array<{ id: string; status: string }>;
}

/** Undefined when the samples are not beside the project. */
export function scoreRealSamples(dir = REAL_SAMPLES): ReportScore[] | undefined {
  const truthFile = join(dir, 'truth.json');
  if (!existsSync(truthFile)) return undefined;
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as { reports: TruthReport[] };
  return truth.reports.map((report) => scoreReport(dir, report));
}

function scoreReport(dir: string, report: TruthReport): ReportScore {
  const out = runCli(['--json', join(dir, report.file)]);
  const file = (JSON.parse(out.stdout.join('\n')) as { files: CliFile[] }).files[0] as CliFile;
  // A part's verdict is its status under the id, whatever type the checker took the report for (a part the
  // other type does not have counts as wrong).
  const verdicts: Verdict[] = Object.entries(report.parts).map(([id, want]) => {
    const got = file.parts.find((p) => p.id === id)?.status ?? '(no such part)';
    return { key: id, kind: KIND_OF_PART[id] ?? 'sections', want, got, right: got === want };
  });
  const year = String(file.reportYear);
  verdicts.push({ key: 'reportYear', kind: 'year', want: String(report.reportYear), got: year, right: year === String(report.reportYear) });
  return {
    file: report.file,
    wantProfile: PROFILE_OF_FOLDER[report.file.split('/')[0] ?? ''] ?? '?',
    gotProfile: file.profile,
    profileConfidence: file.profileConfidence ?? null,
    verdicts,
  };
}

export function totals(scores: readonly ReportScore[]): { right: number; all: number } {
  const verdicts = scores.flatMap((s) => s.verdicts);
  return { right: verdicts.filter((v) => v.right).length, all: verdicts.length };
}
