/**
 * Figures from a data file, end to end in headless Chromium: load a CSV through the file input, insert a
 * comparison table and a figure in a sentence, change the data, refresh, and see the new values; the check
 * then flags a figure that went stale. Screenshots go to test-output/screenshots.
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM, SCREENSHOTS, openPage, seriousViolations, useBrowserSession } from './harness';

jest.setTimeout(90_000);

type ParagraphView = { index: number; text: string; currentText: string; cell?: { row: number; column: number } };

/** A small office data file in the long layout, in our own words; `cases` is 2024's 行政复议案件收案数. */
function dataFile(cases: number): Buffer {
  const rows = [
    '单位,年度,指标,数值,计量单位',
    '青禾县司法局,2023,行政复议案件收案数,96,件',
    `青禾县司法局,2024,行政复议案件收案数,${cases},件`,
    '青禾县司法局,2023,普法宣传活动场次,"1,240",场次',
    '青禾县司法局,2024,普法宣传活动场次,"1,318",场次',
  ];
  return Buffer.from(`${rows.join('\n')}\n`, 'utf8');
}

const pane = (page: Page) => page.locator('#pane');

(CHROMIUM ? describe : describe.skip)('figures from a data file, in Chromium', () => {
  const session = useBrowserSession();
  const documentOf = (page: Page) =>
    page.evaluate(() => (window as unknown as { reportAssistantPreview: { paragraphs(): ParagraphView[] } }).reportAssistantPreview.paragraphs());
  const load = async (page: Page, cases: number) => {
    await page.setInputFiles('[data-testid="figure-file"]', { name: '法治数据.csv', mimeType: 'text/csv', buffer: dataFile(cases) });
    await page.getByTestId('figures-loaded').filter({ hasText: '法治数据.csv' }).waitFor();
  };

  test('load, insert a table and a figure, change the data, refresh: the new values are in, nothing else changed', async () => {
    const { page, foreign, errors } = await openPage(session.browser, session.origin);
    page.on('close', () => session.foreignRequests.push(...foreign));
    await page.goto(`${session.origin}/preview.html?doc=report&lang=zh-CN`);
    await page.getByRole('tab', { name: '数据' }).click();
    await load(page, 112);
    await page.getByTestId('comparison-table').waitFor();
    expect(await seriousViolations(page, '#pane')).toEqual([]);
    expect(await pane(page).evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // The comparison fits the 320 px pane without a sideways scroll.
    expect(await page.getByTestId('comparison-table').evaluate((table) => table.scrollWidth <= (table.parentElement?.clientWidth ?? 0))).toBe(true);
    await pane(page).screenshot({ path: join(SCREENSHOTS, 'figures-loaded.png') });

    const before = await documentOf(page);
    // The cursor at the end of the paragraph on administrative review: the figure goes into that sentence.
    const target = before.find((p) => p.currentText.startsWith('办理行政复议案件')) as ParagraphView;
    expect(target).toBeDefined();
    await page.locator(`[data-index="${target.index}"]`).first().click();
    await page.getByRole('button', { name: '在光标处插入“行政复议案件收案数”本年数字' }).click();
    await page.getByText('已插入，并与数据文件关联。').waitFor();
    await page.getByRole('button', { name: '在光标后插入对比表' }).click();
    await page.getByText('已插入，并与数据文件关联。').waitFor();

    const inserted = await documentOf(page);
    expect(inserted.find((p) => p.index === target.index)?.currentText).toBe(`${target.currentText}112`);
    const cells = inserted.filter((p) => p.cell).map((p) => p.currentText);
    expect(cells).toEqual(expect.arrayContaining(['指标', '2023年', '2024年', '增减', '同比', '行政复议案件收案数（件）', '96', '112', '+16', '+16.7%']));
    await page.screenshot({ path: join(SCREENSHOTS, 'figures-inserted.png') });

    // The office corrects 2024's figure; the writer picks the file again and refreshes.
    await load(page, 120);
    await page.getByRole('button', { name: '全部刷新' }).click();
    await page.getByText(/已更新 \d+ 处数字/).waitFor();
    const refreshed = await documentOf(page);
    expect(refreshed.find((p) => p.index === target.index)?.currentText).toBe(`${target.currentText}120`);
    expect(refreshed.filter((p) => p.cell).map((p) => p.currentText)).toEqual(expect.arrayContaining(['120', '+24', '+25.0%']));
    // Every paragraph that was there before is still there with its text (the one sentence gained its figure).
    const kept = refreshed.filter((p) => !p.cell).map((p) => p.currentText);
    for (const p of before) if (p.index !== target.index) expect(kept).toContain(p.currentText);
    await pane(page).screenshot({ path: join(SCREENSHOTS, 'figures-refreshed.png') });
    await page.screenshot({ path: join(SCREENSHOTS, 'figures-refreshed-document.png') });

    // Data changed again but not refreshed: the check says which figure went stale.
    await load(page, 125);
    await page.getByRole('tab', { name: '完整性检查' }).click();
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.getByText(/在文中是 120，数据文件中是 125/).first().waitFor();
    await pane(page).screenshot({ path: join(SCREENSHOTS, 'figures-stale-check.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});

(CHROMIUM ? describe : describe.skip)('a chosen file read again, and the report’s own unit and year, in Chromium', () => {
  const session = useBrowserSession();
  const documentOf = (page: Page) =>
    page.evaluate(() => (window as unknown as { reportAssistantPreview: { paragraphs(): ParagraphView[] } }).reportAssistantPreview.paragraphs());
  const open = async () => {
    const { page, foreign, errors } = await openPage(session.browser, session.origin);
    page.on('close', () => session.foreignRequests.push(...foreign));
    return { page, errors };
  };
  /** Puts the figure for 行政复议案件收案数 at the end of its paragraph; gives the paragraph's index and text before. */
  const insertCases = async (page: Page) => {
    await page.getByTestId('comparison-table').waitFor();
    const target = (await documentOf(page)).find((p) => p.currentText.startsWith('办理行政复议案件')) as ParagraphView;
    await page.locator(`[data-index="${target.index}"]`).first().click();
    await page.getByRole('button', { name: '在光标处插入“行政复议案件收案数”本年数字' }).click();
    await page.getByText('已插入，并与数据文件关联。').waitFor();
    return target;
  };

  test('a file chosen with the picker that keeps its handle: the change on disk comes in, and the pane says what changed', async () => {
    const { page, errors } = await open();
    // The browser's own file handle, from its origin-private file system: only the picker's dialog, which a
    // headless browser cannot show, is passed by.
    await page.addInitScript(() => {
      (window as unknown as { showOpenFilePicker: () => Promise<unknown[]> }).showOpenFilePicker = async () => [await (await navigator.storage.getDirectory()).getFileHandle('法治数据.csv', { create: true })];
    });
    await page.goto(`${session.origin}/preview.html?doc=report&lang=zh-CN`);
    const write = (text: string) =>
      page.evaluate(async (content) => {
        const handle = await (await navigator.storage.getDirectory()).getFileHandle('法治数据.csv', { create: true });
        const writable = await handle.createWritable();
        await writable.write(content);
        await writable.close();
      }, text);
    await write(dataFile(112).toString('utf8'));
    await page.getByRole('tab', { name: '数据' }).click();
    await page.locator('button', { hasText: '选择文件…' }).click();
    await page.getByTestId('figures-loaded').filter({ hasText: '法治数据.csv' }).waitFor();
    const target = await insertCases(page);

    await write(dataFile(120).toString('utf8'));
    await page.getByRole('button', { name: '全部刷新' }).click();
    await page.getByText('已更新 1 处数字：').waitFor();
    expect(await page.getByTestId('figures-outcome').innerText()).toContain('行政复议案件收案数（2024）：112 → 120');
    expect((await documentOf(page)).find((p) => p.index === target.index)?.currentText).toBe(`${target.currentText}120`);
    await pane(page).screenshot({ path: join(SCREENSHOTS, 'figures-refreshed-from-disk.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a file from the file box that changed on disk: the pane asks for it again, says why, and changes nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'report-assistant-data-'));
    const path = join(folder, '法治数据.csv');
    writeFileSync(path, dataFile(112));
    const { page, errors } = await open();
    await page.goto(`${session.origin}/preview.html?doc=report&lang=zh-CN`);
    await page.getByRole('tab', { name: '数据' }).click();
    await page.setInputFiles('[data-testid="figure-file"]', path);
    await page.getByTestId('figures-loaded').filter({ hasText: '法治数据.csv' }).waitFor();
    const target = await insertCases(page);

    writeFileSync(path, dataFile(1200));
    utimesSync(path, new Date(), new Date(Date.now() + 5_000));
    await page.getByRole('button', { name: '全部刷新' }).click();
    await page.getByText(/“法治数据\.csv”读不出来：选择之后它在磁盘上改过/).waitFor();
    await page.getByText('数据文件没有读出（原因见上），文档中的数字一处也没有改。').waitFor();
    expect((await documentOf(page)).find((p) => p.index === target.index)?.currentText).toBe(`${target.currentText}112`);
    await pane(page).screenshot({ path: join(SCREENSHOTS, 'figures-choose-again.png') });

    // Chosen again, the refresh takes the new figure.
    await page.setInputFiles('[data-testid="figure-file"]', path);
    await page.getByTestId('figures-loaded').filter({ hasText: '法治数据.csv' }).waitFor();
    await page.getByRole('button', { name: '全部刷新' }).click();
    await page.getByText('已更新 1 处数字：').waitFor();
    expect((await documentOf(page)).find((p) => p.index === target.index)?.currentText).toBe(`${target.currentText}1,200`);
    expect(errors).toEqual([]);
    await page.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('the panel starts with the document’s unit and report year, not the file’s first unit and newest year', async () => {
    const { page, errors } = await open();
    await page.goto(`${session.origin}/preview.html?doc=report&lang=zh-CN`);
    await page.getByRole('tab', { name: '数据' }).click();
    const rows = ['单位,年度,指标,数值,计量单位', '东风县人民政府,2024,行政复议案件收案数,310,件', '东风县人民政府,2025,行政复议案件收案数,330,件', '东风县司法局,2023,行政复议案件收案数,38,件', '东风县司法局,2024,行政复议案件收案数,42,件', '东风县司法局,2025,行政复议案件收案数,47,件'];
    await page.setInputFiles('[data-testid="figure-file"]', { name: '全县数据.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n'), 'utf8') });
    await page.getByTestId('comparison-table').waitFor();
    // The sample is 东风县司法局's 2024 report (the unit line and the signature name it; the title its year).
    expect(await page.getByRole('combobox', { name: '单位' }).inputValue()).toBe('东风县司法局');
    expect(await page.getByRole('combobox', { name: '报告年度' }).inputValue()).toBe('2024');
    const target = await insertCases(page);
    expect((await documentOf(page)).find((p) => p.index === target.index)?.currentText).toBe(`${target.currentText}42`);
    await pane(page).screenshot({ path: join(SCREENSHOTS, 'figures-report-unit.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
  test.each([['zh-CN', '数据', '试用示例数据'], ['en-US', 'Figures', 'Try the sample data']])(
    'at 320 px (%s), the sample data’s comparison fits without a sideways scroll, names wrapping at five characters a line or more',
    async (lang, tab, sample) => {
      const { page } = await openPage(session.browser, session.origin);
      await page.goto(`${session.origin}/preview.html?doc=report&lang=${lang}`);
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('button', { name: sample }).click();
      const table = page.getByTestId('comparison-table');
      await table.waitFor();
      expect(await pane(page).evaluate((el) => el.clientWidth)).toBeLessThanOrEqual(320);
      const layout = await table.evaluate((el) => {
        // Lines of text in a cell (the cell itself is as tall as its row): the distinct tops of its text's boxes.
        const lines = (node: Element) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return new Set([...range.getClientRects()].filter((rect) => rect.width > 1).map((rect) => Math.round(rect.top))).size;
        };
        const names = [...el.querySelectorAll('tbody th button')].map((button) => ({
          name: button.textContent ?? '',
          ems: button.getBoundingClientRect().width / parseFloat(getComputedStyle(button).fontSize),
        }));
        const rate = [...el.querySelectorAll('tbody tr')].find((tr) => tr.textContent?.includes('（%）'))?.querySelectorAll('td')[2];
        return { overflow: el.scrollWidth - (el.parentElement?.clientWidth ?? 0), names, rateChangeLines: rate ? lines(rate) : undefined };
      });
      await table.screenshot({ path: join(SCREENSHOTS, `figures-320-${lang}.png`) });
      expect(layout.overflow).toBeLessThanOrEqual(0);
      expect(layout.names.length).toBeGreaterThan(5);
      expect(layout.names.filter((n) => n.ems < 5)).toEqual([]);
      // A rate's change: 提高 3 / 个百分点 (up 3 / percentage / points), never a character a line.
      expect(layout.rateChangeLines).toBeLessThanOrEqual(lang === 'zh-CN' ? 2 : 3);
      await page.close();
    },
  );
});
