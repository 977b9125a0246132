/**
 * Nothing a writer does in the pane sends anything anywhere: every request the preview page makes while the pane
 * opens, inserts and checks goes to the pane's own origin. The one exception is office.js's CDN, which the harness
 * answers locally with an empty stand-in script (only taskpane.html asks for it; in Word it is Microsoft's office.js).
 * Steps live in pane-steps.ts. A data file's URL is fetched only when the writer gives one; the tests give none.
 */
import type { Page, Request } from 'playwright-core';
import { CHROMIUM, openPage, useBrowserSession } from '../browser/harness';
import { WRITER_STEPS, type PaneStep } from './pane-steps';

if (!CHROMIUM) console.warn('Skipping the privacy tests: Chromium is not installed (bash scripts/install-test-deps.sh installs it).');

jest.setTimeout(60_000);

/** The harness's stand-in: see openPage in tests/browser/harness.ts. */
const OFFICE_JS_STAND_IN = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/;

(CHROMIUM ? describe : describe.skip)('privacy: the pane talks to no one but its own origin', () => {
  const session = useBrowserSession();

  /** Every request the page makes, by the step it was made in. */
  async function recordRequests(steps: readonly PaneStep[], first: (page: Page) => Promise<void> = async () => undefined) {
    const { page, foreign, errors } = await openPage(session.browser, session.origin);
    const requests: Array<{ step: string; url: string }> = [];
    let current = 'load';
    page.on('request', (request: Request) => void requests.push({ step: current, url: request.url() }));
    await first(page);
    for (const step of steps) {
      current = step.name;
      await step.run(page, session.origin);
    }
    await page.waitForLoadState('networkidle');
    session.foreignRequests.push(...foreign);
    await page.close();
    return { requests, errors };
  }

  const notOwn = (requests: Array<{ step: string; url: string }>) =>
    requests.filter(({ url }) => new URL(url).origin !== session.origin).map(({ step, url }) => `${step}: ${url}`);

  test('the preview page: open, insert the missing part, check, load a local data file — every request to its own origin', async () => {
    const { requests, errors } = await recordRequests(WRITER_STEPS);
    expect(notOwn(requests)).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    // Each step was recorded (a step that makes no request is fine; the list shows what each one asked for).
    expect(requests.some((r) => r.url.endsWith('/preview.html?doc=report&lang=zh-CN'))).toBe(true);
    expect(errors).toEqual([]);
  });

  test('the task pane page outside Office: only its own origin, and office.js from the CDN (the stand-in)', async () => {
    const { requests, errors } = await recordRequests([], async (page) => {
      await page.goto(`${session.origin}/taskpane.html`);
      await page.getByText('请在 Word 中打开报告助手').waitFor({ timeout: 30_000 });
    });
    const foreign = notOwn(requests);
    expect(foreign).toEqual(['load: https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    expect(foreign.every((entry) => OFFICE_JS_STAND_IN.test(entry.replace(/^load: /, '')))).toBe(true);
    expect(errors).toEqual([]);
  });
});
