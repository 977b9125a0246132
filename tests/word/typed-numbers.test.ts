import { check } from '../../src/core/check';
import type { ReportDocument } from '../../src/core/document';
import { readDocx } from '../../src/docx/read-docx';
import { buildDocx, WORD_STYLES, type BodySpec, type NumberingSpec } from '../helpers/ooxml';
import { haveSamples, partVerdicts, SAMPLE_NAMES, sampleReport, styledBody } from '../helpers/word-made';
import { formatted, numberedBody, numberedParagraphs, numberingWith, withTypedSlips, WORD_FORMATS } from '../helpers/word-numbers';
import { fakeWord } from './helpers';

/** The part verdicts, the findings other than numbering, and the numbering findings as (line, variant, right form). */
function reading(doc: ReportDocument) {
  const findings = check(doc).findings;
  return {
    parts: partVerdicts(doc),
    others: findings.filter((f) => f.code !== 'numbering').map((f) => f.code).sort(),
    numbering: findings.filter((f) => f.code === 'numbering').map((f) => ({ at: f.at, variant: f.params?.variant, expected: f.params?.expected })),
  };
}

/** Findings in line order, a line's in variant order. */
function sorted(r: ReturnType<typeof reading>) {
  return { ...r, numbering: [...r.numbering].sort((a, b) => (a.at ?? 0) - (b.at ?? 0) || String(a.variant).localeCompare(String(b.variant))) };
}

function docxOf(body: BodySpec[], numbering?: NumberingSpec): ReportDocument {
  return readDocx(buildDocx({ styles: WORD_STYLES, body, ...(numbering ? { numbering } : {}) }));
}

(haveSamples ? describe : describe.skip)('heading numbers typed with the usual slips', () => {
  test.each(SAMPLE_NAMES)('%s: 一， 一： 一. 一丶 Ⅰ、 １、 ① are read as the headings they number, each told its right form, in both readers', async (name) => {
    const { lines } = sampleReport(name);
    const plain = reading(docxOf(styledBody(lines)));
    const slipped = withTypedSlips(lines);
    const forms = slipped.flatMap((line, at) => (line.rightForm ? [{ at, variant: 'form', expected: line.rightForm }] : []));
    const expected = { ...plain, numbering: [...plain.numbering, ...forms] };
    const texts = slipped.map((l) => l.text);
    expect(sorted(reading(docxOf(texts)))).toEqual(sorted(expected));
    expect(sorted(reading(await fakeWord(texts).host.readDocument()))).toEqual(sorted(expected));
  });
});

(haveSamples ? test : test.skip)('the slips are typed on most samples’ numbers', () => {
  const slipped = SAMPLE_NAMES.filter((name) => withTypedSlips(sampleReport(name).lines).some((line) => line.rightForm));
  expect(slipped.length).toBeGreaterThanOrEqual(2);
});

(haveSamples ? describe : describe.skip)('heading numbers in Word’s other numbering formats', () => {
  describe.each(SAMPLE_NAMES)('%s', (name) => {
    const { lines } = sampleReport(name);
    const plain = reading(docxOf(styledBody(lines)));

    test.each(WORD_FORMATS.map((f) => [f.format, f] as const))('%s: the numbered paragraphs are the headings, each told its right form, in both readers', async (_format, word) => {
      // Word counts the list itself, so the numbers the sample typed wrong come out right: only the forms are compared.
      const expected = { parts: plain.parts, others: plain.others, forms: formatted(lines, word).map(({ at, rightForm }) => ({ at, variant: 'form', expected: rightForm })) };
      const docx = reading(docxOf(numberedBody(lines), numberingWith(word)));
      const word_ = reading(await fakeWord(numberedParagraphs(lines, word)).host.readDocument());
      for (const r of [docx, word_]) expect({ parts: r.parts, others: r.others, forms: r.numbering.filter((f) => f.variant === 'form') }).toEqual(expected);
    });
  });
});
