import type { ContentsUpdate } from '../host/contract';
import { FIELD_UPDATE_SET, isSetSupported } from './requirements';

/**
 * 更新目录: every table-of-contents field in the body updated (entries and page numbers), in one batch: the fields
 * found, then updated. Field.updateResult and FieldCollection.getByTypes are WordApi 1.5. (TableOfContents
 * .updatePageNumbers, WordApiDesktop 1.4, only renumbers the entries already there, so it would not list the
 * headings just inserted; every host with it has WordApi 1.5 too.) Without them, or where the contents are not a
 * field Word knows (typed by hand), the writer updates them: 'by-hand'.
 */
export async function updateContents(context: Word.RequestContext): Promise<ContentsUpdate> {
  if (!isSetSupported(FIELD_UPDATE_SET)) return 'by-hand';
  const fields = context.document.body.fields.getByTypes([Word.FieldType.toc]);
  fields.load('items');
  await context.sync();
  if (fields.items.length === 0) return 'by-hand';
  for (const field of fields.items) field.updateResult();
  await context.sync();
  return 'updated';
}
