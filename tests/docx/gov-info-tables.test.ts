import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/core/check';
import type { Profile } from '../../src/core/profile';
import govInfo from '../../src/core/profiles/gov-info-disclosure-annual.json';
import { planScaffold } from '../../src/core/scaffold';
import { documentTables } from '../../src/core/table-matching';
import { readDocx } from '../../src/docx/read-docx';
import { readText } from '../../src/text/read-text';
import { buildDocx, type BodySpec } from '../helpers/ooxml';
import { inOneCell } from '../helpers/word-tables';

const profile = govInfo as Profile;
const LINES = readFileSync(join(__dirname, '..', 'fixtures', 'gov-info-complete-2024.txt'), 'utf8').split('\n');

type Grid = Array<Array<string | number>>;
const table = (rows: Grid): BodySpec => ({ kind: 'table', rows: rows.map((row) => row.map(String)) });
const zeros = (n: number) => Array<number>(n).fill(0);

const REGULATIONS: Grid = [['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', 0, 0, 0], ['行政规范性文件', 2, 1, 5]];
const DECISIONS: Grid = [['信息内容', '本年处理决定数量'], ['行政许可', 1286], ['行政处罚', 37], ['行政强制', 3]];
const FEES: Grid = [['信息内容', '本年收费金额（单位：万元）'], ['行政事业性收费', 0]];
const REVIEW: Grid = [['类别', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'], ['行政复议', 1, 0, 0, 0, 1], ['行政诉讼（未经复议直接起诉）', ...zeros(5)], ['行政诉讼（复议后起诉）', ...zeros(5)]];

/**
 * The applications table laid out as the national template is: three label columns (merged in Word,
 * so the later rows of a group have empty label cells), then 自然人 … 总计. Numbers per column:
 * 自然人 7 new → 4 disclosed, 1 partly, 1 not held, 1 complaint; 商业企业 2 new → 1 disclosed, 1 not held.
 */
function applications(newNatural = 7, newTotal = 9): Grid {
  const n = (natural: number, business: number, total = natural + business) => [natural, business, 0, 0, 0, 0, total];
  return [
    ['本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和', '', '', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
    ['一、本年新收政府信息公开申请数量', '', '', ...n(newNatural, 2, newTotal)],
    ['二、上年结转政府信息公开申请数量', '', '', ...n(0, 0)],
    ['三、本年度办理结果', '（一）予以公开', '', ...n(4, 1)],
    ['', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '', ...n(1, 0)],
    ['', '（三）不予公开', '1．属于国家秘密', ...n(0, 0)],
    ...['2．其他法律行政法规禁止公开', '3．危及“三安全一稳定”', '4．保护第三方合法权益', '5．属于三类内部事务信息', '6．属于四类过程性信息', '7．属于行政执法案卷', '8．属于行政查询事项'].map((label) => ['', '', label, ...n(0, 0)]),
    ['', '（四）无法提供', '1．本机关不掌握相关政府信息', ...n(1, 1)],
    ['', '', '2．没有现成信息需要另行制作', ...n(0, 0)],
    ['', '', '3．补正后申请内容仍不明确', ...n(0, 0)],
    ['', '（五）不予处理', '1．信访举报投诉类申请', ...n(1, 0)],
    ...['2．重复申请', '3．要求提供公开出版物', '4．无正当理由大量反复申请', '5．要求行政机关确认或重新出具已获取信息'].map((label) => ['', '', label, ...n(0, 0)]),
    ['', '（六）其他处理', '1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ...n(0, 0)],
    ['', '', '2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ...n(0, 0)],
    ['', '', '3．其他', ...n(0, 0)],
    ['', '（七）总计', '', ...n(7, 2)],
    ['四、结转下年度继续办理', '', '', ...n(0, 0)],
  ];
}

/** The complete text fixture as a .docx, each part's tables after its first paragraph. */
function report(tables: Partial<Record<'proactive' | 'requests' | 'review', Grid[]>> = {}, framed = false): Uint8Array {
  const chosen = { proactive: [REGULATIONS, DECISIONS, FEES], requests: [applications()], review: [REVIEW], ...tables };
  const after: Record<string, Grid[]> = { '二、主动公开政府信息情况': chosen.proactive, '三、收到和处理政府信息公开申请情况': chosen.requests, '四、政府信息公开行政复议、行政诉讼情况': chosen.review };
  const body: BodySpec[] = [];
  let pending: Grid[] = [];
  for (const line of LINES) {
    body.push(line);
    if (pending.length && line.trim()) {
      body.push(...pending.map(table));
      pending = [];
    }
    if (after[line]) pending = after[line] as Grid[];
  }
  // Framed: the whole report in a 1×1 table, as some templates lay the page out; the statistics nested in it.
  return buildDocx({ body: framed ? inOneCell(body) : body });
}

const tableFindings = (bytes: Uint8Array, lang: 'zh-CN' | 'en-US' = 'zh-CN') =>
  check(readDocx(bytes), { profile, lang }).findings.filter((f) => f.code.startsWith('table'));

describe('the .docx reader gives each table cell its table, row and column', () => {
  test('rows and cells counted from 0, tables in document order, a nested table numbered on its own', () => {
    const doc = readDocx(buildDocx({ body: ['前', table([['a', 'b'], ['c', 'd']]), '中', { kind: 'table', rows: [['x', ['内', { kind: 'table', rows: [['n1', 'n2']] }]], ['y', 'z']] }] }));
    const cells = doc.blocks.filter((b) => b.cell).map((b) => [b.text, b.cell?.table, b.cell?.row, b.cell?.column]);
    expect(cells).toEqual([
      ['a', 0, 0, 0], ['b', 0, 0, 1], ['c', 0, 1, 0], ['d', 0, 1, 1],
      ['x', 1, 0, 0], ['内', 1, 0, 1], ['n1', 2, 0, 0], ['n2', 2, 0, 1], ['y', 1, 1, 0], ['z', 1, 1, 1],
    ]);
    expect(documentTables(doc.blocks).map((t) => [t.ordinal, t.rows.map((r) => r.map((c) => c.text))])).toEqual([
      [0, [['a', 'b'], ['c', 'd']]],
      [1, [['x', '内'], ['y', 'z']]],
      [2, [['n1', 'n2']]],
    ]);
  });
});

describe('standard tables of the government information disclosure report', () => {
  test('a complete report whose five tables are filled and add up: no table findings, nothing else either', () => {
    const result = check(readDocx(report()), { profile });
    expect(result.findings).toEqual([]);
  });

  test('the report framed in a 1×1 table: its text is read as text, its statistics still as the five tables', () => {
    expect(check(readDocx(report({}, true)), { profile }).findings).toEqual([]);
    const framed = readDocx(report({ requests: [applications(8, 10)] }, true));
    expect(documentTables(framed.blocks).map((t) => t.rows.length)).toEqual(documentTables(readDocx(report()).blocks).map((t) => t.rows.length));
    expect(tableFindings(report({ requests: [applications(8, 10)] }, true))).toEqual(tableFindings(report({ requests: [applications(8, 10)] })));
  });

  test('the applications table breaks 第一项加第二项之和等于第三项加第四项之和: the failing columns are named', () => {
    const findings = tableFindings(report({ requests: [applications(8, 10)] }));
    expect(findings.map((f) => [f.code, f.part, f.params.line, f.params.left, f.params.right])).toEqual([
      ['table-identity', 'requests', '自然人', 8, 7],
      ['table-identity', 'requests', '总计', 10, 9],
    ]);
    expect(findings[0]?.message).toBe('统计表“收到和处理政府信息公开申请情况”的“自然人”列不符合“第一项加第二项之和，等于第三项加第四项之和”：8 ≠ 7。');
    const english = tableFindings(report({ requests: [applications(8, 10)] }), 'en-US');
    expect(english[0]?.message).toBe('In the table “Requests received and handled”, column “自然人” breaks “items one and two add up to items three and four”: 8 ≠ 7.');
  });

  test('a row total that is not the sum over applicant types names the row', () => {
    const grid = applications();
    (grid[1] as Array<string | number>)[9] = 12; // 一、本年新收 总计 12, applicant types add up to 9
    const findings = tableFindings(report({ requests: [grid] }));
    expect(findings.map((f) => [f.params.variant, f.params.line, f.params.left, f.params.right])).toEqual([
      ['columns', '一、本年新收政府信息公开申请数量', 9, 12],
      ['rows', '总计', 12, 9],
    ]);
  });

  test('every cell a number: text is named by row and column, blanks are counted once per table', () => {
    const review = REVIEW.map((row) => [...row]);
    (review[1] as Array<string | number>)[2] = '无';
    (review[2] as Array<string | number>)[1] = '';
    (review[2] as Array<string | number>)[5] = ' ';
    const findings = tableFindings(report({ review: [review] }));
    expect(findings.map((f) => [f.params.variant, f.params.row, f.params.column, f.params.text ?? f.params.count])).toEqual([
      ['not-number', '行政复议', '结果纠正', '无'],
      ['empty', '行政诉讼（未经复议直接起诉）', '结果维持', 2],
    ]);
    expect(findings[0]?.message).toBe('统计表“行政复议、行政诉讼情况”“行政复议”行“结果纠正”列应填数字，现在是“无”。');
  });

  test('numbers as reports write them count: 1,286 and full-width digits', () => {
    const decisions = DECISIONS.map((row) => [...row]);
    (decisions[1] as Array<string | number>)[1] = '1,286';
    (decisions[2] as Array<string | number>)[1] = '３７';
    expect(tableFindings(report({ proactive: [REGULATIONS, decisions, FEES] }))).toEqual([]);
  });

  test('a part without its table: table-missing at the part’s heading, naming the table', () => {
    const result = check(readDocx(report({ review: [] })), { profile });
    expect(result.findings.map((f) => [f.code, f.severity, f.part, f.params.table])).toEqual([['table-missing', 'error', 'review-and-litigation', 'review-and-litigation']]);
    expect(result.findings[0]?.message).toBe('“政府信息公开行政复议、行政诉讼情况”缺少规定的统计表“行政复议、行政诉讼情况”：请按规定格式补上，或用“插入结构”补上空表。');
  });

  test('the scaffold on that report adds only the missing table, after the part’s text and before the next part', () => {
    const doc = readDocx(report({ review: [] }));
    const plan = planScaffold({ profile, year: 2024, doc });
    expect([plan.adds, plan.addsTables]).toEqual([[], ['review-and-litigation/review-and-litigation']]);
    const before = plan.insertions[0]?.before as number;
    expect([doc.blocks[before - 2]?.text, doc.blocks[before]?.text]).toEqual([expect.stringContaining('结果维持1件'), '五、存在的主要问题及改进情况']);
    expect(plan.insertions[0]?.blocks.map((b) => [b.role, b.text, b.cells?.length])).toEqual([['table', '表5 政府信息公开行政复议、行政诉讼情况', 4]]);
  });

  test('the national template’s 复议诉讼 table (one row of fifteen numbers under grouped headings) counts as there; nothing is added', () => {
    const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const national: Grid = [
      ['行政复议', '', '', '', '', '行政诉讼', ...Array<string>(9).fill('')],
      ['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''],
      [...results, ...results, ...results],
      [1, 0, 0, 0, 1, ...zeros(10)],
    ];
    const doc = readDocx(report({ review: [national] }));
    expect(check(doc, { profile }).findings).toEqual([]);
    expect(planScaffold({ profile, year: 2024, doc }).insertions).toEqual([]);
  });

  test('all the 第二十条 items in one table serve the three proactive-disclosure tables', () => {
    const combined: Grid = [...REGULATIONS, ['信息内容', '', '', '本年处理决定数量'], ['行政许可', '', '', 1286], ['行政处罚', '', '', 37], ['行政强制', '', '', 3], ['信息内容', '', '', '本年收费金额（单位：万元）'], ['行政事业性收费', '', '', 0]];
    expect(tableFindings(report({ proactive: [combined] }))).toEqual([]);
  });

  test('a number row left out of a table is named; the writer’s own small table in 总体情况 does not take the place of the standard one', () => {
    const decisions = DECISIONS.filter((row) => row[0] !== '行政强制');
    const findings = tableFindings(report({ proactive: [REGULATIONS, decisions, FEES] }));
    expect(findings.map((f) => [f.code, f.params.table, f.params.row])).toEqual([['table-row', 'decisions', '行政强制']]);
    expect(findings[0]?.message).toBe('统计表“行政许可、行政处罚、行政强制”缺少“行政强制”行：请按规定格式补上（没有的填 0）。');

    const bytes = buildDocx({ body: [...LINES.slice(0, 8), table([['事项', '办理数'], ['行政许可', 'abc'], ['行政处罚', 'xyz']]), ...LINES.slice(8)] });
    const own = readDocx(bytes);
    // The report has no standard tables at all; the writer's table is not taken for one and gets no cell findings.
    expect(check(own, { profile }).findings.map((f) => [f.code, f.params.table])).toEqual([
      ['table-missing', 'regulations'], ['table-missing', 'decisions'], ['table-missing', 'fees'], ['table-missing', 'applications'], ['table-missing', 'review-and-litigation'],
    ]);
  });

  test('plain text cannot show tables: one note that they were not checked, no table errors', () => {
    const result = check(readText(LINES.join('\n')), { profile });
    expect(result.findings.map((f) => [f.code, f.severity, f.params.count])).toEqual([['tables-unchecked', 'info', 5]]);
  });
});
