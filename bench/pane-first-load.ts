/**
 * The pane's first load in headless Chromium: the JavaScript fetched before the scaffold panel's first button
 * (插入报告结构, there before the document is read) answers a click, against the bare pane (bench/bare-pane,
 * `npm run bench:bundle`), both production builds served on loopback. The pane runs in the simulated Word for Windows on Microsoft's own office.js (as the browser tests
 * do); office.js is Microsoft's, not the pane's, and is not counted. Counted: every script of our origin whose
 * request started before the button was there and enabled (recorded in the page the moment it appears), by its
 * gzip size (level 9, what a server compressing its files sends) and raw. Also printed: what the first paint
 * shows (the page's own frame, before the pane's scripts), the scripts fetched by the time the button's exact label
 * shows (the document read and analysed), and by the time the first button, clicked at once, has inserted.
 * Goal (reported, not asserted): at most 1.3× the bare pane. Run alone: `npm run build:cli && node lib/bench/pane-first-load.js`.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, buildAddin, launchChromium, serve } from '../tests/helpers/addin-server';
import { fulfilOfficeJs } from '../tests/browser/office-js';
import { simulatedWordScript } from '../tests/browser/simulated-word';

export interface FirstLoad {
  scripts: number;
  rawBytes: number;
  gzipBytes: number;
  /** The same by the time the button's exact label shows, the document read and analysed (the pane only). */
  exact?: { scripts: number; gzipBytes: number };
  /** The same after the first click's work is done (the pane only). */
  afterClick?: { scripts: number; gzipBytes: number };
  /** The pane's text at the first paint, before its scripts ran (the pane only). */
  firstPaintText: string;
}

/**
 * Records, in the page, when a button with this text first shows enabled (or at all, `enabled` false): the time as
 * window[`mark`], the button as window[`mark` + 'Button'].
 */
const watchButton = (label: string, mark = 'benchReadyAt', enabled = true) => `(() => {
  const match = (b) => b.textContent.trim() === ${JSON.stringify(label)} && (${!enabled} || (!b.disabled && b.getAttribute('aria-disabled') !== 'true'));
  new MutationObserver((_, observer) => {
    const button = window.${mark} === undefined && [...document.querySelectorAll('button')].find(match);
    if (button) { window.${mark} = performance.now(); window.${mark}Button = button; observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** Our scripts whose request started before `until` (ms since the page began), with their sizes from the build. */
async function scriptsBefore(page: Page, origin: string, dist: string, until: number): Promise<{ scripts: number; rawBytes: number; gzipBytes: number }> {
  const entries = (await page.evaluate(`performance.getEntriesByType('resource').map((e) => [e.name, e.startTime])`)) as Array<[string, number]>;
  const files = entries.filter(([name, start]) => name.startsWith(origin) && new URL(name).pathname.endsWith('.js') && start < until).map(([name]) => readFileSync(join(dist, new URL(name).pathname)));
  return { scripts: files.length, rawBytes: files.reduce((sum, f) => sum + f.length, 0), gzipBytes: files.reduce((sum, f) => sum + gzipSync(f, { level: 9 }).length, 0) };
}

/** Records the pane's text when the page is parsed, before its deferred scripts run: what the first paint shows. */
const RECORD_FIRST_PAINT = `document.addEventListener('readystatechange', () => {
  if (document.readyState === 'interactive' && window === window.top) window.benchFirstPaint = document.getElementById('root')?.innerText ?? '';
});`;

async function measurePane(browser: Browser, origin: string, dist: string): Promise<FirstLoad> {
  const context = await browser.newContext({ viewport: { width: 360, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.route('**/*', async (route) => {
    if (route.request().url().startsWith(origin) || (await fulfilOfficeJs(route))) return route.continue().catch(() => undefined);
    return route.abort();
  });
  const setup = { platform: 'Win32', options: {} };
  await page.addInitScript(`if (window === window.top) { window.simulatedWordSetup = ${JSON.stringify(setup)}; }\n${await simulatedWordScript()}`);
  // The panel's button comes first (插入报告结构): it answers a click at once, waiting for the document's reading if
  // need be. Its exact label (插入全部结构 in an empty document) shows once the document is read and analysed.
  await page.addInitScript(watchButton('插入报告结构'));
  await page.addInitScript(watchButton('插入全部结构', 'benchExactAt', false));
  await page.addInitScript(RECORD_FIRST_PAINT);
  const hostInfo = ['Word', 'Win32', '16.01', 'zh-CN', '', '', '', '0'].join('$');
  await page.goto(`${origin}/taskpane.html?_host_Info=${encodeURIComponent(hostInfo)}`);
  await page.waitForFunction(() => (globalThis as { benchReadyAt?: number }).benchReadyAt !== undefined, undefined, { timeout: 60_000 });
  const readyAt = (await page.evaluate('window.benchReadyAt')) as number;
  // That button clicked as soon as it is there, as a writer would (its label may have turned exact meanwhile).
  const first = await page.evaluateHandle(() => (globalThis as unknown as { benchReadyAtButton: HTMLButtonElement }).benchReadyAtButton);
  await first.click();
  await page.getByText(/已插入 \d+ 个部分/).waitFor({ timeout: 60_000 });
  const exactAt = (await page.evaluate('window.benchExactAt')) as number;
  const before = await scriptsBefore(page, origin, dist, readyAt);
  const whenExact = await scriptsBefore(page, origin, dist, exactAt);
  const after = await scriptsBefore(page, origin, dist, (await page.evaluate('performance.now()')) as number);
  const firstPaint = String(await page.evaluate('window.benchFirstPaint')).replace(/\s+/g, ' ').trim();
  await context.close();
  return { ...before, exact: { scripts: whenExact.scripts, gzipBytes: whenExact.gzipBytes }, afterClick: { scripts: after.scripts, gzipBytes: after.gzipBytes }, firstPaintText: firstPaint };
}

async function measureBare(browser: Browser, origin: string, dist: string): Promise<FirstLoad> {
  const context = await browser.newContext({ viewport: { width: 360, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  // The bare pane never uses office.js: its script tag gets an empty script.
  await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.fulfill({ status: 200, contentType: 'text/javascript', body: '' })));
  await page.addInitScript(watchButton('检查报告'));
  await page.goto(`${origin}/taskpane.html`);
  await page.waitForFunction(() => (globalThis as { benchReadyAt?: number }).benchReadyAt !== undefined, undefined, { timeout: 60_000 });
  const figures = await scriptsBefore(page, origin, dist, (await page.evaluate('window.benchReadyAt')) as number);
  await context.close();
  return { ...figures, firstPaintText: '' };
}

async function measureBuild(browser: Browser, env: Record<string, unknown>, measure: typeof measurePane): Promise<FirstLoad> {
  const dist = await buildAddin(env);
  const { origin, server } = await serve(dist);
  try {
    return await measure(browser, origin, dist);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dist, { recursive: true, force: true });
  }
}

/** Both measurements; undefined (with the reason printed) without Chromium. */
export async function paneFirstLoad(): Promise<{ pane: FirstLoad; bare: FirstLoad } | undefined> {
  if (!CHROMIUM) {
    console.log('  skipped: Chromium is not installed (/usr/bin/chromium)');
    return undefined;
  }
  const browser = await launchChromium();
  try {
    return { pane: await measureBuild(browser, {}, measurePane), bare: await measureBuild(browser, { bench: true }, measureBare) };
  } finally {
    await browser.close();
  }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export async function benchPaneFirstLoad(): Promise<void> {
  const figures = await paneFirstLoad();
  if (!figures) return;
  const { pane, bare } = figures;
  const ratio = pane.gzipBytes / bare.gzipBytes;
  console.log(`  JavaScript before the scaffold panel answers a click / bare pane: ${ratio.toFixed(2)}× gzip (goal ≤ 1.3×; raw ${(pane.rawBytes / bare.rawBytes).toFixed(2)}×)`);
  console.log(`    the pane  ${kib(pane.gzipBytes)} gzip, ${kib(pane.rawBytes)} raw, ${pane.scripts} scripts; by the time the first insert is done (the other panels prefetched while idle) ${kib(pane.afterClick?.gzipBytes ?? 0)} gzip, ${pane.afterClick?.scripts} scripts`);
  console.log(`    by the time the button's exact label (插入全部结构) shows: ${kib(pane.exact?.gzipBytes ?? 0)} gzip, ${pane.exact?.scripts} scripts`);
  console.log(`    the bare pane  ${kib(bare.gzipBytes)} gzip, ${kib(bare.rawBytes)} raw, ${bare.scripts} scripts`);
  console.log(`  first paint, before the pane's scripts run: “${pane.firstPaintText}”`);
}

if (require.main === module) {
  benchPaneFirstLoad().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
