import { makeBlock, type Block, type ReportDocument } from '../../src/core/document';
import type { PlannedBlock, ScaffoldPlan } from '../../src/core/scaffold';

/**
 * The document a host shows once a plan is inserted, as a reader would give it back: headings as
 * headings, a planned table's cells as table-cell blocks of a table of their own (numbered anew in
 * document order). applyPlan gives only the texts; checking a scaffold again needs the structure.
 */
export function appliedDocument(doc: ReportDocument, plan: ScaffoldPlan): ReportDocument {
  const byIndex = new Map(plan.insertions.map((ins) => [ins.before, ins.blocks]));
  const out: Array<Omit<Block, 'index'>> = [];
  const keyOf = new Map<string, number>();
  const tableKey = (key: string) => keyOf.get(key) ?? (keyOf.set(key, keyOf.size), keyOf.size - 1);
  for (let i = 0; i <= doc.blocks.length; i++) {
    (byIndex.get(i) ?? []).forEach((planned, k) => out.push(...plannedBlocks(planned, tableKey(`plan:${i}:${k}`))));
    const block = doc.blocks[i];
    if (block) out.push({ ...block, ...(block.cell ? { cell: { ...block.cell, table: tableKey(`doc:${block.cell.table}`) } } : {}) });
  }
  return { ...doc, tablesUnknown: false, blocks: out.map(({ text, ...rest }, index) => makeBlock(index, text, rest)) };
}

function plannedBlocks(planned: PlannedBlock, table: number): Array<Omit<Block, 'index'>> {
  const own = { text: planned.text, kind: planned.role === 'heading' ? ('heading' as const) : ('paragraph' as const), level: planned.level, tags: [planned.tag] };
  const cells = (planned.cells ?? []).flatMap((row, r) => row.map((text, c) => ({ text, kind: 'table-cell' as const, tags: [], cell: { table, row: r, column: c } })));
  return [own, ...cells];
}
