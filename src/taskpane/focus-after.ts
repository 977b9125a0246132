import type { RefObject } from 'react';

/**
 * `action`, then focus on `target`'s element (once it is done, when it returns a promise): for a button that goes
 * once used, so a keyboard user's focus lands on the control it concerns rather than on the page.
 */
export function focusAfter<A extends unknown[]>(target: RefObject<HTMLElement | null>, action: (...args: A) => unknown): (...args: A) => void {
  return (...args) => {
    const done = action(...args);
    if (done instanceof Promise) void done.then(() => target.current?.focus());
    else target.current?.focus();
  };
}
