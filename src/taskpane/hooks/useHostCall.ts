import { useCallback, useEffect, useRef, useState } from 'react';
import type { HostError } from '../../host/contract';
import { toHostError } from '../../host/errors';

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
): { state: CallState<T>; run: (...args: A) => Promise<T | undefined>; reset: () => void } {
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

  return { state, run, reset };
}
