/**
 * The pane in headless Chromium where writers met dead ends or a false "ready": figures still to be filled in
 * are found without a data file (11.5); an insert after the writer typed goes in with one click (11.7); and
 * office.js blocked by the network says so and what IT must allow (11.8); the scaffold panel's first button works
 * before the document is read. Screenshots go to test-output.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM, SCREENSHOTS, openPage, useBrowserSession } from './harness';

jest.setTimeout(90_000);

type ParagraphView = { index: number; text: string; currentText: string };
type PreviewWord = { Word: { run<T>(batch: (context: any) => Promise<T>): Promise<T> }; paragraphs(): ParagraphView[] }; // eslint-disable-line @typescript-eslint/no-explicit-any

(CHROMIUM ? describe : describe.skip)('the pane’s dead ends and false “ready”, in Chromium', () => {
  const session = useBrowserSession();
  const open = async (width = 1100) => {
    const { page, foreign, errors } = await openPage(session.browser, session.origin, width);
    page.on('close', () => session.foreignRequests.push(...foreign));
    return { page, errors };
  };
  /** Types a paragraph after paragraph `after` (at the end without it), as a writer would, through Word's own API. */
  const typeParagraph = (page: Page, text: string, after?: number) =>
    page.evaluate(
      async ({ line, at }) => {
        const preview = (window as unknown as { reportAssistantPreview: PreviewWord }).reportAssistantPreview;
        await preview.Word.run(async (context) => {
          if (at === undefined) context.document.body.insertParagraph(line, 'End');
          else {
            const paragraphs = context.document.body.paragraphs.load('text');
            await context.sync();
            paragraphs.items[at].insertParagraph(line, 'After');
          }
          await context.sync();
        });
      },
      { line: text, at: after },
    );

  test('11.5: XX件 in a report with no data file loaded: an error, and no “ready”', async () => {
    const { page, errors } = await open();
    await page.goto(`${session.origin}/preview.html?doc=report&lang=zh-CN`);
    await typeParagraph(page, '全年受理行政复议申请XX件，办结XX件。');
    await page.getByRole('tab', { name: '完整性检查' }).click();
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.getByText('“XX件”是待填的数字：请填入实际数字。').first().waitFor();
    expect(await page.getByText('可以报送').count()).toBe(0);
    await page.locator('#pane').screenshot({ path: join(SCREENSHOTS, 'check-placeholders.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('11.10: a missing part’s 插入 in the check list puts it in at its place; the heading after it is renumbered by its 改为', async () => {
    const { page, errors } = await open();
    await page.goto(`${session.origin}/preview.html?doc=report&lang=zh-CN`);
    await page.getByRole('tab', { name: '完整性检查' }).click();
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.getByRole('button', { name: '插入“党政主要负责人履行第一责任人职责”（放在它应在的位置）' }).click();
    await page.getByTestId('fix-outcome').filter({ hasText: '已插入 1 个部分' }).waitFor();
    const texts = () => page.evaluate(() => (window as unknown as { reportAssistantPreview: PreviewWord }).reportAssistantPreview.paragraphs().map((p) => p.currentText));
    const inserted = await texts();
    const duties = inserted.findIndex((t) => /^三、.*第一责任人职责/.test(t));
    expect(inserted[duties + 2]).toBe('三、2025年度推进法治政府建设的主要安排');

    // The check ran again: the old 三、 now repeats the new one; its 改为“四、” rewrites the number only.
    await page.getByRole('button', { name: /的“三、”改为“四、”（只改编号，不动文字）$/ }).click();
    await page.getByTestId('fix-outcome').filter({ hasText: '已把“三、”改为“四、”' }).waitFor();
    expect((await texts())[duties + 2]).toBe('四、2025年度推进法治政府建设的主要安排');
    expect(await page.locator('li[data-code="numbering"]').count()).toBe(0);
    expect(await page.locator('li[data-code="missing-part"]').count()).toBe(0);
    await page.locator('#pane').screenshot({ path: join(SCREENSHOTS, 'check-fixes.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a finding’s 插入 and 改为, used from the keyboard: focus moves to what the fix did, not lost to the page', async () => {
    const { page, errors } = await open(320);
    await page.goto(`${session.origin}/preview.html?doc=report&lang=zh-CN`);
    await page.getByRole('tab', { name: '完整性检查' }).click();
    await page.getByRole('button', { name: '检查', exact: true }).click();
    const focused = () => page.evaluate(() => document.activeElement?.closest('[data-testid="fix-outcome"]') !== null);
    await page.getByRole('button', { name: /^插入“党政主要负责人履行第一责任人职责”/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('fix-outcome').filter({ hasText: '已插入 1 个部分' }).waitFor();
    expect(await focused()).toBe(true);
    await page.getByRole('button', { name: /的“三、”改为“四、”（只改编号，不动文字）$/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('fix-outcome').filter({ hasText: '已把“三、”改为“四、”' }).waitFor();
    expect(await focused()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('11.7: the writer types after the pane read the document: the missing part goes in with one click', async () => {
    const { page, errors } = await open();
    await page.goto(`${session.origin}/preview.html?doc=report&lang=zh-CN`);
    const insert = page.getByRole('button', { name: '补上缺少的 1 个部分' });
    await insert.waitFor();
    // A sentence added to the measures (after the paragraph on case files): the parts to insert stay the same.
    await typeParagraph(page, '同时建立了案卷评查结果通报制度。', 9);
    await insert.click();
    await page.getByText(/已插入 1 个部分/).waitFor();
    await page.locator('#pane').screenshot({ path: join(SCREENSHOTS, 'scaffold-inserted-after-edit.png') });
    expect(await page.getByText('文档已有改动').count()).toBe(0);
    const texts = await page.evaluate(() => (window as unknown as { reportAssistantPreview: PreviewWord }).reportAssistantPreview.paragraphs().map((p) => p.currentText));
    expect(texts).toContain('同时建立了案卷评查结果通报制度。');
    expect(texts.some((t) => /第一责任人职责/.test(t))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the scaffold panel’s first button, clicked before the document is read (its code held back), inserts the structure', async () => {
    const { page, errors } = await open(320);
    // The chunks that read the document in Word and analyse it wait until the click is made: the click surely comes first.
    let clicked: () => void = () => undefined;
    const click = new Promise<void>((resolve) => (clicked = resolve));
    await page.route(/\/(?:word-reading|scaffold-work)\.[0-9a-f]+\.js$/, async (route) => {
      await click;
      await route.fallback();
    });
    await page.goto(`${session.origin}/preview.html?doc=empty&lang=zh-CN`);
    const first = page.getByRole('button', { name: '插入报告结构' });
    await first.click();
    const placed = await first.boundingBox();
    expect(await first.getAttribute('aria-disabled')).toBe('true');
    await page.getByText('正在读取文档…').waitFor();
    clicked();
    await page.getByText(/已插入 9 个部分/).waitFor();
    const texts = await page.evaluate(() => (window as unknown as { reportAssistantPreview: PreviewWord }).reportAssistantPreview.paragraphs().map((p) => p.currentText));
    expect(texts.some((t) => /第一责任人职责/.test(t))).toBe(true);
    // The button kept its place: what filled in came below it.
    expect((await page.getByRole('button', { name: '结构已完整' }).boundingBox())?.y).toBe(placed?.y);
    await page.locator('#pane').screenshot({ path: join(SCREENSHOTS, 'scaffold-button-first.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('11.8: office.js blocked by the network: said so, with the address IT must allow, not “open it in Word”', async () => {
    const { page, errors } = await open(320);
    await page.route(/^https:\/\/appsforoffice\.microsoft\.com\//, (route) => route.abort('blockedbyclient'));
    await page.goto(`${session.origin}/taskpane.html`);
    await page.getByText('没能从微软的地址载入 office.js').waitFor({ timeout: 30_000 });
    expect(await page.getByText(/请信息化部门放行 appsforoffice\.microsoft\.com/).count()).toBe(1);
    expect(await page.getByText('请在 Word 中打开报告助手').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'office-js-blocked.png') });
    // The blocked script is the browser's own error, not the pane's.
    expect(errors).toEqual([]);
    await page.close();
  });
});
