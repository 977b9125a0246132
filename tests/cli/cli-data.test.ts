import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, runCliWithData } from '../../src/cli/main';
import { figureTag } from '../../src/core/figures/tags';
import { buildDocx } from '../helpers/ooxml';

const scratch = mkdtempSync(join(tmpdir(), 'report-check-data-'));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

const CSV = ['单位,年度,指标,数值,计量单位', '青禾县司法局,2024,收案数,120,件', '青禾县司法局,2024,听证会次数,约三次,次', '东风县司法局,2024,收案数,80,件'].join('\n');
const data = write('figures.csv', CSV);
const tag = figureTag({ unit: '青禾县司法局', year: 2024, indicator: '收案数', kind: 'value' });
const report = write(
  'report.docx',
  buildDocx({
    body: [
      '青禾县司法局关于2024年度法治政府建设情况的报告',
      '一、2024年度推进法治政府建设的主要举措和成效',
      { kind: 'p', content: ['全年收到行政复议申请', { kind: 'sdt', tag, content: ['112'] }, '件。'] },
    ],
  }),
);

describe('report-check --data', () => {
  test('a linked figure that went stale is reported with both values; the data file’s bad row is a warning on stderr', async () => {
    const out = await runCliWithData(['--data', data, '--unit', '青禾县司法局', report]);
    expect(out.stdout.join('\n')).toContain('青禾县司法局2024年“收案数”在文中是 112，数据文件中是 120：请更新为 120。');
    expect(out.stderr[0]).toMatch(new RegExp(`^report-check: ${data.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*第 3 行`));
    const json = JSON.parse((await runCliWithData(['--json', '--data', data, '--unit', '青禾县司法局', report])).stdout.join('\n'));
    expect(json.files[0].findings.filter((f: { code: string }) => f.code === 'figure-stale')).toHaveLength(1);
  });

  test('a data file with several units needs --unit for a report whose unit cannot be told, and says which units it has; an unknown unit is named', async () => {
    const untold = write('untold.txt', '2024年度法治政府建设情况报告\n一、主要举措和成效\n全年收案较多。\n');
    const without = await runCliWithData(['--data', data, untold]);
    expect([without.exitCode, without.stderr.join('')]).toEqual([2, expect.stringContaining('请用 --unit 指定其一：青禾县司法局、东风县司法局')]);
    const unknown = await runCliWithData(['--data', data, '--unit', '西山县司法局', report]);
    expect([unknown.exitCode, unknown.stderr.join('')]).toEqual([2, expect.stringContaining('数据文件中没有单位“西山县司法局”')]);
  });

  test('an unreadable data file stops with its own message; --unit alone is a usage error; runCli needs the figures loaded', async () => {
    const broken = write('figures.xlsx', 'not a workbook');
    const out = await runCliWithData(['--data', broken, report]);
    expect(out.exitCode).toBe(2);
    expect(out.stderr.join('')).toContain(`report-check: ${broken}: `);
    expect(out.stdout).toEqual([]);
    // With --json, JSON on stdout too: no report checked, and why.
    const json = await runCliWithData(['--json', '--data', broken, report]);
    expect(json.exitCode).toBe(2);
    expect(JSON.parse(json.stdout.join('\n'))).toEqual({ files: [], data: { file: broken, error: expect.stringMatching(/\S/) } });
    expect((await runCliWithData(['--unit', '青禾县司法局', report])).exitCode).toBe(2);
    expect(runCli(['--data', data, report]).exitCode).toBe(2);
  });

  test('the installed command reads --data too', () => {
    const cli = join(__dirname, '..', '..', 'bin', 'report-check.js');
    const run = spawnSync(process.execPath, [cli, '--data', data, '--unit', '青禾县司法局', report], { encoding: 'utf8' });
    expect(run.stdout).toContain('在文中是 112，数据文件中是 120');
    expect(run.stderr).toContain('第 3 行');
    expect(run.status).toBe(1); // the short report lacks mandated parts (errors); figure-stale itself is a warning
  });
});

describe('report-check --data over reports of several units', () => {
  // 东风县 quotes more leaders in court than cases: its own cross-check fails; 青禾县's figures are consistent.
  const rows = ['单位,年度,指标,数值,计量单位', '青禾县司法局,2024,行政诉讼案件数,10,件', '青禾县司法局,2024,负责人出庭应诉数,8,件'];
  const units = write('units.csv', [...rows, '东风县司法局,2024,行政诉讼案件数,5,件', '东风县司法局,2024,负责人出庭应诉数,9,件'].join('\n'));
  const eastTag = figureTag({ unit: '东风县司法局', year: 2024, indicator: '行政诉讼案件数', kind: 'value' });
  const east = write(
    'east.docx',
    buildDocx({ body: ['2024年度法治政府建设情况报告', '一、主要举措和成效', { kind: 'p', content: ['全年行政诉讼', { kind: 'sdt', tag: eastTag, content: ['5'] }, '件。'] }] }),
  );
  const west = write('west.txt', '青禾县司法局关于2024年度法治政府建设情况的报告\n一、2024年度推进法治政府建设的主要举措和成效\n全年应诉若干件。\n');
  const failures = (file: { dataUnit?: string; findings: Array<{ code: string; message: string }> }) =>
    file.findings.filter((f) => f.code === 'figure-inconsistent' || /出庭应诉/.test(f.message));

  test('each report is checked against its own unit (from its linked figures, else its title); no --unit is needed', async () => {
    const out = await runCliWithData(['--json', '--data', units, east, west]);
    const [eastResult, westResult] = JSON.parse(out.stdout.join('\n')).files;
    expect([eastResult.dataUnit, westResult.dataUnit]).toEqual(['东风县司法局', '青禾县司法局']);
    expect(failures(eastResult).length).toBeGreaterThan(0);
    expect(failures(westResult)).toEqual([]);
  });

  test('--unit is a default: it never charges its cross-check failures to another unit’s report', async () => {
    const out = await runCliWithData(['--json', '--data', units, '--unit', '东风县司法局', west]);
    const [westResult] = JSON.parse(out.stdout.join('\n')).files;
    expect(westResult.dataUnit).toBe('青禾县司法局');
    expect(failures(westResult)).toEqual([]);
  });
});

describe('report-check --data over a report with no linked figure', () => {
  test('it is told that nothing in it was checked against the file: on stderr, and among the notices in --json', async () => {
    const typed = write('typed.txt', ['青禾县司法局2024年度法治政府建设情况报告', '一、2024年度推进法治政府建设的主要举措和成效', '全年收案112件。', '青禾县司法局', '2025年1月10日'].join('\n'));
    const out = await runCliWithData(['--data', data, typed]);
    expect(out.stderr.join('\n')).toContain(`report-check: ${typed}: 文中没有与数据文件关联的数字（用报告助手“数据”面板插入的才会核对）`);
    const json = JSON.parse((await runCliWithData(['--json', '--lang', 'en', '--data', data, typed])).stdout.join('\n'));
    expect(json.files[0].notices).toEqual([expect.stringMatching(/^the report has no figures linked to the data file/)]);
    // A report with linked figures is not told so.
    expect((await runCliWithData(['--data', data, '--unit', '青禾县司法局', report])).stderr.join('\n')).not.toContain('没有与数据文件关联');
  });
});

describe('report-check --data FILE with no report', () => {
  const file = write('shared.csv', [...CSV.split('\n'), '青禾县司法局,2023,收案数,96,件', '东风县司法局,2023,收案数,,件'].join('\n'));

  test('lists units (with their years and counts), years, indicators and every problem', async () => {
    const out = await runCliWithData(['--data', file]);
    const printed = out.stdout.join('\n');
    expect(printed).toContain('单位 2 个：');
    expect(printed).toContain('青禾县司法局：2023、2024，数字 2 条');
    expect(printed).toContain('东风县司法局：2023、2024，数字 2 条（其中空白 1 条）');
    expect(printed).toContain('年度：2023、2024');
    expect(printed).toContain('指标 1 个：收案数');
    expect(printed).toMatch(/问题 1 处：\n {4}[✗!] 第 3 行.*约三次/);
  });

  test('--json gives the records, values as numbers in their measure, and the problems with their places', async () => {
    const json = JSON.parse((await runCliWithData(['--json', '--data', file])).stdout.join('\n'));
    expect(json.records).toContainEqual(expect.objectContaining({ unit: '青禾县司法局', year: 2024, indicator: '收案数', value: 120, measure: '件' }));
    expect(json.records).toContainEqual(expect.objectContaining({ unit: '东风县司法局', year: 2023, value: null }));
    expect(json.problems).toEqual([expect.objectContaining({ severity: expect.any(String), place: expect.objectContaining({ row: 3 }), message: expect.stringContaining('约三次') })]);
    expect(json.inconsistent).toEqual([]);
  });

  test('the standard cross-checks run on every unit and year: a file that breaks one is not called clean', async () => {
    const broken = write('cross.csv', ['单位,年度,指标,数值,计量单位', '白沙县司法局,2024,行政诉讼案件数,45,件', '白沙县司法局,2024,负责人出庭应诉数,50,件', '柳河县司法局,2024,行政诉讼案件数,10,件', '柳河县司法局,2024,负责人出庭应诉数,9,件'].join('\n'));
    const printed = (await runCliWithData(['--data', broken])).stdout.join('\n');
    expect(printed).not.toContain('没有发现问题');
    expect(printed).toMatch(/数字前后不一致 1 处.*\n {4}! 第 3 行“数值”列（D 列）：白沙县司法局2024年“负责人出庭应诉数”（50）大于“行政诉讼案件数”（45），前者不应超过后者：请核对。/);
    const json = JSON.parse((await runCliWithData(['--json', '--data', broken])).stdout.join('\n'));
    expect(json.inconsistent).toEqual([expect.objectContaining({ unit: '白沙县司法局', year: 2024, place: expect.objectContaining({ row: 3 }), params: expect.objectContaining({ variant: 'at-most' }) })]);
  });

  test('a check the file declares itself is listed once, among its problems, even where a report type declares it too', async () => {
    const declared = write('declared.json', JSON.stringify({
      figures: [
        { unit: '白沙县司法局', year: 2024, indicator: '行政诉讼案件数', value: 45, measure: '件' },
        { unit: '白沙县司法局', year: 2024, indicator: '负责人出庭应诉数', value: 50, measure: '件' },
      ],
      checks: [{ kind: 'at-most', left: '负责人出庭应诉数', right: '行政诉讼案件数' }],
    }));
    const printed = (await runCliWithData(['--data', declared])).stdout.join('\n');
    expect(printed.match(/大于“行政诉讼案件数”/g)).toHaveLength(1);
    expect(printed).not.toContain('数字前后不一致');
  });
});
