import { analyze, hostBlockOf, type Analysis } from './analysis';
import type { ReportDocument } from './document';
import { formatMarker, type HeadingMarker, type MarkerStyle } from './headings';
import { fillTemplate, type PartSpec, type Profile, type TableSpec } from './profile';
import { promptFor } from './prompts';
import { standardTables } from './table-matching';
import { partTag } from './tags';

export type PlannedRole = 'title' | 'addressee' | 'heading' | 'prompt' | 'table' | 'signature' | 'date';

export interface PlannedBlock {
  role: PlannedRole;
  part: string;
  text: string;
  /** Outline level of a heading (1 = the document's top level). */
  level?: number;
  /** True for text the writer must replace (a placeholder content control in Word). */
  placeholder: boolean;
  /** Content-control tag, so the add-in can find its own work again. */
  tag: string;
  /** A 'table' block: `text` is its caption paragraph, then a table of these cells (first row the header). */
  cells?: string[][];
}

export interface Insertion {
  /** Insert before the block with this index; the number of blocks means "at the end". */
  before: number;
  blocks: PlannedBlock[];
}

export interface ScaffoldPlan {
  mode: 'full' | 'partial';
  /** Ascending by `before`; existing blocks are never changed or removed. */
  insertions: Insertion[];
  /** Parts the plan adds, in the profile's order. */
  adds: string[];
  /** Standard tables the plan adds to parts already written ("part/table" ids). */
  addsTables: string[];
  /** Existing headings whose numbers no longer follow once the plan is applied (left for the writer). */
  renumber: Array<{ at: number; from: string; to: string }>;
  /** The document has a table of contents and the plan adds headings: it needs updating (更新目录). */
  updateContents?: true;
}

export interface ScaffoldRequest {
  profile: Profile;
  year: number;
  unit?: string;
  doc: ReportDocument;
  /** Only these missing parts (a check finding's 插入), and no standard tables: by default every missing part. */
  only?: readonly string[];
}

/**
 * What to insert, and where: the whole scaffold into an empty document; into a partial report only the
 * missing required parts, each after the part that precedes it in the profile's order.
 */
export function planScaffold(request: ScaffoldRequest): ScaffoldPlan {
  const { profile, doc } = request;
  const isEmpty = doc.blocks.every((b) => !b.text.trim());
  const analysis = analyze(doc, profile);
  const wanted = (part: PartSpec) => !request.only || request.only.includes(part.id);
  const missing = profile.parts.filter((part) => wanted(part) && (isEmpty ? true : part.required && statusOf(analysis, part.id) === 'missing'));
  const anchors = new Map<number, PartSpec[]>();
  for (const part of missing) {
    const before = isEmpty ? 0 : pastContents(analysis, anchorFor(part, analysis));
    anchors.set(before, [...(anchors.get(before) ?? []), part]);
  }

  const tableAdds = isEmpty || request.only ? [] : missingTables(analysis, missing);
  for (const { before } of tableAdds) if (!anchors.has(before)) anchors.set(before, []);

  const numbering = topNumbering(analysis, isEmpty);
  const insertions: Insertion[] = [];
  let added = 0;
  for (const before of [...anchors.keys()].sort((a, b) => a - b)) {
    const blocks: PlannedBlock[] = [];
    for (const part of anchors.get(before) as PartSpec[]) {
      let marker = '';
      if (part.role === 'section' && numbering) {
        added += 1;
        marker = formatMarker(numbering.style, numbering.countBefore(before) + added);
      }
      blocks.push(...blocksFor(part, request, marker));
    }
    blocks.unshift(...tableAdds.filter((t) => t.before === before).map((add) => tableBlock(add.part, add.spec, request)));
    insertions.push({ before, blocks });
  }
  const renumber = numbering ? renumbering(analysis, numbering.style, insertions) : [];
  return {
    mode: isEmpty ? 'full' : 'partial',
    insertions: atHostBlocks(analysis, insertions),
    adds: missing.map((p) => p.id),
    addsTables: tableAdds.map((t) => `${t.part}/${t.spec.id}`),
    renumber: renumber.map((r) => ({ ...r, at: hostBlockOf(analysis, r.at) })),
    ...(addsHeadings(insertions) && doc.blocks.some((b) => b.kind === 'contents-entry') ? { updateContents: true as const } : {}),
  };
}

/** Insertions placed on the host's blocks; two that land at one place become one, in order. */
function atHostBlocks(a: Analysis, insertions: Insertion[]): Insertion[] {
  const merged: Insertion[] = [];
  for (const { before, blocks } of insertions) {
    const at = hostInsertionPoint(a, before);
    const last = merged[merged.length - 1];
    if (last?.before === at) last.blocks.push(...blocks);
    else merged.push({ before: at, blocks });
  }
  return merged;
}

/** Before a line analysed is before its host paragraph when it starts it, else after that paragraph. */
function hostInsertionPoint(a: Analysis, before: number): number {
  if (!a.hostIndex) return before;
  if (before >= a.blocks.length) return (a.hostIndex[a.hostIndex.length - 1] ?? -1) + 1;
  const host = hostBlockOf(a, before);
  return before === 0 || a.hostIndex[before - 1] !== host ? host : host + 1;
}

/**
 * Standard tables missing from parts the writer has: each goes at the end of its part's section (past a
 * table that ends it), in the profile's order; never into a section that already holds a table of its own.
 */
function missingTables(a: Analysis, missingParts: PartSpec[]): Array<{ part: string; spec: TableSpec; before: number }> {
  if (a.tablesUnknown) return []; // plain text shows no tables: adding them would duplicate the writer's
  return standardTables(a)
    .missing.filter((m) => !m.sectionHasTable && !missingParts.some((p) => p.id === m.part))
    .map(({ part, spec }) => ({ part, spec, before: outsideTables(a, a.parts.find((p) => p.id === part)?.heading?.end ?? a.blocks.length) }));
}

function statusOf(a: Analysis, id: string) {
  return a.parts.find((p) => p.id === id)?.status;
}

/** Where a missing part goes: after the part before it in the profile's order, else before the one after it. */
function anchorFor(part: PartSpec, a: Analysis): number {
  const lastText = outsideTables(a, lastNonBlank(a) + 1);
  switch (part.role) {
    case 'title':
      return a.blocks.findIndex((b) => b.text.trim());
    case 'addressee':
      return a.frame.title ? a.frame.title.end + 1 : 0;
    case 'signature':
      return a.frame.date?.index ?? lastText;
    case 'date':
      return a.frame.signature ? a.frame.signature.index + 1 : lastText;
    case 'section': {
      const order = a.profile.parts.map((p) => p.id);
      const position = order.indexOf(part.id);
      const present = (id: string) => a.parts.find((p) => p.id === id && p.heading);
      const previous = order.slice(0, position).reverse().map(present).find(Boolean);
      if (previous?.heading) return previous.heading.end;
      const next = order.slice(position + 1).map(present).find(Boolean);
      if (next?.heading) return next.heading.index;
      return Math.min(a.frame.closingStart, lastText);
    }
  }
}

/** Past a table of contents the index lands in: what is inserted there is lost when Word updates the contents. */
function pastContents(a: Analysis, index: number): number {
  let i = index;
  while (i < a.blocks.length && a.blocks[i]?.kind === 'contents-entry') i++;
  return i;
}

function addsHeadings(insertions: readonly Insertion[]): boolean {
  return insertions.some((ins) => ins.blocks.some((b) => b.role === 'heading'));
}

function lastNonBlank(a: Analysis): number {
  for (let i = a.blocks.length - 1; i >= 0; i--) if (a.blocks[i]?.text.trim()) return i;
  return -1;
}

/** Past a table the index lands on: new paragraphs go after a table, never into its cells. */
function outsideTables(a: Analysis, index: number): number {
  let i = index;
  while (i < a.blocks.length && a.blocks[i]?.kind === 'table-cell') i++;
  return i;
}

/** The document's own top-level numbering style, so inserted headings continue it (一、 by default). */
function topNumbering(a: Analysis, isEmpty: boolean): { style: MarkerStyle; countBefore: (index: number) => number } | undefined {
  const top = a.headings.filter((h) => h.level === 1 && h.shape.marker);
  if (!isEmpty && top.length === 0 && a.headings.some((h) => h.level === 1)) return undefined;
  const style = (top[0]?.shape.marker as HeadingMarker | undefined)?.style ?? 'cn';
  return { style, countBefore: (index) => top.filter((h) => h.index < index).length };
}

function renumbering(a: Analysis, style: MarkerStyle, insertions: Insertion[]): ScaffoldPlan['renumber'] {
  const top = a.headings.filter((h) => h.level === 1 && h.shape.marker);
  return top.flatMap((heading, i) => {
    const insertedBefore = insertions.filter((ins) => ins.before <= heading.index).flatMap((ins) => ins.blocks).filter((b) => b.role === 'heading').length;
    const marker = heading.shape.marker as HeadingMarker;
    const to = formatMarker(style, i + 1 + insertedBefore);
    return insertedBefore > 0 && to !== marker.raw ? [{ at: heading.index, from: marker.raw, to }] : [];
  });
}

function blocksFor(part: PartSpec, request: ScaffoldRequest, marker: string): PlannedBlock[] {
  const fill = (template: string) => fillTemplate(template, { year: request.year, unit: request.unit });
  const prompt = (): PlannedBlock => ({ role: 'prompt', part: part.id, text: fill(promptFor(part) ?? ''), placeholder: true, tag: partTag('prompt', part.id) });
  const unit = request.unit?.trim();
  switch (part.role) {
    case 'title': {
      const template = unit ? request.profile.titleTemplate.withUnit : request.profile.titleTemplate.withoutUnit;
      return [{ role: 'title', part: part.id, text: fill(template), placeholder: false, tag: partTag('title', part.id) }];
    }
    case 'addressee':
      return [{ ...prompt(), role: 'addressee' }];
    case 'signature':
      return unit ? [{ role: 'signature', part: part.id, text: unit, placeholder: false, tag: partTag('signature', part.id) }] : [{ ...prompt(), role: 'signature' }];
    case 'date':
      return [{ ...prompt(), role: 'date' }];
    case 'section':
      return [
        { role: 'heading', part: part.id, text: joinMarker(marker, fill(part.heading ?? part.name['zh-CN'])), level: 1, placeholder: false, tag: partTag('heading', part.id) },
        prompt(),
        ...(part.tables ?? []).map((spec) => tableBlock(part.id, spec, request)),
      ];
  }
}

/** A standard table with its header row and row labels; the number cells are left for the writer. */
function tableBlock(partId: string, spec: TableSpec, request: ScaffoldRequest): PlannedBlock {
  const cells = [
    [spec.labelHeader, ...spec.columns.map((column) => column.label)],
    ...spec.rows.map((row) => [row.label, ...spec.columns.map(() => '')]),
  ];
  const caption = fillTemplate(spec.caption, { year: request.year, unit: request.unit });
  return { role: 'table', part: partId, text: caption, placeholder: false, tag: partTag('table', `${partId}/${spec.id}`), cells };
}

/** "2." before "2023年…" would read as 2.2023, and 第三部分 runs into its words: those two get a space. */
function joinMarker(marker: string, text: string): string {
  return marker && (/部分$/.test(marker) || (/\.$/.test(marker) && /^\d/.test(text))) ? `${marker} ${text}` : marker + text;
}

/** How many paragraphs a planned block becomes in a host: one, or a caption and one per table cell. */
export function paragraphCount(block: PlannedBlock): number {
  return 1 + (block.cells?.reduce((n, row) => n + row.length, 0) ?? 0);
}

/** The document's paragraph texts after a plan is applied, a table's cells row by row: what a host will show. */
export function applyPlan(texts: readonly string[], plan: ScaffoldPlan): string[] {
  const out: string[] = [];
  const byIndex = new Map(plan.insertions.map((ins) => [ins.before, ins.blocks]));
  for (let i = 0; i <= texts.length; i++) {
    for (const block of byIndex.get(i) ?? []) out.push(block.text, ...(block.cells ?? []).flat());
    if (i < texts.length) out.push(texts[i] as string);
  }
  return out;
}
