/**
 * The Content-Security-Policy with Microsoft's own office.js (the @microsoft/office-js package): inside the simulated
 * Word for Windows and Word on the web while the writer inserts, checks and links figures, and outside Office. Our
 * pages cause no violation and no console error; what office.js itself attempts is listed here, each with the
 * decision the README explains, and nothing else may appear.
 */
import type { Frame } from 'playwright-core';
import { REPORT_WITHOUT_LEADER_DUTIES } from '../../src/preview/fake-word';
import { CHROMIUM, openPage, useBrowserSession } from '../browser/harness';
import { openInWord, violationsIn } from '../browser/in-word';
import { OFFICE_CDN } from '../browser/office-js';

jest.setTimeout(120_000);

/** What office.js does that the policy refuses, by where it happens; the README says why each stays refused. */
const OFFICE_JS_OWN = {
  /**
   * Its telemetry reads the add-in's store licence token with DOMParser; an add-in not from the store has none, and
   * Chromium's parse-error document carries two style attributes. Allowing them would take 'unsafe-hashes'.
   */
  licenceTokenParse: (hostFile: string) => Array.from({ length: 2 }, () => `style-src-attr inline ${OFFICE_CDN}${hostFile}`),
  /** Outside Office only: a hidden frame of Microsoft's telemetry service, and the style attribute hiding it. */
  telemetryFrame: [`style-src-attr inline ${OFFICE_CDN}o15apptofilemappingtable.js`, 'frame-src https://telemetryservice.firstpartyapps.oaspapps.com '],
};

/** The console's wording of those refusals, and office.js's own log when the browser refuses a framed page storage. */
const OFFICE_JS_CONSOLE = [
  /^Applying inline style violates the following Content Security Policy directive 'style-src /,
  /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive/,
  /^SecurityError: Failed to read the 'sessionStorage' property from 'Window'/,
];
const notOfficeJs = (errors: string[]) => errors.filter((e) => !OFFICE_JS_CONSOLE.some((known) => known.test(e)));

async function writerSteps(pane: Frame): Promise<void> {
  await pane.getByRole('button', { name: '补上缺少的 1 个部分' }).click();
  await pane.getByText(/已插入 1 个部分/).waitFor();
  await pane.getByRole('tab', { name: '完整性检查' }).click();
  await pane.getByRole('button', { name: '检查', exact: true }).click();
  await pane.getByTestId('check-summary').waitFor();
  await pane.getByRole('tab', { name: '数据' }).click();
  const csv = '单位,年度,指标,数值,计量单位\n青禾县司法局,2023,听证会次数,3,次\n青禾县司法局,2024,听证会次数,5,次\n';
  await pane.setInputFiles('[data-testid="figure-file"]', { name: '本机数据.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await pane.getByTestId('figures-loaded').waitFor();
  await pane.getByRole('button', { name: '在光标后插入对比表' }).click();
  await pane.getByText('已插入，并与数据文件关联。').waitFor();
}

(CHROMIUM ? describe : describe.skip)('Content-Security-Policy with Microsoft\u2019s office.js', () => {
  const session = useBrowserSession();

  test.each([
    ['Win32', 'word-win32-16.01.js'],
    ['Web', 'word-web-16.00.js'],
  ] as const)('in Word (%s): insert, check, link figures — only office.js\u2019s own refusals, as listed', async (platform, hostFile) => {
    const inWord = await openInWord(session, platform, { paragraphs: REPORT_WITHOUT_LEADER_DUTIES });
    await writerSteps(inWord.pane);
    expect(await violationsIn(inWord)).toEqual(OFFICE_JS_OWN.licenceTokenParse(hostFile));
    expect(notOfficeJs(inWord.consoleErrors)).toEqual([]);
    expect(inWord.pageErrors).toEqual([]);
    expect(inWord.foreign).toEqual([]);
    await inWord.page.close();
  });

  test('outside Office: the notice; only office.js\u2019s telemetry frame refused, nothing requested from elsewhere', async () => {
    const { page, foreign, errors } = await openPage(session.browser, session.origin, 320, 700, 'package');
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`));
    });
    await page.goto(`${session.origin}/taskpane.html`);
    await page.getByText('请在 Word 中打开报告助手').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length >= 2);
    expect(await page.evaluate(() => [...(window as unknown as { cspViolations: string[] }).cspViolations].sort())).toEqual([...OFFICE_JS_OWN.telemetryFrame].sort());
    expect(notOfficeJs(consoleErrors)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });
});
