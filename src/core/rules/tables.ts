import type { Analysis } from '../analysis';
import type { UnlocalizedFinding } from '../findings';
import { cellNumber, standardTables, type TableCellText, type TableMatch } from '../tables';

/** Non-number cells reported one by one per table; past this they are counted in the last finding. */
const CELL_FINDINGS_PER_TABLE = 5;

/**
 * The profile's standard tables: present in each part that has its heading, every number row there with a
 * number in every cell, and the format's identities holding (named by the column or row where they fail).
 */
export function tableFindings(a: Analysis): UnlocalizedFinding[] {
  const specs = a.profile.parts.flatMap((part) => part.tables ?? []);
  if (specs.length === 0) return [];
  if (a.tablesUnknown) return [{ code: 'tables-unchecked', severity: 'info', part: null, at: null, params: { count: specs.length } }];
  const { matches, missing } = standardTables(a);
  const findings: UnlocalizedFinding[] = missing.map(({ part, spec }) => ({
    code: 'table-missing',
    severity: 'error',
    part,
    at: a.parts.find((p) => p.id === part)?.heading?.index ?? null,
    params: { table: spec.id },
  }));
  for (const match of matches) findings.push(...rowFindings(match), ...cellFindings(match), ...identityFindings(match));
  return findings;
}

/** Number rows the format has and the document's table lacks (a row left out breaks the sums silently otherwise). */
function rowFindings({ part, spec, table, cells }: TableMatch): UnlocalizedFinding[] {
  return spec.rows
    .filter((row) => row.numbers !== false && !cells.has(row.id))
    .map((row) => ({ code: 'table-row', severity: 'error' as const, part, at: table.at, params: { table: spec.id, row: row.label } }));
}

function cellFindings({ part, spec, table, cells }: TableMatch): UnlocalizedFinding[] {
  const empty: Array<{ row: string; column: string; at: number }> = [];
  const wrong: UnlocalizedFinding[] = [];
  for (const row of spec.rows.filter((line) => line.numbers !== false)) {
    const rowCells = cells.get(row.id);
    if (!rowCells) continue; // a row the document left out has its own finding (rowFindings)
    spec.columns.forEach((column, c) => {
      const cell = rowCells[c];
      const value = cell ? cellNumber(cell.text) : null;
      if (value === null) empty.push({ row: row.label, column: column.label, at: cell?.at ?? table.at });
      else if (value === 'not-a-number') {
        const params = { table: spec.id, variant: 'not-number', row: row.label, column: column.label, text: (cell as TableCellText).text.trim().slice(0, 30) };
        wrong.push({ code: 'table-cell', severity: 'error', part, at: (cell as TableCellText).at, params });
      }
    });
  }
  const findings = wrong.slice(0, CELL_FINDINGS_PER_TABLE);
  if (wrong.length > CELL_FINDINGS_PER_TABLE) {
    const last = findings[findings.length - 1] as UnlocalizedFinding;
    last.params = { ...last.params, variant: 'not-number-more', more: wrong.length - CELL_FINDINGS_PER_TABLE };
  }
  const first = empty[0];
  if (first) {
    findings.push({ code: 'table-cell', severity: 'error', part, at: first.at, params: { table: spec.id, variant: 'empty', count: empty.length, row: first.row, column: first.column } });
  }
  return findings;
}

function identityFindings(match: TableMatch): UnlocalizedFinding[] {
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
      return [{ code: 'table-identity', severity: 'error' as const, part: match.part, at: (right[0] ?? left[0])?.at ?? match.table.at, params }];
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
