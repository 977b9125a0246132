// A component loaded on demand, for the panels and notices the first panel does not need (./lazy-panels, ./lazy-notices).
import { createElement, lazy, type ComponentType } from 'react';
import { loadAllMessages } from './strings';

export interface LazyComponent<P> {
  Panel: ComponentType<P>;
  preload(): Promise<unknown>;
}

/** A component whose code (and the whole message catalog) loads on demand; it suspends until both are there. */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  // A panel renders once its words are in too (`t` is synchronous).
  const preload = () => (loading ??= Promise.all([load(), loadAllMessages()]).then(([component]) => (loaded = component)));
  const Suspending = lazy(async () => ({ default: await preload() }));
  // A loaded panel renders directly, so switching to it never shows the spinner again.
  const Panel = (props: P) => createElement((loaded ?? Suspending) as ComponentType<P>, props);
  return { Panel, preload };
}
