import type { Block, ReportDocument } from './document';
import { yearsNamed } from './dates';
import { shapeOf, type LineShape } from './headings';
import { findHeadings, type Heading } from './parts';
import type { PartRole, PartSpec, Profile } from './profile';
import { promptMatcher, type PromptHit } from './prompts';
import { findFrame, type Frame } from './structure';

export type PartStatus = 'present' | 'missing' | 'empty';

export interface PartState {
  id: string;
  status: PartStatus;
  /** Block index of the part (its heading, for sections), or null when missing. */
  at: number | null;
  /** For sections: the heading and the exclusive end of its body. */
  heading?: Heading;
}

export type YearSource = 'title' | 'opening' | 'date';

/** Everything core learns about a document: its frame, headings, parts and report year. */
export interface Analysis {
  profile: Profile;
  blocks: readonly Block[];
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
  const blocks = doc.blocks;
  const shapes = blocks.map(shapeOf);
  const isPrompt = promptMatcher(profile);
  const prompts = blocks.map(isPrompt);
  const frame = findFrame(blocks, shapes, profile, prompts);
  const headings = findHeadings(blocks, shapes, prompts, frame, profile);
  const parts = profile.parts.map((spec) => partState(spec, frame, headings, shapes, prompts));
  const year = reportYear(frame, headings, shapes, blocks);
  return { profile, blocks, shapes, prompts, frame, headings, parts, reportYear: year?.year, reportYearSource: year?.source, tablesUnknown: doc.tablesUnknown === true };
}

function partState(
  spec: PartSpec,
  frame: Frame,
  headings: Heading[],
  shapes: readonly LineShape[],
  prompts: ReadonlyArray<PromptHit | undefined>,
): PartState {
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
      const status = hasBody(heading, headings, shapes, prompts) ? 'present' : 'empty';
      return { id: spec.id, status, at: heading.index, heading };
    }
  }
}

/**
 * A section has a body when some text under it is not just a heading (a run-on heading's text counts).
 * A prompt counts too: the section is there, and prompt-left says it still needs writing.
 */
function hasBody(heading: Heading, headings: Heading[], shapes: readonly LineShape[], prompts: ReadonlyArray<PromptHit | undefined>): boolean {
  if (heading.shape.runsOn) return true;
  const headingAt = new Map(headings.map((h) => [h.index, h]));
  for (let i = heading.index + 1; i < heading.end; i++) {
    if (prompts[i]) return true;
    const shape = shapes[i] as LineShape;
    if (!shape.title) continue;
    const sub = headingAt.get(i);
    if (!sub || sub.shape.runsOn) return true;
  }
  return false;
}

/** Report year: from the title; else the opening paragraph; else the date's year minus one. */
function reportYear(
  frame: Frame,
  headings: Heading[],
  shapes: readonly LineShape[],
  blocks: readonly Block[],
): { year: number; source: YearSource } | undefined {
  const fromTitle = frame.title ? yearsNamed(frame.title.text)[0] : undefined;
  if (fromTitle) return { year: fromTitle, source: 'title' };
  const firstHeading = headings[0]?.index ?? frame.closingStart;
  for (let i = frame.bodyStart; i < firstHeading; i++) {
    if (!shapes[i]?.title) continue;
    const fromOpening = yearsNamed(blocks[i]?.text ?? '')[0];
    if (fromOpening) return { year: fromOpening, source: 'opening' };
    break;
  }
  const dated = frame.date?.value?.year;
  return dated ? { year: dated - 1, source: 'date' } : undefined;
}

/** The profile's id for the part with a frame role (title, date…): profiles name their parts, roles are fixed. */
export function partWithRole(a: Analysis, role: PartRole): string | null {
  return a.profile.parts.find((part) => part.role === role)?.id ?? null;
}
