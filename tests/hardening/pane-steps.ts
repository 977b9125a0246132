/**
 * What a writer does in the pane, as steps the hardening browser tests share: on the preview page (the real pane
 * beside the test Word host's sample document) open it, insert the missing part, check, load a local data file.
 */
import type { Page } from 'playwright-core';

export interface PaneStep {
  name: string;
  run(page: Page, origin: string): Promise<void>;
}

export const OPEN_PREVIEW: PaneStep = {
  name: 'open the pane on the preview page',
  async run(page, origin) {
    await page.goto(`${origin}/preview.html?doc=report&lang=zh-CN`);
    await page.getByRole('tab', { name: '插入结构' }).waitFor();
  },
};

export const INSERT_SCAFFOLD: PaneStep = {
  name: 'insert the missing part',
  async run(page) {
    await page.getByRole('button', { name: '补上缺少的 1 个部分' }).click();
    await page.getByText(/已插入 1 个部分/).waitFor();
  },
};

export const CHECK: PaneStep = {
  name: 'check the document',
  async run(page) {
    await page.getByRole('tab', { name: '完整性检查' }).click();
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.getByTestId('check-summary').waitFor();
  },
};

/** A data file picked on this computer: read in the page, never sent; then a figure and the table inserted. */
export const LOAD_LOCAL_DATA: PaneStep = {
  name: 'load a local data file and insert figures',
  async run(page) {
    await page.getByRole('tab', { name: '数据' }).click();
    const csv = '单位,年度,指标,数值,计量单位\n青禾县司法局,2023,听证会次数,3,次\n青禾县司法局,2024,听证会次数,5,次\n';
    await page.setInputFiles('[data-testid="figure-file"]', { name: '本机数据.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByTestId('figures-loaded').waitFor();
    await page.getByRole('button', { name: '在光标后插入对比表' }).click();
    await page.getByText('已插入，并与数据文件关联。').waitFor();
    await page.getByRole('button', { name: '全部刷新' }).click();
    await page.getByTestId('figures-outcome').waitFor();
  },
};

/** Open, insert, check, load a local data file: everything a writer does without giving a URL. */
export const WRITER_STEPS: readonly PaneStep[] = [OPEN_PREVIEW, INSERT_SCAFFOLD, CHECK, LOAD_LOCAL_DATA];
