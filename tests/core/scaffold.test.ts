import { check } from '../../src/core/check';
import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { applyPlan, planScaffold } from '../../src/core/scaffold';
import { readText } from '../../src/text/read-text';
import { BASE_REPORT, fixture, statusOf, textDoc } from '../helpers/text-docs';

const plan = (doc: ReturnType<typeof textDoc>, unit?: string, year = 2025) => planScaffold({ profile: DEFAULT_PROFILE, year, unit, doc });
const textsOf = (doc: ReturnType<typeof textDoc>) => doc.blocks.map((b) => b.text);

describe('the full scaffold for an empty document', () => {
  const empty = textDoc('');
  const full = plan(empty, '东风县司法局');
  const after = applyPlan(textsOf(empty), full);

  test('title, addressee, the sections numbered 一、 to 五、 with prompts, signature and date', () => {
    expect(full.mode).toBe('full');
    expect(after.slice(0, 5)).toEqual([
      '东风县司法局关于2025年度法治政府建设情况的报告',
      '【主送机关】：',
      '一、2025年度推进法治政府建设的主要举措和成效',
      expect.stringContaining('【请写明2025年度'),
      '二、2025年度推进法治政府建设存在的不足和原因',
    ]);
    expect(after).toContain('四、2026年度推进法治政府建设的主要安排');
    expect(after).toContain('五、其他需要报告的情况');
    expect(after.slice(-3)).toEqual(['东风县司法局', '【成文日期，如2026年1月20日】', '']);
  });

  test('checked afterwards: every part present and every prompt flagged', () => {
    const result = check(readText(after.join('\n')));
    expect(result.parts.filter((p) => p.status !== 'present')).toEqual([]);
    const prompts = result.findings.filter((f) => f.code === 'prompt-left');
    expect(prompts.map((f) => f.part)).toEqual(['addressee', 'measures', 'shortcomings', 'leader-duties', 'next-year-plans', 'other-matters', 'date']);
    expect(result.findings.filter((f) => f.code !== 'prompt-left')).toEqual([]);
  });

  test('every planned block carries a namespaced tag, and prompts are placeholders', () => {
    const blocks = full.insertions.flatMap((i) => i.blocks);
    expect(blocks.every((b) => b.tag.startsWith('report-assistant:'))).toBe(true);
    expect(blocks.filter((b) => b.role === 'prompt').every((b) => b.placeholder)).toBe(true);
  });

  test('without a unit name the title has none and the signature is a prompt', () => {
    const after = applyPlan([''], plan(textDoc(''), undefined));
    expect(after[0]).toBe('2025年度法治政府建设情况报告');
    expect(after).toContain('【发文机关署名】');
  });
});

describe('a partial report gets only what is missing, in its place', () => {
  test('leader duties go between shortcomings and plans, filling the gap in the numbering', () => {
    const doc = textDoc(...BASE_REPORT.filter((_, i) => i !== 6 && i !== 7));
    const p = plan(doc, undefined, 2023);
    expect(p.adds).toEqual(['leader-duties']);
    expect(p.insertions).toHaveLength(1);
    expect(p.insertions[0]?.before).toBe(6);
    expect(p.insertions[0]?.blocks.map((b) => b.text)).toEqual([
      '三、2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      expect.stringContaining('【请写明党政主要负责人'),
    ]);
    expect(p.renumber).toEqual([]);
  });

  test('headings after an insertion that no longer follow are reported for renumbering, never changed', () => {
    const lines = BASE_REPORT.filter((_, i) => i !== 6 && i !== 7).map((l) => l.replace('四、', '三、'));
    const p = plan(textDoc(...lines), undefined, 2023);
    expect(p.insertions[0]?.blocks[0]?.text).toMatch(/^三、/);
    expect(p.renumber).toEqual([{ at: 6, from: '三、', to: '四、' }]);
    expect(applyPlan(lines, p)[8]).toBe(lines[6]);
  });

  test('a report shaped like a real one (out of order, Markdown) gets nothing when complete', () => {
    const p = plan(fixture('markdown-reordered-2022.txt'), undefined, 2022);
    expect(p.insertions).toEqual([]);
  });

  test('missing signature and date go after the last paragraph; missing title before the first', () => {
    const doc = textDoc(...BASE_REPORT.slice(1, -2), '');
    const p = plan(doc, '某某县司法局', 2023);
    expect(p.adds).toEqual(['title', 'signature', 'date']);
    const after = applyPlan(textsOf(doc), p);
    expect(after.slice(0, 2)).toEqual(['', '某某县司法局关于2023年度法治政府建设情况的报告']);
    expect(after.slice(-3)).toEqual(['加强执法队伍建设。', '某某县司法局', '【成文日期，如2024年1月20日】']);
  });

  test('several missing sections keep the regulation order and continue the document’s own numbering style', () => {
    const doc = textDoc('2023年度法治政府建设情况报告', '1. 主要举措和成效', '正文。', '某某局', '2024年1月5日');
    const p = plan(doc, undefined, 2023);
    const texts = p.insertions.flatMap((i) => i.blocks).filter((b) => b.role === 'heading').map((b) => b.text);
    expect(texts).toEqual([
      '2. 2023年度推进法治政府建设存在的不足和原因',
      '3. 2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      '4. 2024年度推进法治政府建设的主要安排',
    ]);
    expect(p.insertions[0]?.before).toBe(3);
    const result = check(readText(applyPlan(textsOf(doc), p).join('\n')));
    expect(result.parts.filter((part) => part.status === 'missing').map((part) => part.id)).toEqual(['addressee', 'other-matters']);
  });

  test('after the plan, no required part is missing in any fixture', () => {
    for (const name of ['complete-2023.txt', 'markdown-reordered-2022.txt', 'rough-draft-2024.txt']) {
      const doc = fixture(name);
      const after = readText(applyPlan(textsOf(doc), plan(doc)).join('\n'));
      const result = check(after);
      const missing = result.parts.filter((p) => p.status === 'missing' && DEFAULT_PROFILE.parts.find((s) => s.id === p.id)?.required);
      expect({ name, missing }).toEqual({ name, missing: [] });
      expect(statusOf(result, 'leader-duties')).not.toBe('missing');
    }
  });
});

describe('anchors never fall inside a table', () => {
  test('a report ending with a table gets its signature and date after the table', () => {
    const doc = textDoc(...BASE_REPORT.slice(0, -2));
    const n = doc.blocks.length;
    doc.blocks.push({ index: n, text: '指标', kind: 'table-cell', tags: [] }, { index: n + 1, text: '', kind: 'table-cell', tags: [] });
    const p = plan(doc, '某某县司法局', 2023);
    expect(p.insertions.map((i) => i.before)).toEqual([n + 2]);
  });
});
