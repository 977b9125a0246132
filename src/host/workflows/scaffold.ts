/**
 * Inserting a report's structure: read the document → see which parts it has → plan what is missing (all of
 * it into an empty document) → insert the plan → read the document again, so the pane shows it as it now is.
 * Plain functions over the host contract; the scaffold panel keeps only their state.
 */
import { analyze, type Analysis } from '../../core/analysis';
import type { ReportDocument } from '../../core/document';
import type { Profile } from '../../core/profile';
import { paragraphCount, planScaffold, type PlannedBlock, type ScaffoldPlan } from '../../core/scaffold';
import type { ContentsUpdate, HostError, ReportHost } from '../contract';
import { toHostError } from '../errors';

export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

/** From November a new report is drafted ahead, about the year ending (the reports are due early next year). */
const DRAFTING_AHEAD_FROM_MONTH = 10;

/** The report year a new report is usually about: last calendar year; from November on, the current one. */
export function defaultReportYear(now = new Date()): number {
  return now.getMonth() >= DRAFTING_AHEAD_FROM_MONTH ? now.getFullYear() : now.getFullYear() - 1;
}

/** A report year as typed: four digits within reason, else undefined. */
export function parseYear(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return undefined;
  const year = Number(trimmed);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : undefined;
}

/** The year field: as typed, else the document's report year, else last year; and that year when it is one. */
export function yearField(typedYear: string | null, documentYear: number | undefined, now = new Date()): { yearText: string; year?: number } {
  const yearText = typedYear ?? String(documentYear ?? defaultReportYear(now));
  return { yearText, year: parseYear(yearText) };
}

/** What the writer gave: the report type, the year as typed (null until typed) and the unit's name. */
export interface ScaffoldForm {
  profile: Profile;
  typedYear: string | null;
  unit: string;
}

/** What the insert button offers: the whole scaffold, the missing parts, the missing tables, or nothing. */
export interface InsertOffer {
  kind: 'full' | 'parts' | 'tables' | 'nothing';
  count: number;
}

export interface ScaffoldView {
  analysis: Analysis;
  plan: ScaffoldPlan;
  /** The year field: as typed, else the document's report year, else last year. */
  yearText: string;
  /** That year when it is one (undefined: nothing may be inserted until it is). */
  year?: number;
  documentYear?: number;
  /** The unit line above the document's title, to offer while the unit field is empty. */
  suggestedUnit?: string;
  offer: InsertOffer;
  canInsert: boolean;
}

/** What the document has, and what inserting would add, for the form as filled in. */
export function scaffoldView(doc: ReportDocument, form: ScaffoldForm, now = new Date()): ScaffoldView {
  const analysis = analyze(doc, form.profile);
  const documentYear = analysis.reportYear;
  const { yearText, year } = yearField(form.typedYear, documentYear, now);
  const suggestedUnit = analysis.frame.unitLine?.text;
  // The box left empty, the document's own unit line signs the report: the writer need not click 填入 for it.
  const unit = form.unit.trim() || suggestedUnit?.trim() || undefined;
  const plan = planScaffold({ profile: form.profile, year: year ?? defaultReportYear(now), unit, doc });
  const offer = offerOf(plan);
  return { analysis, plan, yearText, year, documentYear, suggestedUnit, offer, canInsert: offer.kind !== 'nothing' && year !== undefined };
}

function offerOf(plan: ScaffoldPlan): InsertOffer {
  if (plan.mode === 'full') return { kind: 'full', count: plan.adds.length };
  if (plan.adds.length > 0) return { kind: 'parts', count: plan.adds.length };
  if (plan.addsTables.length > 0) return { kind: 'tables', count: plan.addsTables.length };
  return { kind: 'nothing', count: 0 };
}

/** What an insertion did, and the existing headings whose numbers the writer should now change. */
export interface InsertOutcome {
  /** Ids of the inserted parts, in the profile's order. */
  adds: string[];
  /** Standard tables added to parts already written, as "part/table". */
  addsTables: string[];
  /** Headings to renumber, at their places in the document after the insertion. */
  renumber: Array<{ at: number; from: string; to: string }>;
  /** Headings went in and the document has a table of contents: it needs updating (更新目录). */
  updateContents?: true;
}

/** The document read again; reading can fail on its own, after the insertion has already been made. */
export type Reread = { ok: true; doc: ReportDocument } | { ok: false; error: HostError };

/** What the writer's edits changed in the plan: parts (or tables, as "part/table") now to add, and no longer. */
export interface PlanChange {
  added: string[];
  dropped: string[];
}

/** The plan made again from the document as it is now differs in what it adds (not merely where): undefined if not. */
export function planChange(before: ScaffoldPlan, after: ScaffoldPlan): PlanChange | undefined {
  const items = (plan: ScaffoldPlan) => [plan.mode, ...plan.adds, ...plan.addsTables];
  const [was, now] = [items(before), items(after)];
  const added = now.filter((item) => !was.includes(item));
  const dropped = was.filter((item) => !now.includes(item));
  return added.length || dropped.length ? { added: added.filter((i) => i !== after.mode), dropped: dropped.filter((i) => i !== before.mode) } : undefined;
}

export type Inserted = { outcome: InsertOutcome; after: Reread };
export type InsertResult = Inserted | { planChanged: PlanChange; after: Reread };

/**
 * Inserts a plan made from `basis` and reads the document again. When the document changed since `basis`
 * (the writer typed meanwhile, as writers do) and `replan` is given, the document is read again and the plan
 * made again: if it adds the same parts, that plan goes in, at the places the document has now; if not,
 * nothing goes in and the change is said (planChanged), with the document as read. Throws the host's error
 * when nothing was inserted otherwise (read-only, changed with no `replan`); once inserted, the outcome is given.
 */
export async function insertScaffold(host: ReportHost, plan: ScaffoldPlan, basis: ReportDocument): Promise<Inserted>;
export async function insertScaffold(host: ReportHost, plan: ScaffoldPlan, basis: ReportDocument, replan?: (doc: ReportDocument) => ScaffoldPlan): Promise<InsertResult>;
export async function insertScaffold(host: ReportHost, plan: ScaffoldPlan, basis: ReportDocument, replan?: (doc: ReportDocument) => ScaffoldPlan): Promise<InsertResult> {
  try {
    await host.insertScaffold(plan, basis);
  } catch (error) {
    if (!replan || toHostError(error).kind !== 'document-changed') throw error;
    const fresh = await host.readDocument();
    const again = replan(fresh);
    const changed = planChange(plan, again);
    if (changed) return { planChanged: changed, after: { ok: true, doc: fresh } };
    return insertScaffold(host, again, fresh);
  }
  const outcome = { adds: plan.adds, addsTables: plan.addsTables, renumber: afterInsertion(plan.renumber, plan.insertions), ...(plan.updateContents ? { updateContents: true as const } : {}) };
  try {
    return { outcome, after: { ok: true, doc: await host.readDocument() } };
  } catch (error) {
    return { outcome, after: { ok: false, error: toHostError(error) } };
  }
}

/** 更新目录, then the document read again (the contents' entries changed); the host's error if nothing was updated. */
export async function updateContents(host: ReportHost): Promise<{ result: ContentsUpdate; after: Reread }> {
  const result = await host.updateContents();
  try {
    return { result, after: { ok: true, doc: await host.readDocument() } };
  } catch (error) {
    return { result, after: { ok: false, error: toHostError(error) } };
  }
}

/** Where a renumbering note's heading is once the contents list more or fewer entries: past them, it moves with them. */
export function afterContentsUpdate(renumber: InsertOutcome['renumber'], before: ReportDocument, after: ReportDocument): InsertOutcome['renumber'] {
  const end = (doc: ReportDocument) => doc.blocks.map((b) => b.kind).lastIndexOf('contents-entry');
  const [was, now] = [end(before), end(after)];
  return renumber.map((note) => (was >= 0 && note.at > was ? { ...note, at: note.at + now - was } : note));
}

/** Where a renumbering note's heading is once the plan's blocks are in: its index moves down past them. */
export function afterInsertion(renumber: InsertOutcome['renumber'], insertions: ReadonlyArray<{ before: number; blocks: readonly PlannedBlock[] }>): InsertOutcome['renumber'] {
  return renumber.map((note) => ({
    ...note,
    at: note.at + insertions.filter((ins) => ins.before <= note.at).reduce((sum, ins) => sum + ins.blocks.reduce((n, block) => n + paragraphCount(block), 0), 0),
  }));
}
