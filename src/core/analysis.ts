import type { Block, ReportDocument } from './document';
import type { LineShape } from './headings';
import { lineShapes } from './lines';
import { findHeadings, type Heading } from './parts';
import type { PartRole, PartSpec, Profile } from './profile';
import { promptMatcher, type PromptHit } from './prompts';
import { reportYear, type YearSource } from './report-year';
import { splitRunTogether } from './run-together';
import { findFrame, type Frame } from './structure';

export type { YearSource } from './report-year';

export type PartStatus = 'present' | 'missing' | 'empty';

export interface PartState {
  id: string;
  status: PartStatus;
  /** Block index of the part (its heading, for sections), or null when missing. */
  at: number | null;
  /** For sections: the heading and the exclusive end of its body. */
  heading?: Heading;
}

/** Everything core learns about a document: its frame, headings, parts and report year. */
export interface Analysis {
  profile: Profile;
  /** The lines as read: the host's blocks, with a paragraph of run-together text read as the lines it was. */
  blocks: readonly Block[];
  /** For each of `blocks`, the host's block it is part of; undefined when they are the host's blocks. */
  hostIndex?: readonly number[];
  shapes: readonly LineShape[];
  prompts: ReadonlyArray<PromptHit | undefined>;
  frame: Frame;
  headings: Heading[];
  parts: PartState[];
  reportYear?: number;
  reportYearSource?: YearSource;
  /** The source cannot hold tables (plain text). */
  tablesUnknown: boolean;
}

export function analyze(doc: ReportDocument, profile: Profile): Analysis {
  const { blocks, hostIndex } = splitRunTogether(doc.blocks);
  const shapes = lineShapes(blocks);
  const isPrompt = promptMatcher(profile);
  const prompts = blocks.map(isPrompt);
  const frame = findFrame(blocks, shapes, profile, prompts);
  const headings = findHeadings(blocks, shapes, prompts, frame, profile);
  const headingAt = new Map(headings.map((h) => [h.index, h]));
  const parts = profile.parts.map((spec) => partState(spec, frame, headings, { shapes, prompts, headingAt }));
  const year = reportYear(frame, headings, shapes, blocks, profile);
  return {
    profile,
    blocks,
    ...(hostIndex ? { hostIndex } : {}),
    shapes,
    prompts,
    frame,
    headings,
    parts,
    reportYear: year?.year,
    reportYearSource: year?.source,
    tablesUnknown: doc.tablesUnknown === true,
  };
}

/** The host's block a line of the analysis is part of (the same index unless run-together text was split). */
export function hostBlockOf(a: Analysis, at: number): number;
export function hostBlockOf(a: Analysis, at: number | null): number | null;
export function hostBlockOf(a: Analysis, at: number | null): number | null {
  return at === null || !a.hostIndex ? at : (a.hostIndex[at] ?? at);
}

/** The first line of the analysis that is part of a host's block. */
export function lineOfHostBlock(a: Analysis, host: number | null): number | null {
  if (host === null || !a.hostIndex) return host;
  const line = firstAtLeast(a.hostIndex, host);
  return a.hostIndex[line] === host ? line : a.blocks.length;
}

/** Binary search in the lines' host indexes (in document order): one finding per figure stays linear overall. */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** What tells a section's body from its sub-headings: each line's shape and prompt, and the heading on a line. */
interface BodyLines {
  shapes: readonly LineShape[];
  prompts: ReadonlyArray<PromptHit | undefined>;
  /** Built once per analysis: a map per part would make the check quadratic in a heading-dense report. */
  headingAt: ReadonlyMap<number, Heading>;
}

function partState(spec: PartSpec, frame: Frame, headings: Heading[], lines: BodyLines): PartState {
  const at = (index: number | undefined): PartState =>
    index === undefined ? { id: spec.id, status: 'missing', at: null } : { id: spec.id, status: 'present', at: index };
  switch (spec.role) {
    case 'title':
      return at(frame.title?.start);
    case 'addressee':
      return at(frame.addressee?.index);
    case 'signature':
      return at(frame.signature?.index);
    case 'date':
      return at(frame.date?.index);
    case 'section': {
      const heading = headings.find((h) => h.parts.includes(spec.id));
      if (!heading) return at(undefined);
      const status = hasBody(heading, lines) ? 'present' : 'empty';
      return { id: spec.id, status, at: heading.index, heading };
    }
  }
}

/**
 * A section has a body when some text under it is not just a heading (a run-on heading's text counts).
 * A prompt counts too: the section is there, and prompt-left says it still needs writing. Word's placeholder
 * text does not: a template's empty box is an empty part (prompt-left still points at it).
 */
function hasBody(heading: Heading, { shapes, prompts, headingAt }: BodyLines): boolean {
  if (heading.shape.runsOn) return true;
  for (let i = heading.index + 1; i < heading.end; i++) {
    const prompt = prompts[i];
    if (prompt) {
      if (prompt.wordPlaceholder) continue;
      return true;
    }
    const shape = shapes[i] as LineShape;
    if (!shape.title) continue;
    const sub = headingAt.get(i);
    if (!sub || sub.shape.runsOn) return true;
  }
  return false;
}

/** The profile's id for the part with a frame role (title, date…): profiles name their parts, roles are fixed. */
export function partWithRole(a: Analysis, role: PartRole): string | null {
  return a.profile.parts.find((part) => part.role === role)?.id ?? null;
}
