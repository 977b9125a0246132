import { cellNumber, standardTables, type TableCellText, type TableMatch } from '../table-matching';
import { defineRule, NO_OPTIONS, type RuleFinding } from './rule';

/** Non-number cells reported one by one per table; past this they are counted in the last finding. */
const CELL_FINDINGS_PER_TABLE = 5;

/**
 * The profile's standard tables: present in each part that has its heading, every number row there with a
 * number in every cell, and the format's identities holding (named by the column or row where they fail).
 */
export const standardTableRule = defineRule(NO_OPTIONS)({
  name: 'standard-tables',
  description: { 'zh-CN': '规定的统计表齐全、填了数字、合计正确', 'en-US': 'The standard tables are there, filled with numbers, and add up' },
  runs: 'always',
  codes: { 'table-missing': 'error', 'table-row': 'error', 'table-cell': 'error', 'table-identity': 'error', 'tables-unchecked': 'info' },
  messages: {
    'tables-unchecked': {
      'zh-CN': '纯文本看不出表格，{count} 张规定统计表未检查；请检查 Word 文档（.docx）。',
      'en-US': {
        one: 'Plain text has no tables, so the {count} standard table was not checked; check the Word document (.docx).',
        other: 'Plain text has no tables, so the {count} standard tables were not checked; check the Word document (.docx).',
      },
    },
    'table-missing': {
      'zh-CN': '“{partName}”缺少规定的统计表“{tableName}”：请按规定格式补上，或用“插入结构”补上空表。',
      'en-US': '“{partName}” lacks the standard table “{tableName}”: add it in the set format, or insert the scaffold to add an empty one.',
    },
    'table-row': {
      'zh-CN': '统计表“{tableName}”缺少“{row}”行：请按规定格式补上（没有的填 0）。',
      'en-US': 'The table “{tableName}” lacks the row “{row}”: add it as the format sets it (0 where there is none).',
    },
    'table-cell.empty': {
      'zh-CN': '统计表“{tableName}”有 {count} 个单元格没填数字（第一个在“{row}”行“{column}”列）；没有的请填 0。',
      'en-US': {
        one: 'The table “{tableName}” has {count} cell without a number (row “{row}”, column “{column}”); write 0 where there is none.',
        other: 'The table “{tableName}” has {count} cells without a number (the first in row “{row}”, column “{column}”); write 0 where there is none.',
      },
    },
    'table-cell.not-number': {
      'zh-CN': '统计表“{tableName}”“{row}”行“{column}”列应填数字，现在是“{text}”。',
      'en-US': 'In the table “{tableName}”, row “{row}”, column “{column}” must be a number; it reads “{text}”.',
    },
    'table-cell.not-number-more': {
      'zh-CN': '统计表“{tableName}”“{row}”行“{column}”列应填数字，现在是“{text}”；另有 {count} 个单元格也不是数字。',
      'en-US': {
        one: 'In the table “{tableName}”, row “{row}”, column “{column}” must be a number; it reads “{text}”. {count} more cell is not a number either.',
        other: 'In the table “{tableName}”, row “{row}”, column “{column}” must be a number; it reads “{text}”. {count} more cells are not numbers either.',
      },
    },
    'table-identity.rows': {
      'zh-CN': '统计表“{tableName}”的“{line}”列不符合“{statement}”：{left} ≠ {right}。',
      'en-US': 'In the table “{tableName}”, column “{line}” breaks “{statement}”: {left} ≠ {right}.',
    },
    'table-identity.columns': {
      'zh-CN': '统计表“{tableName}”的“{line}”行不符合“{statement}”：{left} ≠ {right}。',
      'en-US': 'In the table “{tableName}”, row “{line}” breaks “{statement}”: {left} ≠ {right}.',
    },
  },
  run({ analysis: a }) {
    const specs = a.profile.parts.flatMap((part) => part.tables ?? []);
    if (specs.length === 0) return [];
    if (a.tablesUnknown) return [{ code: 'tables-unchecked', part: null, at: null, params: { count: specs.length } }];
    const { matches, missing } = standardTables(a);
    const findings: RuleFinding[] = missing.map(({ part, spec }) => ({
      code: 'table-missing',
      part,
      at: a.parts.find((p) => p.id === part)?.heading?.index ?? null,
      params: { table: spec.id },
    }));
    for (const match of matches) findings.push(...rowFindings(match), ...cellFindings(match), ...identityFindings(match));
    return findings;
  },
});

/** Number rows the format has and the document's table lacks (a row left out breaks the sums silently otherwise). */
function rowFindings({ part, spec, table, cells }: TableMatch): RuleFinding[] {
  return spec.rows
    .filter((row) => row.numbers !== false && !cells.has(row.id))
    .map((row) => ({ code: 'table-row', part, at: table.at, params: { table: spec.id, row: row.label } }));
}

function cellFindings({ part, spec, table, cells }: TableMatch): RuleFinding[] {
  const empty: Array<{ row: string; column: string; at: number }> = [];
  const wrong: RuleFinding[] = [];
  for (const row of spec.rows.filter((line) => line.numbers !== false)) {
    const rowCells = cells.get(row.id);
    if (!rowCells) continue; // a row the document left out has its own finding (rowFindings)
    spec.columns.forEach((column, c) => {
      const cell = rowCells[c];
      const value = cell ? cellNumber(cell.text) : null;
      if (value === null) empty.push({ row: row.label, column: column.label, at: cell?.at ?? table.at });
      else if (value === 'not-a-number') {
        const params = { table: spec.id, variant: 'not-number', row: row.label, column: column.label, text: (cell as TableCellText).text.trim().slice(0, 30) };
        wrong.push({ code: 'table-cell', part, at: (cell as TableCellText).at, params });
      }
    });
  }
  const findings = wrong.slice(0, CELL_FINDINGS_PER_TABLE);
  if (wrong.length > CELL_FINDINGS_PER_TABLE) {
    const last = findings[findings.length - 1] as RuleFinding;
    last.params = { ...last.params, variant: 'not-number-more', count: wrong.length - CELL_FINDINGS_PER_TABLE };
  }
  const first = empty[0];
  if (first) {
    findings.push({ code: 'table-cell', part, at: first.at, params: { table: spec.id, variant: 'empty', count: empty.length, row: first.row, column: first.column } });
  }
  return findings;
}

function identityFindings(match: TableMatch): RuleFinding[] {
  return (match.spec.identities ?? []).flatMap((identity, index) => {
    const lines = identity.across === 'rows' ? match.spec.columns : match.spec.rows.filter((line) => line.numbers !== false);
    return lines.flatMap((line, k) => {
      const side = (ids: string[]) => ids.map((id) => (identity.across === 'rows' ? match.cells.get(id)?.[k] : cellOf(match, line.id, id)));
      const left = side(identity.left);
      const right = side(identity.right);
      const sum = (cells: Array<TableCellText | undefined>) => {
        const values = cells.map((cell) => (cell ? cellNumber(cell.text) : null));
        return values.every((v): v is number => typeof v === 'number') ? values.reduce((x, y) => x + y, 0) : undefined;
      };
      const l = sum(left);
      const r = sum(right);
      // Checked only once every cell it adds is a number; empty or wrong cells have findings of their own.
      if (l === undefined || r === undefined || Math.abs(l - r) < 1e-6) return [];
      const params = { table: match.spec.id, identity: index, variant: identity.across, line: line.label, left: round(l), right: round(r) };
      return [{ code: 'table-identity', part: match.part, at: (right[0] ?? left[0])?.at ?? match.table.at, params }];
    });
  });
}

function cellOf(match: TableMatch, rowId: string, columnId: string): TableCellText | undefined {
  const c = match.spec.columns.findIndex((column) => column.id === columnId);
  return match.cells.get(rowId)?.[c];
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
