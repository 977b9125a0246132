/**
 * What any layer has to say to the user — a check's finding, a bad row in a data file, a mistake in a profile
 * file, a .docx the reader could not read — is a Diagnostic: a code (its message's key in the catalog), how
 * serious it is, where, and the details its message is made from. Messages are rendered from the code and
 * params through one catalog (./i18n/catalog) in the language of whoever reads them.
 */
import type { Params } from './i18n/render';

export type { Params };

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Where something is in a file, as the user finds it: Excel's sheet, row and column, a JSON path, a field. */
export interface Place {
  sheet?: string;
  /** 1-based, as Excel shows it (the header is row 1 when it is the first line). */
  row?: number;
  /** The column's header text as written in the file. */
  column?: string;
  /** Excel's column letter (A, B, … AA), for tabular files. */
  columnLetter?: string;
  /** A JSON path or a profile field, e.g. "figures[2].value", "parts[3].cues[0].weight". */
  path?: string;
}

export interface Diagnostic {
  code: string;
  severity: Severity;
  params: Params;
  /** In a report: the part it concerns and the block index (0-based), null when it has none. */
  part?: string | null;
  at?: number | null;
  /** In a data or profile file. */
  place?: Place;
}

/** The exact words a finding is about, inside its block's text, and what to write instead when there is one. */
export interface Words {
  /** Offset of the first character in the block's text, and the number of characters (UTF-16 code units). */
  start: number;
  length: number;
  /** The words as written (the block's text from `start`, `length` long). */
  text: string;
  expected?: string;
}

/** One thing the check found in a report; its fields are a contract (report-check --json prints them). */
export interface Finding extends Diagnostic {
  part: string | null;
  at: number | null;
  /** `params.variant`, when set, picks a message for the code (numbering.skip). */
  message: string;
  /** For a finding on words (a formulation, a cited title, a punctuation mark): where they are, and the right form. */
  words?: Words;
  /** The heading of the section the finding falls under, as written (absent before the first heading). */
  heading?: string;
}

export type UnlocalizedFinding = Omit<Finding, 'message'>;
