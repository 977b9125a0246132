import { analyze, type Analysis, type PartStatus, type YearSource } from './analysis';
import type { ReportDocument } from './document';
import type { Dataset } from './figures/dataset';
import { figureFindings } from './figures/findings';
import { linkedFiguresOf } from './figures/linking';
import { describe, SEVERITY_ORDER, type Finding, type UnlocalizedFinding } from './findings';
import type { Lang, Profile } from './profile';
import { DEFAULT_PROFILE } from './profiles';
import { contentFindings } from './rules/content';
import { numberingFindings } from './rules/numbering';
import { structureFindings } from './rules/structure';
import { tableFindings } from './rules/tables';
import { yearFindings } from './rules/years';

/** The checker's result; its field names are a contract: report-check --json prints them (README). */
export interface CheckResult {
  profile: string;
  reportYear: number | null;
  reportYearSource: YearSource | null;
  parts: Array<{ id: string; status: PartStatus; at: number | null }>;
  findings: Finding[];
}

export interface CheckOptions {
  profile?: Profile;
  lang?: Lang;
  /** Figures from the data file: linked figures are compared with it and its cross-checks run for `unit`. */
  figures?: { dataset: Dataset; unit: string; year?: number };
}

const RULES: Array<(a: Analysis) => UnlocalizedFinding[]> = [structureFindings, numberingFindings, yearFindings, contentFindings, tableFindings];

export function check(doc: ReportDocument, options: CheckOptions = {}): CheckResult {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const analysis = analyze(doc, profile);
  return resultOf(analysis, options.lang ?? 'zh-CN', options.figures ? figuresOf(doc, analysis, options.figures) : []);
}

/** Figure findings for the report's unit and year (the year the report is about, unless given). */
function figuresOf(doc: ReportDocument, analysis: Analysis, figures: NonNullable<CheckOptions['figures']>): UnlocalizedFinding[] {
  const year = figures.year ?? analysis.reportYear;
  if (year === undefined) return [];
  const options = { unit: figures.unit, year, checks: analysis.profile.figureChecks, linkedFigures: linkedFiguresOf(doc.blocks) };
  return figureFindings(doc, figures.dataset, options);
}

/** The findings of every rule (and any found outside them, such as figures'), placed, sorted and described. */
export function resultOf(analysis: Analysis, lang: Lang, more: readonly UnlocalizedFinding[] = []): CheckResult {
  const findings = [...RULES.flatMap((rule) => rule(analysis)), ...more]
    .map((f) => (f.part === null && f.at !== null ? { ...f, part: sectionAt(analysis, f.at) } : f))
    .sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] || (x.at ?? -1) - (y.at ?? -1))
    .map((f) => ({ ...f, message: describe(f, analysis.profile, lang) }));
  return {
    profile: analysis.profile.id,
    reportYear: analysis.reportYear ?? null,
    reportYearSource: analysis.reportYearSource ?? null,
    parts: analysis.parts.map(({ id, status, at }) => ({ id, status, at })),
    findings,
  };
}

/** The part whose section holds a block, so a finding inside a section marks that part on the checklist. */
function sectionAt(analysis: Analysis, index: number): string | null {
  const holding = analysis.parts.filter((p) => p.heading && p.heading.index <= index && index < p.heading.end);
  return holding.sort((x, y) => (y.heading?.index ?? 0) - (x.heading?.index ?? 0))[0]?.id ?? null;
}
