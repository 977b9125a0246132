import type { Block } from './document';
import { parseDateLine, splitTrailingDate, type ReportDate } from './dates';
import { isHeadingShape, type LineShape } from './headings';
import type { PartRole, Profile } from './profile';
import type { PromptHit } from './prompts';
import { taggedPart } from './tags';

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

interface Line {
  block: Block;
  shape: LineShape;
  prompt?: PromptHit;
  /** The role of the part whose prompt the line is (the profile names its parts; roles are fixed). */
  promptRole?: PartRole;
}

const SENTENCE_PUNCTUATION = /[。，；！？,;!?]/;
/** A line this long is the opening paragraph: the title zone ends there (or at the first numbered heading). */
const LONG_PARAGRAPH = 100;
/** Words a title line ends with when the title goes on in the next line. */
const TITLE_CONTINUES = /(关于|的|和|与|及|年度|年|建设|政府|法治|工作|推进)$/;
const TITLE_CONTINUATION = /^(的|年度|情况|工作|建设|法治)/;
/** The ending of an organisation's name, for a signature line with no date under it. */
const ORGANISATION_END = /(局|委|办|厅|院|部|署|会|中心|政府|公司|队|所|站|处|室|科|街道|镇|乡|馆|校|社|党组|委员会|办公室)$/;
const ANNOTATION = /^([（(].*[）)]|(抄送|印发|联系人|附件)[：:].*)$/;

export function findFrame(blocks: readonly Block[], shapes: readonly LineShape[], profile: Profile, prompts: ReadonlyArray<PromptHit | undefined>): Frame {
  const roles = new Map(profile.parts.map((part) => [part.id, part.role]));
  const lines: Line[] = blocks.map((block, i) => {
    const prompt = prompts[i];
    const promptRole = prompt?.partId === undefined ? undefined : roles.get(prompt.partId);
    return { block, shape: shapes[i] as LineShape, prompt, promptRole };
  });
  const nonBlank = lines.filter((line) => line.shape.title.length > 0 || line.prompt);
  const frame: Frame = { bodyStart: 0, closingStart: blocks.length };

  const titleCues = profile.titleCues.map((cue) => new RegExp(cue));
  const zone = titleZone(nonBlank);
  const titleEnd =
    zone.find((l) => taggedPart(l.block.tags, 'title')) ??
    zone.find((l) => isTitleLine(l) && titleCues.some((cue) => cue.test(l.shape.title))) ??
    zone.find((l) => isTitleLine(l) && /报告$/.test(l.shape.title));
  if (titleEnd) {
    let startPos = nonBlank.indexOf(titleEnd);
    let text = titleEnd.shape.title;
    for (let prev = nonBlank[startPos - 1]; prev && joinsTitle(prev, text, titleCues); prev = nonBlank[startPos - 1]) {
      text = prev.shape.title + text;
      startPos -= 1;
    }
    const start = nonBlank[startPos] as Line;
    frame.title = { start: start.block.index, end: titleEnd.block.index, text };
    frame.bodyStart = titleEnd.block.index + 1;
    const above = nonBlank[startPos - 1];
    if (above && above.shape.title.length <= 30 && !SENTENCE_PUNCTUATION.test(above.shape.title) && !/[：:]/.test(above.shape.title)) {
      frame.unitLine = { index: above.block.index, text: above.shape.title };
    }
    const next = nonBlank[nonBlank.indexOf(titleEnd) + 1];
    if (next && isAddressee(next)) {
      frame.addressee = { index: next.block.index, text: next.shape.title };
      frame.bodyStart = next.block.index + 1;
    }
  }

  findClosing(nonBlank, frame);
  return frame;
}

function titleZone(nonBlank: Line[]): Line[] {
  const zone: Line[] = [];
  for (const line of nonBlank) {
    if (line.shape.marker && isHeadingShape(line.shape)) break;
    if (line.shape.title.length > LONG_PARAGRAPH) break;
    zone.push(line);
  }
  return zone;
}

/** Not a sentence, not a prompt, and not web-page text such as "当前位置：首页 > 政务公开 > …". */
function isTitleLine(line: Line): boolean {
  const text = line.shape.title;
  return text.length <= 80 && !/[。；：:>＞]/.test(text) && !line.prompt && line.block.kind !== 'table-cell';
}

/**
 * The line above goes on into the title when it ends or the title starts with a joining word, or when only the
 * two together read as the profile's title (青禾县2024年政府信息 / 公开工作年度报告).
 */
function joinsTitle(prev: Line, titleSoFar: string, titleCues: readonly RegExp[]): boolean {
  const text = prev.shape.title;
  if (text.length > 40 || SENTENCE_PUNCTUATION.test(text) || prev.prompt) return false;
  if (TITLE_CONTINUES.test(text) || TITLE_CONTINUATION.test(titleSoFar)) return true;
  const reads = (title: string) => titleCues.some((cue) => cue.test(title));
  return !reads(titleSoFar) && reads(text + titleSoFar);
}

function isAddressee(line: Line): boolean {
  if (line.promptRole === 'addressee') return true;
  return /^[^。；！？，,;!?]{2,40}[：:]$/.test(line.shape.title);
}

/** Signature and date: the last lines of the body, never inside a table (a table's last cell may hold a date). */
function findClosing(allNonBlank: Line[], frame: Frame): void {
  const nonBlank = allNonBlank.filter((line) => line.block.kind !== 'table-cell');
  let pos = nonBlank.length - 1;
  for (let skipped = 0; skipped < 3 && pos >= 0 && ANNOTATION.test(nonBlank[pos]?.shape.title ?? ''); skipped++) pos--;
  const last = nonBlank[pos];
  if (!last || last.block.index < frame.bodyStart) return;

  const dateValue = parseDateLine(last.shape.title);
  if (dateValue || last.promptRole === 'date' || taggedPart(last.block.tags, 'date')) {
    frame.date = { index: last.block.index, text: last.shape.title, value: dateValue };
    pos--;
  } else {
    const combined = splitTrailingDate(last.shape.title);
    if (combined && combined.before && looksLikeSignature(combined.before)) {
      frame.date = { index: last.block.index, text: last.shape.title, value: combined.date };
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

function looksLikeSignature(text: string): boolean {
  return text.length >= 2 && text.length <= 40 && !SENTENCE_PUNCTUATION.test(text) && !/[：:]/.test(text);
}
