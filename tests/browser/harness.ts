import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { fulfilOfficeJs } from './office-js';

/** Debian's Chromium; the browser tests skip, saying why, where it is not installed. */
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
export const SCREENSHOTS = join(__dirname, '..', '..', 'test-output', 'screenshots');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'application/xml', '.css': 'text/css', '.json': 'application/json' };

/** Builds the add-in with the project's own webpack config, into a fresh folder. */
export async function buildAddin(): Promise<string> {
  const outputPath = mkdtempSync(join(tmpdir(), 'report-assistant-dist-'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configOrFactory = require('../../webpack.config.js');
  const resolved = typeof configOrFactory === 'function' ? await configOrFactory({}, { mode: 'production' }) : configOrFactory;
  const configs = (Array.isArray(resolved) ? resolved : [resolved]).map((c: import('webpack').Configuration) => ({
    ...c,
    mode: 'production' as const,
    output: { ...c.output, path: outputPath },
    devServer: undefined,
  }));
  await new Promise<void>((resolve, reject) => {
    webpack(configs).run((error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    });
  });
  return outputPath;
}

/** Serves a folder on the loopback interface only. */
export async function serve(root: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path === '/' ? 'taskpane.html' : path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, server };
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // No name resolves but loopback: every other address the pages use is answered by the test itself, or refused.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
}

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
