/**
 * `npm run bench`: prints the figures the checker is held to. Goals (reported, not asserted):
 * check time per paragraph steady from 2,000 to 200,000 paragraphs, for the generated report and a heading-dense
 * one; the batch checker over 100 generated ~20-page .docx reports at most half mammoth's time; the pane's
 * JavaScript before its first panel answers, against a bare pane; the longest main-thread task while a 50,000-row
 * workbook loads; comparing two ~20-page reports with last year's, and 100 pairs in a batch; the wording checks' false alarms, at most 1 false warning per 10,000 characters (./wording).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchBatch } from './batch';
import { benchCheckTime } from './check-time';

async function main(): Promise<void> {
  benchCheckTime();

  benchBatch();
  (await import('./previous')).benchPrevious();
  await benchPane();

  await (await import('./figures')).benchFigures();
  (await import('./wording')).benchWording();
}

/**
 * The pane's figures in Chromium: its first load against a bare pane (bench/pane-first-load.ts). The longest main-thread task while a workbook loads is measured by the data-file
 * worker's benchmark: bench/pane-longtask.ts, exporting `benchPaneLongTask(): Promise<void>`, runs here once it exists.
 */
async function benchPane(): Promise<void> {
  console.log('\nThe pane');
  await (await import('./pane-first-load')).benchPaneFirstLoad();
  const longTask = join(__dirname, 'pane-longtask.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (existsSync(longTask)) await (require(longTask) as { benchPaneLongTask(): Promise<void> }).benchPaneLongTask();
  else console.log('  longest main-thread task while a 50,000-row workbook loads: printed by bench/pane-longtask.ts (not on this branch yet)');
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
