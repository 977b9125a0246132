/**
 * No source file writes raw HTML or OOXML, or turns strings into code: text from a report or a data file must only
 * ever reach the page as text (React escapes it) and Word as text (insertText, insertParagraph). A hit is listed
 * as file:line; a legitimate need is a conversation, not an allow-list entry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const FORBIDDEN: Array<[string, RegExp]> = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['insertHtml', /\binsertHtml\b/],
  ['insertOoxml', /\binsertOoxml\b/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\b/],
  ['eval', /(^|[^.\w$])eval\s*\(/],
  ['new Function', /\bnew\s+Function\b|(^|[^.\w$])Function\s*\(/],
  ['string timer', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Comments blanked out (line numbers kept), so prose about these APIs is not a hit. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|(^|[^:\\])\/\/.*$/gm, (match, lead: string | undefined) =>
    (lead ?? '') + match.slice((lead ?? '').length).replace(/[^\n]/g, ' '));
}

describe('no raw HTML, OOXML or code from strings in src/', () => {
  const files = sourceFiles(join(ROOT, 'src'));

  test('there are source files to scan', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  test('none uses innerHTML, outerHTML, dangerouslySetInnerHTML, insertHtml, insertOoxml, document.write, eval or new Function', () => {
    const hits = files.flatMap((file) =>
      withoutComments(readFileSync(file, 'utf8'))
        .split('\n')
        .flatMap((line, i) => FORBIDDEN.filter(([, pattern]) => pattern.test(line)).map(([name]) => `${relative(ROOT, file)}:${i + 1}: ${name}`)),
    );
    expect(hits).toEqual([]);
  });

  test('the scan finds what it looks for', () => {
    const sample = ['el.innerHTML = x;', 'range.insertHtml(x, "End");', 'body.insertOoxml(x)', 'document.write(x)', 'eval(x)', 'new Function("x")', '<div dangerouslySetInnerHTML={x} />'];
    for (const line of sample) expect(FORBIDDEN.some(([, pattern]) => pattern.test(line))).toBe(true);
    for (const line of ['const evaluate = 1;', 'medieval(x)', 'retrieval (x)', 'insertText(x)', 'node.textContent = x', 'documentation.write']) {
      expect(FORBIDDEN.filter(([, pattern]) => pattern.test(line))).toEqual([]);
    }
    expect(withoutComments('a // el.innerHTML\n/* eval(x) */ b')).toBe(`a${' '.repeat(16)}\n${' '.repeat(14)}b`);
  });
});
