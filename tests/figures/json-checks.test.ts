import { checkDataset, evaluateChecks } from '../../src/core/figures/cross-checks';
import { validateFigureChecks } from '../../src/core/figures/cross-check-schema';
import { checksFromRows } from '../../src/data/checks-sheet';
import { buildDataset } from '../../src/core/figures/dataset';
import fc from 'fast-check';
import { parseFiguresJson } from '../../src/data/json-records';
import { jsonErrorOffset } from '../../src/core/json-position';
import { fuzzRuns } from '../helpers/fuzz-runs';
import type { FigureRecord } from '../../src/core/figures/model';

function rec(indicator: string, value: number | null, measure = '件', unit = '市司法局', year = 2024): FigureRecord {
  return { unit, year, indicator, value, measure, place: { row: 2 } };
}

describe('JSON data files', () => {
  test('{ figures, checks } with English keys', () => {
    const outcome = parseFiguresJson(JSON.stringify({
      figures: [{ unit: '市司法局', year: 2024, indicator: '行政诉讼案件数', value: 9, measure: '件', note: '含二审' }],
      checks: [{ kind: 'at-most', left: '负责人出庭应诉数', right: '行政诉讼案件数' }],
    }));
    expect(outcome.ok && outcome.records[0]).toMatchObject({ unit: '市司法局', year: 2024, value: 9, measure: '件', note: '含二审', place: { path: 'figures[0]' } });
    expect(outcome.ok && outcome.checks).toEqual([{ kind: 'at-most', left: '负责人出庭应诉数', right: '行政诉讼案件数' }]);
  });

  test('a bare array of records with Chinese keys and values written as text', () => {
    const outcome = parseFiguresJson('[{"单位":"市司法局","年度":"2024年","指标":"行政复议案件收案数","数值":"1,102","计量单位":"件"},' +
      '{"单位":"市司法局","年份":2024,"指标":"出庭应诉率","数据":"97%"}]');
    expect(outcome.ok && outcome.records.map((r) => [r.year, r.value, r.measure])).toEqual([[2024, 1102, '件'], [2024, 97, '%']]);
  });

  test('bad records are listed by path; good ones load', () => {
    const outcome = parseFiguresJson(JSON.stringify({ figures: [
      { unit: '市司法局', year: 2024, indicator: '甲', value: '约50' },
      'not a record',
      { unit: '市司法局', year: 2024, indicator: '乙', value: 5 },
      { unit: '市司法局', indicator: '丙', value: 5 },
      { unit: '市司法局', year: 2024, indicator: '丁', value: { n: 1 } },
    ] }).replace('"乙","value":5', '"乙","value":1e309'));
    if (!outcome.ok) throw new Error(outcome.error.code);
    expect(outcome.records).toEqual([]);
    expect(outcome.problems.map((p) => [p.code, p.place.path])).toEqual([
      ['not-a-number', 'figures[0].value'],
      ['bad-record', 'figures[1]'],
      ['not-finite', 'figures[2].value'],
      ['missing-cell', 'figures[3].year'],
      ['not-a-number', 'figures[4].value'],
      ['no-figures', undefined],
    ]);
    expect(outcome.problems[2]?.message['en-US']).toContain('figures[2].value: “Infinity” is not a usable number');
  });

  test('syntax errors give line and column', () => {
    const outcome = parseFiguresJson('{\n  "figures": [\n    {"unit": "a",}\n  ]\n}');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('json-syntax');
    expect(outcome.error.params).toMatchObject({ line: 3, column: 18 });
    expect(outcome.error.message['zh-CN']).toContain('第 3 行第 18 列的“}”');
    const cut = parseFiguresJson('{"figures": [');
    expect(!cut.ok && cut.error.message['en-US']).toContain('line 1, column 14 (the file ends too soon)');
  });

  test('the error position scanner agrees with JSON.parse on what is valid (property)', () => {
    const valid = (t: string) => { try { JSON.parse(t); return true; } catch { return false; } };
    const mutated = fc.tuple(fc.jsonValue(), fc.nat(), fc.constantFrom('', ',', ']', '}', '"', ':', '\\', 'x', ' ')).map(([v, i, c]) => {
      const t = JSON.stringify(v);
      const at = i % (t.length + 1);
      return t.slice(0, at) + c + t.slice(at + (i % 2));
    });
    fc.assert(fc.property(fc.oneof(mutated, fc.string()), (text) => {
      expect(jsonErrorOffset(text) === -1).toBe(valid(text));
    }), { numRuns: fuzzRuns(500) });
  });

  test('the wrong shape says what was expected', () => {
    const outcome = parseFiguresJson('{"rows": []}');
    expect(!outcome.ok && outcome.error.code).toBe('json-shape');
    expect(!outcome.ok && outcome.error.message['en-US']).toContain('keys: rows');
    expect(!outcome.ok && parseFiguresJson('42').ok).toBe(false);
  });
});

describe('declared checks', () => {
  test('validateFigureChecks keeps good checks and names each wrong field', () => {
    const { checks, errors } = validateFigureChecks([
      { kind: 'at-most', left: 'A', right: 'B' },
      { kind: 'sum', total: 'T', parts: ['A'] },
      { kind: 'ratio', rate: 'R', numerator: 'A', denominator: '' },
      { kind: 'between', left: 'A' },
      { kind: 'sum', total: 'T', parts: ['A', 'B'], tolerance: -1 },
      { kind: '合计', total: 'T', parts: ['A', 'B'], tolerance: 1 },
      7,
    ]);
    expect(checks).toEqual([{ kind: 'at-most', left: 'A', right: 'B' }, { kind: 'sum', total: 'T', parts: ['A', 'B'], tolerance: 1 }]);
    expect(errors.map((e) => e.place.path)).toEqual(['checks[1].parts', 'checks[2].denominator', 'checks[3].kind', 'checks[4].tolerance', 'checks[6]']);
    expect(validateFigureChecks({}).errors[0]?.detailEn).toBe('expected an array');
  });

  test('a 校验 sheet: 类型 | 左项 | 右项 | 容差', () => {
    const { checks, problems } = checksFromRows([
      ['类型', '左项', '右项', '容差'],
      ['不大于', '负责人出庭应诉数', '行政诉讼案件数', null],
      ['合计', '行政复议案件收案数', '审结数+未审结数', null],
      ['比率', '出庭应诉率', '负责人出庭应诉数/行政诉讼案件数', 0.1],
      ['大约', 'A', 'B', null],
    ], '校验');
    expect(checks).toEqual([
      { kind: 'at-most', left: '负责人出庭应诉数', right: '行政诉讼案件数' },
      { kind: 'sum', total: '行政复议案件收案数', parts: ['审结数', '未审结数'] },
      { kind: 'ratio', rate: '出庭应诉率', numerator: '负责人出庭应诉数', denominator: '行政诉讼案件数', tolerance: 0.1 },
    ]);
    expect(problems.map((p) => [p.code, p.place.row, p.place.sheet])).toEqual([['bad-check', 5, '校验']]);
    expect(problems[0]?.message['zh-CN']).toContain('工作表“校验”第 5 行：校验规则有误：类型“大约”未知');
  });

  test('evaluateChecks: at-most, sum and ratio, skipping checks whose figures are missing', () => {
    const { dataset } = buildDataset([
      rec('行政诉讼案件数', 9), rec('负责人出庭应诉数', 11),
      rec('收案数', 10), rec('审结数', 7), rec('未审结数', 2),
      rec('出庭应诉率', 90, '%'),
      rec('空白', null),
    ]);
    const failures = evaluateChecks(dataset, '市司法局', 2024, [
      { kind: 'at-most', left: '负责人出庭应诉数', right: '行政诉讼案件数' },
      { kind: 'sum', total: '收案数', parts: ['审结数', '未审结数'] },
      { kind: 'ratio', rate: '出庭应诉率', numerator: '负责人出庭应诉数', denominator: '行政诉讼案件数' },
      { kind: 'at-most', left: '空白', right: '行政诉讼案件数' },
      { kind: 'at-most', left: '行政诉讼案件数', right: '负责人出庭应诉数' },
    ]);
    expect(failures.map((f) => f.params)).toEqual([
      { variant: 'at-most', unit: '市司法局', year: 2024, left: '负责人出庭应诉数', right: '行政诉讼案件数', leftValue: '11', rightValue: '9' },
      { variant: 'sum', unit: '市司法局', year: 2024, total: '收案数', totalValue: '10', parts: '审结数 + 未审结数', partsSum: '9' },
      { variant: 'ratio', unit: '市司法局', year: 2024, rate: '出庭应诉率', rateValue: '90%', numerator: '负责人出庭应诉数', denominator: '行政诉讼案件数', expected: '122.2%' },
    ]);
    expect(evaluateChecks(dataset, '市司法局', 2024, [{ kind: 'ratio', rate: '出庭应诉率', numerator: '审结数', denominator: '收案数', tolerance: 20 }])).toEqual([]);
  });

  test('checkDataset runs the file\'s checks for every unit and year, as warnings at the row', () => {
    const { dataset } = buildDataset(
      [rec('A', 5, '件', '甲', 2023), rec('B', 4, '件', '甲', 2023), rec('A', 1, '件', '甲', 2024), rec('B', 4, '件', '甲', 2024)],
      [{ kind: 'at-most', left: 'A', right: 'B' }],
    );
    const problems = checkDataset(dataset);
    expect(problems.map((p) => [p.code, p.severity, p.params.year])).toEqual([['check-failed', 'warning', 2023]]);
    expect(problems[0]?.message['zh-CN']).toBe('第 2 行：甲2023年“A”（5）大于“B”（4），前者不应超过后者：请核对。');
  });
});

describe('duplicates', () => {
  test('the first record is kept; the repeat is an error naming both rows', () => {
    const { dataset, problems } = buildDataset([
      { ...rec('甲', 1), place: { row: 3 } },
      { ...rec('甲 ', 2), unit: '市司法局', place: { row: 9 } },
    ]);
    expect(dataset.records).toHaveLength(1);
    expect(dataset.lookup('市司法局', 2024, '甲')?.value).toBe(1);
    expect(problems.map((p) => [p.code, p.place.row])).toEqual([['duplicate', 9]]);
    expect(problems[0]?.message['zh-CN']).toBe('第 9 行：与第 3 行重复（同一单位、年度、指标：市司法局、2024、甲 ）：已采用第 3 行，请删去其中一条。');
    expect(problems[0]?.message['en-US']).toContain('Row 9: Repeats row 3');
  });
});
