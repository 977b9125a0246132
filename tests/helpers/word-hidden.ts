/**
 * Hidden text as Word users leave it: an old draft section hidden (字体 → 隐藏) rather than deleted, and a
 * superseded phrase hidden inside a kept paragraph. Built around a published sample's lines, in the XML Word
 * writes (w:vanish on the runs and the paragraph mark, or in a character or paragraph style) and as the Word
 * imitation's paragraphs.
 */
import type { FakeParagraphInit } from '../../src/preview/fake-word';
import { escapeXml, type BodySpec, type StyleSpec } from './ooxml';
import { styledBody, styledParagraphs, WORD_CONTENTS_STYLES, type SampleLine } from './word-made';

/** The hidden draft: a section the report lacks (其他需要报告的情况), heading and text. */
export const HIDDEN_DRAFT: readonly SampleLine[] = [
  { text: '五、其他需要报告的情况', level: 1 },
  { text: '本年度本单位没有其他需要报告的事项，此段留待定稿时决定是否保留。' },
];
/** A phrase hidden inside a kept paragraph. */
export const HIDDEN_PHRASE = '（初稿写法，已不用）';

export type HiddenBy = 'run' | 'character style' | 'paragraph style';
export const HIDDEN_BY: readonly HiddenBy[] = ['run', 'character style', 'paragraph style'];

/** Word's styles plus a character style and two paragraph styles that hide their text, as a writer makes them. */
export const HIDDEN_STYLES: StyleSpec[] = [
  ...WORD_CONTENTS_STYLES,
  { id: 'a8', name: '旧稿', type: 'character', rPrXml: '<w:vanish/>' },
  { id: 'a9', name: '旧稿标题', basedOn: '1', rPrXml: '<w:vanish/>' },
  { id: 'aa', name: '旧稿正文', basedOn: 'a', rPrXml: '<w:vanish/>' },
];

/** Where the hidden draft goes: before the last top-level section, as a writer moves sections about. */
export function draftPlace(lines: readonly SampleLine[]): number {
  return lines.map((l) => l.level).lastIndexOf(1);
}

/** The first body paragraph after the first heading: where the hidden phrase goes. */
export function phrasePlace(lines: readonly SampleLine[]): number {
  const heading = lines.findIndex((l) => l.level !== undefined);
  return lines.findIndex((l, i) => i > heading && l.level === undefined && l.text.trim() !== '');
}

function draftXml(line: SampleLine, by: HiddenBy): BodySpec {
  const heading = line.level !== undefined;
  const style = by === 'paragraph style' ? (heading ? 'a9' : 'aa') : heading ? '1' : undefined;
  const runProperties = by === 'run' ? '<w:vanish/>' : by === 'character style' ? '<w:rStyle w:val="a8"/>' : '';
  const pPr = (style ? `<w:pStyle w:val="${style}"/>` : '') + (runProperties ? `<w:rPr>${runProperties}</w:rPr>` : '');
  const rPr = (by === 'character style' ? runProperties : '') + '<w:rFonts w:hint="eastAsia"/>' + (by === 'run' ? runProperties : '');
  return { kind: 'xml', xml: `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:rPr>${rPr}</w:rPr><w:t>${escapeXml(line.text)}</w:t></w:r></w:p>` };
}

/** The sample as a .docx with the hidden draft and the hidden phrase, hidden `by` the given means. */
export function hiddenBody(lines: readonly SampleLine[], by: HiddenBy): BodySpec[] {
  const body = styledBody(lines);
  const at = phrasePlace(lines);
  const phraseRun = by === 'run' ? '<w:vanish/>' : '<w:rStyle w:val="a8"/>';
  body[at] = { kind: 'xml', xml: `<w:p><w:r><w:t>${escapeXml(lines[at]?.text ?? '')}</w:t></w:r><w:r><w:rPr>${phraseRun}</w:rPr><w:t>${escapeXml(HIDDEN_PHRASE)}</w:t></w:r></w:p>` };
  const place = draftPlace(lines);
  return [...body.slice(0, place), ...HIDDEN_DRAFT.map((line) => draftXml(line, by)), ...body.slice(place)];
}

/** The same in the Word imitation: the draft's runs and the phrase's run hidden. */
export function hiddenParagraphs(lines: readonly SampleLine[]): FakeParagraphInit[] {
  const paragraphs = styledParagraphs(lines);
  const at = phrasePlace(lines);
  paragraphs[at] = { runs: [{ text: lines[at]?.text ?? '' }, { text: HIDDEN_PHRASE, hidden: true }] };
  const draft = styledParagraphs(HIDDEN_DRAFT).map((p) => (typeof p === 'string' ? { runs: [{ text: p, hidden: true }] } : { ...p, text: undefined, runs: [{ text: p.text ?? '', hidden: true }] }));
  const place = draftPlace(lines);
  return [...paragraphs.slice(0, place), ...draft, ...paragraphs.slice(place)];
}
