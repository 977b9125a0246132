/**
 * The scaffold panel's work (./scaffold-work) loads on demand: requested right after the pane's first render, so
 * the first panel paints its button before the code that reads and analyses the document is fetched.
 */
import { useCallback, useEffect, useState } from 'react';
import { loadOnce } from './load-once';

export type ScaffoldWork = typeof import('./scaffold-work');

let loaded: ScaffoldWork | undefined;
/** Every component waiting for the work hears when it is there, whichever asked for it. */
const waiting = new Set<(work: ScaffoldWork) => void>();

/** The work's code; a failed fetch (offline) is tried again at the next call. */
export const loadScaffoldWork: () => Promise<ScaffoldWork> = loadOnce(() =>
  import(/* webpackChunkName: "scaffold-work" */ './scaffold-work').then((work) => {
    loaded = work;
    waiting.forEach((hear) => hear(work));
    return work;
  }),
);

/** The work for a component: undefined until it is there (requested after the first render), or why not; `retry` fetches it again. */
export function useScaffoldWork(): { work?: ScaffoldWork; error?: unknown; retry: () => void } {
  const [state, setState] = useState<{ work?: ScaffoldWork; error?: unknown; attempt: number }>(() => ({ work: loaded, attempt: 0 }));
  const { work, attempt } = state;
  useEffect(() => {
    if (work) return undefined;
    let current = true;
    const hear = (done: ScaffoldWork) => current && setState({ work: done, attempt });
    waiting.add(hear);
    loadScaffoldWork().then(hear, (error: unknown) => current && setState((old) => (old.work ? old : { error, attempt })));
    return () => {
      current = false;
      waiting.delete(hear);
    };
  }, [work, attempt]);
  const retry = useCallback(() => setState((old) => (old.work ? old : { attempt: old.attempt + 1 })), []);
  return { work, error: state.error, retry };
}
