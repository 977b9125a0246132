/**
 * The panels the pane does not open with, loaded on demand (their own chunks: the check engine and its word
 * lists, the figures' readers and writers) with the rest of the message catalog, so the first panel answers
 * sooner. Once loaded, a panel renders at once; before that, it suspends and the tab shows a spinner.
 * `preloadPanels` fetches them while idle.
 */
import type { CheckPanelProps } from './components/CheckPanel';
import type { FiguresPanelProps } from './components/FiguresPanel';
import { lazyComponent } from './lazy-component';
import { loadScaffoldWork } from './scaffold-work-loader';

// Each panel renders once the report types are there too (they come with the scaffold panel's work).
const withWork = async <T,>(load: Promise<T>): Promise<T> => (await Promise.all([load, loadScaffoldWork()]))[0];
const check = lazyComponent<CheckPanelProps>(async () => (await withWork(import(/* webpackChunkName: "check-panel" */ './components/CheckPanel'))).CheckPanel);
const figures = lazyComponent<FiguresPanelProps>(async () => (await withWork(import(/* webpackChunkName: "figures-panel" */ './components/FiguresPanel'))).FiguresPanel);

export const CheckPanel = check.Panel;
export const FiguresPanel = figures.Panel;

/** Loads every panel's code; resolves when all are there. */
export function preloadPanels(): Promise<unknown> {
  return Promise.all([check.preload(), figures.preload()]);
}
