/**
 * The built task pane in real headless Chromium (Debian's), served on loopback, with the test Word host
 * (src/preview/fake-word) in place of office.js. Screenshots go to test-output/screenshots.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { defaultReportYear } from '../../src/host/workflows/scaffold';
import { CHROMIUM, SCREENSHOTS, openPage, seriousViolations, useBrowserSession } from './harness';

if (!CHROMIUM) console.warn('Skipping the browser tests: Chromium is not installed (bash scripts/install-test-deps.sh installs it).');

jest.setTimeout(60_000);

type ParagraphView = { text: string; currentText: string; placeholder?: string; selected: boolean };


(CHROMIUM ? describe : describe.skip)('the task pane in Chromium', () => {
  const session = useBrowserSession();

  async function preview(doc: 'empty' | 'report'): Promise<{ page: Page; errors: string[] }> {
    const { page, foreign, errors } = await openPage(session.browser, session.origin);
    page.on('close', () => session.foreignRequests.push(...foreign));
    await page.goto(`${session.origin}/preview.html?doc=${doc}&lang=zh-CN`);
    await page.getByRole('tab', { name: '插入结构' }).waitFor();
    return { page, errors };
  }

  const documentOf = (page: Page) =>
    page.evaluate(() => (window as unknown as { reportAssistantPreview: { paragraphs(): ParagraphView[] } }).reportAssistantPreview.paragraphs());
  const pane = (page: Page) => page.locator('#pane');
  const shoot = (page: Page, name: string) => pane(page).screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  const fitsWidth = (page: Page) => pane(page).evaluate((el) => el.scrollWidth <= el.clientWidth);

  test('empty document: insert the scaffold, then check: every mandated part present, the prompts flagged', async () => {
    const { page, errors } = await preview('empty');
    const insert = page.getByRole('button', { name: '插入全部结构' });
    await insert.waitFor();
    expect(await seriousViolations(page, '#pane')).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
    await shoot(page, 'scaffold-empty');
    await insert.click();
    await page.getByText(/已插入 \d+ 个部分/).waitFor();
    const texts = (await documentOf(page)).map((p) => p.placeholder ?? p.currentText);
    // The plans are for the year after the report year an empty document defaults to (last year; from November, this one).
    expect(texts).toContain(`四、${defaultReportYear() + 1}年度推进法治政府建设的主要安排`);
    await page.screenshot({ path: join(SCREENSHOTS, 'preview-empty-inserted.png') });

    await page.getByRole('tab', { name: '完整性检查' }).click();
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.getByText(/还有 \d+ 处需要处理/).waitFor();
    const paneText = await pane(page).innerText();
    expect(paneText).not.toMatch(/缺少“/);
    expect((paneText.match(/提示文字还没有替换/g) ?? []).length).toBeGreaterThanOrEqual(6);
    expect(await seriousViolations(page, '#pane')).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
    await shoot(page, 'check-prompts');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a report without the leader-duties part: only that section goes in, between shortcomings and plans', async () => {
    const { page, errors } = await preview('report');
    const before = (await documentOf(page)).map((p) => p.currentText);
    const insert = page.getByRole('button', { name: '补上缺少的 1 个部分' });
    await insert.waitFor();
    await shoot(page, 'scaffold-partial');
    expect(await seriousViolations(page, '#pane')).toEqual([]);
    await insert.click();
    await page.getByText(/已插入 1 个部分/).waitFor();

    const after = await documentOf(page);
    expect(after).toHaveLength(before.length + 2);
    const headingAt = after.findIndex((p) => p.currentText.includes('第一责任人职责'));
    const shortcomingsAt = after.findIndex((p) => p.currentText.includes('存在的不足和原因'));
    const plansAt = after.findIndex((p) => p.currentText.includes('主要安排'));
    expect(shortcomingsAt).toBeLessThan(headingAt);
    expect(headingAt + 2).toBe(plansAt);
    expect(after[headingAt]?.currentText).toMatch(/^三、/);
    // Every paragraph the writer had is still there, unchanged and in order.
    expect(after.filter((_, i) => i !== headingAt && i !== headingAt + 1).map((p) => p.currentText)).toEqual(before);
    await shoot(page, 'scaffold-inserted');
    await page.screenshot({ path: join(SCREENSHOTS, 'preview-report-inserted.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('clicking a finding selects its paragraph in the document', async () => {
    const { page } = await preview('report');
    await page.getByRole('button', { name: '补上缺少的 1 个部分' }).click();
    await page.getByText(/已插入 1 个部分/).waitFor();
    await page.getByRole('tab', { name: '完整性检查' }).click();
    await page.getByRole('button', { name: '检查', exact: true }).click();
    const finding = pane(page).getByRole('button', { name: /提示文字还没有替换/ }).first();
    await finding.click();
    await page.waitForFunction(() => document.querySelector('[data-selected]') !== null);
    const selected = (await documentOf(page)).findIndex((p) => p.selected);
    const doc = await documentOf(page);
    expect(doc[selected - 1]?.currentText).toContain('第一责任人职责');
    expect(await seriousViolations(page, '#pane')).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
    await shoot(page, 'check-results');
    await page.screenshot({ path: join(SCREENSHOTS, 'preview-finding-selected.png') });
    await page.close();
  });

  test('by keyboard alone: insert the scaffold, switch panels and run the check', async () => {
    const { page } = await preview('empty');
    await page.getByRole('button', { name: '插入全部结构' }).waitFor();
    const focusedName = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    for (let i = 0; i < 40 && (await focusedName()) !== '插入全部结构'; i++) await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('插入全部结构');
    await page.keyboard.press('Enter');
    await page.getByText(/已插入 \d+ 个部分/).waitFor();

    await page.getByRole('tab', { name: '插入结构' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '检查', exact: true }).waitFor();
    for (let i = 0; i < 40 && (await focusedName()) !== '检查'; i++) await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('检查');
    await page.keyboard.press('Enter');
    await page.getByText(/还有 \d+ 处需要处理/).waitFor();
    await page.close();
  });

  test('the task pane page opened outside Office shows a notice and does not crash', async () => {
    const { page, foreign, errors } = await openPage(session.browser, session.origin, 320, 700);
    await page.goto(`${session.origin}/taskpane.html`);
    await page.getByText('请在 Word 中打开报告助手').waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    expect(await seriousViolations(page, 'body')).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= 320)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'outside-office.png') });
    session.foreignRequests.push(...foreign);
    await page.close();
  });
});
