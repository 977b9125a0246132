/**
 * The look of what the pane shows before anything loads on demand (its frame, and the scaffold panel's button with
 * its status line), as plain style objects over Fluent's tokens (CSS variables its provider sets): `makeStyles`
 * would bring Griffel's style compiler (6.7 KiB gzip) into the first load. Applied through React's `style`, which
 * the Content-Security-Policy allows (set through the CSSOM, not as markup). The panels loaded later use `makeStyles`
 * (./styles), with these same objects where they style the same things.
 */
import { tokens } from '@fluentui/react-components';
import type { CSSProperties } from 'react';

export const FRAME_STYLES = {
  root: {
    boxSizing: 'border-box',
    minWidth: 0,
    maxWidth: '100%',
    minHeight: '100vh',
    overflowWrap: 'anywhere',
    wordBreak: 'break-word',
  },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  tabs: {
    flexWrap: 'wrap',
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
  },
  /** One column that wraps long text, down to a 320 px task pane. */
  stack: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0 as const, // the literal 0: makeStyles (./styles reuses this) takes no other number without a unit
  },
  /** A wrapper that lays out nothing itself: its children sit in the stack around it (a ref to look inside). */
  contents: { display: 'contents' },
  /** A primary button as wide as its text needs, wrapping rather than overflowing a narrow pane. */
  wideButton: {
    maxWidth: '100%',
    height: 'auto',
    whiteSpace: 'normal',
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
} satisfies Record<string, CSSProperties>;
