import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, runCliWithData } from '../../src/cli/main';

const FIXTURES = join(__dirname, '..', 'fixtures', 'previous');
const fixture = (name: string) => join(FIXTURES, `${name}.txt`);

describe('report-check --previous FILE: one report beside last year’s', () => {
  test('rolled forward: the parts carried over are warned of, and a line says what was compared and how much is carried over', () => {
    const out = runCli([fixture('songchuan-2024-rolled'), '--previous', fixture('songchuan-2023')]);
    const printed = out.stdout.join('\n');
    expect(printed.match(/\[carried-over\]/g)).toHaveLength(4);
    expect(printed).toContain('对比上年报告');
    expect(printed).toMatch(/沿用上年文字 100%（主要举措和成效 100%、存在的不足和原因 100%/);
    expect(printed).toContain('上年安排 4 项，本年写到 0 项');
    expect(out.exitCode).toBe(0); // warnings and information, never errors
  });

  test('rewritten: nothing carried over, the plans half taken up; --json says which report it was compared with', () => {
    const out = runCli([fixture('songchuan-2024-rewritten'), '--previous', fixture('songchuan-2023'), '--json']);
    const [file] = JSON.parse(out.stdout.join('\n')).files;
    expect(file.previous).toEqual({ file: fixture('songchuan-2023'), carriedOver: 0 });
    expect(file.findings.filter((f: { code: string }) => f.code === 'carried-over')).toEqual([]);
    expect(file.findings.filter((f: { code: string }) => f.code === 'plan-not-taken-up').map((f: { params: { plan: string } }) => f.params.plan)).toEqual([
      '（二）开展乡镇综合执法人员全员轮训',
      '（三）打造沿河法治文化长廊',
    ]);
  });

  test('last year’s report that cannot be read is named on stderr; the report is still checked', () => {
    const out = runCli([fixture('songchuan-2024-rolled'), '--previous', join(FIXTURES, 'no-such-file.docx')]);
    expect(out.stderr.join('\n')).toMatch(/no-such-file\.docx: 无法读取上年报告/);
    expect(out.stdout.join('\n')).not.toContain('[carried-over]');
  });
});

describe('last year’s report with no plans found in it', () => {
  test('the line says no plans were found, not “0 of last year’s 0 plans taken up”', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'report-check-no-plans-'));
    const lastYear = join(scratch, '2023.txt');
    writeFileSync(lastYear, ['青石镇2023年度法治政府建设情况报告', '一、主要举措和成效', '全年开展普法宣传活动若干场。'].join('\n'));
    const thisYear = join(scratch, '2024.txt');
    writeFileSync(thisYear, ['青石镇2024年度法治政府建设情况报告', '一、主要举措和成效', '新建村级法律服务点一批。'].join('\n'));
    expect(runCli([thisYear, '--previous', lastYear]).stdout.join('\n')).toContain(`对比上年报告 ${lastYear}：没有沿用上年的文字；上年报告中没有找到下一年度安排`);
    expect(runCli(['--lang', 'en', thisYear, '--previous', lastYear]).stdout.join('\n')).toContain('nothing carried over; no plans found in last year’s report');
  });
});

describe('last year’s report that cannot be read, as a reviewer sees it', () => {
  test('each language says it once, and the run ends with exit 2 as for any file that cannot be read', () => {
    const missing = join(FIXTURES, 'no-such-file.docx');
    const out = runCli([fixture('songchuan-2024-rolled'), '--previous', missing]);
    expect(out.stderr).toContain(`report-check: ${missing}: 无法读取上年报告：文件不存在 / cannot read last year’s report: no such file`);
    expect(out.exitCode).toBe(2);
  });
});

describe('a reviewer’s folder of two years: reports paired by unit and year', () => {
  const folder = mkdtempSync(join(tmpdir(), 'report-check-years-'));
  copyFileSync(fixture('songchuan-2023'), join(folder, '2023-松川县司法局.txt'));
  copyFileSync(fixture('songchuan-2024-partly'), join(folder, '2024-松川县司法局.txt'));
  // Another county's office, whose last year's report was not sent.
  writeFileSync(join(folder, '2024-柳河县司法局.txt'), readFileSync(fixture('songchuan-2024-rewritten'), 'utf8').replace(/松川县/g, '柳河县'));

  test('--pair-years: this year’s report beside the same unit’s last year’s; a report without a partner told so, by unit and year', () => {
    const out = runCli(['--pair-years', folder]);
    const printed = out.stdout.join('\n');
    expect(printed).toContain(`对比上年报告 ${join(folder, '2023-松川县司法局.txt')}：沿用上年文字 57%（存在的不足和原因 100%、下一年度主要安排 100%）`);
    expect(printed).toContain('上年报告：没有找到柳河县司法局 2023 年度的报告');
    // Last year's report is this year's partner: it is not told it lacks one.
    expect(printed.match(/上年报告：没有找到/g)).toHaveLength(1);
  });

  test('the summary gains a column of the share carried over', () => {
    const printed = runCli(['--pair-years', folder]).stdout.join('\n');
    const table = printed.slice(printed.indexOf('汇总：'));
    expect(table).toMatch(/沿用上年/);
    expect(table).toMatch(/松川县司法局\s+2024.*57%/);
    expect(table).toMatch(/柳河县司法局\s+2024.*\s-$/m);
  });

  test('the --summary file gains the same column', async () => {
    const csv = join(folder, '..', `years-${Date.now()}.csv`);
    await runCliWithData(['--pair-years', folder, '--summary', csv]);
    const [header, ...rows] = readFileSync(csv, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(header?.split(',').at(-1)).toBe('沿用上年');
    expect(rows.find((row) => row.includes('2024-松川县司法局'))?.split(',').at(-1)).toBe('57%');
  });

  test('--previous FOLDER pairs in the same way, in English too', () => {
    const out = runCli([join(folder, '2024-松川县司法局.txt'), join(folder, '2024-柳河县司法局.txt'), '--previous', folder, '--lang', 'en']);
    const printed = out.stdout.join('\n');
    expect(printed).toContain('57% carried over (Shortcomings and their causes 100%, Main plans for the next year 100%); 2 of last year’s 4 plans taken up');
    expect(printed).toContain('last year: no 2023 report of 柳河县司法局 was found');
  });
});

describe('--previous given by mistake: said so, never compared', () => {
  test('this year’s report as its own last year, or the two swapped: the line says what is wrong, and nothing is compared', () => {
    const same = runCli([fixture('songchuan-2024-rolled'), '--previous', fixture('songchuan-2024-rolled')]).stdout.join('\n');
    expect(same).toContain('上年报告：--previous 给的就是这份报告本身，未作对比：请给出上一年度的报告');
    const swapped = runCli([fixture('songchuan-2023'), '--previous', fixture('songchuan-2024-rolled')]);
    const printed = swapped.stdout.join('\n');
    expect(printed).toContain(`上年报告：${fixture('songchuan-2024-rolled')} 是 2024 年度的报告，不早于这份报告（2023 年度），未作对比：请检查两个文件是否弄反了`);
    for (const out of [same, printed]) expect(out).not.toMatch(/对比上年报告|\[carried-over\]|\[plan-not-taken-up\]|\[plans-taken-up\]|\[figure-unchanged\]/);
    // The check's own warning says it too, counted with the report's findings (the pane shows the same).
    expect(printed).toMatch(/! .*选作上年报告的是 2024 年度的报告，不早于本报告（2023 年度）.*\[previous-year\]/);
    expect(printed).toContain('警告 1');
    const json = JSON.parse(runCli([fixture('songchuan-2023'), '--previous', fixture('songchuan-2024-rolled'), '--json', '--lang', 'en']).stdout.join('\n'));
    expect(json.files[0].previous.missing).toMatch(/is the 2024 report, not earlier than this one \(2023\); not compared/);
    expect(json.files[0].findings.map((f: { code: string }) => f.code)).toContain('previous-year');
    const sameYear = runCli([fixture('songchuan-2024-rewritten'), '--previous', fixture('songchuan-2024-rolled')]).stdout.join('\n');
    expect(sameYear).toContain(`上年报告：${fixture('songchuan-2024-rolled')} 与这份报告是同一年度（2024 年度）的，未作对比：请给出上一年度的报告`);
  });

  test('a --previous file that cannot be read: the line under the report says so, not that no partner was found', () => {
    const out = runCli([fixture('songchuan-2024-rolled'), '--previous', join(FIXTURES, 'no-such-file.docx')]);
    expect(out.stdout.join('\n')).toContain('上年报告：--previous 给的文件无法读取（原因见报错信息），未作对比');
    expect(out.stdout.join('\n')).not.toContain('没有找到');
  });
});
