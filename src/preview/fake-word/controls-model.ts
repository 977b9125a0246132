/**
 * Content controls as Word keeps them: around whole paragraphs (FakeParagraph.controls, possibly spanning
 * several, a table's cells among them) or inline, around one run of a paragraph's text (FakeRun.control).
 */
import { FakeOfficeError } from './errors';
import type { FakeContentControl, FakeParagraph, FakeRun, FakeTable, FakeWordDocument } from './model';

export type ControlPlace =
  | { kind: 'inline'; paragraph: FakeParagraph; run: FakeRun }
  | { kind: 'paragraphs'; paragraphs: FakeParagraph[] };

/** Where a control is now; null once it has left the document. */
export function placeOf(model: FakeWordDocument, control: FakeContentControl): ControlPlace | null {
  const paragraphs: FakeParagraph[] = [];
  for (const paragraph of model.paragraphs) {
    if (paragraph.controls.includes(control)) {
      paragraphs.push(paragraph);
      continue;
    }
    const run = paragraph.runs.find((r) => r.control === control);
    if (run) return { kind: 'inline', paragraph, run };
  }
  return paragraphs.length > 0 ? { kind: 'paragraphs', paragraphs } : null;
}

export function requirePlace(model: FakeWordDocument, control: FakeContentControl, location: string): ControlPlace {
  const place = placeOf(model, control);
  if (!place) throw new FakeOfficeError('ItemNotFound', 'The content control is no longer in the document.', location);
  return place;
}

/** The inline controls in a paragraph's text, in order (Paragraph.contentControls as the fake models it). */
export function inlineControls(paragraph: FakeParagraph): FakeContentControl[] {
  return paragraph.runs.flatMap((run) => (run.control ? [run.control] : []));
}

/** Every control in document order (by where it starts): a paragraph's controls outermost first, then those in its text. */
export function documentControls(model: FakeWordDocument): FakeContentControl[] {
  const seen = new Set<FakeContentControl>();
  const out: FakeContentControl[] = [];
  for (const paragraph of model.paragraphs) {
    for (const control of [...paragraph.controls, ...inlineControls(paragraph)]) {
      if (seen.has(control)) continue;
      seen.add(control);
      out.push(control);
    }
  }
  return out;
}

/** ContentControl.text: an inline control's run, or its paragraphs' text joined by paragraph marks. */
export function controlText(model: FakeWordDocument, control: FakeContentControl): string {
  const place = placeOf(model, control);
  if (!place) return '';
  // Word includes text deleted under Track Changes in ContentControl.text (OfficeDev/office-js#1267, #1524).
  if (place.kind === 'inline') return (place.run.deletedInside ?? '') + place.run.text;
  return place.paragraphs.map((p) => model.displayText(p)).join('\r');
}

/**
 * ContentControl.insertText: "Replace" puts the text in place of the control's content, keeping the control;
 * "Start" and "End" add it inside the control. Replacing the content of a control around several
 * paragraphs (which Word collapses into one) is not modelled.
 */
export function insertTextInControl(model: FakeWordDocument, control: FakeContentControl, text: string, location: 'Replace' | 'Start' | 'End'): void {
  const place = requirePlace(model, control, 'ContentControl.insertText');
  if (place.kind === 'inline') {
    const run = place.run;
    // Under Track Changes, replaced text stays as a deletion (text inserted under tracking before just goes).
    if (location === 'Replace' && model.trackChanges) run.deletedInside ??= run.text;
    else if (location === 'Replace') delete run.deletedInside;
    run.text = location === 'Replace' ? text : location === 'Start' ? text + run.text : run.text + text;
    return;
  }
  const first = place.paragraphs[0] as FakeParagraph;
  const last = place.paragraphs[place.paragraphs.length - 1] as FakeParagraph;
  if (location === 'Start') first.runs.unshift({ text });
  else if (location === 'End') last.runs.push({ text });
  else if (place.paragraphs.length === 1) first.runs = text ? [{ text }] : [];
  else throw new FakeOfficeError('GeneralException', 'The fake does not model replacing the content of a control around several paragraphs.', 'ContentControl.insertText');
}

/**
 * ContentControl.delete: with keepContent the control goes and its content stays where it was; without,
 * the content goes too (a paragraph-level control's paragraphs; Word keeps at least one paragraph).
 */
export function deleteControl(model: FakeWordDocument, control: FakeContentControl, keepContent: boolean): void {
  const place = requirePlace(model, control, 'ContentControl.delete');
  if (place.kind === 'inline') {
    if (keepContent) delete place.run.control;
    else place.paragraph.runs.splice(place.paragraph.runs.indexOf(place.run), 1);
    return;
  }
  if (keepContent) {
    for (const paragraph of place.paragraphs) paragraph.controls = paragraph.controls.filter((c) => c !== control);
    return;
  }
  const gone = new Set(place.paragraphs);
  const kept = model.paragraphs.filter((p) => !gone.has(p));
  model.paragraphs.splice(0, model.paragraphs.length, ...(kept.length > 0 ? kept : [model.newParagraph()]));
}

/** The controls around a whole table, outermost first: those every one of its cells is in. */
export function controlsAroundTable(model: FakeWordDocument, table: FakeTable): FakeContentControl[] {
  const cells = model.tableCells(table);
  const first = cells[0];
  if (!first) return [];
  let common = first.controls.length;
  for (const cell of cells) {
    let shared = 0;
    while (shared < common && cell.controls[shared] === first.controls[shared]) shared++;
    common = shared;
  }
  return first.controls.slice(0, common);
}

/** A new control around a whole table: inside the controls around it, outside those within its cells. */
export function wrapTable(model: FakeWordDocument, table: FakeTable): FakeContentControl {
  const depth = controlsAroundTable(model, table).length;
  const control = model.newControl();
  for (const cell of model.tableCells(table)) cell.controls = [...cell.controls.slice(0, depth), control, ...cell.controls.slice(depth)];
  return control;
}

/**
 * Table.insertParagraph: a paragraph right before or after the table, in the cell and the controls the
 * table is in (so after a table wrapped in a control, inside that control, as next to a paragraph in one).
 */
export function insertParagraphNextToTable(model: FakeWordDocument, table: FakeTable, text: string, location: 'Before' | 'After'): FakeParagraph {
  const cells = model.tableCells(table);
  const near = (location === 'Before' ? cells[0] : cells[cells.length - 1]) as FakeParagraph | undefined;
  if (!near) throw new FakeOfficeError('ItemNotFound', 'The table is no longer in the document.', 'Table.insertParagraph');
  const paragraph = model.newParagraph({
    ...model.inheritedFrom(near),
    tableNestingLevel: near.tableNestingLevel - 1,
    cell: table.parentCell && { ...table.parentCell },
    controls: controlsAroundTable(model, table),
    runs: text ? [{ text }] : [],
  });
  model.paragraphs.splice(model.indexOf(near) + (location === 'After' ? 1 : 0), 0, paragraph);
  return paragraph;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** ContentControl.getOoxml of an inline control: a flat OPC package whose document part holds the w:sdt. */
export function inlineControlOoxml(control: FakeContentControl, run: FakeRun): string {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const deleted = run.deletedInside ? `<w:del w:id="1" w:author="" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>${escapeXml(run.deletedInside)}</w:delText></w:r></w:del>` : '';
  const current = run.deletedInside ? `<w:ins w:id="2" w:author="" w:date="2026-01-01T00:00:00Z"><w:r><w:t>${escapeXml(run.text)}</w:t></w:r></w:ins>` : `<w:r><w:t>${escapeXml(run.text)}</w:t></w:r>`;
  const sdt = `<w:sdt><w:sdtPr><w:tag w:val="${escapeXml(control.tag)}"/><w:id w:val="${control.id}"/></w:sdtPr><w:sdtContent>${deleted}${current}</w:sdtContent></w:sdt>`;
  return `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document xmlns:w="${W}"><w:body><w:p>${sdt}</w:p></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;
}

