/**
 * What a check finding offers to do about itself: 插入 a missing part (through the scaffold's plan, at the part's
 * place), and 改为 a heading's number (its number only). Each writes, reads the document again and hands it back
 * for the check to run on.
 */
import { analyze } from '../../core/analysis';
import type { Finding } from '../../core/diagnostic';
import type { ReportDocument } from '../../core/document';
import type { Profile } from '../../core/profile';
import { planScaffold, type ScaffoldPlan } from '../../core/scaffold';
import type { HeadingNumberChange, ReportHost } from '../contract';
import { toHostError } from '../errors';
import { defaultReportYear, insertScaffold, type InsertResult, type Reread } from './scaffold';

/** A missing required part a finding names, which 插入 can add. */
export function insertablePart(finding: Pick<Finding, 'code' | 'part'>): string | undefined {
  return finding.code === 'missing-part' && finding.part !== null ? finding.part : undefined;
}

/**
 * The plan for one missing part: for the document's report year (else the usual one) and its unit as the unit line
 * above the title or the signature names it, else the name the writer gave before.
 */
export function partPlan(doc: ReportDocument, profile: Profile, partId: string, rememberedUnit = '', now = new Date()): ScaffoldPlan {
  const { frame, reportYear } = analyze(doc, profile);
  const unit = frame.unitLine?.text ?? frame.signature?.text ?? (rememberedUnit.trim() || undefined);
  return planScaffold({ profile, year: reportYear ?? defaultReportYear(now), unit, doc, only: [partId] });
}

/** Inserts one missing part, re-planning on an edit made since `doc` was read (as the scaffold panel does). */
export function insertPart(host: ReportHost, doc: ReportDocument, profile: Profile, partId: string, rememberedUnit = '', now = new Date()): Promise<InsertResult> {
  const replan = (fresh: ReportDocument) => partPlan(fresh, profile, partId, rememberedUnit, now);
  return insertScaffold(host, replan(doc), doc, replan);
}

/** A heading-number change a finding (or a note after an insertion) offers: only when the number is typed at the paragraph's start. */
export function numberChange(doc: ReportDocument, finding: Pick<Finding, 'code' | 'at' | 'params'>): (HeadingNumberChange & { at: number }) | undefined {
  const { marker, expected } = finding.params;
  if (finding.code !== 'numbering' || finding.at === null || typeof marker !== 'string' || typeof expected !== 'string') return undefined;
  return typedNumber(doc, { at: finding.at, from: marker, to: expected });
}

/** The change, when `from` is typed at the start of the paragraph (a number Word's list draws is not in the text). */
export function typedNumber(doc: ReportDocument, note: { at: number; from: string; to: string }): (HeadingNumberChange & { at: number }) | undefined {
  const text = doc.blocks[note.at]?.text.trimStart() ?? '';
  return note.from && note.from !== note.to && text.startsWith(note.from) ? note : undefined;
}

/** Rewrites the heading's number and reads the document again (a failed read after the write is said, not thrown). */
export async function renumber(host: ReportHost, doc: ReportDocument, change: HeadingNumberChange & { at: number }): Promise<Reread> {
  await host.renumberHeading(doc, change.at, { from: change.from, to: change.to });
  try {
    return { ok: true, doc: await host.readDocument() };
  } catch (error) {
    return { ok: false, error: toHostError(error) };
  }
}
