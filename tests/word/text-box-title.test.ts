import { check } from '../../src/core/check';
import type { ReportDocument } from '../../src/core/document';
import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { applyPlan, planScaffold } from '../../src/core/scaffold';
import { readDocx } from '../../src/docx/read-docx';
import { REPORT_WITHOUT_LEADER_DUTIES, type FakeParagraphInit, type FakeWordOptions } from '../../src/preview/fake-word';
import { buildDocx, type BodySpec } from '../helpers/ooxml';
import { haveSamples, partVerdicts, SAMPLE_NAMES, sampleReport, styledBody, styledParagraphs } from '../helpers/word-made';
import { WORD_TABLE_STYLES, wordTitleBox } from '../helpers/word-tables';
import { fakeWord } from './helpers';

/** What a reader of the page sees: the part verdicts and the findings' codes. */
function reading(doc: ReportDocument) {
  return { parts: partVerdicts(doc), codes: check(doc).findings.map((f) => f.code).sort() };
}

const docxOf = (body: BodySpec[]) => readDocx(buildDocx({ styles: WORD_TABLE_STYLES, body }));
const WITH_SHAPES: FakeWordOptions = { requirementSets: { WordApi: '1.9', WordApiDesktop: '1.2' } };
const texts = (doc: ReportDocument) => doc.blocks.map((b) => b.text);

(haveSamples ? describe : describe.skip)('a title drawn in a text box, in the open document', () => {
  test.each(SAMPLE_NAMES)('%s: with WordApiDesktop 1.2, the box’s lines are the title, as in the .docx', async (name) => {
    const { lines, afterTitle } = sampleReport(name);
    const title = lines.slice(0, afterTitle).map((l) => l.text).filter((t) => t.trim());
    const docx = docxOf([wordTitleBox(title), ...styledBody(lines).slice(afterTitle)]);
    const paragraphs: FakeParagraphInit[] = [{ text: '', textBoxes: [title] }, ...styledParagraphs(lines).slice(afterTitle)];
    const { host, fake } = fakeWord(paragraphs, WITH_SHAPES);
    const word = await host.readDocument();
    expect(texts(word)).toEqual(texts(docx));
    expect(reading(word)).toEqual(reading(docx));
    expect(reading(word)).toEqual(reading(docxOf(styledBody(lines))));
    // Selecting the first line after the title selects that paragraph of the body, past the box's lines.
    await host.selectBlock(title.length + 1);
    expect(fake.paragraphs().find((p) => p.selected)?.text).toBe(word.blocks[title.length + 1]?.text);
  });

  test.each(SAMPLE_NAMES)('%s: without the set, the read is as before: the box left out', async (name) => {
    const { lines, afterTitle } = sampleReport(name);
    const title = lines.slice(0, afterTitle).map((l) => l.text).filter((t) => t.trim());
    const rest = styledParagraphs(lines).slice(afterTitle);
    const withBox = await fakeWord([{ text: '', textBoxes: [title] }, ...rest]).host.readDocument();
    const without = await fakeWord(['', ...rest]).host.readDocument();
    expect(withBox).toEqual(without);
  });
});

test('a text box after the first text is a side note: left out, as in the .docx', async () => {
  const docx = docxOf(['某区司法局2023年法治政府建设年度情况报告', wordTitleBox(['旁注：请于月底前报送'])]);
  const word = await fakeWord(['某区司法局2023年法治政府建设年度情况报告', { text: '', textBoxes: [['旁注：请于月底前报送']] }], WITH_SHAPES).host.readDocument();
  expect(texts(word)).toEqual(['某区司法局2023年法治政府建设年度情况报告', '']);
  expect(texts(word)).toEqual(texts(docx));
});

test('the scaffold goes where it was planned when the title is in a text box: the box’s lines are not in the body', async () => {
  const [unit, title] = REPORT_WITHOUT_LEADER_DUTIES.map((p) => (typeof p === 'string' ? p : p.text ?? ''));
  const { host } = fakeWord([{ text: '', textBoxes: [[unit ?? '', title ?? '']] }, ...REPORT_WITHOUT_LEADER_DUTIES.slice(2)], WITH_SHAPES);
  const basis = await host.readDocument();
  expect(texts(basis).slice(0, 3)).toEqual([unit, title, '']);
  const planned = planScaffold({ profile: DEFAULT_PROFILE, year: 2024, doc: basis, only: ['leader-duties'] });
  expect(planned.insertions.length).toBeGreaterThan(0);
  await host.insertScaffold(planned, basis);
  const after = await host.readDocument();
  expect(texts(after)).toEqual(applyPlan(texts(basis), planned));
  expect(check(after).parts.find((p) => p.id === 'leader-duties')?.status).not.toBe('missing');
});

test('a notice names the paragraph as the pane numbers them, the box’s lines counted', async () => {
  const { host } = fakeWord([{ text: '', textBoxes: [['某县司法局', '2023年法治政府建设年度情况报告']] }, '正文', { runs: [{ text: '旧稿', hidden: true }] }], WITH_SHAPES);
  const doc = await host.readDocument();
  expect(texts(doc)).toEqual(['某县司法局', '2023年法治政府建设年度情况报告', '', '正文', '']);
  expect(doc.notices?.find((n) => n.code === 'hidden-text')?.params).toEqual({ count: 1, first: 5 });
});
