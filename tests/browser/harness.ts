import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { fulfilOfficeJs } from './office-js';
import { buildAddin, launchChromium, serve } from '../helpers/addin-server';

export { CHROMIUM, buildAddin, launchChromium, serve } from '../helpers/addin-server';
export const SCREENSHOTS = join(__dirname, '..', '..', 'test-output', 'screenshots');

const OFFICE_JS = /^https:\/\/appsforoffice\.microsoft\.com\//;

/**
 * A page where nothing leaves the machine: our own origin is served, and every other request is refused and
 * recorded. office.js's CDN answers with an empty script (the pane on its own: the preview page's test Word host
 * stands in for office.js), or, with `officeJs: 'package'`, from the @microsoft/office-js package (office-js.ts).
 */
export async function openPage(browser: Browser, origin: string, width = 1100, height = 900, officeJs: 'empty' | 'package' = 'empty'): Promise<{ page: Page; foreign: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
  const page = await context.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    if (officeJs === 'empty' && OFFICE_JS.test(url)) return route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
    if (officeJs === 'package' && (await fulfilOfficeJs(route))) return;
    foreign.push(url);
    return route.abort();
  });
  return { page, foreign, errors };
}

/** Runs axe-core on part of the page and returns the serious and critical violations. */
export async function seriousViolations(page: Page, selector: string): Promise<Array<{ id: string; impact: string; nodes: number }>> {
  // Evaluated through the debugging protocol, not added as a <script>: the pane's Content-Security-Policy
  // rightly refuses inline scripts, and axe is the test's tool, not the page's.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async (root) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
    // Fluent UI's focus manager (tabster) adds hidden focus sentinels that axe reports as aria-hidden-focus;
    // upstream treats this as a known false positive (microsoft/fluentui#27517, tabster#288).
    const result = await axe.run({ include: [[root]], exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  }, selector);
}

export interface BrowserSession {
  origin: string;
  /** The built add-in's folder (served on `origin`). */
  dist: string;
  browser: Browser;
  /** Requests that were not to our own origin; the session fails its file if any were made. */
  foreignRequests: string[];
}

/**
 * For one test file (call inside its describe): build and serve the add-in and start Chromium before the tests,
 * and afterwards close everything and assert that no request left the machine.
 */
export function useBrowserSession(): BrowserSession {
  const session = { foreignRequests: [] as string[] } as BrowserSession;
  let dist: string | undefined;
  let server: Server | undefined;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    dist = await buildAddin();
    session.dist = dist;
    const served = await serve(dist);
    server = served.server;
    session.origin = served.origin;
    session.browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await session.browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (dist) rmSync(dist, { recursive: true, force: true });
    // Nothing but our own origin (and office.js's CDN, answered locally) was ever asked for.
    expect(session.foreignRequests).toEqual([]);
  });
  return session;
}
