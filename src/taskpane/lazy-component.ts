// A component loaded on demand, for the panels and notices the first panel does not need (./lazy-panels, ./lazy-notices).
import { createElement, lazy, type ComponentType } from 'react';
import { LoadFailed } from './components/CodeUnavailable';
import { loadOnce } from './load-once';
import { loadAllMessages, type PaneText } from './strings';

export interface LazyComponent<P> {
  Panel: ComponentType<P>;
  preload(): Promise<unknown>;
}

/**
 * A component whose code (and the whole message catalog) loads on demand; it suspends until both are there. A load
 * that fails (offline) says so in its place, not a blank pane (LoadFailed), and the next try or preload fetches again.
 */
export function lazyComponent<P extends { t: PaneText }>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  // A panel renders once its words are in too (`t` is synchronous).
  const preload = loadOnce(() => Promise.all([load(), loadAllMessages()]).then(([component]) => (loaded = component)));
  // React keeps a lazy component's failure: trying again (LoadFailed) makes a fresh one.
  const suspending = () => lazy(async () => ({ default: await preload() }));
  let Suspending = suspending();
  const retry = () => {
    Suspending = suspending();
  };
  // A loaded panel renders directly, so switching to it never shows the spinner again.
  const Panel = (props: P) => createElement(LoadFailed, { t: props.t, onRetry: retry, render: () => createElement((loaded ?? Suspending) as ComponentType<P>, props) });
  return { Panel, preload };
}
