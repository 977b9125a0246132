import fc from 'fast-check';
import { checkKindOf, validateFigureChecks } from '../../src/core/figures/cross-check-schema';
import { validateProfile } from '../../src/core/profile-validation';
import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { checksFromRows } from '../../src/data/checks-sheet';
import { parseFiguresJson } from '../../src/data/json-records';
import { fuzzRuns } from '../helpers/fuzz-runs';

describe('a declared check is validated once, by the same rules in a data file and a profile', () => {
  test('the words offices use for a kind become the kind; names are trimmed', () => {
    expect(['不大于', 'At Most', '≤', '合计', '之和', '比率', '占比', 'RATIO', '大约'].map(checkKindOf)).toEqual([
      'at-most', 'at-most', 'at-most', 'sum', 'sum', 'ratio', 'ratio', 'ratio', undefined,
    ]);
    expect(validateFigureChecks([{ kind: '不超过', left: ' 负责人出庭应诉数 ', right: '行政诉讼案件数' }])).toEqual({
      checks: [{ kind: 'at-most', left: '负责人出庭应诉数', right: '行政诉讼案件数' }],
      errors: [],
    });
  });

  test('a profile and a data file accept and refuse the same checks (property)', () => {
    const name = fc.constantFrom(undefined, '', 'A', 'B', 3);
    const check = fc.record(
      {
        kind: fc.constantFrom('at-most', 'sum', 'ratio', 'between', undefined),
        left: name, right: name, total: name, rate: name, numerator: name, denominator: name,
        parts: fc.constantFrom(undefined, [], ['A'], ['A', 'B'], ['A', 3], 'A'),
        tolerance: fc.constantFrom(undefined, -1, 0, 0.5, 'x'),
        note: fc.constantFrom(undefined, 'x'),
      },
      { requiredKeys: [] },
    ).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));
    fc.assert(fc.property(fc.oneof(check, fc.constantFrom(7, null, 'x', [])), (item) => {
      const inFile = validateFigureChecks([item]).errors.length === 0;
      const inProfile = !(validateProfile({ ...DEFAULT_PROFILE, figureChecks: [item] }).problems ?? []).some((p) => p.place?.path?.startsWith('figureChecks'));
      expect({ item, inFile }).toEqual({ item, inFile: inProfile });
    }), { numRuns: fuzzRuns(500) });
  });

  test('a JSON check with a field its kind does not have is named, not silently dropped', () => {
    const outcome = parseFiguresJson(JSON.stringify({
      figures: [{ unit: '市司法局', year: 2024, indicator: '甲', value: 1 }],
      checks: [{ kind: 'at-most', left: '甲', right: '乙', tolerence: 1 }],
    }));
    expect(outcome.ok && outcome.checks).toEqual([]);
    expect(outcome.ok && outcome.problems.map((p) => [p.code, p.place.path, p.message['en-US']])).toEqual([
      ['bad-check', 'checks[0].tolerence', 'checks[0].tolerence: This check is not valid: “tolerence” is not a field of this kind of check.'],
    ]);
  });

  test('a 校验 sheet: a 容差 that is no number is named; 容差 on a 不大于 row is not its business', () => {
    const { checks, problems } = checksFromRows([
      ['类型', '左项', '右项', '容差'],
      ['合计', '收案数', '审结数+未审结数', '约1'],
      ['不大于', '负责人出庭应诉数', '行政诉讼案件数', 2],
    ], '校验');
    expect(checks).toEqual([{ kind: 'at-most', left: '负责人出庭应诉数', right: '行政诉讼案件数' }]);
    expect(problems.map((p) => p.message['zh-CN'])).toEqual(['工作表“校验”第 2 行：校验规则有误：应为不小于 0 的数。']);
  });
});
