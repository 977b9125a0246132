/** The lines the CLI and the pane both show for a checked report, rendered from the report table. */
import type { CheckResult } from '../check';
import type { Severity } from '../diagnostic';
import type { LocationUnit } from '../document';
import { text } from './messages';
import type { Lang } from './lang';

/** "第 12 行" / "line 12": a block index as the writer counts (from 1), in the host's unit. */
export function placeText(unit: LocationUnit, at: number, lang: Lang): string {
  return text('report-at', { variant: unit, n: at + 1 }, lang);
}

/** "报告年度 2024（取自标题）", or that it cannot be told. */
export function reportYearText(result: Pick<CheckResult, 'reportYear' | 'reportYearSource'>, lang: Lang): string {
  if (!result.reportYear) return text('report-year', { variant: 'unknown' }, lang);
  return text('report-year', { year: result.reportYear, source: yearSourceText(result.reportYearSource, lang) }, lang);
}

/** Where the report year was read: 取自标题, 取自开头段 … */
export function yearSourceText(source: CheckResult['reportYearSource'] | undefined, lang: Lang): string {
  return text('report-year-source', { variant: source ?? '' }, lang);
}

export function severityCount(findings: CheckResult['findings'], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}

/** "错误 2 · 警告 3 · 提示 0" / "2 errors · 3 warnings · 0 notes". */
export function countsText(findings: CheckResult['findings'], lang: Lang): string {
  return (['error', 'warning', 'info'] as const).map((s) => text('report-count', { variant: s, count: severityCount(findings, s) }, lang)).join(' · ');
}

/** 可以报送, or how many errors and warnings are left to fix. */
export function verdictText(findings: CheckResult['findings'], lang: Lang): string {
  const toFix = severityCount(findings, 'error') + severityCount(findings, 'warning');
  return toFix ? text('report-to-fix', { count: toFix }, lang) : text('report-ready', {}, lang);
}

/** English text shown at the start of a line or label starts with a capital ("Line 12", "Ready to send"). */
export function atStart(value: string, lang: Lang): string {
  return lang === 'en-US' ? value.charAt(0).toUpperCase() + value.slice(1) : value;
}
