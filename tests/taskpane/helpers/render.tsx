import './layout-shim';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { App, type AppProps } from '../../../src/taskpane/App';
import { preloadPanels } from '../../../src/taskpane/lazy-panels';

// The check and figures panels load on demand in the pane; here they are loaded before any test renders, so a
// test's first look at a panel finds it as the writer would a moment after opening its tab.
beforeAll(() => preloadPanels());

export function renderApp(props: Partial<AppProps> & Pick<AppProps, 'host'>) {
  const user = userEvent.setup();
  const utils = render(<App lang="zh-CN" {...props} />);
  return { user, ...utils };
}

/** Waits until the scaffold panel has read the document (its primary button shows what it would do). */
export async function scaffoldReady(): Promise<void> {
  await waitFor(() => expect(screen.queryByText(/正在读取文档|Reading the document/)).toBeNull());
}

/** Serious and critical axe violations (colour contrast needs real layout: the browser tests check it). */
export async function seriousViolations(container: Element): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
