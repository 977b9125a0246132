import type { Block } from './document';
import { isHeadingShape, type LineShape } from './headings';
import { findClosing, findCoverLetterClosing, type FrameLine } from './closing';
import type { Profile } from './profile';
import type { PromptHit } from './prompts';
import { taggedPart } from './tags';
import type { TextPattern } from './patterns';
import { isProfileTitle, isTitleText, leadingWords, titleCuesOf } from './title';
import type { ReportDate } from './dates';

/** The frame around the sections: title block, unit line, addressee, signature and date. */
export interface Frame {
  title?: { start: number; end: number; text: string };
  /** A line with the unit's name above the title, e.g. "东城交通支队". */
  unitLine?: { index: number; text: string };
  addressee?: { index: number; text: string };
  /** First block after title and addressee. */
  bodyStart: number;
  /** First block of signature and date, or the number of blocks when there are none. */
  closingStart: number;
  signature?: { index: number; text: string };
  /** `value` is undefined when the date is still a scaffold prompt. */
  date?: { index: number; text: string; value?: ReportDate };
}

const SENTENCE_PUNCTUATION = /[。，；！？,;!?]/;
/** A line this long is the opening paragraph: the title zone ends there (or at the first numbered heading). */
const LONG_PARAGRAPH = 100;
/** Words a title line ends with when the title goes on in the next line. */
const TITLE_CONTINUES = /(关于|的|和|与|及|年度|年|建设|政府|法治|工作|推进)$/;
const TITLE_CONTINUATION = /^(的|年度|情况|工作|建设|法治)/;
/** An addressee names bodies or people: 县政府：, 市委、市政府：, 各位领导：. */
const ADDRESSEE = /^[^。；！？，,;!?]{2,40}[：:]$/;
const ADDRESSEE_NAMES = /(政府|党委|委|局|办|厅|部|院|会|组|中心|领导|同志|镇|乡|街道|处|科|室|所|站|队|单位|机关|公司)/;
/** A document number under the title: 浙卫〔2024〕3号. */
const DOCUMENT_NUMBER = /^[\u4e00-\u9fa5A-Za-z]{1,12}\s*[〔[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,5}\s*号$/;

export function findFrame(blocks: readonly Block[], shapes: readonly LineShape[], profile: Profile, prompts: ReadonlyArray<PromptHit | undefined>): Frame {
  const roles = new Map(profile.parts.map((part) => [part.id, part.role]));
  const lines: FrameLine[] = blocks.map((block, i) => {
    const prompt = prompts[i];
    const promptRole = prompt?.partId === undefined ? undefined : roles.get(prompt.partId);
    return { block, shape: shapes[i] as LineShape, prompt, promptRole };
  });
  const nonBlank = lines.filter((line) => line.shape.title.length > 0 || line.prompt);
  const frame: Frame = { bodyStart: 0, closingStart: blocks.length };

  const zone = titleZone(nonBlank);
  const titleEnd =
    zone.find((l) => taggedPart(l.block.tags, 'title')) ??
    zone.find((l) => isTitleLine(l) && isProfileTitle(l.shape.title, profile)) ??
    zone.find((l) => isTitleLine(l) && /报告$/.test(l.shape.title));
  let afterTitle = 0;
  if (titleEnd) {
    const titleCues = titleCuesOf(profile);
    let startPos = nonBlank.indexOf(titleEnd);
    let text = titleEnd.shape.title;
    for (let prev = nonBlank[startPos - 1]; prev && joinsTitle(prev, text, titleCues); prev = nonBlank[startPos - 1]) {
      text = prev.shape.title + text;
      startPos -= 1;
    }
    const start = nonBlank[startPos] as FrameLine;
    frame.title = { start: start.block.index, end: titleEnd.block.index, text };
    frame.bodyStart = titleEnd.block.index + 1;
    const above = nonBlank[startPos - 1];
    // Across the page's breadcrumb or fields, the line above is the site's header, not the unit.
    const pageBetween = !!above && lines.slice(lines.indexOf(above) + 1, lines.indexOf(start)).some((l) => l.block.text.trim() !== '');
    if (above && !pageBetween && above.shape.title.length <= 30 && !SENTENCE_PUNCTUATION.test(above.shape.title) && !/[：:]/.test(above.shape.title)) {
      frame.unitLine = { index: above.block.index, text: above.shape.title };
    }
    afterTitle = nonBlank.indexOf(titleEnd) + 1;
  } else {
    findRunTogetherTitle(nonBlank[0], frame, profile);
  }
  const bodyPos = readFrontMatter(nonBlank, afterTitle, frame, profile);

  findClosing(nonBlank, frame);
  if (!frame.signature && !frame.date) findCoverLetterClosing(nonBlank.slice(bodyPos), frame, profile);
  return frame;
}

/**
 * What may stand between the title and the body: the title again (a web page shows it twice), the document
 * number, and the addressee — also at the very top when the title is gone. Returns the position of the first
 * body line among the non-blank ones.
 */
function readFrontMatter(nonBlank: FrameLine[], from: number, frame: Frame, profile: Profile): number {
  let pos = from;
  const skippable = (line: FrameLine) => {
    const text = line.shape.title;
    if (line.shape.marker) return false;
    const repeatsTitle = !!frame.title && isTitleText(text) && (frame.title.text.includes(text) || text.includes(frame.title.text));
    return repeatsTitle || DOCUMENT_NUMBER.test(text) || (!!frame.title && isProfileTitle(text, profile));
  };
  while (pos < nonBlank.length && !nonBlank[pos]?.prompt && skippable(nonBlank[pos] as FrameLine)) pos++;
  const next = nonBlank[pos];
  if (next && isAddressee(next)) {
    frame.addressee = { index: next.block.index, text: next.shape.title };
    pos++;
  }
  if (pos > from) frame.bodyStart = Math.max(frame.bodyStart, (nonBlank[pos - 1] as FrameLine).block.index + 1);
  return pos;
}

/**
 * A report run together on one line starts with its title: the words before the first space or sentence end of a
 * first line that goes on past them.
 */
function findRunTogetherTitle(first: FrameLine | undefined, frame: Frame, profile: Profile): void {
  if (!first || first.prompt || first.block.kind === 'table-cell' || isTitleText(first.shape.title)) return;
  const lead = leadingWords(first.shape.title);
  if (lead && isProfileTitle(lead, profile)) frame.title = { start: first.block.index, end: first.block.index, text: lead };
}

function titleZone(nonBlank: FrameLine[]): FrameLine[] {
  const zone: FrameLine[] = [];
  for (const line of nonBlank) {
    if (line.shape.marker && isHeadingShape(line.shape)) break;
    if (line.shape.title.length > LONG_PARAGRAPH) break;
    zone.push(line);
  }
  return zone;
}

/** A title's words, and not a numbered line, a prompt or a table's cell. */
function isTitleLine(line: FrameLine): boolean {
  return isTitleText(line.shape.title) && !line.shape.marker && !line.prompt && line.block.kind !== 'table-cell';
}

/**
 * The line above goes on into the title when it ends or the title starts with a joining word, or when only the
 * two together read as the profile's title (青禾县2024年政府信息 / 公开工作年度报告).
 */
function joinsTitle(prev: FrameLine, titleSoFar: string, titleCues: readonly TextPattern[]): boolean {
  const text = prev.shape.title;
  if (text.length > 40 || SENTENCE_PUNCTUATION.test(text) || prev.prompt) return false;
  if (TITLE_CONTINUES.test(text) || TITLE_CONTINUATION.test(titleSoFar)) return true;
  const reads = (title: string) => titleCues.some((cue) => cue.test(title));
  return !reads(titleSoFar) && reads(text + titleSoFar);
}

function isAddressee(line: FrameLine): boolean {
  if (line.promptRole === 'addressee') return true;
  return ADDRESSEE.test(line.shape.title) && ADDRESSEE_NAMES.test(line.shape.title);
}
