/**
 * A report type loaded from a JSON file, in the built task pane in headless Chromium (the preview page, with
 * the test Word host). The file is read in the page: no request leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM, SCREENSHOTS, openPage, seriousViolations, useBrowserSession } from './harness';

if (!CHROMIUM) console.warn('Skipping the browser tests: Chromium is not installed (bash scripts/install-test-deps.sh installs it).');

jest.setTimeout(60_000);

const PROFILE_FILE = join(__dirname, '..', 'fixtures', 'profiles', 'work-safety-annual.json');


(CHROMIUM ? describe : describe.skip)('a report type loaded from a file, in Chromium', () => {
  const session = useBrowserSession();

  async function preview(): Promise<{ page: Page; errors: string[] }> {
    const { page, foreign, errors } = await openPage(session.browser, session.origin);
    page.on('close', () => session.foreignRequests.push(...foreign));
    await page.goto(`${session.origin}/preview.html?doc=report`);
    await page.getByRole('tab', { name: '插入结构' }).waitFor();
    return { page, errors };
  }

  const pane = (page: Page) => page.locator('#pane');
  const panel = (page: Page) => pane(page).locator('[role="tabpanel"]:not([hidden])');
  const reportType = (page: Page) => panel(page).getByRole('combobox', { name: '报告类型' });
  const fitsWidth = (page: Page) => pane(page).evaluate((el) => el.scrollWidth <= el.clientWidth);

  test('load the work-safety profile, see it selected, check with its parts', async () => {
    const { page, errors } = await preview();
    // The sample is a rule-of-law report, and its title says so.
    await panel(page).getByText('根据标题判断为：法治政府建设年度情况报告').waitFor();

    await page.setInputFiles('#pane [role="tabpanel"]:not([hidden]) input[type="file"]', PROFILE_FILE);
    await panel(page).getByText(/已从“work-safety-annual\.json”载入报告类型“安全生产工作年度报告”，并已选用。/).waitFor();
    expect(await reportType(page).inputValue()).toBe('work-safety-annual');
    expect(await reportType(page).locator('option:checked').textContent()).toBe('安全生产工作年度报告（从文件载入）');
    // The title still says rule of law: offered, not forced.
    await panel(page).getByRole('button', { name: '改用“法治政府建设年度情况报告”' }).waitFor();
    await panel(page).getByText('隐患排查整改').waitFor(); // the scaffold panel's parts follow
    expect(await seriousViolations(page, '#pane')).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
    await pane(page).screenshot({ path: join(SCREENSHOTS, 'user-profile-loaded.png') });

    await page.getByRole('tab', { name: '完整性检查' }).click();
    expect(await reportType(page).inputValue()).toBe('work-safety-annual');
    await panel(page).getByRole('button', { name: '检查', exact: true }).click();
    await panel(page).getByTestId('check-summary').waitFor();
    expect(await panel(page).getByTestId('checked-as').textContent()).toBe('按“安全生产工作年度报告”检查（您选择的类型）');
    const parts = await panel(page).locator('section li[data-part]').evaluateAll((items) => items.map((li) => li.getAttribute('data-part')));
    expect(parts).toEqual(['title', 'work-done', 'accidents', 'hazards', 'next-steps', 'signature', 'date']);
    const paneText = await panel(page).innerText();
    expect(paneText).toContain('隐患排查整改');
    expect(paneText).not.toContain('主要举措和成效');

    expect(await seriousViolations(page, '#pane')).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
    await pane(page).screenshot({ path: join(SCREENSHOTS, 'user-profile.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the button opens the file input from the keyboard; a broken file shows its errors and changes nothing', async () => {
    const { page, errors } = await preview();
    const button = panel(page).getByRole('button', { name: '从文件载入报告类型…' });
    // Enter on the button opens the file input (counted here: whether headless Chromium then reports a file
    // chooser is racy, a known harness flake, so the file is set on the input directly).
    const input = panel(page).locator('input[type="file"]');
    await input.evaluate((el) => el.addEventListener('click', () => el.setAttribute('data-opened', String(Number(el.getAttribute('data-opened') ?? 0) + 1))));
    await button.focus();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('从文件载入报告类型…');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    expect(await input.getAttribute('data-opened')).toBe('2');

    const notice = panel(page).getByTestId('profile-notice');
    await input.setInputFiles({ name: 'draft.json', mimeType: 'application/json', buffer: Buffer.from('{ "id": ') });
    await notice.getByText(/“draft\.json”不是有效的 JSON 文件，没有载入。/).waitFor();

    const broken = JSON.parse(readFileSync(PROFILE_FILE, 'utf8')) as { parts: Array<{ cues?: Array<{ weight: number }> }> };
    broken.parts[3]!.cues![0]!.weight = 5;
    await input.setInputFiles({ name: 'work-safety-annual.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await notice.getByText('“work-safety-annual.json”中的报告类型有误，没有载入。').waitFor();
    expect(await notice.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^parts\[3\]\.cues\[0\]\.weight: /)]);
    expect(await reportType(page).inputValue()).toBe('rule-of-law-annual');
    expect(await reportType(page).locator('option[value="work-safety-annual"]').count()).toBe(0);

    expect(await seriousViolations(page, '#pane')).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
    await pane(page).screenshot({ path: join(SCREENSHOTS, 'user-profile-error.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
