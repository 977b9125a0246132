import { useCallback, useState } from 'react';
import type { ReportDocument } from '../../core/document';
import type { Profile } from '../../core/profile';
import type { CheckOperations } from '../../host/workflows/operations';
import type { PlanChange, Reread } from '../../host/workflows/scaffold';
import type { NumberChange } from '../components/FindingActions';
import { loadPreferences } from '../preferences';
import { useHostCall } from './useHostCall';

/** What the latest fix did: a part inserted, a number changed, or nothing inserted because the document changed. */
export type FixDone = { kind: 'inserted'; partId: string } | { kind: 'renumbered'; from: string; to: string } | { kind: 'plan-changed'; change: PlanChange };

/**
 * A check finding's fixes (插入 a missing part, 改为 a heading's number): each writes, and the document read
 * again afterwards is shown, so the check runs on it at once.
 */
export function useFindingFixes(operations: CheckOperations, reading: { doc: ReportDocument | null; show: (after: Reread) => void }, profile: Profile) {
  const insert = useHostCall(operations.insertPart);
  const renumberCall = useHostCall(operations.renumber);
  // With the report type it was made under: switching type afterwards does not turn the parts' names into ids.
  const [done, setDone] = useState<(FixDone & { profile: Profile }) | null>(null);
  const { doc, show } = reading;

  const reset = useCallback(() => {
    insert.reset();
    renumberCall.reset();
    setDone(null);
  }, [insert.reset, renumberCall.reset]);

  const insertPart = useCallback(
    async (partId: string) => {
      if (!doc) return;
      reset();
      const result = await insert.run(doc, profile, partId, loadPreferences().unitName);
      if (!result) return;
      setDone('planChanged' in result ? { kind: 'plan-changed', change: result.planChanged, profile } : { kind: 'inserted', partId, profile });
      show(result.after);
    },
    [doc, profile, reset, insert.run, show],
  );

  const renumber = useCallback(
    async (change: NumberChange) => {
      if (!doc) return;
      reset();
      const after = await renumberCall.run(doc, change);
      if (!after) return;
      setDone({ kind: 'renumbered', from: change.from, to: change.to, profile });
      show(after);
    },
    [doc, profile, reset, renumberCall.run, show],
  );

  const error = insert.state.status === 'error' ? insert.state.error : renumberCall.state.status === 'error' ? renumberCall.state.error : undefined;
  const busy = insert.state.status === 'loading' || renumberCall.state.status === 'loading';
  return { busy, error, done, reset, insertPart, renumber };
}
