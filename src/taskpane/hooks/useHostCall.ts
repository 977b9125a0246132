import { useCallback, useEffect, useRef, useState } from 'react';
import type { HostError } from '../../host/contract';
import { toHostError } from '../../host/errors';

/** How a call ended elsewhere (a workflow that made it as one of its steps). */
export type Ended<T> = { ok: true; value: T } | { ok: false; error: HostError };

export type CallState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; value: T }
  | { status: 'error'; error: HostError };

/**
 * One async host call's state: idle → loading → done | error. Only the latest call's outcome counts, and
 * nothing is set after the component is gone. `run` never rejects: it resolves to undefined on error.
 */
export function useHostCall<A extends unknown[], T>(
  call: (...args: A) => Promise<T>,
): { state: CallState<T>; run: (...args: A) => Promise<T | undefined>; reset: () => void; settle: (ended: Ended<T>) => void } {
  const [state, setState] = useState<CallState<T>>({ status: 'idle' });
  const latest = useRef(0);
  const mounted = useRef(true);
  const callRef = useRef(call);
  callRef.current = call;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: A): Promise<T | undefined> => {
    const id = ++latest.current;
    setState({ status: 'loading' });
    try {
      const value = await callRef.current(...args);
      if (mounted.current && id === latest.current) setState({ status: 'done', value });
      return value;
    } catch (error) {
      if (mounted.current && id === latest.current) setState({ status: 'error', error: toHostError(error) });
      return undefined;
    }
  }, []);

  const reset = useCallback(() => {
    latest.current += 1;
    setState({ status: 'idle' });
  }, []);

  /** Shows a call made elsewhere as this one's latest outcome. */
  const settle = useCallback((ended: Ended<T>) => {
    latest.current += 1;
    if (mounted.current) setState(ended.ok ? { status: 'done', value: ended.value } : { status: 'error', error: ended.error });
  }, []);

  return { state, run, reset, settle };
}
