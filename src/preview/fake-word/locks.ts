/**
 * Locked content controls, enforced as Word enforces them: a change that would alter what a control marked
 * cannotEdit holds (its paragraphs' text, a paragraph added inside it or taken out of it) or remove a control marked
 * cannotDelete is refused whole, and the document stays as it was before that one call. Word's error code for it
 * is not documented: AccessDenied ("the requested action isn't allowed", Word.ErrorCodes) is the imitation's choice,
 * listed in src/preview/simulated-host/BEHAVIOURS.md.
 */
import { FakeOfficeError } from './errors';
import type { FakeContentControl, FakeParagraph, FakeWordDocument } from './model';

interface Locked {
  control: FakeContentControl;
  /** The paragraphs it holds (by key) and what each says; for an inline control, its own run's text. */
  content: string;
}

/** Runs `apply` (one API call's change); refuses it and puts everything back if it touches a locked control. */
export function guardLocks(model: FakeWordDocument, location: string, apply: () => void): void {
  const locked = lockedControls(model);
  if (locked.length === 0) {
    apply();
    return;
  }
  const before = snapshot(model);
  apply();
  const broken = locked.find((lock) => (lock.control.cannotEdit && contentOf(model, lock.control) !== lock.content) || (lock.control.cannotDelete && !present(model, lock.control)));
  if (!broken) return;
  restore(model, before);
  const why = broken.control.cannotEdit ? 'its content cannot be edited (cannotEdit)' : 'it cannot be deleted (cannotDelete)';
  throw new FakeOfficeError('AccessDenied', `The content control ${broken.control.id} is locked: ${why}.`, location);
}

function lockedControls(model: FakeWordDocument): Locked[] {
  const controls = new Set<FakeContentControl>();
  for (const paragraph of model.paragraphs) {
    for (const control of paragraph.controls) if (control.cannotEdit || control.cannotDelete) controls.add(control);
    for (const run of paragraph.runs) if (run.control && (run.control.cannotEdit || run.control.cannotDelete)) controls.add(run.control);
  }
  return [...controls].map((control) => ({ control, content: contentOf(model, control) }));
}

function contentOf(model: FakeWordDocument, control: FakeContentControl): string {
  const parts: string[] = [];
  for (const paragraph of model.paragraphs) {
    if (paragraph.controls.includes(control)) parts.push(`${paragraph.key}:${runsText(paragraph)}`);
    for (const run of paragraph.runs) if (run.control === control) parts.push(`${paragraph.key}/${run.revision ?? ''}/${run.deletedInside ?? ''}:${run.text}`);
  }
  return parts.join('\n');
}

const runsText = (paragraph: FakeParagraph) => JSON.stringify(paragraph.runs.map((run) => [run.text, run.revision ?? '', run.deletedInside ?? '', run.control?.id ?? 0]));

const present = (model: FakeWordDocument, control: FakeContentControl) =>
  model.paragraphs.some((p) => p.controls.includes(control) || p.runs.some((run) => run.control === control));

interface Snapshot {
  order: FakeParagraph[];
  paragraphs: Array<{ paragraph: FakeParagraph; fields: FakeParagraph }>;
}

/** Every paragraph's fields, runs and controls as they are, so a refused change can be undone whole. */
function snapshot(model: FakeWordDocument): Snapshot {
  return {
    order: [...model.paragraphs],
    paragraphs: model.paragraphs.map((paragraph) => ({ paragraph, fields: { ...paragraph, runs: paragraph.runs.map((run) => ({ ...run })), controls: [...paragraph.controls] } })),
  };
}

function restore(model: FakeWordDocument, before: Snapshot): void {
  model.paragraphs.splice(0, model.paragraphs.length, ...before.order);
  for (const { paragraph, fields } of before.paragraphs) {
    for (const key of Object.keys(paragraph)) if (!(key in fields)) delete (paragraph as unknown as Record<string, unknown>)[key];
    Object.assign(paragraph, fields);
  }
}
