import type { Analysis } from './analysis';
import type { Block } from './document';
import { toHalfWidth } from './numerals';
import type { Profile, TableLine, TableSpec } from './profile';

/** One cell of a document table: its paragraphs' text joined, and the block where it starts. */
export interface TableCellText {
  text: string;
  at: number;
}

export interface DocumentTable {
  /** The table's number in the document (Block.cell.table). */
  ordinal: number;
  /** Block index of its first cell. */
  at: number;
  rows: TableCellText[][];
}

/** A document table recognised as a profile's standard table: each spec row's number cells, by column. */
export interface TableMatch {
  part: string;
  spec: TableSpec;
  table: DocumentTable;
  /** Spec row id → the row's number cells, one per spec column (undefined where the row is short). */
  cells: Map<string, Array<TableCellText | undefined>>;
}

/** The document's tables, from the cell positions the reader gave each table-cell block. */
export function documentTables(blocks: readonly Block[]): DocumentTable[] {
  const tables = new Map<number, DocumentTable>();
  for (const block of blocks) {
    const cell = block.cell;
    if (block.kind !== 'table-cell' || !cell) continue;
    let table = tables.get(cell.table);
    if (!table) tables.set(cell.table, (table = { ordinal: cell.table, at: block.index, rows: [] }));
    const row = (table.rows[cell.row] ??= []);
    const existing = row[cell.column];
    if (existing) existing.text += `\n${block.text}`;
    else row[cell.column] = { text: block.text, at: block.index };
  }
  // Rows or cells a reader skipped stay holes; fill them so every row is a dense array.
  for (const table of tables.values()) {
    table.rows = Array.from(table.rows, (row) => Array.from(row ?? [], (cell) => cell ?? { text: '', at: table.at }));
  }
  return [...tables.values()].sort((x, y) => x.at - y.at);
}

/**
 * The words of a label as the format means them: no spaces, punctuation or leading item number, so
 * “（二）部分公开（区分处理的…）” and “二、部分公开区分处理的…” compare equal.
 */
export function normalizeLabel(text: string): string {
  return toHalfWidth(text)
    .replace(/\s+/g, '')
    .replace(/^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d+[.、)]|\(\d+\))/, '')
    .replace(/[()（）“”"'‘’、，,：:；;。.．]/g, '');
}

export { cellNumber } from './numbers';

/** Where a part's section runs, as block indexes [start, end), for preferring a table inside its own part. */
export type SectionOf = (partId: string) => { start: number; end: number } | undefined;

/**
 * For each standard table, the document table that best matches it by row labels (at least half its number
 * rows), preferring one inside the part's own section and one whose headers name its columns (a table outside
 * the section must name at least one). One document
 * table may serve several standard tables: offices often put all the 第二十条 items in one table.
 */
export function matchTables(profile: Profile, tables: readonly DocumentTable[], sectionOf: SectionOf = () => undefined): TableMatch[] {
  const matches: TableMatch[] = [];
  for (const part of profile.parts) {
    const section = sectionOf(part.id);
    for (const spec of part.tables ?? []) {
      let best: { match: TableMatch; score: number } | undefined;
      for (const table of tables) {
        const scored = scoreTable(spec, table);
        if (!scored) continue;
        const inSection = section !== undefined && section.start <= table.at && table.at < section.end;
        const columns = columnScore(spec, table);
        // Outside its part, a table must also name one of the columns: 行政许可 and 行政处罚 rows alone are not enough.
        if (!inSection && columns === 0) continue;
        const score = scored.score + 0.25 * columns + (inSection ? 0.5 : 0);
        if (!best || score > best.score) best = { match: { part: part.id, spec, table, cells: scored.cells }, score };
      }
      if (best) matches.push(best.match);
    }
  }
  return matches;
}

/**
 * A table laid out differently from the profile's rows (the national template's 复议诉讼 table is one row of
 * fifteen numbers under grouped headers) still counts as there when most of the spec's column headings are in it.
 */
export function namesColumns(spec: TableSpec, table: DocumentTable): boolean {
  return columnScore(spec, table) >= 0.6;
}

function columnScore(spec: TableSpec, table: DocumentTable): number {
  const texts = new Set(table.rows.slice(0, 4).flat().map((cell) => normalizeLabel(cell.text)).filter(Boolean));
  const found = spec.columns.filter((column) => texts.has(normalizeLabel(column.label))).length;
  return found / spec.columns.length;
}

/** Number cells are a row's last cells (one per spec column); the label is the last non-empty cell before them. */
function scoreTable(spec: TableSpec, table: DocumentTable): { score: number; cells: TableMatch['cells'] } | undefined {
  const width = spec.columns.length;
  const labels = table.rows.map((row) => normalizeLabel(row.slice(0, Math.max(0, row.length - width)).filter((c) => c.text.trim()).slice(-1)[0]?.text ?? ''));
  const taken = new Set<number>();
  const rowOf = new Map<string, number>();
  const find = (line: TableLine, same: (label: string, wanted: string) => boolean) => {
    const wanted = normalizeLabel(line.label);
    const r = labels.findIndex((label, i) => !taken.has(i) && label !== '' && same(label, wanted));
    if (r >= 0) {
      taken.add(r);
      rowOf.set(line.id, r);
    }
  };
  for (const line of spec.rows) find(line, (label, wanted) => label === wanted);
  for (const line of spec.rows.filter((l) => !rowOf.has(l.id))) {
    find(line, (label, wanted) => Math.min(label.length, wanted.length) >= 2 && (label.includes(wanted) || wanted.includes(label)));
  }
  const numberRows = spec.rows.filter((line) => line.numbers !== false);
  const found = numberRows.filter((line) => rowOf.has(line.id)).length;
  if (found === 0 || found * 2 < numberRows.length) return undefined;
  const cells: TableMatch['cells'] = new Map();
  for (const [id, r] of rowOf) {
    const row = table.rows[r] ?? [];
    cells.set(id, spec.columns.map((_, c) => row[row.length - width + c]));
  }
  return { score: found / numberRows.length, cells };
}

/**
 * The standard tables as they stand in a document: those matched (by row labels) and those missing from a
 * part that is there. A part's section holding a table whose headings name the spec's columns counts as
 * having it (laid out another way: no cell checks then), and so does any table the section holds at all when
 * deciding what the scaffold may add, so it never adds a second table next to the writer's own.
 */
export function standardTables(a: Analysis): { matches: TableMatch[]; missing: Array<{ part: string; spec: TableSpec; sectionHasTable: boolean }> } {
  const sections = new Map(a.parts.filter((p) => p.heading && p.status !== 'missing').map((p) => [p.id, { start: p.heading?.index ?? 0, end: p.heading?.end ?? 0 }]));
  const tables = documentTables(a.blocks);
  const matches = matchTables(a.profile, tables, (id) => sections.get(id));
  const missing = a.profile.parts.flatMap((part) => {
    const section = sections.get(part.id);
    if (!section) return [];
    const inSection = tables.filter((t) => section.start <= t.at && t.at < section.end);
    return (part.tables ?? [])
      .filter((spec) => !matches.some((m) => m.spec === spec) && !inSection.some((t) => namesColumns(spec, t)))
      .map((spec) => ({ part: part.id, spec, sectionHasTable: inSection.length > 0 }));
  });
  return { matches, missing };
}
