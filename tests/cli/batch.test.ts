import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { runCli, runCliWithData } from '../../src/cli/main';
import { displayWidth } from '../../src/cli/format';
import { buildDocx } from '../helpers/ooxml';

// A reviewer's folder of reports, in subfolders as offices send them, with the clutter such folders hold.
const folder = mkdtempSync(join(tmpdir(), 'report-check-batch-'));
const put = (path: string, content: string | Uint8Array) => {
  const full = join(folder, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, content);
  return full;
};
const onTime = [
  '白沙镇人民政府关于2024年度法治政府建设情况的报告',
  '一、2024年度推进法治政府建设的主要举措和成效',
  '修订议事规则，合法性审查覆盖全部重大事项。',
  '二、2024年度推进法治政府建设存在的不足和原因',
  '基层执法力量仍然偏弱，原因是编制紧张。',
  '三、2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
  '主要负责人专题研究法治工作三次。',
  '四、2025年度推进法治政府建设的主要安排',
  '继续抓好执法规范化建设。',
  '白沙镇人民政府',
  '2025年2月20日',
].join('\n');
const late = ['柳河县水利局关于2024年度法治政府建设情况的报告', '一、2024年度推进法治政府建设的主要举措和成效', '全年办结许可事项若干。', '柳河县水利局', '2025年3月20日'].join('\n');
const onTimeFile = put('乡镇/白沙镇.txt', onTime);
const lateFile = put('部门/水利/柳河县水利局.txt', late);
const oldFile = put('部门/交通局.doc', 'old binary');
put('部门/~$交通局.docx', 'Word owner file');
put('部门/说明.pdf', 'not a report');

describe('report-check on a folder of reports', () => {
  test('a folder is read with its subfolders; an old .doc is named for saving as .docx and does not stop the run', () => {
    const out = runCli([folder]);
    const printed = out.stdout.join('\n');
    expect(printed).toContain(onTimeFile);
    expect(printed).toContain(lateFile);
    expect(printed).not.toContain('~$');
    expect(printed).not.toContain('说明.pdf');
    expect(out.stderr.join('\n')).toContain(`${oldFile}: 旧版 .doc/.wps 格式无法读取`);
    expect(out.exitCode).toBe(1);
  });

  test('wildcards are expanded as cmd.exe and PowerShell leave them; one that matches nothing is named', () => {
    const out = runCli([join(folder, '部门', '水利', '*.TXT'), join(folder, '无此*.docx')]);
    expect(out.stdout.join('\n')).toContain(lateFile);
    expect(out.stderr.join('\n')).toContain('没有与');
    expect(out.exitCode).toBe(2);
  });

  test('a wildcard in a folder’s name is said to work only in the file’s name, with the folder to give instead', () => {
    const out = runCli([join(folder, '部*', '*.txt')]);
    expect(out.stderr.join('\n')).toContain('通配符只能用在文件名中（路径的最后一段）：请直接给出文件夹，子文件夹会一并检查');
    expect(out.stderr.join('\n')).toContain('wildcards work only in the file name (the last part of the path): give the folder itself; its subfolders are checked too');
    expect(out.exitCode).toBe(2);
  });

  test('a report named twice, as the same file in other words, is checked once', () => {
    const json = JSON.parse(runCli(['--json', onTimeFile, `${folder}/乡镇/../乡镇/白沙镇.txt`]).stdout.join('\n'));
    expect(json.files.map((f: { file: string }) => f.file)).toEqual([onTimeFile]);
  });

  test('a folder that holds no report is named, not passed over in silence', () => {
    const noReports = put('只有扫描件/扫描件.pdf', 'not a report');
    const out = runCli([join(noReports, '..')]);
    expect(out.stderr.join('\n')).toContain('文件夹里没有可检查的报告');
    expect(out.stdout.join('\n')).toContain('只有扫描件');
    expect(out.exitCode).toBe(2);
    const json = JSON.parse(runCli(['--json', join(noReports, '..')]).stdout.join('\n'));
    expect(json.files).toEqual([{ file: join(noReports, '..'), error: expect.stringContaining('no report') }]);
  });

  test('a closing summary: unit, year, type, date and lateness, parts missing, errors and warnings, worst first, within 80 columns', () => {
    const printed = runCli([folder], undefined, { width: 80 }).stdout.join('\n');
    const summary = printed.slice(printed.indexOf('汇总：3 份报告'));
    const lines = summary.split('\n').filter(Boolean);
    expect(lines[1]).toMatch(/单位\s+年度\s+报告类型\s+成文日期\s+逾期\s+缺少部分\s+错误\s+警告/);
    expect(lines[2]).toMatch(/交通局\.doc\s+旧版格式：请另存为 \.docx/);
    expect(lines[3]).toMatch(/柳河县水利局\s+2024\s+法治政府.*2025-03-20\s+逾期\s+3\s+[1-9]/);
    expect(lines[4]).toMatch(/白沙镇人民政府\s+2024\s+法治政府.*2025-02-20\s+按期\s+0\s+0/);
    for (const line of printed.split('\n')) expect(displayWidth(line.replace(folder, ''))).toBeLessThanOrEqual(80);
  });

  test('in English too, the summary’s report type column tells the two types apart within 80 columns', () => {
    // Beside the reviewer's folder, not in it: the folder's own counts stay as they are.
    const disclosure = join(mkdtempSync(join(tmpdir(), 'report-check-types-')), '信息公开.txt');
    writeFileSync(disclosure, ['青禾县农业农村局2024年政府信息公开工作年度报告', '一、总体情况', '全年主动公开信息若干条。'].join('\n'));
    const printed = runCli(['--lang', 'en', onTimeFile, disclosure], undefined, { width: 80 }).stdout.join('\n');
    const rows = printed.slice(printed.indexOf('Summary:')).split('\n').slice(2).filter(Boolean);
    const typeOf = (row: string) => row.split(/\s{2,}/)[3];
    expect(rows).toHaveLength(2);
    expect(typeOf(rows[0] as string)).not.toBe(typeOf(rows[1] as string));
    for (const row of rows) expect(displayWidth(row)).toBeLessThanOrEqual(80);
  });

  test('--summary FILE.xlsx: the summary sheet with the same columns, one row per report, and every finding on a second sheet', async () => {
    const xlsx = join(folder, '..', `${folder.split('/').pop()}-summary.xlsx`);
    const out = await runCliWithData([folder, '--summary', xlsx]);
    expect(out.stderr.join('\n')).toContain(`汇总表已写入 ${xlsx}`);
    const [reports, findings] = await readXlsxFile(readFileSync(xlsx));
    expect(reports?.sheet).toBe('汇总');
    expect(reports?.data[0]).toEqual(['文件', '单位', '年度', '报告类型', '成文日期', '逾期', '缺少部分', '错误', '警告', '无法检查']);
    expect(reports?.data).toHaveLength(4);
    expect(reports?.data[2]).toEqual([lateFile, '柳河县水利局', 2024, '法治政府建设年度情况报告', '2025-03-20', '逾期', expect.stringContaining('存在的不足和原因'), expect.any(Number), expect.any(Number), null]);
    expect(findings?.sheet).toBe('问题清单');
    expect(findings?.data.some((row) => row[0] === lateFile && row[6] === 'date-late')).toBe(true);
  });

  test('--summary FILE.csv is UTF-8 with a BOM, so Excel shows the Chinese right; another type is a usage error', async () => {
    const csv = join(folder, '..', `${folder.split('/').pop()}-summary.csv`);
    await runCliWithData([folder, '--summary', csv]);
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(rows[0]).toBe('文件,单位,年度,报告类型,成文日期,逾期,缺少部分,错误,警告,无法检查');
    expect(rows).toHaveLength(4);
    const bad = runCli([folder, '--summary', 'summary.pdf']);
    expect([bad.exitCode, bad.stderr[0]]).toEqual([2, 'report-check: --summary 只能写 .xlsx 或 .csv 文件，收到“summary.pdf” / --summary writes a .xlsx or .csv file, got "summary.pdf"']);
  });

  test('a summary that cannot be written says why in words and what to do, not the system’s error', async () => {
    const nowhere = join(folder, '没有这个文件夹', '汇总.csv');
    const out = await runCliWithData([folder, '--summary', nowhere]);
    expect(out.exitCode).toBe(2);
    const said = out.stderr.join('\n');
    expect(said).toContain(`无法写入汇总表 ${nowhere}：要写入的文件夹不存在：请先建好这个文件夹，或写到别处`);
    expect(said).toContain('the folder to write it in does not exist: create the folder, or write it elsewhere');
    expect(said).not.toContain('ENOENT');
    const taken = join(folder, '已有同名文件夹.xlsx');
    mkdirSync(taken);
    expect((await runCliWithData([folder, '--summary', taken])).stderr.join('\n')).toContain('这是一个文件夹：请给出 .xlsx 或 .csv 文件的名字');
  });

  test('a finding in a .docx names the heading it falls under, in the text and in --json', () => {
    const docx = put('单独/名称.docx', buildDocx({ body: ['2024年度法治政府建设情况报告', '一、主要举措和成效', '截止2024年底，全年办结案件若干。'] }));
    const printed = runCli([docx]).stdout.join('\n');
    expect(printed).toMatch(/第 3 段（在“一、主要举措和成效”下）/);
    const json = JSON.parse(runCli(['--json', docx]).stdout.join('\n'));
    expect(json.files[0].findings.find((f: { at: number }) => f.at === 2)).toMatchObject({ heading: '一、主要举措和成效' });
  });

  test('in English, the heading a .docx finding falls under stands apart from its paragraph number', () => {
    const docx = join(mkdtempSync(join(tmpdir(), 'report-check-heading-')), 'report.docx');
    writeFileSync(docx, buildDocx({ body: ['2024年度法治政府建设情况报告', '一、主要举措和成效', '截止2024年底，全年办结案件若干。'] }));
    expect(runCli(['--lang', 'en', docx]).stdout.join('\n')).toContain('paragraph 3 (under “一、主要举措和成效”)');
  });

  test('--json marks an optional part as optional, so an absent one is not read as a required part missing', () => {
    const json = JSON.parse(runCli(['--json', onTimeFile]).stdout.join('\n'));
    expect(json.files[0].parts.find((p: { id: string }) => p.id === 'addressee')).toEqual({ id: 'addressee', status: 'missing', at: null, optional: true });
    expect(json.files[0].parts.find((p: { id: string }) => p.id === 'measures')).not.toHaveProperty('optional');
    expect(json.files[0].overview).toMatchObject({ unit: '白沙镇人民政府', reportYear: 2024, date: '2025-02-20', late: false, missingParts: [] });
  });

  test('a date that does not exist (2月30日) is not called on time: lateness is left blank, beside the finding that names the date', () => {
    // Beside the reviewer's folder, not in it, as above.
    const impossible = join(mkdtempSync(join(tmpdir(), 'report-check-dates-')), '白沙镇.txt');
    writeFileSync(impossible, onTime.replace('2025年2月20日', '2025年2月30日'));
    const json = JSON.parse(runCli(['--json', impossible]).stdout.join('\n'));
    expect(json.files[0].overview).toMatchObject({ date: '2025-02-30', late: null });
    expect(json.files[0].findings.map((f: { message: string }) => f.message).join('\n')).toContain('不存在');
    // Nor called late by the findings, where the deadline (31 January for this type) is before it.
    const disclosure = join(mkdtempSync(join(tmpdir(), 'report-check-dates-')), '信息公开.txt');
    writeFileSync(disclosure, readFileSync(join(__dirname, '..', 'fixtures', 'gov-info-complete-2024.txt'), 'utf8').replace(/\d{4}年\d{1,2}月\d{1,2}日\s*$/, '2025年2月30日\n'));
    const late = JSON.parse(runCli(['--json', disclosure]).stdout.join('\n')).files[0];
    expect([late.overview.date, late.overview.late, late.findings.map((f: { code: string }) => f.code)]).toEqual(['2025-02-30', null, expect.not.arrayContaining(['date-late'])]);
  });

  test('the summary: a file not checked keeps its whole name where it fits; a wider terminal gets wider columns', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'report-check-names-'));
    const broken = join(scratch, '柳河县市场监督管理局-定稿.docx');
    writeFileSync(broken, 'not a zip at all');
    const long = join(scratch, '长名.txt');
    writeFileSync(long, onTime.replace(/白沙镇人民政府/g, '中共白沙镇委员会白沙镇人民政府白沙镇综合行政执法办公室'));
    const rowOf = (printed: string, words: string) => printed.slice(printed.indexOf('汇总')).split('\n').find((line) => line.includes(words)) ?? '';
    const narrow = runCli([broken, long], undefined, { width: 80 }).stdout.join('\n');
    expect(rowOf(narrow, '柳河县')).toMatch(/^ {2}柳河县市场监督管理局-定稿\.docx {2}不是有效的 \.docx 文件/);
    expect(displayWidth(rowOf(narrow, '柳河县'))).toBeLessThanOrEqual(80);
    expect(rowOf(narrow, '中共白沙镇')).toContain('..');
    const wide = runCli([broken, long], undefined, { width: 200 }).stdout.join('\n');
    expect(rowOf(wide, '中共白沙镇')).toContain('中共白沙镇委员会白沙镇人民政府白沙镇综合行政执法办公室');
  });
});
