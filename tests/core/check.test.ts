import { check } from '../../src/core/check';
import { partTag } from '../../src/core/tags';
import { BASE_REPORT, checkLines, codes, fixture, statusOf, textDoc } from '../helpers/text-docs';

const replaced = (index: number, line: string) => BASE_REPORT.map((l, i) => (i === index ? line : l));
const findingsOf = (lines: string[], code: string) => checkLines(...lines).findings.filter((f) => f.code === code);

describe('a complete, clean report', () => {
  test('has every part present and no findings', () => {
    const result = check(fixture('complete-2023.txt'));
    expect(result.parts.every((p) => p.status === 'present')).toBe(true);
    expect(result.findings).toEqual([]);
    expect(result.reportYear).toBe(2023);
  });

  test('the short base report is clean too', () => {
    expect(checkLines(...BASE_REPORT).findings).toEqual([]);
  });
});

describe('each finding', () => {
  test('missing-part: an error for a mandated section, with the part named in both languages', () => {
    const lines = BASE_REPORT.filter((_, i) => i !== 6 && i !== 7);
    const [finding] = findingsOf(lines, 'missing-part');
    expect(finding).toMatchObject({ severity: 'error', part: 'leader-duties', at: null });
    expect(finding?.message).toContain('党政主要负责人履行第一责任人职责');
    const english = check(textDoc(...lines), { lang: 'en-US' }).findings.find((f) => f.code === 'missing-part');
    expect(english?.message).toContain("Principal leaders' duties");
  });

  test('missing signature and date are warnings (published copies often drop them)', () => {
    const result = checkLines(...BASE_REPORT.slice(0, -2));
    expect(result.findings.filter((f) => f.code === 'missing-part').map((f) => [f.part, f.severity])).toEqual([
      ['signature', 'warning'],
      ['date', 'warning'],
    ]);
  });

  test('empty-part: a heading with nothing under it', () => {
    const lines = BASE_REPORT.filter((_, i) => i !== 7);
    expect(findingsOf(lines, 'empty-part')).toMatchObject([{ part: 'leader-duties', at: 6, severity: 'error' }]);
    expect(statusOf(checkLines(...lines), 'leader-duties')).toBe('empty');
  });

  test('empty-part: sub-headings alone are not a body', () => {
    const lines = [...BASE_REPORT.slice(0, 7), '（一）专题研究', '（二）带头学法', ...BASE_REPORT.slice(8)];
    expect(findingsOf(lines, 'empty-part')).toMatchObject([{ part: 'leader-duties' }]);
  });

  test('part-order: shortcomings after leader duties', () => {
    const lines = [...BASE_REPORT.slice(0, 4), ...BASE_REPORT.slice(6, 8), ...BASE_REPORT.slice(4, 6), ...BASE_REPORT.slice(8)];
    expect(findingsOf(lines, 'part-order')).toMatchObject([{ part: 'leader-duties', params: { otherPart: 'shortcomings' } }]);
  });

  test('prompt-left: a scaffold prompt, and a writer’s own 【请…】 note', () => {
    const lines = replaced(9, '【请写明2024年度推进法治政府建设的主要安排，包括目标、重点任务和保障措施。】');
    lines.splice(4, 0, '全年共办理复议案件【请补充数字】件。');
    const found = findingsOf(lines, 'prompt-left');
    expect(found.map((f) => [f.at, f.part])).toEqual([[4, 'measures'], [10, 'next-year-plans']]);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
  });

  test('plans-year: plans about the wrong year, in the heading or in the first sentence', () => {
    expect(findingsOf(replaced(8, '四、2023年度推进法治政府建设的主要安排'), 'plans-year')).toMatchObject([{ params: { found: 2023, expected: 2024 } }]);
    const noYearHeading = replaced(8, '四、下一步工作打算');
    noYearHeading[9] = '2025年，我局将继续加强执法队伍建设。';
    expect(findingsOf(noYearHeading, 'plans-year')).toMatchObject([{ at: 9, params: { found: 2025 } }]);
    expect(findingsOf(replaced(8, '四、2024 年及今后三年的工作思路'), 'plans-year')).toEqual([]);
  });

  test('heading-year: a heading naming another year', () => {
    expect(findingsOf(replaced(2, '一、2022年度推进法治政府建设的主要举措和成效'), 'heading-year')).toMatchObject([
      { at: 2, part: 'measures', params: { found: 2022, reportYear: 2023 } },
    ]);
  });

  test('numbering: mixed styles (一、 2、 三、), skips and repeats', () => {
    expect(findingsOf(replaced(4, '2、存在的不足和原因'), 'numbering')).toMatchObject([{ at: 4, params: { variant: 'mixed', expected: '二、' } }]);
    expect(findingsOf(replaced(6, '四、党政主要负责人履行第一责任人职责情况'), 'numbering')).toMatchObject([
      { at: 6, params: { variant: 'skip' } },
      { at: 8, params: { variant: 'repeat' } },
    ]);
    expect(findingsOf(replaced(2, '二、主要举措和成效'), 'numbering')).toMatchObject([{ params: { variant: 'start' } }, { params: { variant: 'repeat' } }]);
  });

  test('numbering: level-2 runs are checked within each section', () => {
    const lines = [...BASE_REPORT.slice(0, 3), '（一）健全机制', '正文。', '（三）规范执法', '正文。', ...BASE_REPORT.slice(4)];
    expect(findingsOf(lines, 'numbering')).toMatchObject([{ at: 5, params: { level: 2, variant: 'skip', expected: '（二）' } }]);
  });

  test('causes-missing: shortcomings without any cause', () => {
    expect(findingsOf(replaced(5, '一是执法力量不足；二是宣传形式单一。'), 'causes-missing')).toMatchObject([{ part: 'shortcomings', severity: 'warning' }]);
    expect(findingsOf(replaced(5, '执法力量不足，主要是由于编制空缺。'), 'causes-missing')).toEqual([]);
  });

  test('date-format: zero-padded month (虚位) and Chinese numerals', () => {
    expect(findingsOf(replaced(11, '2024年01月15日'), 'date-format')).toMatchObject([{ severity: 'warning', params: { variant: 'padded' } }]);
    expect(findingsOf(replaced(11, '二〇二四年一月十五日'), 'date-format')).toMatchObject([{ severity: 'info', params: { variant: 'chinese', expected: '2024年1月15日' } }]);
  });

  test('date-late: information after 1 March of the next year', () => {
    expect(findingsOf(replaced(11, '2024年3月1日'), 'date-late')).toEqual([]);
    expect(findingsOf(replaced(11, '2024年3月2日'), 'date-late')).toMatchObject([{ severity: 'info', params: { deadline: '2024年3月1日' } }]);
  });

  test('outline-citation: only the 2015—2020 and 2021—2025 outlines exist', () => {
    const lines = [...BASE_REPORT];
    lines[3] = '对照《法治政府建设实施纲要（2021-2025年）》和《法治政府建设实施纲要(2020—2025年)》逐项落实。';
    expect(findingsOf(lines, 'outline-citation')).toMatchObject([{ at: 3, params: { from: 2020, to: 2025 } }]);
  });

  test('year-unknown: no year anywhere', () => {
    expect(findingsOf(['法治政府建设情况报告', '一、主要举措和成效', '正文。'], 'year-unknown')).toHaveLength(1);
  });
});

describe('the messy draft fixture', () => {
  test('says everything that is wrong with it', () => {
    const result = check(fixture('rough-draft-2024.txt'));
    expect(new Set(codes(result))).toEqual(
      new Set(['missing-part', 'prompt-left', 'outline-citation', 'numbering', 'causes-missing', 'plans-year', 'empty-part']),
    );
  });
});

describe('prompts placed by the add-in (tagged content controls)', () => {
  const tagged = (text: string) => {
    const doc = textDoc(...BASE_REPORT);
    doc.blocks[9] = { ...doc.blocks[9]!, text, tags: [partTag('prompt', 'next-year-plans')] };
    return check(doc);
  };

  test('an untouched prompt (empty, showing its placeholder) is flagged and keeps the part present', () => {
    const result = tagged('');
    expect(result.findings.map((f) => [f.code, f.at])).toEqual([['prompt-left', 9]]);
    expect(statusOf(result, 'next-year-plans')).toBe('present');
  });

  test('a prompt the writer typed over is the writer’s text, though the tag stays', () => {
    expect(tagged('2024年，重点抓好执法队伍建设。').findings).toEqual([]);
  });
});

describe('findings that must not be raised', () => {
  test('plans-year ignores a year that is context, not the plans’ year', () => {
    const lines = replaced(8, '四、下一步工作打算');
    lines[9] = '我局将在2023年工作的基础上，继续加强执法队伍建设。';
    expect(findingsOf(lines, 'plans-year')).toEqual([]);
  });

  test('numbering of sub-headings is checked under unnumbered top-level headings too', () => {
    const lines = ['2023年度法治政府建设情况报告', '主要举措和成效', '（一）健全机制', '正文。', '（三）规范执法', '正文。'];
    expect(findingsOf(lines, 'numbering')).toMatchObject([{ at: 4, params: { level: 2, variant: 'skip' } }]);
  });
});
