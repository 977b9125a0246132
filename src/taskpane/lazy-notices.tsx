/**
 * What the first panel shows only after something happened (an insert's outcome, a plan that changed, updating the
 * contents, an error, a report type's notice), loaded on demand as one chunk with Fluent's message bar and the rest
 * of the message catalog, so the first panel's button answers sooner. App fetches it while idle once the first panel
 * has read the document (preloadNotices), so an outcome seldom waits; until it is there, nothing shows in its place.
 */
import { Suspense, createElement, type ComponentType } from 'react';
import type { ContentsUpdateProps } from './components/ContentsUpdate';
import type { ErrorNoticeProps } from './components/ErrorNotice';
import type { InsertOutcomeProps } from './components/InsertOutcome';
import type { PlanChangedNotice as PlanChangedNoticeComponent } from './components/PlanChangedNotice';
import type { ProfileNotice as ProfileNoticeComponent } from './components/ProfileNotice';
import { lazyComponent } from './lazy-component';
import type { PaneText } from './strings';

type Notices = typeof import('./components/notices');
const load = () => import(/* webpackChunkName: "notices" */ './components/notices');

/** A notice that renders nothing until its code is there, without suspending the panel around it. */
function lazyNotice<P extends { t: PaneText }>(pick: (notices: Notices) => ComponentType<P>): { Notice: ComponentType<P>; preload(): Promise<unknown> } {
  const { Panel, preload } = lazyComponent(async () => pick(await load()));
  const Notice = (props: P) => createElement(Suspense, { fallback: null }, createElement(Panel, props));
  return { Notice, preload };
}

const errorNotice = lazyNotice<ErrorNoticeProps>((n) => n.ErrorNotice);
export const ErrorNotice = errorNotice.Notice;
export const InsertOutcome = lazyNotice<InsertOutcomeProps>((n) => n.InsertOutcome).Notice;
export const ContentsUpdate = lazyNotice<ContentsUpdateProps>((n) => n.ContentsUpdate).Notice;
export const PlanChangedNotice = lazyNotice<Parameters<typeof PlanChangedNoticeComponent>[0]>((n) => n.PlanChangedNotice).Notice;
export const ProfileNotice = lazyNotice<Parameters<typeof ProfileNoticeComponent>[0]>((n) => n.ProfileNotice).Notice;

/** Loads the notices' code and words; resolves when they are there. */
export const preloadNotices = (): Promise<unknown> => errorNotice.preload();
