import type { Analysis } from './analysis';
import type { CheckResult } from './check';
import { unitOf } from './figures/report-unit';
import { severityCount } from './i18n/report-text';

/** One report in a reviewer's overview of a batch: who sent it, for which year, when, and how far from ready. */
export interface ReportOverview {
  /** The issuing unit, from the signature, the unit line or the title (before 关于); null when none names it. */
  unit: string | null;
  reportYear: number | null;
  profile: string;
  /** The date the report bears, as YYYY-MM-DD; null when it has none (or only a prompt). */
  date: string | null;
  /** Dated after the profile's deadline; null when the date is not known, is a day that does not exist (2月30日), or the profile sets no deadline. */
  late: boolean | null;
  /** Ids of the required parts the report lacks. */
  missingParts: string[];
  errors: number;
  warnings: number;
}

export function overviewOf(analysis: Analysis, result: CheckResult): ReportOverview {
  const { frame, profile } = analysis;
  const date = frame.date?.value;
  const deadlineCodes = new Set(profile.rules.filter((r) => r.rule === 'deadline').map((r) => (r as { code?: string }).code ?? 'deadline'));
  return {
    unit: unitOf(analysis),
    reportYear: result.reportYear,
    profile: result.profile,
    date: date ? `${date.year}-${two(date.month)}-${two(date.day)}` : null,
    late: date && !date.impossible && deadlineCodes.size ? result.findings.some((f) => deadlineCodes.has(f.code)) : null,
    missingParts: result.parts.filter((p) => p.status === 'missing' && profile.parts.find((s) => s.id === p.id)?.required).map((p) => p.id),
    errors: severityCount(result.findings, 'error'),
    warnings: severityCount(result.findings, 'warning'),
  };
}

export { unitOf } from './figures/report-unit';

function two(n: number): string {
  return String(n).padStart(2, '0');
}
