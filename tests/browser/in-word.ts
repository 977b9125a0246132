/**
 * The built, unchanged task pane inside a simulated Word, on Microsoft's own office.js: Word for Windows (the pane's
 * page with window.external installed before office.js loads) or Word on the web (Word's page, answered by the test
 * on its usual https address, with the add-in in an iframe from an https origin of its own, both served from dist/).
 */
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { Frame, Page, Route } from 'playwright-core';
import { hostInfo, type HostPlatform, type SimulatedWordOptions, type WireBatch } from '../../src/preview/simulated-host/host';
import type { FakeParagraphView } from '../../src/preview/fake-word';
import type { BrowserSession } from './harness';
import { fulfilOfficeJs } from './office-js';
import { simulatedWordScript } from './simulated-word';

/** Word on the web's editor page, and where the add-in is deployed for it (https, as Word on the web requires). */
export const WORD_WEB_PAGE = 'https://word-edit.officeapps.live.com/we/wordeditorframe.aspx';
export const WEB_ADDIN_ORIGIN = 'https://addin.report-assistant.test';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.csv': 'text/csv' };

export interface InWord {
  platform: HostPlatform;
  /** The top page: the pane itself (Windows) or Word's page around it (web). */
  page: Page;
  pane: Frame;
  /** Console errors and uncaught errors of every frame, and requests that would have left the machine. */
  consoleErrors: string[];
  pageErrors: string[];
  foreign: string[];
}

/** Opens the pane in a simulated Word on the real office.js; resolves once the pane has connected. */
export async function openInWord(session: BrowserSession, platform: HostPlatform, options: SimulatedWordOptions = {}, extraRoutes?: (route: Route) => Promise<boolean>): Promise<InWord> {
  const context = await session.browser.newContext({ viewport: { width: platform === 'Web' ? 1100 : 360, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const inWord: InWord = { platform, page, pane: page.mainFrame(), consoleErrors: [], pageErrors: [], foreign: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') inWord.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => inWord.pageErrors.push(String(error)));
  // In every frame, before its first script: the Content-Security-Policy violations it reports.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`));
  });
  const script = await simulatedWordScript();
  const setup = { platform, options, addinUrl: `${WEB_ADDIN_ORIGIN}/taskpane.html` };
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(session.origin)) return route.continue();
    if ((await fulfilOfficeJs(route)) || (await extraRoutes?.(route))) return;
    if (url.startsWith(WORD_WEB_PAGE)) return route.fulfill({ status: 200, contentType: TYPES['.html'], body: wordWebPage(setup) });
    if (url === new URL('/simulated-word.js', WORD_WEB_PAGE).href) return route.fulfill({ status: 200, contentType: TYPES['.js'], body: script });
    if (url.startsWith(`${WEB_ADDIN_ORIGIN}/`)) return fulfilFromDist(route, session.dist);
    inWord.foreign.push(url);
    return route.abort();
  });

  if (platform === 'Win32') {
    await page.addInitScript(`if (window === window.top) { window.simulatedWordSetup = ${JSON.stringify(setup)}; }\n${script}`);
    await page.goto(`${session.origin}/taskpane.html?_host_Info=${encodeURIComponent(hostInfo('Win32', options.uiLanguage ?? 'zh-CN'))}`);
  } else {
    await page.goto(WORD_WEB_PAGE);
    const frame = await (await page.waitForSelector('#addin')).contentFrame();
    if (!frame) throw new Error('The add-in frame did not open.');
    await frame.waitForURL(/taskpane\.html/);
    inWord.pane = frame;
  }
  await inWord.pane.getByRole('tablist').waitFor({ timeout: 30_000 });
  return inWord;
}

/** Word on the web's page: the simulated host, which opens the add-in in an iframe and answers it. */
function wordWebPage(setup: unknown): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Word</title></head><body>
<script>window.simulatedWordSetup = ${JSON.stringify(setup).replace(/</g, '\\u003c')};</script>
<script src="/simulated-word.js"></script></body></html>`;
}

async function fulfilFromDist(route: Route, dist: string): Promise<void> {
  const path = normalize(decodeURIComponent(new URL(route.request().url()).pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    await route.fulfill({ status: 200, contentType: TYPES[extname(path)] ?? 'application/octet-stream', body: readFileSync(join(dist, path)) });
  } catch {
    await route.fulfill({ status: 404, body: 'not found' });
  }
}

/** The page that holds the simulated host: the pane's own page on Windows, Word's page on the web. */
const hostPage = (inWord: InWord) => inWord.page;

type HostWindow = { simulatedWord: import('../../src/preview/simulated-host/host').SimulatedWordHost };

/** The document as it stands in the simulated Word. */
export function documentIn(inWord: InWord): Promise<FakeParagraphView[]> {
  return hostPage(inWord).evaluate(() => (window as unknown as HostWindow).simulatedWord.fake.paragraphs());
}

/** Puts the cursor at the end of (or, with an offset, inside) a paragraph, as a click in Word does. */
export function placeCursor(inWord: InWord, index: number, offset?: number): Promise<void> {
  return hostPage(inWord).evaluate(
    ([at, within]) => {
      const { model } = (window as unknown as HostWindow).simulatedWord.fake;
      const paragraph = model.paragraphs[at as number];
      if (!paragraph) throw new Error(`No paragraph ${at}`);
      model.selection = within === undefined ? { key: paragraph.key, mode: 'End' } : { key: paragraph.key, mode: 'End', offset: within as number };
    },
    [index, offset],
  );
}

export interface HostState {
  batches: WireBatch[];
  references: number;
  settings: Array<[string, string]>;
  /** What office.js asked the host's own services to do (its telemetry, its notices), as JSON. */
  serviceCalls: string[];
}

export function hostState(inWord: InWord): Promise<HostState> {
  return hostPage(inWord).evaluate(() => {
    const host = (window as unknown as HostWindow).simulatedWord;
    return {
      batches: host.batches.map((b) => ({ ...b, actions: [...b.actions] })),
      references: host.executor.references.size,
      settings: host.savedSettings(),
      serviceCalls: [...host.executor.services.values()].flatMap((s) => s.calls),
    };
  });
}

/** What `read` gives once `ready` accepts it (office.js saves settings and releases references asynchronously). */
async function until<T>(inWord: InWord, read: (inWord: InWord) => Promise<T>, ready: (value: T) => boolean): Promise<T> {
  for (let wait = 0; wait < 80; wait++) {
    const value = await read(inWord);
    if (ready(value)) return value;
    await inWord.page.waitForTimeout(100);
  }
  throw new Error(`The simulated Word never reached the state awaited: ${JSON.stringify(await read(inWord)).slice(0, 2000)}`);
}

export const hostStateWhen = (inWord: InWord, ready: (state: HostState) => boolean) => until(inWord, hostState, ready);
export const documentWhen = (inWord: InWord, ready: (doc: FakeParagraphView[]) => boolean) => until(inWord, documentIn, ready);

/** CSP violations the pane's frame reported. */
export function violationsIn(inWord: InWord): Promise<string[]> {
  return inWord.pane.evaluate(() => [...(window as unknown as { cspViolations: string[] }).cspViolations]);
}

/** The host once quiet: office.js has released every reference (in a batch of its own after Word.run) and sends nothing more. */
async function settled(inWord: InWord): Promise<HostState> {
  let last = -1;
  for (let wait = 0; wait < 80; wait++) {
    await inWord.page.waitForTimeout(250);
    const state = await hostState(inWord);
    if (state.batches.length === last && state.references === 0) return state;
    last = state.batches.length;
  }
  throw new Error(`The host did not settle: ${JSON.stringify(await hostState(inWord))}`);
}

/** The batches office.js sent for one operation, counted from a quiet host to a quiet host, the releases apart. */
export async function batchesFor(inWord: InWord, operation: () => Promise<void>): Promise<{ syncs: WireBatch[]; releases: number }> {
  const before = (await settled(inWord)).batches.length;
  await operation();
  const added = (await settled(inWord)).batches.slice(before);
  const release = (b: WireBatch) => b.actions.length > 0 && b.actions.every((a) => a === '_RemoveReference');
  return { syncs: added.filter((b) => !release(b)), releases: added.filter(release).length };
}
