/**
 * Last year's report as the pane reads and keeps it: the .docx picked, read on this computer with the project's
 * own .docx reader (loaded as its own chunk the first time, so a pane that never compares never downloads it), and
 * the paragraphs the comparison needs, kept in the pane's storage (./preferences) under the document's key.
 */
import { DiagnosticError } from '../core/diagnostic-error';
import { makeBlock, type Block, type BlockKind, type ReportDocument } from '../core/document';
import { render } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';
import { isCodeNotLoaded } from '../host/errors';
import { keep, kept } from './preferences';

export type ReadPrevious = { kind: 'read'; doc: ReportDocument } | { kind: 'not-docx' } | { kind: 'code-unavailable' } | { kind: 'unreadable'; detail: string };

const WORD_FILE = /\.(docx|docm|dotx|dotm)$/i;

export async function readPreviousFile(file: File, lang: Lang): Promise<ReadPrevious> {
  if (!WORD_FILE.test(file.name)) return { kind: 'not-docx' };
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { readDocx } = await import(/* webpackChunkName: "docx-reader" */ '../docx/read-docx');
    return { kind: 'read', doc: readDocx(bytes) };
  } catch (error) {
    // The reader's code did not come (offline, or after an update): not the file's fault, and said so.
    if (isCodeNotLoaded(error)) return { kind: 'code-unavailable' };
    const detail = error instanceof DiagnosticError ? render(error.diagnostic, lang) : error instanceof Error ? error.message : String(error);
    return { kind: 'unreadable', detail };
  }
}

/** A paragraph as kept: its text, kind, outline level, list label and style (what tells headings and parts apart). */
type KeptBlock = [text: string, kind: BlockKind, level?: number, listString?: string, style?: string];

export function keptForm(doc: ReportDocument): { blocks: KeptBlock[] } {
  return { blocks: doc.blocks.map((b) => (b.level || b.listString || b.style ? [b.text, b.kind, b.level ?? 0, b.listString ?? '', b.style ?? ''] : [b.text, b.kind])) };
}

/** The kept paragraphs as a document again; undefined when what is kept is not that shape (another version's). */
export function fromKept(value: unknown): ReportDocument | undefined {
  const blocks = (value as { blocks?: unknown } | undefined)?.blocks;
  if (!Array.isArray(blocks) || !blocks.every((b) => Array.isArray(b) && typeof b[0] === 'string' && typeof b[1] === 'string')) return undefined;
  const read = (blocks as KeptBlock[]).map(([text, kind, level, listString, style], index): Block =>
    makeBlock(index, text, { kind, level: level || undefined, listString: listString || undefined, style: style || undefined }),
  );
  return { blocks: read, locationUnit: 'paragraph', warnings: [] };
}

const storageName = (key: string) => `previous-report:${key}`;
/** The keys of the reports kept, newest last: only the latest few documents' (each is tens of kilobytes). */
const KEPT_KEYS = 'previous-report-keys';
export const KEPT_AT_MOST = 12;

export function keptReport(key: string): unknown {
  return kept(storageName(key));
}

/**
 * Keeps last year's paragraphs under a document's key (null forgets them), forgetting the oldest beyond
 * KEPT_AT_MOST; false when they could not be kept beyond this session.
 */
export function keepReport(key: string, value: { blocks: unknown[] } | null): boolean {
  const saved = kept(KEPT_KEYS);
  const others = (Array.isArray(saved) ? saved : []).filter((k): k is string => typeof k === 'string' && k !== key);
  if (value === null) {
    keep(KEPT_KEYS, others);
    return keep(storageName(key), null);
  }
  const keys = [...others, key];
  for (const old of keys.splice(0, Math.max(0, keys.length - KEPT_AT_MOST))) keep(storageName(old), null);
  keep(KEPT_KEYS, keys);
  return keep(storageName(key), value);
}
