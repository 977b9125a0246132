import { check, type CheckResult } from '../../src/core/check';
import type { ReportDocument } from '../../src/core/document';
import { sectionParts, type Lang, type Profile } from '../../src/core/profile';
import govInfo from '../../src/core/profiles/gov-info-disclosure-annual.json';
import { planScaffold } from '../../src/core/scaffold';
import { appliedDocument } from '../helpers/applied';
import { readText } from '../../src/text/read-text';
import { codes, fixture, statusOf, textDoc } from '../helpers/text-docs';

const profile = govInfo as Profile;
const SECTIONS = ['overview', 'proactive-disclosure', 'requests', 'review-and-litigation', 'problems-and-improvements', 'other-matters'];

/** Plain text cannot hold tables: its one tables-unchecked note is tested on its own (gov-info-tables.test.ts). */
const withoutTableNote = (result: CheckResult): CheckResult => ({ ...result, findings: result.findings.filter((f) => f.code !== 'tables-unchecked') });
const run = (doc: ReportDocument, lang: Lang = 'zh-CN') => withoutTableNote(check(doc, { profile, lang }));
const runLines = (...lines: string[]) => run(textDoc(...lines));
const linesOf = (name: string) => fixture(name).blocks.map((b) => b.text);
const withLine = (lines: string[], index: number, text: string) => lines.map((l, i) => (i === index ? text : l));
const findingsOf = (result: CheckResult, code: string) => result.findings.filter((f) => f.code === code);
const partsAt = (result: CheckResult) => Object.fromEntries(result.parts.map((p) => [p.id, p.at]));

describe('the profile is data in the same form as the rule-of-law one', () => {
  test('parts in the order of the 2021 national format, with title, signature and date around them', () => {
    expect(profile.id).toBe('gov-info-disclosure-annual');
    expect(profile.parts.map((p) => p.id)).toEqual(['title', 'addressee', ...SECTIONS, 'signature', 'date']);
    expect(profile.parts.filter((p) => !p.required).map((p) => p.id)).toEqual(['addressee', 'other-matters']);
  });

  test('every section has cues of each weight, a heading and a 【请…】 prompt; rules name real parts', () => {
    for (const part of sectionParts(profile)) {
      expect({ id: part.id, weights: [...new Set(part.cues?.map((c) => c.weight))].sort() }).toEqual({ id: part.id, weights: [1, 2, 3] });
      for (const cue of part.cues ?? []) expect(() => new RegExp(cue.pattern)).not.toThrow();
      expect(part.heading).toBeTruthy();
      expect(part.prompt).toMatch(/^【请.*】$/);
    }
    const ids = new Set(profile.parts.map((p) => p.id));
    for (const rule of profile.rules) if ('part' in rule) expect(ids.has(rule.part)).toBe(true);
  });
});

describe('a complete department report', () => {
  const result = run(fixture('gov-info-complete-2024.txt'));

  test('has every part (the addressee is optional and absent) and no findings', () => {
    expect(result.profile).toBe('gov-info-disclosure-annual');
    expect(result.reportYear).toBe(2024);
    expect(result.parts.filter((p) => p.status !== 'present').map((p) => [p.id, p.status])).toEqual([['addressee', 'missing']]);
    expect(result.findings).toEqual([]);
  });

  test('the parts are the top-level headings, not the （一）主动公开 （二）依申请公开 items under 总体情况', () => {
    expect(partsAt(result)).toMatchObject({
      title: 0,
      overview: 4,
      'proactive-disclosure': 28,
      requests: 32,
      'review-and-litigation': 36,
      'problems-and-improvements': 40,
      'other-matters': 46,
      signature: 50,
      date: 51,
    });
  });
});

describe('a report with parts missing', () => {
  const doc = fixture('gov-info-missing-parts-2024.txt');
  const result = run(doc);

  test('no 复议诉讼 part: a missing-part error; 五 without 改进: improvements-missing at its heading', () => {
    expect(statusOf(result, 'review-and-litigation')).toBe('missing');
    expect(result.findings.map((f) => [f.code, f.severity, f.part, f.at])).toEqual([
      ['missing-part', 'error', 'review-and-litigation', null],
      ['improvements-missing', 'warning', 'problems-and-improvements', 14],
    ]);
  });

  test('改进 in the heading (存在的主要问题及改进情况) does not count as giving improvements', () => {
    expect(doc.blocks[14]?.text).toBe('四、存在的主要问题及改进情况');
  });

  test('the profile’s own message, in both languages, with the part named as the profile names it', () => {
    const zh = findingsOf(result, 'improvements-missing')[0]?.message;
    expect(zh).toBe('“存在的主要问题及改进情况”写了存在的问题，但没有写改进情况（已经或将要采取的改进措施）。');
    const en = findingsOf(run(doc, 'en-US'), 'improvements-missing')[0]?.message;
    expect(en).toBe('“Main problems and improvements” names problems but says nothing about improvements (measures taken or planned).');
    expect(findingsOf(run(doc, 'en-US'), 'missing-part')[0]?.message).toContain('Administrative reconsideration and litigation over disclosure');
  });

  test('one sentence of improvements (下一步 / 将 / 整改) is enough', () => {
    const lines = linesOf('gov-info-missing-parts-2024.txt');
    const body = lines[16] as string;
    for (const added of ['下一步，我局将开展答复文书专项评查。', '目前已组织整改。', '我局将每季度通报更新情况。']) {
      expect(findingsOf(runLines(...withLine(lines, 16, body + added)), 'improvements-missing')).toEqual([]);
    }
  });

  test('the scaffold adds only the missing part, as 四、, and lists the headings to renumber', () => {
    const plan = planScaffold({ profile, year: 2024, doc });
    expect(plan.adds).toEqual(['review-and-litigation']);
    expect(plan.insertions.map((i) => i.before)).toEqual([14]);
    expect(plan.insertions[0]?.blocks.map((b) => b.text)).toEqual([
      '四、政府信息公开行政复议、行政诉讼情况',
      expect.stringMatching(/^【请写明2024年因政府信息公开工作被申请行政复议/),
      '表5 政府信息公开行政复议、行政诉讼情况',
    ]);
    expect(plan.renumber).toEqual([
      { at: 14, from: '四、', to: '五、' },
      { at: 18, from: '五、', to: '六、' },
    ]);
  });
});

describe('headings worded differently, and out of order', () => {
  test('工作概述, 依申请公开 before 主动公开, 因…行政复议和提起行政诉讼, 不足及整改措施, 其他事项: all found; one part-order', () => {
    const result = run(fixture('gov-info-reordered-2024.txt'));
    expect(result.reportYear).toBe(2024);
    expect(result.parts.filter((p) => p.status !== 'present').map((p) => p.id)).toEqual(['addressee']);
    expect(partsAt(result)).toMatchObject({
      title: 1,
      overview: 3,
      requests: 7,
      'proactive-disclosure': 11,
      'review-and-litigation': 15,
      'problems-and-improvements': 19,
      'other-matters': 23,
    });
    expect(result.findings.map((f) => [f.code, f.part, f.at, f.params.otherPart])).toEqual([['part-order', 'requests', 7, 'proactive-disclosure']]);
    expect(result.findings[0]?.message).toContain('“收到和处理政府信息公开申请情况”应排在“主动公开政府信息情况”之后');
  });

  test('the headings of the pre-2021 format (概述, 依申请公开, 收费及减免, 因…申请行政复议、提起行政诉讼) read too', () => {
    const result = runLines(
      '青禾县水利局2024年政府信息公开工作年度报告',
      '一、概述',
      '全年主动公开信息120条。',
      '二、主动公开政府信息情况',
      '公开规范性文件1件。',
      '三、依申请公开政府信息情况',
      '收到申请3件，均已答复。',
      '四、政府信息公开的收费及减免情况',
      '未收取费用。',
      '五、因政府信息公开申请行政复议、提起行政诉讼的情况',
      '无。',
      '六、政府信息公开工作存在的主要问题及改进情况',
      '公开及时性不足，我局将建立提醒机制。',
      '七、其他需要报告的事项',
      '无。',
      '青禾县水利局',
      '2025年1月10日',
    );
    expect(partsAt(result)).toMatchObject({ overview: 1, 'proactive-disclosure': 3, requests: 5, 'review-and-litigation': 9, 'problems-and-improvements': 11, 'other-matters': 13 });
    expect(result.findings).toEqual([]);
  });

  test('unnumbered headings that name the parts (基本情况, 复议和诉讼情况, 存在的问题和改进措施) read as headings', () => {
    const result = runLines(
      '2024年政府信息公开工作年度报告',
      '基本情况',
      '全年主动公开信息88条。',
      '主动公开政府信息情况',
      '公开行政许可决定40件。',
      '依申请公开情况',
      '收到申请2件。',
      '复议和诉讼情况',
      '无。',
      '存在的问题和改进措施',
      '专栏更新不及时，将明确专人负责。',
      '青禾县档案馆',
      '2025年1月15日',
    );
    expect(result.parts.filter((p) => p.status !== 'present').map((p) => p.id)).toEqual(['addressee', 'other-matters']);
    expect(result.findings).toEqual([]);
  });

  test('a review heading about 公开申请 (因政府信息公开申请行政复议) does not stand in for a missing requests part', () => {
    const result = runLines(
      '2024年政府信息公开工作年度报告',
      '一、总体情况',
      '正文。',
      '二、主动公开政府信息情况',
      '正文。',
      '三、因政府信息公开申请行政复议、提起行政诉讼的情况',
      '无。',
    );
    expect(statusOf(result, 'requests')).toBe('missing');
    expect(partsAt(result)['review-and-litigation']).toBe(5);
  });

  test('a title split inside 政府信息公开 is one title, and gives the report year', () => {
    const result = runLines('青禾县2024年政府信息', '公开工作年度报告', '一、总体情况', '正文。');
    expect(result.reportYear).toBe(2024);
    expect(result.reportYearSource).toBe('title');
    expect(partsAt(result).title).toBe(0);
  });
});

describe('deadlines: departments by 31 January, governments by 31 March', () => {
  const lateOf = (lines: string[]) => findingsOf(runLines(...lines), 'date-late');
  const department = linesOf('gov-info-complete-2024.txt');
  const government = linesOf('gov-info-county-government-2024.txt');

  test('a county government’s report dated 2025-03-15: no date-late, and no other finding', () => {
    const result = run(fixture('gov-info-county-government-2024.txt'));
    expect(result.findings).toEqual([]);
    expect(partsAt(result)).toMatchObject({ signature: 26, date: 27 });
  });

  test('the same report dated 2025-04-02 is late against 31 March', () => {
    expect(lateOf(withLine(government, 27, '2025年4月2日'))).toMatchObject([
      { severity: 'info', part: 'date', at: 27, params: { date: '2025年4月2日', deadline: '2025年3月31日' } },
    ]);
  });

  test('a department dated 2025-02-10 is late against 31 January (information, once); on 31 January it is not', () => {
    const late = lateOf(withLine(department, 51, '2025年2月10日'));
    expect(late).toMatchObject([{ severity: 'info', part: 'date', at: 51, params: { date: '2025年2月10日', deadline: '2025年1月31日' } }]);
    expect(late[0]?.message).toMatch(/2025年2月10日.*2025年1月31日/);
    expect(lateOf(withLine(department, 51, '2025年1月31日'))).toEqual([]);
  });

  test('the government’s report published by its 办公室 (title names the 人民政府) keeps the 31 March deadline', () => {
    const lines = ['青禾县人民政府2024年政府信息公开工作年度报告', ...government.slice(1, 26), '青禾县人民政府办公室', '2025年3月15日'];
    expect(lateOf(lines)).toEqual([]);
    const ownReport = ['青禾县人民政府办公室2024年政府信息公开工作年度报告', ...lines.slice(1, -1), '2025年2月10日'];
    expect(lateOf(ownReport)).toMatchObject([{ params: { deadline: '2025年1月31日' } }]);
  });
});

describe('the scaffold for an empty document', () => {
  const empty = textDoc('');
  const plan = planScaffold({ profile, year: 2024, unit: '青禾县农业农村局', doc: empty });
  const applied = appliedDocument(empty, plan);
  const after = applied.blocks.filter((b) => b.kind !== 'table-cell').map((b) => b.text);
  const blankTables = (result: CheckResult) => findingsOf(result, 'table-cell').map((f) => [f.params.table, f.params.variant]);
  const FIVE_BLANK_TABLES = ['regulations', 'decisions', 'fees', 'applications', 'review-and-litigation'].map((id) => [id, 'empty']);

  test('title, addressee prompt, the six sections numbered 一、 to 六、 each with its prompt, signature and date', () => {
    expect(plan.mode).toBe('full');
    expect(plan.adds).toEqual(profile.parts.map((p) => p.id));
    expect(after[0]).toBe('青禾县农业农村局2024年政府信息公开工作年度报告');
    expect(after[1]).toMatch(/^【主送机关/);
    const headings = after.filter((line) => /^[一二三四五六七八九十]、/.test(line));
    expect(headings).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    for (const heading of headings) expect(after[after.indexOf(heading) + 1]).toMatch(/^【请/);
    expect(after).toContain('【请概述2024年政府信息公开工作的总体情况，可分主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面，写明做法、数据和成效。】');
    expect(after.slice(-3)).toEqual(['青禾县农业农村局', '【成文日期，如2025年1月20日】', '']);
  });

  test('the standard tables follow their parts’ prompts: captions in order, header row and row labels in place', () => {
    expect(after.filter((line) => line.startsWith('表'))).toEqual([
      '表1 主动公开政府信息情况（第二十条第（一）项）',
      '表2 主动公开政府信息情况（第二十条第（五）、（六）项）',
      '表3 主动公开政府信息情况（第二十条第（八）项）',
      '表4 收到和处理政府信息公开申请情况',
      '表5 政府信息公开行政复议、行政诉讼情况',
    ]);
    const applications = plan.insertions[0]?.blocks.find((b) => b.text === '表4 收到和处理政府信息公开申请情况');
    expect(applications?.cells?.[0]).toEqual([expect.stringContaining('第一项加第二项之和，等于第三项加第四项之和'), '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    expect(applications?.cells?.map((row) => row[0]).slice(1, 4)).toEqual(['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果']);
    expect(applications?.cells?.every((row, r) => r === 0 || row.slice(1).every((cell) => cell === ''))).toBe(true);
  });

  test('checked again: every part present, every prompt flagged, each blank table flagged once, nothing else', () => {
    const result = run(applied);
    expect(result.reportYear).toBe(2024);
    expect(result.parts.filter((p) => p.status !== 'present')).toEqual([]);
    expect(findingsOf(result, 'prompt-left').map((f) => f.part)).toEqual(['addressee', ...SECTIONS, 'date']);
    expect(blankTables(result)).toEqual(FIVE_BLANK_TABLES);
    expect(findingsOf(result, 'table-cell')[3]?.params.count).toBe(7 * 25);
    expect(result.findings.filter((f) => f.code !== 'prompt-left' && f.code !== 'table-cell')).toEqual([]);
  });

  test('without a unit: the title has none and the signature is a prompt', () => {
    const bareDoc = appliedDocument(textDoc(''), planScaffold({ profile, year: 2024, doc: textDoc('') }));
    const bare = bareDoc.blocks.map((b) => b.text);
    expect(bare[0]).toBe('2024年政府信息公开工作年度报告');
    expect(bare).toContain('【发文机关署名】');
    expect(codes(run(bareDoc)).every((code) => code === 'prompt-left' || code === 'table-cell')).toBe(true);
  });
});

describe('the engine reads frame parts by role, not by the ids the built-in profiles happen to use', () => {
  const renamed: Record<string, string> = { title: 'report-title', addressee: 'recipient', signature: 'issuer', date: 'issue-date' };
  const custom: Profile = { ...profile, parts: profile.parts.map((p) => ({ ...p, id: renamed[p.id] ?? p.id })) };

  test('a scaffolded empty document, checked, has its addressee, signature and date prompts in place under the new ids', () => {
    const result = check(appliedDocument(textDoc(''), planScaffold({ profile: custom, year: 2024, doc: textDoc('') })), { profile: custom });
    expect(result.parts.filter((p) => p.status !== 'present')).toEqual([]);
    expect(findingsOf(result, 'prompt-left').map((f) => f.part)).toEqual(['recipient', ...SECTIONS, 'issuer', 'issue-date']);
    expect(result.findings.filter((f) => f.code !== 'prompt-left' && f.code !== 'table-cell')).toEqual([]);
  });

  test('date findings and year-unknown name the profile’s own part', () => {
    const late = withLine(linesOf('gov-info-complete-2024.txt'), 51, '2025年02月10日');
    expect(withoutTableNote(check(textDoc(...late), { profile: custom })).findings.map((f) => [f.code, f.part])).toEqual([
      ['date-format', 'issue-date'],
      ['date-late', 'issue-date'],
    ]);
    expect(check(textDoc('政府信息公开工作年度报告', '一、总体情况', '正文。'), { profile: custom }).findings).toContainEqual(
      expect.objectContaining({ code: 'year-unknown', part: 'report-title' }),
    );
  });
});

describe('the overview is about the report year', () => {
  const report = (opening: string) => [
    '某某区水务局2024年政府信息公开工作年度报告',
    '一、总体情况',
    opening,
    '二、主动公开政府信息情况',
    '本年主动公开政府信息126条。',
    '三、收到和处理政府信息公开申请情况',
    '本年新收申请8件，均按期答复。',
    '四、政府信息公开行政复议、行政诉讼情况',
    '本年未发生因政府信息公开引起的行政复议、行政诉讼。',
    '五、存在的主要问题及改进情况',
    '信息更新不够及时，下一步将建立季度检查制度加以改进。',
    '某某区水务局',
    '2025年1月10日',
  ];

  test('an overview opening with last year (kept from last year’s report) is named, with the year it should be', () => {
    expect(findingsOf(runLines(...report('2023年，我局坚持以公开为常态、不公开为例外，扎实推进政务公开。')), 'overview-year')).toMatchObject([
      { at: 2, part: 'overview', params: { found: 2023, expected: 2024 } },
    ]);
  });

  test('the report year, or a year the opening only looks back from, is sound', () => {
    expect(findingsOf(runLines(...report('2024年，我局坚持以公开为常态、不公开为例外。')), 'overview-year')).toEqual([]);
    expect(findingsOf(runLines(...report('2019年以来，我局持续推进政务公开标准化规范化建设。')), 'overview-year')).toEqual([]);
    // A month names an event (印发 in December for the year after), not the year the overview is about.
    expect(findingsOf(runLines(...report('2023年12月，我局印发本年度政务公开工作要点，逐项分解任务。')), 'overview-year')).toEqual([]);
  });
});
