/**
 * 对比上年报告 in Chromium: the writer picks last year's .docx in the check panel; it is read in the pane (the .docx
 * reader comes as its own chunk, asked for only then), and the check shows the findings, the per-part summary
 * and last year's plans as a checklist. Last year's report is written here, in our own words, against the preview's
 * sample report (东风县司法局, 2024): its shortcomings repeated, one plan taken up and one not, one figure unchanged.
 */
import { join } from 'node:path';
import { buildDocx } from '../helpers/ooxml';
import { CHROMIUM, SCREENSHOTS, openPage, seriousViolations, useBrowserSession } from './harness';

jest.setTimeout(90_000);

const LAST_YEAR = buildDocx({
  body: [
    '东风县司法局',
    '关于2023年度法治政府建设情况的报告',
    '县人民政府：',
    '2023年，我局以习近平新时代中国特色社会主义思想为指导，现将全年情况报告如下。',
    '一、2023年度推进法治政府建设的主要举措和成效',
    '建立重大行政决策目录管理制度，全年列入目录的决策事项全部履行了公众参与和合法性审查程序。',
    '办理行政复议案件42件，依法纠错5件。',
    '二、2023年度推进法治政府建设存在的不足和原因',
    '一是部分乡镇合法性审查力量薄弱，原因在于专职法制审核人员配备不足；二是执法信息化水平不高，主要是由于平台建设投入有限、数据尚未互通。',
    '三、2024年度推进法治政府建设的主要安排',
    '一是开展行政执法案卷评查，督促执法单位逐项整改发现的问题；二是建成县城滨江法治文化公园，设置宪法宣传长廊。',
    '东风县司法局',
    '2024年1月22日',
  ],
});

(CHROMIUM ? describe : describe.skip)('对比上年报告 in the check panel, in Chromium', () => {
  const session = useBrowserSession();

  test('pick last year’s .docx: the findings join the check, with a per-part summary and the plans to tick', async () => {
    const { page, foreign, errors } = await openPage(session.browser, session.origin);
    page.on('close', () => session.foreignRequests.push(...foreign));
    const chunks: string[] = [];
    page.on('request', (request) => chunks.push(request.url()));
    await page.goto(`${session.origin}/preview.html?doc=report&lang=zh-CN`);
    await page.getByRole('tab', { name: '完整性检查' }).click();
    await page.getByTestId('previous-report').waitFor();
    // The .docx reader is not part of the pane's first load: it comes when a file is picked.
    expect(chunks.filter((url) => /docx-reader/.test(url))).toEqual([]);

    await page.setInputFiles('[data-testid="previous-file"]', {
      name: '东风县司法局2023年度报告.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from(LAST_YEAR),
    });
    await page.getByTestId('previous-chosen').filter({ hasText: '东风县司法局2023年度报告.docx' }).waitFor();
    expect(chunks).toContainEqual(expect.stringMatching(/\/docx-reader\.[0-9a-f]+\.js$/));

    await page.getByRole('button', { name: '检查', exact: true }).click();
    // The findings: the shortcomings repeated (a warning), the plan not taken up and the figure unchanged (notes).
    const carried = page.locator('[data-code="carried-over"]');
    await carried.waitFor();
    await expect(carried.textContent()).resolves.toMatch(/“存在的不足和原因”有 100% 的文字与上年报告相同或几乎相同/);
    await expect(page.locator('[data-severity="warning"] [data-code="carried-over"]').count()).resolves.toBe(1);
    await expect(page.locator('[data-code="plan-not-taken-up"]').textContent()).resolves.toMatch(/二是建成县城滨江法治文化公园/);
    await expect(page.locator('[data-code="figure-unchanged"]').textContent()).resolves.toMatch(/42件/);
    // A finding jumps to its place in the document.
    await carried.getByRole('button').click();

    // The summary, part by part, and last year's plans: one taken up (with 定位), one not.
    await expect(page.getByTestId('previous-parts').textContent()).resolves.toBe('存在的不足和原因：100%（1 段）');
    await expect(page.getByTestId('previous-overall').textContent()).resolves.toMatch(/^全文 \d+%$/);
    const plans = page.getByTestId('previous-plans').locator('li');
    await expect(plans.count()).resolves.toBe(2);
    await expect(plans.nth(0).getAttribute('data-taken-up')).resolves.toBe('true');
    await expect(plans.nth(0).textContent()).resolves.toMatch(/一是开展行政执法案卷评查.*本年举措中写到了/);
    await expect(plans.nth(1).getAttribute('data-taken-up')).resolves.toBe('false');
    await plans.nth(0).getByRole('button', { name: '定位' }).click();

    // The writer ticks the plan off; the tick is kept with the document.
    await plans.nth(0).getByRole('checkbox').check();
    await expect(plans.nth(0).getByRole('checkbox').isChecked()).resolves.toBe(true);
    const setting = await page.evaluate(() => (window as unknown as { Office: { context: { document: { settings: { get(name: string): unknown } } } } }).Office.context.document.settings.get('reportAssistant.previousReport'));
    expect(JSON.parse(String(setting))).toMatchObject({ name: '东风县司法局2023年度报告.docx', ticks: [expect.any(String)] });

    expect(await seriousViolations(page, '#pane')).toEqual([]);
    await page.locator('#pane').screenshot({ path: join(SCREENSHOTS, 'check-previous-report.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('不再对比 from the keyboard: focus moves to the button that picks a report, not lost to the page', async () => {
    const { page, foreign, errors } = await openPage(session.browser, session.origin, 320);
    page.on('close', () => session.foreignRequests.push(...foreign));
    await page.goto(`${session.origin}/preview.html?doc=report&lang=zh-CN`);
    await page.getByRole('tab', { name: '完整性检查' }).click();
    await page.setInputFiles('[data-testid="previous-file"]', { name: '上年.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(LAST_YEAR) });
    await page.getByTestId('previous-chosen').waitFor();
    await page.getByRole('button', { name: '不再对比' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('previous-chosen').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('选择上年报告…');
    expect(errors).toEqual([]);
    await page.close();
  });
});
