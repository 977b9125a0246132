import { check } from '../../src/core/check';
import type { ReportDocument } from '../../src/core/document';
import { planScaffold } from '../../src/core/scaffold';
import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { readDocx } from '../../src/docx/read-docx';
import type { FakeParagraphInit } from '../../src/preview/fake-word';
import { buildDocx, type BodySpec } from '../helpers/ooxml';
import { contentsEntries, haveSamples, placeholderControl, partVerdicts, SAMPLE_NAMES, sampleReport, styledBody, styledParagraphs, WORD_CONTENTS_STYLES, wordContents, wordContentsParagraphs } from '../helpers/word-made';
import { fakeWord } from './helpers';

/** What a reader of the page sees: the part verdicts and the findings' codes (where they point may move). */
function reading(doc: ReportDocument) {
  return { parts: partVerdicts(doc), codes: check(doc).findings.map((f) => f.code).sort() };
}

function docxOf(body: BodySpec[]): ReportDocument {
  return readDocx(buildDocx({ styles: WORD_CONTENTS_STYLES, body }));
}

async function wordOf(paragraphs: FakeParagraphInit[]): Promise<ReportDocument> {
  return fakeWord(paragraphs).host.readDocument();
}

function withAt<T>(items: readonly T[], at: number, inserted: readonly T[]): T[] {
  return [...items.slice(0, at), ...inserted, ...items.slice(at)];
}

(haveSamples ? describe : describe.skip)('a table of contents made by 插入目录', () => {
  describe.each(SAMPLE_NAMES)('%s', (name) => {
    const { lines, afterTitle } = sampleReport(name);
    const entries = contentsEntries(lines);
    const plain = docxOf(styledBody(lines));

    test.each([['after the title', afterTitle], ['before the first heading', lines.findIndex((l) => l.level !== undefined)]])(
      'placed %s, lists headings and is none: the .docx and the open document read as the report without it',
      async (_where, at) => {
        const expected = reading(plain);
        expect(reading(docxOf(withAt(styledBody(lines), at, [wordContents(entries)])))).toEqual(expected);
        expect(reading(await wordOf(withAt(styledParagraphs(lines), at, wordContentsParagraphs(entries))))).toEqual(expected);
      },
    );
  });
});

describe('scaffolding a report with a table of contents', () => {
  const entries = [
    { text: '一、主要举措和成效', level: 1, page: 2 },
    { text: '二、存在的不足和原因', level: 1, page: 3 },
  ];
  const body = (contents: BodySpec[]): BodySpec[] => [
    { kind: 'p', style: 'a3', content: '某区司法局2023年法治政府建设年度情况报告' },
    ...contents,
    { kind: 'p', style: '1', content: '一、主要举措和成效' },
    '全年审查规范性文件十二件。',
    { kind: 'p', style: '1', content: '二、存在的不足和原因' },
    '基层执法力量仍显不足。',
  ];

  test('inserts the missing sections in the body, never inside the contents, and asks for the contents to be updated', () => {
    const doc = docxOf(body([wordContents(entries)]));
    const plan = planScaffold({ profile: DEFAULT_PROFILE, year: 2023, doc });
    const contents = doc.blocks.filter((b) => b.kind === 'contents-entry').map((b) => b.index);
    expect(contents.length).toBe(entries.length + 2);
    expect(plan.adds.length).toBeGreaterThan(0);
    for (const { before } of plan.insertions) expect(before <= Math.min(...contents) || before > Math.max(...contents)).toBe(true);
    expect(plan.updateContents).toBe(true);
  });

  test('a report without contents is not asked to update them', () => {
    const plan = planScaffold({ profile: DEFAULT_PROFILE, year: 2023, doc: docxOf(body([])) });
    expect(plan.adds.length).toBeGreaterThan(0);
    expect(plan.updateContents).toBeUndefined();
  });
});

(haveSamples ? describe : describe.skip)('page numbers left by a PDF or a print layout', () => {
  const PAGE_NUMBERS = ['— 2 —', '- 3 -', '第 2 页 共 5 页', '第４页', '2 / 5'];

  test.each(SAMPLE_NAMES)('%s: lines of page numbers after the date and between paragraphs are ignored by both readers', async (name) => {
    const { lines } = sampleReport(name);
    const expected = reading(docxOf(styledBody(lines)));
    const numbered = (items: Array<BodySpec | FakeParagraphInit>) => {
      const middle = Math.floor(items.length / 2);
      return [...items.slice(0, middle), PAGE_NUMBERS[0] as string, ...items.slice(middle), ...PAGE_NUMBERS.slice(1)];
    };
    expect(reading(docxOf(numbered(styledBody(lines)) as BodySpec[]))).toEqual(expected);
    expect(reading(await wordOf(numbered(styledParagraphs(lines)) as FakeParagraphInit[]))).toEqual(expected);
  });
});

(haveSamples ? describe : describe.skip)('a template’s placeholder text', () => {
  const PLACEHOLDERS = ['单击或点击此处输入文字。', '在此处键入', 'Click or tap here to enter text.'];

  test.each(SAMPLE_NAMES)('%s: a section holding only Word’s placeholder is empty, with a prompt finding, in both readers', async (name) => {
    const { lines } = sampleReport(name);
    const last = lines.map((l) => l.level).lastIndexOf(1);
    // The last top-level section with its body replaced by nothing, and by the placeholder.
    const emptied = lines.slice(0, last + 1);
    const expected = partVerdicts(docxOf(styledBody(emptied)));
    expect(Object.values(expected)).toContain('empty');
    for (const placeholder of PLACEHOLDERS) {
      const held = [...emptied, { text: placeholder }];
      const docx = docxOf(styledBody(held));
      const word = await wordOf(styledParagraphs(held));
      for (const doc of [docx, word]) {
        expect(partVerdicts(doc)).toEqual(expected);
        expect(check(doc).findings.filter((f) => f.code === 'prompt-left').map((f) => f.at)).toEqual([emptied.length]);
      }
    }
  });
});

(haveSamples ? describe : describe.skip)('a template’s content control still showing its placeholder (w:showingPlcHdr)', () => {
  // A template's own wording, not Word's: only the control showing it says nothing is written yet.
  const PLACEHOLDERS = ['【单击此处输入下一年度的工作安排】', '本部分写明下一年度的主要安排。'];

  test.each(SAMPLE_NAMES)('%s: a section holding only that control is empty, with a prompt finding, in both readers', async (name) => {
    const { lines } = sampleReport(name);
    const last = lines.map((l) => l.level).lastIndexOf(1);
    const emptied = lines.slice(0, last + 1);
    const expected = partVerdicts(docxOf(styledBody(emptied)));
    for (const placeholder of PLACEHOLDERS) {
      // Typed as text, a plain sentence is the section's content: the control is what tells them apart.
      if (!placeholder.startsWith('【')) expect(partVerdicts(docxOf([...styledBody(emptied), placeholder]))).not.toEqual(expected);
      const docs = [
        docxOf([...styledBody(emptied), placeholderControl(placeholder, 'around')]),
        docxOf([...styledBody(emptied), placeholderControl(placeholder, 'inside')]),
        await wordOf([...styledParagraphs(emptied), { contentControls: [{ placeholderText: placeholder }] }]),
        // A plain-text control inside the paragraph.
        await wordOf([...styledParagraphs(emptied), { runs: [{ text: placeholder, control: { placeholderText: placeholder } }] }]),
        // A Word that gives "" for the text of a control showing its placeholder.
        (await fakeWord([...styledParagraphs(emptied), { contentControls: [{ placeholderText: placeholder }] }], { placeholderInText: false }).host.readDocument()),
      ];
      for (const doc of docs) {
        expect(partVerdicts(doc)).toEqual(expected);
        expect(check(doc).findings.filter((f) => f.code === 'prompt-left').map((f) => [f.at, f.params.text])).toEqual([[emptied.length, placeholder]]);
      }
    }
  });

  test('written over, the control is the section’s text again', async () => {
    const xml = (placeholderControl('全年审查规范性文件十二件。', 'around') as { xml: string }).xml.replace('<w:showingPlcHdr/>', '');
    const doc = docxOf([{ kind: 'p', style: '1', content: '一、主要举措和成效' }, { kind: 'xml', xml }]);
    expect(doc.blocks[1]?.placeholder).toBeUndefined();
    const word = await wordOf(['一、主要举措和成效', { text: '全年审查规范性文件十二件。', contentControls: [{ placeholderText: '【请填写】' }] }]);
    expect(word.blocks[1]?.placeholder).toBeUndefined();
  });
});
