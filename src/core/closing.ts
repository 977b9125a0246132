import type { Block } from './document';
import { parseDateLine, parseLooseDateLine, splitTrailingDate } from './dates';
import type { LineShape } from './headings';
import type { PartRole, Profile } from './profile';
import type { PromptHit } from './prompts';
import type { Frame } from './structure';
import { taggedPart } from './tags';
import { isProfileTitle } from './title';

/** A line as the frame reads it: its block, shape, and the prompt (and that prompt's part role) it is, if any. */
export interface FrameLine {
  block: Block;
  shape: LineShape;
  prompt?: PromptHit;
  /** The role of the part whose prompt the line is (the profile names its parts; roles are fixed). */
  promptRole?: PartRole;
}

const SENTENCE_PUNCTUATION = /[。，；！？,;!?]/;
/**
 * The ending of an organisation's name, for a signature line with no date under it; something must come before
 * it (a page cut that leaves only “街道” is not a signature).
 */
const ORGANISATION_END = /.(局|委|办|厅|院|部|署|会|中心|政府|公司|队|所|站|处|室|科|街道|镇|乡|馆|校|社|党组|委员会|办公室)$/;
const ANNOTATION = /^([（(].*[）)]|(抄送|印发|联系人|附件)[：:].*)$/;

/** Signature and date: the last lines of the body, never inside a table (a table's last cell may hold a date). */
export function findClosing(allNonBlank: FrameLine[], frame: Frame): void {
  const nonBlank = allNonBlank.filter((line) => line.block.kind !== 'table-cell');
  let pos = nonBlank.length - 1;
  for (let skipped = 0; skipped < 3 && pos >= 0 && ANNOTATION.test(nonBlank[pos]?.shape.title ?? ''); skipped++) pos--;
  const last = nonBlank[pos];
  if (!last || last.block.index < frame.bodyStart) return;

  const dateValue = parseDateLine(last.shape.title) ?? parseLooseDateLine(last.shape.title);
  if (dateValue || last.promptRole === 'date' || taggedPart(last.block.tags, 'date')) {
    frame.date = { index: last.block.index, text: last.shape.title, value: dateValue };
    pos--;
  } else {
    const combined = splitTrailingDate(last.shape.title);
    if (combined && combined.before && looksLikeSignature(combined.before)) {
      frame.date = { index: last.block.index, text: combined.dateText, value: combined.date };
      frame.signature = { index: last.block.index, text: combined.before };
    }
  }

  const candidate = nonBlank[pos];
  if (!frame.signature && candidate && candidate.block.index >= frame.bodyStart) {
    const text = candidate.shape.title;
    const isOurs = candidate.promptRole === 'signature' || taggedPart(candidate.block.tags, 'signature') !== undefined;
    const plausible = looksLikeSignature(text) && !candidate.shape.marker;
    // A short last line above the date is still body text unless it reads as an organisation's name.
    const confirmed = ORGANISATION_END.test(text) || text === frame.unitLine?.text || (!!frame.title && frame.title.text.includes(text));
    if (isOurs || (plausible && confirmed)) frame.signature = { index: candidate.block.index, text };
  }
  const starts = [frame.signature?.index, frame.date?.index].filter((i): i is number => i !== undefined);
  if (starts.length) frame.closingStart = Math.min(...starts);
}

/** Lines read before the first heading, no further: a cover letter is short. */
const COVER_LETTER_LINES = 12;

/**
 * A report sent with a cover letter (呈送函) is published as the letter — title, addressee, a paragraph, the
 * signature and the date — and then the report under its own title. The letter's signature and date are the
 * report's when the end has none (or the page cut it). The body starts after the report's own title.
 */
export function findCoverLetterClosing(bodyLines: FrameLine[], frame: Frame, profile: Profile): void {
  const lines = bodyLines.slice(0, COVER_LETTER_LINES);
  const at = lines.findIndex((line, i) => parseDateLine(line.shape.title) && isProfileTitle(lines[i + 1]?.shape.title ?? '', profile));
  if (at < 1) return;
  const date = lines[at] as FrameLine;
  const signature = lines[at - 1] as FrameLine;
  frame.date = { index: date.block.index, text: date.shape.title, value: parseDateLine(date.shape.title) };
  if (looksLikeSignature(signature.shape.title) && ORGANISATION_END.test(signature.shape.title)) {
    frame.signature = { index: signature.block.index, text: signature.shape.title };
  }
  frame.bodyStart = (lines[at + 1] as FrameLine).block.index + 1;
}

function looksLikeSignature(text: string): boolean {
  return text.length >= 2 && text.length <= 40 && !SENTENCE_PUNCTUATION.test(text) && !/[：:]/.test(text);
}
