/**
 * Reports as Word users make them, from the published samples in ../shared/samples: the sample's lines as a
 * plainly styled .docx (its headings in Heading styles) and as the Word imitation's paragraphs, and what
 * Word writes around the text (a table of contents), so a test can compare the part verdicts of both.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analysis';
import { check } from '../../src/core/check';
import type { ReportDocument } from '../../src/core/document';
import { DEFAULT_PROFILE } from '../../src/core/profiles';
import type { FakeParagraphInit } from '../../src/preview/fake-word';
import { readText } from '../../src/text/read-text';
import { escapeXml, WORD_STYLES, type BodySpec, type StyleSpec } from './ooxml';

const SAMPLES_DIR = join(__dirname, '..', '..', '..', 'shared', 'samples');

export interface SampleLine {
  text: string;
  /** The heading level the plain reading finds, if the line is a heading. */
  level?: number;
}

export interface SampleReport {
  lines: SampleLine[];
  /** The line after the title, where Word users put a table of contents. */
  afterTitle: number;
}

/** A sample's lines with the heading levels the plain reading finds (the samples must be present). */
export function sampleReport(name: string): SampleReport {
  const doc = readText(readFileSync(join(SAMPLES_DIR, `${name}.txt`), 'utf8'));
  const analysis = analyze(doc, DEFAULT_PROFILE);
  const levels = new Map(analysis.headings.map((h) => [h.index, h.level]));
  return { lines: doc.blocks.map((b) => ({ text: b.text, level: levels.get(b.index) })), afterTitle: (analysis.frame.title?.end ?? -1) + 1 };
}

export const SAMPLE_NAMES = ['dongcheng-traffic-2020', 'yubei-transport-2020', 'dongcheng-civil-air-defence-2021'];
export const haveSamples = SAMPLE_NAMES.every((n) => existsSync(join(SAMPLES_DIR, `${n}.txt`)));
if (!haveSamples) console.warn(`Skipping the tests on reports made from the published samples: ${SAMPLES_DIR} is absent.`);

/** The lines as paragraphs, headings in Word's Heading styles (ids as Chinese-UI Word writes them). */
export function styledBody(lines: readonly SampleLine[]): BodySpec[] {
  return lines.map((line) => (line.level !== undefined && line.level <= 3 ? { kind: 'p', style: String(line.level), content: line.text } : line.text));
}

/** The lines as the Word imitation's paragraphs, headings in the built-in Heading styles. */
export function styledParagraphs(lines: readonly SampleLine[]): FakeParagraphInit[] {
  return lines.map((line) => (line.level !== undefined && line.level <= 3 ? { text: line.text, styleBuiltIn: `Heading${line.level}` } : line.text));
}

/** The verdict on every part. */
export function partVerdicts(doc: ReportDocument): Record<string, string> {
  return Object.fromEntries(check(doc).parts.map((p) => [p.id, p.status]));
}

/** The headings a TOC \o "1-2" lists, with made-up page numbers. */
export function contentsEntries(lines: readonly SampleLine[]): Array<{ text: string; level: number; page: number }> {
  return lines.filter((l) => l.level !== undefined && l.level <= 2).map((l, i) => ({ text: l.text, level: l.level as number, page: 2 + Math.floor(i / 3) }));
}

/** Word's styles for a table of contents, ids and names as Chinese-UI Word writes them. */
export const WORD_CONTENTS_STYLES: StyleSpec[] = [
  ...WORD_STYLES,
  { id: 'TOC', name: 'TOC Heading', basedOn: '1', outlineLevel: 9 },
  { id: '11', name: 'toc 1', basedOn: 'a' },
  { id: '21', name: 'toc 2', basedOn: 'a' },
  { id: 'a7', name: 'Placeholder Text', type: 'character' },
];

/**
 * A template's content control as Word writes it while it shows its placeholder: w:showingPlcHdr, the text in the
 * Placeholder Text style; around a paragraph (a rich-text block control) or inside one (a plain-text control).
 */
export function placeholderControl(text: string, where: 'around' | 'inside'): BodySpec {
  const sdtPr = '<w:sdtPr><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:id w:val="-1731076915"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/>' + (where === 'inside' ? '<w:text/>' : '') + '</w:sdtPr>';
  const run = `<w:r><w:rPr><w:rStyle w:val="a7"/></w:rPr><w:t>${escapeXml(text)}</w:t></w:r>`;
  const xml = where === 'around' ? `<w:sdt>${sdtPr}<w:sdtContent><w:p>${run}</w:p></w:sdtContent></w:sdt>` : `<w:p><w:sdt>${sdtPr}<w:sdtContent>${run}</w:sdtContent></w:sdt></w:p>`;
  return { kind: 'xml', xml };
}

/**
 * 插入目录 as Word writes it: a control in the "Table of Contents" gallery holding the title, then one paragraph
 * per entry in TOC 1/TOC 2 with a hyperlink to the heading's bookmark, a tab and a PAGEREF field, the TOC field
 * beginning in the first entry and ending in a paragraph of its own.
 */
export function wordContents(entries: ReadonlyArray<{ text: string; level: number; page: number }>, title = '目录'): BodySpec {
  const field = (instr: string, result: string) =>
    '<w:r><w:rPr><w:webHidden/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>' +
    `<w:r><w:rPr><w:webHidden/></w:rPr><w:instrText xml:space="preserve">${instr}</w:instrText></w:r>` +
    '<w:r><w:rPr><w:webHidden/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>' +
    `<w:r><w:rPr><w:webHidden/></w:rPr><w:t>${result}</w:t></w:r><w:r><w:rPr><w:webHidden/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>`;
  const entry = (e: { text: string; level: number; page: number }, i: number) =>
    `<w:p><w:pPr><w:pStyle w:val="${e.level}1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8296"/></w:tabs></w:pPr>` +
    (i === 0 ? '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' : '') +
    `<w:hyperlink w:anchor="_Toc${1000 + i}" w:history="1"><w:r><w:rPr><w:rStyle w:val="a5"/><w:noProof/></w:rPr><w:t>${escapeXml(e.text)}</w:t></w:r>` +
    `<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:tab/></w:r>${field(` PAGEREF _Toc${1000 + i} \\h `, String(e.page))}</w:hyperlink></w:p>`;
  const xml =
    '<w:sdt><w:sdtPr><w:rPr><w:lang w:val="zh-CN"/></w:rPr><w:id w:val="-1893107151"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>' +
    '<w:sdtEndPr><w:rPr><w:b/><w:bCs/></w:rPr></w:sdtEndPr><w:sdtContent>' +
    `<w:p><w:pPr><w:pStyle w:val="TOC"/></w:pPr><w:r><w:rPr><w:lang w:val="zh-CN"/></w:rPr><w:t>${escapeXml(title)}</w:t></w:r></w:p>` +
    entries.map(entry).join('') +
    '<w:p><w:r><w:rPr><w:b/><w:bCs/><w:lang w:val="zh-CN"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>';
  return { kind: 'xml', xml };
}

/** The same table of contents as Word's API shows it: TOC-styled paragraphs, "title<tab>page", its title in TocHeading. */
export function wordContentsParagraphs(entries: ReadonlyArray<{ text: string; level: number; page: number }>, title = '目录'): FakeParagraphInit[] {
  return [{ text: title, styleBuiltIn: 'TocHeading' }, ...entries.map((e) => ({ text: `${e.text}\t${e.page}`, styleBuiltIn: `Toc${e.level}` })), ''];
}

/** A short report whose table of contents (Word's, in the imitation) lists its two sections; three more are missing. */
export const CONTENTS_HEADINGS = ['一、主要举措和成效', '二、存在的不足和原因'];
export const REPORT_WITH_CONTENTS: FakeParagraphInit[] = [
  { text: '某区司法局2023年法治政府建设年度情况报告', styleBuiltIn: 'Title' },
  ...wordContentsParagraphs(CONTENTS_HEADINGS.map((text, i) => ({ text, level: 1, page: 2 + i }))),
  { text: CONTENTS_HEADINGS[0] as string, styleBuiltIn: 'Heading1' },
  '全年审查规范性文件十二件。',
  { text: CONTENTS_HEADINGS[1] as string, styleBuiltIn: 'Heading1' },
  '基层执法力量仍显不足。',
];
