import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { check } from '../../src/core/check';
import type { ReportDocument } from '../../src/core/document';
import { readDocx } from '../../src/docx/read-docx';
import { readerNotices } from '../../src/host/workflows/check';
import { buildDocx, type BodySpec } from '../helpers/ooxml';
import { draftPlace, HIDDEN_BY, HIDDEN_DRAFT, HIDDEN_PHRASE, HIDDEN_STYLES, hiddenBody, hiddenParagraphs, phrasePlace } from '../helpers/word-hidden';
import { haveSamples, partVerdicts, SAMPLE_NAMES, sampleReport, styledBody } from '../helpers/word-made';
import { fakeWord, syncsOf } from './helpers';

function reading(doc: ReportDocument) {
  return { parts: partVerdicts(doc), codes: check(doc).findings.map((f) => f.code).sort() };
}

function docxOf(body: BodySpec[]): ReportDocument {
  return readDocx(buildDocx({ styles: HIDDEN_STYLES, body }));
}

const codes = (doc: ReportDocument) => (doc.notices ?? []).map((n) => n.code);

(haveSamples ? describe : describe.skip)('hidden text (an old draft hidden rather than deleted)', () => {
  describe.each(SAMPLE_NAMES)('%s', (name) => {
    const { lines } = sampleReport(name);
    const expected = reading(docxOf(styledBody(lines)));
    // Where the hidden paragraphs are once the draft is in: the phrase's paragraph, then the draft's two.
    const phrase = phrasePlace(lines);
    const draft = draftPlace(lines);
    const first = Math.min(phrase, draft) + 1;

    test('shown, the draft would make 其他需要报告的情况 present: the fixture tells the readers apart', () => {
      const shown = styledBody([...lines.slice(0, draft), ...HIDDEN_DRAFT, ...lines.slice(draft)]);
      expect(partVerdicts(docxOf(shown))['other-matters']).toBe('present');
      expect(expected.parts['other-matters']).not.toBe('present');
    });

    test.each(HIDDEN_BY)('hidden by %s: the .docx reads as the report without it, and says where hidden text was', (by) => {
      const doc = docxOf(hiddenBody(lines, by));
      expect(reading(doc)).toEqual(expected);
      expect(doc.blocks[phrase]?.text).not.toContain(HIDDEN_PHRASE);
      expect(doc.notices).toContainEqual(expect.objectContaining({ code: 'hidden-text', params: { count: 3, first } }));
      expect(readerNotices(doc, 'zh-CN').join('')).toContain(`第 ${first} 段`);
    });

    test('in the open document (WordApi 1.7 getText), the same verdicts and notice, in one read batch', async () => {
      const { fake, host } = fakeWord(hiddenParagraphs(lines));
      const { result: doc, syncs } = await syncsOf(fake, () => host.readDocument());
      expect(syncs).toBe(2);
      expect(reading(doc)).toEqual(expected);
      expect(doc.notices).toEqual([expect.objectContaining({ code: 'hidden-text', params: { count: 3, first } })]);
    });

    test('without getText, Font.hidden (WordApiDesktop 1.2) leaves the wholly hidden draft out; the partly hidden paragraph is said to be unchecked', async () => {
      const { host } = fakeWord(hiddenParagraphs(lines), { requirementSets: { WordApi: '1.4', WordApiDesktop: '1.2' } });
      const doc = await host.readDocument();
      expect(partVerdicts(doc)).toEqual(expected.parts);
      expect(codes(doc)).toEqual(['hidden-text', 'hidden-text-unchecked']);
      expect(doc.notices?.[0]?.params).toEqual({ count: 2, first: draft + 1 });
    });
  });
});

describe('hidden text where Word cannot tell it apart, and where there is none', () => {
  test('a host with neither getText nor Font.hidden says plainly hidden text could not be checked', async () => {
    const { host } = fakeWord(['一、主要举措和成效', { runs: [{ text: '旧稿', hidden: true }] }], { requirementSets: { WordApi: '1.4' } });
    const doc = await host.readDocument();
    expect(codes(doc)).toEqual(['hidden-text-unchecked']);
    expect(readerNotices(doc, 'zh-CN')).toEqual([expect.stringContaining('无法区分隐藏文字')]);
  });

  test('no hidden text, no notice, in either reader', async () => {
    expect(codes(docxOf(['一、主要举措和成效', '全年审查规范性文件十二件。']))).toEqual([]);
    const { host } = fakeWord(['一、主要举措和成效', '全年审查规范性文件十二件。']);
    expect(codes(await host.readDocument())).toEqual([]);
  });

  test('w:vanish w:val="0" on a run shows it again inside a hiding paragraph style; hidden whitespace is no notice', () => {
    const doc = docxOf([
      { kind: 'xml', xml: '<w:p><w:pPr><w:pStyle w:val="aa"/></w:pPr><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>仍然显示</w:t></w:r><w:r><w:t>隐藏</w:t></w:r></w:p>' },
      { kind: 'xml', xml: '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">  </w:t></w:r><w:r><w:t>正文</w:t></w:r></w:p>' },
    ]);
    expect(doc.blocks.map((b) => b.text)).toEqual(['仍然显示', '正文']);
    expect(doc.notices).toEqual([expect.objectContaining({ code: 'hidden-text', params: { count: 1, first: 1 } })]);
  });

  test('report-check prints the notice, in text and in --json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hidden-text-'));
    try {
      const file = join(dir, 'draft.docx');
      writeFileSync(file, buildDocx({ body: ['某区司法局2023年法治政府建设年度情况报告', { kind: 'xml', xml: '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>五、其他需要报告的情况</w:t></w:r></w:p>' }] }));
      const json = JSON.parse(runCli(['--json', file]).stdout.join('\n')) as { files: Array<{ notices?: string[] }> };
      expect(json.files[0]?.notices).toEqual([expect.stringContaining('隐藏文字')]);
      expect(runCli([file]).stderr.join('\n')).toContain('隐藏文字');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
