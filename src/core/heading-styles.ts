/**
 * Heading style names as Word, WPS and LibreOffice write them: "heading 1" (any case, space optional)
 * and "标题 1"/"标题1". One rule for every host adapter, so .docx files and Word agree on levels.
 */
const HEADING_NAME = /^(?:heading|标题)\s*([1-9])$/i;

export function headingLevelFromName(name: string): number | undefined {
  const match = HEADING_NAME.exec(name.trim());
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
