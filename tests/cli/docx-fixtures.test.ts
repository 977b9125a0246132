import { check, type CheckResult } from '../../src/core/check';
import { parseMarker } from '../../src/core/headings';
import { partTag } from '../../src/core/tags';
import { readDocx } from '../../src/docx/read-docx';
import { buildDocx, CHINESE_REPORT_NUMBERING, WORD_STYLES, WPS_STYLES, type BodySpec, type InlineSpec, type StyleSpec } from '../helpers/ooxml';
import { fixture } from '../helpers/text-docs';

/** The verdict that must not depend on the file format: part statuses and places, and which findings where. */
const verdict = (result: CheckResult) => ({
  parts: result.parts,
  findings: result.findings.map((f) => `${f.code}@${f.at}:${f.part}`).sort(),
  year: result.reportYear,
});

/** Heading styles by level, as the given word processor names them (Word: "1", "2"; WPS: "2", "3"). */
const headingStyle = (styles: StyleSpec[], level: number) => styles.filter((s) => s.basedOn && /\d$/.test(s.name ?? ''))[level - 1]?.id;

/**
 * A text fixture as a word processor saves it: 一、 and （一） headings get a heading style and automatic
 * numbering where Word would number them the same (the number leaves the text and comes back as Word's list string); every other line is a paragraph.
 * Tracked changes: a deleted word in each body paragraph (must not count) and the last character of each
 * heading as a tracked insertion (must count).
 */
function asDocx(lines: string[], styles: StyleSpec[]): Uint8Array {
  // Word's list counters: a typed number becomes automatic numbering only where Word would show the same
  // number, so a draft's own numbering mistakes (a repeated 三、) stay in the file as typed.
  const counters = [0, 0];
  const body: BodySpec[] = lines.map((line): BodySpec => {
    const parsed = parseMarker(line);
    const level = parsed && (parsed.marker.style === 'cn' ? 1 : parsed.marker.style === 'cn-paren' ? 2 : undefined);
    const listed = !!parsed && !!level && parsed.marker.ordinal === (counters[level - 1] as number) + 1;
    if (parsed && level && listed && parsed.rest.length > 1 && parsed.rest.length <= 60) {
      counters[level - 1] = parsed.marker.ordinal;
      if (level === 1) counters[1] = 0;
      const content: InlineSpec[] = [parsed.rest.slice(0, -1), { kind: 'ins', content: [parsed.rest.slice(-1)] }];
      return { kind: 'p', style: headingStyle(styles, level), numbering: { numId: 1, ilvl: level - 1 }, content };
    }
    if (/^【.*】$/.test(line)) return { kind: 'sdt', tag: partTag('prompt', 'next-year-plans'), content: [line] };
    return line.length > 10 ? { kind: 'p', content: [line, { kind: 'del', text: '（删去的旧句）' }] } : line;
  });
  return buildDocx({ styles, numbering: CHINESE_REPORT_NUMBERING, body });
}

describe('the fixtures as .docx files get the verdicts their text gets', () => {
  const names = ['complete-2023.txt', 'rough-draft-2024.txt'];
  test.each(names.flatMap((name) => [[name, 'Word', WORD_STYLES], [name, 'WPS', WPS_STYLES]] as const))('%s saved by %s', (name, _, styles) => {
    const text = fixture(name);
    const docx = readDocx(asDocx(text.blocks.map((b) => b.text), styles));
    expect(docx.blocks.some((b) => b.listString === '一、' && b.level === 1 && b.kind === 'heading')).toBe(true);
    expect(verdict(check(docx))).toEqual(verdict(check(text)));
  });

  test('the Markdown-ish fixture, pasted into Word as plain paragraphs', () => {
    const text = fixture('markdown-reordered-2022.txt');
    const docx = readDocx(buildDocx({ body: text.blocks.map((b) => b.text) }));
    expect(verdict(check(docx))).toEqual(verdict(check(text)));
  });

  test('a prompt still in a tagged content control is flagged in .docx too', () => {
    const lines = fixture('rough-draft-2024.txt').blocks.map((b) => b.text);
    const result = check(readDocx(asDocx(lines, WORD_STYLES)));
    expect(result.findings.filter((f) => f.code === 'prompt-left').map((f) => f.part)).toEqual(['next-year-plans']);
  });
});
