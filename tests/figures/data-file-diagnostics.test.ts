import { fatal, problem } from '../../src/core/figures/data-file-diagnostics';
import { describeFigureFinding } from '../../src/core/figures/messages';
import { render } from '../../src/core/i18n/catalog';
import { LANGS } from '../../src/core/i18n/lang';
import { readDataFile } from '../../src/data/read-data-file';

describe('a data file’s problems and errors are diagnostics rendered from the catalog', () => {
  test('a failed cross-check in the file says what the report’s figure-inconsistent finding says', () => {
    const params = { variant: 'sum', unit: '青禾县司法局', year: 2024, total: '收案数', totalValue: '10', parts: '审结数 + 未审结数', partsSum: '9' };
    const failed = problem('check-failed', {}, params);
    for (const lang of LANGS) {
      expect(failed.message[lang]).toBe(describeFigureFinding({ code: 'figure-inconsistent', severity: 'warning', part: null, at: null, params }, lang));
    }
  });

  test('a problem rendered again from its code, params and place, in one language, is the message it carries', async () => {
    const csv = ['单位,年度,指标,数值,计量单位', '市司法局,2024,甲,约一千,件', ',2024,乙,1,件', '市司法局,2024,丙,3,件', '市司法局,2024,丙,4,件'].join('\n');
    const result = await readDataFile(new TextEncoder().encode(csv), 'a.csv');
    if (!result.ok) throw new Error(result.error.code);
    expect(result.problems.map((p) => p.code)).toEqual(['not-a-number', 'missing-cell', 'duplicate']);
    for (const p of result.problems) for (const lang of LANGS) expect(render(p, lang)).toBe(p.message[lang]);
    expect(result.problems[1]?.message['en-US']).toBe('Row 3, column “单位” (A): This row has no unit: fill it in, or the row is not loaded.');
  });

  test('an error keeps language-neutral params and the figures its message shows', () => {
    const error = fatal('too-large', { bytes: 70 * 1024 * 1024, limit: 64 * 1024 * 1024 });
    expect(error.params).toMatchObject({ bytes: 73400320, limit: 67108864, size: '70.0', limitSize: '64.0' });
    for (const lang of LANGS) expect(render(error, lang)).toBe(error.message[lang]);
    expect(fatal('empty-file', { sheet: '数据' }).message['zh-CN']).toBe('工作表“数据”：文件是空的（没有内容）：请选择法制机构提供的数据文件。（数据在别的工作表时，请把那个工作表命名为“数据”。）');
  });
});
