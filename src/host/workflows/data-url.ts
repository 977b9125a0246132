/**
 * The data file's address kept with the document: small and apart from the figures workflow, so the pane reads
 * it without loading the figures' code (operations.ts loads that on demand).
 */
import type { ReportHost } from '../contract';

/** Where the data file's https address is kept with the document, so a refresh can read it again. */
export const DATA_URL_SETTING = 'reportAssistant.dataUrl';

export function savedDataUrl(host: ReportHost): string | undefined {
  return host.documentSetting(DATA_URL_SETTING);
}

/** Kept with the document only once it has loaded, so a mistyped address is not saved. */
export function keepDataUrl(host: ReportHost, url: string): Promise<void> {
  return host.saveDocumentSetting(DATA_URL_SETTING, url);
}
