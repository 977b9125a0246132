/**
 * The pages' Content-Security-Policy, in Chromium on the built add-in: the <meta> is there with exactly the expected
 * directives, every inline script and style is allowed by its hash (as built, and as written, which the development
 * build serves), and the pane opens, inserts and checks with no violation and no console error. The policy is
 * also shown to bite: code from a string and an injected style element are refused.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PREVIEW_CSS } from '../../src/preview/preview-styles';
import { CHROMIUM, openPage, useBrowserSession } from '../browser/harness';
import { WRITER_STEPS } from './pane-steps';

if (!CHROMIUM) console.warn('Skipping the CSP tests: Chromium is not installed (bash scripts/install-test-deps.sh installs it).');

jest.setTimeout(60_000);

const OFFICE_CDN = 'https://appsforoffice.microsoft.com';
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
/** An empty style element: Griffel and FluentProvider create them and fill them through the CSSOM. */
const EMPTY_STYLE = sha256('');

type Policy = Map<string, string[]>;

function policyOf(html: string): Policy {
  const content = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/i.exec(html)?.[1];
  if (content === undefined) throw new Error('no Content-Security-Policy <meta>');
  return new Map(content.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name as string, sources]));
}

/** Inline script and style bodies, comments and lodash template tags left out. */
function inlineBlocks(html: string, tag: 'script' | 'style'): string[] {
  const clean = html.replace(/<!--[\s\S]*?-->/g, '');
  return [...clean.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))].filter((m) => !/\ssrc=/.test(m[1] ?? '')).map((m) => m[2] as string);
}

const TEMPLATES = {
  taskpane: readFileSync(join(__dirname, '..', '..', 'src', 'taskpane', 'taskpane.html'), 'utf8'),
  preview: readFileSync(join(__dirname, '..', '..', 'src', 'preview', 'preview.html'), 'utf8'),
};
/** The page style both templates inline (webpack.config.js). */
const PAGE_STYLE = readFileSync(join(__dirname, '..', '..', 'src', 'page-style.css'), 'utf8');

/** Violations and console errors, recorded from before the page's first script. */
async function watchedPage(browser: Parameters<typeof openPage>[0], origin: string) {
  const opened = await openPage(browser, origin);
  const consoleErrors: string[] = [];
  opened.page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await opened.page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  return { ...opened, consoleErrors, violations: (page: Page) => page.evaluate(() => [...(window as unknown as { cspViolations: string[] }).cspViolations]) };
}

(CHROMIUM ? describe : describe.skip)('Content-Security-Policy', () => {
  const session = useBrowserSession();

  test.each(['taskpane', 'preview'] as const)('%s.html: the directives, and a hash for every inline script and style', async (name) => {
    const built = await (await fetch(`${session.origin}/${name}.html`)).text();
    const policy = policyOf(built);
    const hashes = (sources: string[] = []) => sources.filter((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s));
    const scriptSrc = policy.get('script-src') ?? [];
    const styleSrc = policy.get('style-src') ?? [];

    expect([...policy.keys()].sort()).toEqual(['base-uri', 'connect-src', 'default-src', 'font-src', 'form-action', 'img-src', 'script-src', 'style-src', 'worker-src']);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(scriptSrc.filter((s) => !hashes(scriptSrc).includes(s))).toEqual(name === 'taskpane' ? ["'self'", OFFICE_CDN] : ["'self'"]);
    expect(styleSrc).toEqual(hashes(styleSrc)); // no 'unsafe-inline', no 'self' (no stylesheet files)
    expect(styleSrc).toContain(EMPTY_STYLE);
    expect(policy.get('img-src')).toEqual(["'self'"]);
    expect(policy.get('font-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'", 'https:']);
    expect(policy.get('worker-src')).toEqual(["'self'"]); // the data-file worker, our own script
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(built).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes/);

    // Built (minified) and as written (served as-is by the development build): each needs its hash.
    const source = TEMPLATES[name].replace('<%= pageStyle %>', PAGE_STYLE).replace(/<%[\s\S]*?%>/g, '');
    const wanted = {
      script: [...inlineBlocks(built, 'script'), ...inlineBlocks(source, 'script')].map(sha256),
      style: [...inlineBlocks(built, 'style'), ...inlineBlocks(source, 'style'), ...(name === 'preview' ? [PREVIEW_CSS] : [])].map(sha256),
    };
    expect(wanted.script.filter((h) => !scriptSrc.includes(h))).toEqual([]);
    expect(wanted.style.filter((h) => !styleSrc.includes(h))).toEqual([]);
    // And nothing stale: every hash listed belongs to something on the page.
    expect(hashes(scriptSrc).filter((h) => !wanted.script.includes(h))).toEqual([]);
    expect(hashes(styleSrc).filter((h) => h !== EMPTY_STYLE && !wanted.style.includes(h))).toEqual([]);
  });

  test('taskpane.html outside Office: the notice, no violation, the legacy-browser notice not shown', async () => {
    const { page, foreign, consoleErrors, violations } = await watchedPage(session.browser, session.origin);
    await page.goto(`${session.origin}/taskpane.html`);
    await page.getByText('请在 Word 中打开报告助手').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { reportAssistantModernJs?: boolean }).reportAssistantModernJs)).toBe(true);
    expect(await page.getByText('这个版本的 Word 无法运行报告助手').count()).toBe(0);
    expect(await violations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    session.foreignRequests.push(...foreign);
    await page.close();
  });

  test('preview.html: open, insert the missing part, check — Fluent UI styled through the CSSOM, no violation', async () => {
    const { page, foreign, errors, consoleErrors, violations } = await watchedPage(session.browser, session.origin);
    for (const step of WRITER_STEPS) await step.run(page, session.origin);
    // Griffel's style elements are empty and hold their rules in the CSSOM; the preview's own layout applies too.
    const styling = await page.evaluate(() => {
      const griffel = [...document.querySelectorAll('style[data-make-styles-bucket]')] as HTMLStyleElement[];
      return {
        griffelSheets: griffel.length,
        griffelRules: griffel.reduce((n, s) => n + (s.sheet?.cssRules.length ?? 0), 0),
        griffelText: griffel.reduce((n, s) => n + (s.textContent ?? '').length, 0),
        paneWidth: getComputedStyle(document.querySelector('#pane') as Element).width,
      };
    });
    expect(styling.griffelSheets).toBeGreaterThan(0);
    expect(styling.griffelRules).toBeGreaterThan(50);
    expect(styling.griffelText).toBe(0);
    expect(styling.paneWidth).toBe('320px');
    expect(await violations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(errors).toEqual([]);

    // The policy bites: code from a string and a style element with text in it are refused, and reported. (A
    // string timer, as eval called inside page.evaluate would run with DevTools' exemption from CSP.)
    const injectedStyleApplied = await page.evaluate(() => {
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the point: it must be refused
      setTimeout('window.codeFromStringRan = true', 0);
      const style = document.createElement('style');
      style.textContent = '#pane { display: none }';
      document.head.append(style);
      return style.sheet !== null;
    });
    expect(injectedStyleApplied).toBe(false);
    await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length >= 2);
    expect(await page.evaluate(() => (window as unknown as { codeFromStringRan?: boolean }).codeFromStringRan)).toBeUndefined();
    expect((await violations(page)).map((v) => v.split(' ').slice(0, 2).join(' ')).sort()).toEqual(['script-src eval', 'style-src-elem inline']);
    session.foreignRequests.push(...foreign);
    await page.close();
  });
});
