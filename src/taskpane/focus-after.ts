import { useCallback, useEffect, useMemo, useRef, type FocusEvent, type MutableRefObject, type RefObject } from 'react';

/**
 * `action`, then focus on `target`'s element at once: for a button that goes once used, so a keyboard user's focus
 * lands on the control it concerns rather than on the page. `target` stays while the action runs (disabled at most,
 * and still focusable), so focus does not wait for work that may take a while, such as saving to the document.
 */
export function focusAfter<A extends unknown[]>(target: RefObject<HTMLElement | null>, action: (...args: A) => unknown): (...args: A) => void {
  return (...args) => {
    void action(...args);
    target.current?.focus();
  };
}

/** Which control in a panel had focus last, kept when the control is taken away; its handlers go on the panel's root. */
export interface FocusWithin {
  focused: MutableRefObject<Element | null>;
  handlers: { onFocusCapture: (event: FocusEvent) => void; onBlurCapture: (event: FocusEvent) => void };
}

export function useFocusWithin(): FocusWithin {
  const focused = useRef<Element | null>(null);
  const onFocusCapture = useCallback((event: FocusEvent) => {
    focused.current = event.target;
  }, []);
  // Focus left for another control. The blur a browser fires as it removes a focused control never reaches here
  // (React 18 dispatches no events while it commits), so a removed control stays here as the one that had focus.
  const onBlurCapture = useCallback((event: FocusEvent) => {
    if (event.target.isConnected) focused.current = null;
  }, []);
  return { focused, handlers: useMemo(() => ({ onFocusCapture, onBlurCapture }), [onFocusCapture, onBlurCapture]) };
}

/**
 * For a panel whose controls can go while a writer is on one (a failed read takes the insert button away, a read
 * that succeeds takes away the notice with 重新读取): when `active` turns true, if the control that had focus is gone
 * and focus fell to the page, the first button that shows in `area` (the notice saying what went wrong, with its
 * action; the panel's button) takes it, at once or when it shows (a notice may load a moment later). Focus the
 * writer has moved elsewhere in the pane, or out of it (back into the document), is left where it is.
 */
export function useFocusHandOff(within: FocusWithin, area: RefObject<HTMLElement | null>, active: boolean): void {
  const { focused } = within;
  useEffect(() => {
    const container = area.current;
    const lost = focused.current !== null && !focused.current.isConnected;
    if (!active || !container || !lost) return undefined;
    focused.current = null;
    const handOff = () => {
      const button = container.querySelector('button');
      const onPage = document.activeElement === null || document.activeElement === document.body;
      if (!button || !onPage) return !onPage;
      button.focus();
      return true;
    };
    if (handOff()) return undefined;
    // Until the button is there. A writer who goes back to the document meanwhile leaves the pane's page focused
    // as far as it can tell: the window's blur says so, and ends the wait.
    const watching = new MutationObserver(() => {
      if (handOff()) stop();
    });
    const stop = () => {
      watching.disconnect();
      window.removeEventListener('blur', stop);
    };
    watching.observe(container, { childList: true, subtree: true });
    window.addEventListener('blur', stop);
    return stop;
  }, [focused, area, active]);
}
