/**
 * Which of last year's reports this document is compared with, as its settings keep it (./previous says what is kept
 * where). Apart from the comparison itself, so the pane's first panel (which passes it on) does not load that.
 */
import type { ReportHost } from '../contract';

export const PREVIOUS_SETTING = 'reportAssistant.previousReport';

export interface RememberedPrevious {
  /** The file's name as picked. */
  name: string;
  /** Where the pane's storage keeps its text on this computer. */
  key: string;
  /** The plans the writer ticked, by planKey. */
  ticks: string[];
}

export function rememberedPrevious(host: Pick<ReportHost, 'documentSetting'>): RememberedPrevious | undefined {
  try {
    const saved = JSON.parse(host.documentSetting(PREVIOUS_SETTING) ?? 'null') as Partial<RememberedPrevious> | null;
    if (!saved || typeof saved.name !== 'string' || typeof saved.key !== 'string') return undefined;
    return { name: saved.name, key: saved.key, ticks: Array.isArray(saved.ticks) ? saved.ticks.filter((t): t is string => typeof t === 'string') : [] };
  } catch {
    return undefined; // a setting another version wrote: as if none
  }
}

export function rememberPrevious(host: Pick<ReportHost, 'saveDocumentSetting'>, value: RememberedPrevious | undefined): Promise<void> {
  return host.saveDocumentSetting(PREVIOUS_SETTING, value && JSON.stringify(value));
}
