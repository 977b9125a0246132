/**
 * A report profile is data: the mandated parts of one kind of report, how to recognise them in real
 * documents, what the scaffold inserts, and which rules the check applies. Built-in profiles are JSON
 * files under ./profiles; an office can describe its own report the same way.
 */
import type { FigureCheck } from './figures/model';
import type { Lang, Localized } from './i18n/lang';
import type { RuleEntry } from './rules/registry';

export type { Lang, Localized };

export type PartRole = 'title' | 'addressee' | 'section' | 'signature' | 'date';

/** A heading wording that identifies a part: a regular expression source and how telling it is. */
export interface Cue {
  pattern: string;
  /** 3: names the part outright (存在的不足和原因); 2: a common variant; 1: a hint that loses to any stronger cue. */
  weight: 1 | 2 | 3;
}

export interface PartSpec {
  id: string;
  role: PartRole;
  name: Localized;
  required: boolean;
  /** Severity of a missing required part; error unless the profile says otherwise. */
  missingSeverity?: 'error' | 'warning';
  /** Section parts: wordings that identify the heading. */
  cues?: Cue[];
  /**
   * Section parts: when no heading names the part, the first top-level section that names no part and comes before
   * the headings of these parts stands for it (thematic headings such as 一、加强党的领导 are the year's measures).
   */
  thematicBefore?: string[];
  /** Section parts: false when only a top-level heading can be the part, never a sub-heading (default true). */
  asSubHeading?: boolean;
  /** Section parts: heading text the scaffold inserts; {year}, {nextYear} and {unit} are filled in. */
  heading?: string;
  /** The prompt the scaffold puts where the writer must write. */
  prompt?: string;
  /** Standard tables the part must carry (the scaffold inserts them, the check verifies them). */
  tables?: TableSpec[];
}

/**
 * A standard table: a label column, then number columns. Rows and columns are found in a document by
 * their labels, so a table laid out with merged label cells (as official templates are) still matches.
 */
export interface TableSpec {
  id: string;
  name: Localized;
  /** Paragraph the scaffold puts above the table; {year} is filled in. */
  caption: string;
  /** Header of the label column. */
  labelHeader: string;
  columns: TableLine[];
  rows: TableLine[];
  /** Sums the format defines; each is checked in every column (rows) or every row (columns). */
  identities?: TableIdentity[];
}

export interface TableLine {
  id: string;
  label: string;
  /** False for a row that only groups the rows below it (三、本年度办理结果) and holds no numbers. */
  numbers?: boolean;
}

export interface TableIdentity {
  /** 'rows': the named rows add up, checked in each column; 'columns': the named columns, in each row. */
  across: 'rows' | 'columns';
  left: string[];
  right: string[];
  /** How the format states it, e.g. 第一项加第二项之和，等于第三项加第四项之和. */
  statement: Localized;
}

/** A profile's `rules` entry: a check from the registry, its options, and for rules naming their own code, that code. */
export type Rule = RuleEntry;

export interface Profile {
  id: string;
  name: Localized;
  /** Patterns that make a line the report's title (the last line of a multi-line title must match one). */
  titleCues: string[];
  /** Wordings that tell this report type from its text when the title is gone; `weight` as for part cues. */
  textCues?: Cue[];
  /** Title the scaffold inserts, with and without a unit name. */
  titleTemplate: { withUnit: string; withoutUnit: string };
  /** Parts in the mandated order. */
  parts: PartSpec[];
  /** Checks this report type configures: rules that need options (a part must mention causes), severities, checks turned off. */
  rules: Rule[];
  /** How figures from the data file must relate (出庭应诉数 ≤ 诉讼案件数), checked with the file's own checks. */
  figureChecks?: FigureCheck[];
}

export function sectionParts(profile: Profile): PartSpec[] {
  return profile.parts.filter((part) => part.role === 'section');
}

/** Fills {year}, {nextYear} and {unit} in a profile template. */
export function fillTemplate(template: string, values: { year: number; unit?: string }): string {
  // Replacer functions, not strings: a unit name with "$&" or "$$" must go in as typed.
  const fills: Record<string, string> = { year: String(values.year), nextYear: String(values.year + 1), unit: values.unit ?? '' };
  return template.replace(/\{(year|nextYear|unit)\}/g, (_, name: string) => fills[name] ?? '');
}
