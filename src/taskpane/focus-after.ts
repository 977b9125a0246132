import { useCallback, useEffect, useRef, type FocusEvent, type RefObject } from 'react';

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

/**
 * For a panel whose controls can go while a writer is on one (a failed read takes the insert button away): while
 * `failed`, if the control that had focus is gone and focus fell to the page, the first button that shows in
 * `notice` (the notice saying what went wrong, with its action; it may load a moment later) takes it. Focus the
 * writer has moved elsewhere is left where it is. The handlers go on the panel's root.
 */
export function useFocusToNotice(notice: RefObject<HTMLElement | null>, failed: boolean) {
  const focused = useRef<Element | null>(null);
  const onFocusCapture = useCallback((event: FocusEvent) => {
    focused.current = event.target;
  }, []);
  // Focus moved out of the panel; a control removed while focused keeps its place here (it is no longer in the page).
  const onBlurCapture = useCallback((event: FocusEvent) => {
    if (event.target.isConnected) focused.current = null;
  }, []);

  useEffect(() => {
    const area = notice.current;
    const lost = focused.current !== null && !focused.current.isConnected;
    if (!failed || !area || !lost) return undefined;
    const handOff = () => {
      const button = area.querySelector('button');
      const onPage = document.activeElement === null || document.activeElement === document.body;
      if (!button || !onPage) return !onPage;
      button.focus();
      return true;
    };
    if (handOff()) return undefined;
    const watching = new MutationObserver(() => {
      if (handOff()) watching.disconnect();
    });
    watching.observe(area, { childList: true, subtree: true });
    return () => watching.disconnect();
  }, [notice, failed]);

  return { onFocusCapture, onBlurCapture };
}
