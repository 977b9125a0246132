import { useCallback, useState } from 'react';
import type { ReportDocument } from '../../core/document';
import type { Reread } from '../../host/workflows/scaffold';
import { useHostCall } from './useHostCall';

/**
 * The document a panel shows: read when the panel asks, or as read again by a workflow (after an insertion).
 * A failed read clears it, so nothing is planned from a document no longer known. Each document read goes to
 * `onRead` (the report type's guess goes by its title).
 */
export function useReportDocument(read: () => Promise<ReportDocument>, onRead: (doc: ReportDocument) => void) {
  const call = useHostCall(read);
  const [doc, setDoc] = useState<ReportDocument | null>(null);
  const { run, settle } = call;

  const keep = useCallback(
    (value: ReportDocument | undefined) => {
      setDoc(value ?? null);
      if (value) onRead(value);
    },
    [onRead],
  );
  const reload = useCallback(async () => keep(await run()), [run, keep]);
  const show = useCallback(
    (after: Reread) => {
      settle(after.ok ? { ok: true, value: after.doc } : after);
      keep(after.ok ? after.doc : undefined);
    },
    [settle, keep],
  );
  return { doc, state: call.state, reload, show };
}
