/**
 * Requirement sets. The manifest requires WordApi 1.3, so 1.3 APIs are used freely; anything newer
 * only after asking the host, because an unsupported call fails the whole batch at sync.
 */
export const REQUIRED_SET = { name: 'WordApi', version: '1.3' } as const;

/** Paragraph.getReviewedText: WordApi 1.4. */
export const REVIEWED_TEXT_SET = { name: 'WordApi', version: '1.4' } as const;

/** Paragraph.getText({ includeHiddenText: false }): WordApi 1.7; the text as printed, hidden text left out. */
export const VISIBLE_TEXT_SET = { name: 'WordApi', version: '1.7' } as const;

/** Font.hidden: WordApiDesktop 1.2; where getText is missing, whether a whole paragraph is hidden. */
export const HIDDEN_FONT_SET = { name: 'WordApiDesktop', version: '1.2' } as const;

/** Body.fields.getByTypes and Field.updateResult: WordApi 1.5; updating the table of contents (更新目录). */
export const FIELD_UPDATE_SET = { name: 'WordApi', version: '1.5' } as const;

/** Font.nameFarEast (the East Asian font): WordApiDesktop 1.3. */
export const FAR_EAST_FONT_SET = { name: 'WordApiDesktop', version: '1.3' } as const;

export function isSetSupported(set: { name: string; version: string }): boolean {
  try {
    return Office.context.requirements.isSetSupported(set.name, set.version);
  } catch {
    return false; // very old hosts have no requirements object: treat as unsupported
  }
}

/** Paragraph.shapes, Shape.body (WordApiDesktop 1.2): a text box's paragraphs, which Body.paragraphs leaves out. */
export const TEXT_BOX_SET = { name: 'WordApiDesktop', version: '1.2' } as const;
