/**
 * Figures from a data file on Microsoft's own office.js, in the simulated Word for Windows and on the web: a figure
 * into a sentence, a comparison table, refresh, roll forward, freeze; the data file's address kept in the
 * document's settings. Batches on the wire per operation go to test-output/round-trips-figures.json for the README.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Route } from 'playwright-core';
import { REPORT_WITHOUT_LEADER_DUTIES } from '../../src/preview/fake-word';
import { CHROMIUM, SCREENSHOTS, useBrowserSession } from './harness';
import { batchesFor, documentIn, documentWhen, hostStateWhen, openInWord, placeCursor } from './in-word';
import { OFFICE_JS_VERSION } from './office-js';

jest.setTimeout(120_000);

const DATA_URL = 'https://data.example.test/法治数据.csv';
const SETTING = 'reportAssistant.dataUrl';

/** The office's data file in our own words; `cases` is 2024's 行政复议案件收案数. */
function dataFile(cases: number): string {
  return ['单位,年度,指标,数值,计量单位', '青禾县司法局,2023,行政复议案件收案数,96,件', `青禾县司法局,2024,行政复议案件收案数,${cases},件`].join('\n');
}

const roundTrips: Record<string, Record<string, number>> = {};

(CHROMIUM ? describe : describe.skip)('figures in Word on office.js', () => {
  const session = useBrowserSession();
  afterAll(() => writeFileSync(join(SCREENSHOTS, '..', 'round-trips-figures.json'), `${JSON.stringify({ officeJs: OFFICE_JS_VERSION, roundTrips }, null, 2)}\n`));

  describe.each(['Win32', 'Web'] as const)('%s', (platform) => {
    let cases = 112;
    // The data file's https address, answered here (with CORS, as a file server for add-ins must).
    const dataRoute = async (route: Route) => {
      if (!route.request().url().startsWith('https://data.example.test/')) return false;
      await route.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', headers: { 'access-control-allow-origin': '*' }, body: dataFile(cases) });
      return true;
    };
    const count = async (operation: string, inWord: Parameters<typeof batchesFor>[0], run: () => Promise<void>) => {
      const wire = await batchesFor(inWord, run);
      (roundTrips[operation] ??= {})[platform] = wire.syncs.length;
      expect(wire.releases).toBe(1);
    };

    test('a figure into a sentence, a comparison table, refresh, roll forward, freeze; the address kept with the document', async () => {
      const inWord = await openInWord(session, platform, { paragraphs: REPORT_WITHOUT_LEADER_DUTIES, settings: { [SETTING]: DATA_URL } }, dataRoute);
      const pane: Frame = inWord.pane;
      await pane.getByRole('tab', { name: '数据' }).click();
      // The address saved in the document is offered again; loading it keeps it there.
      const address = pane.getByRole('textbox', { name: /文件地址/ });
      expect(await address.inputValue()).toBe(DATA_URL);
      await address.fill(`${DATA_URL}?v=2`);
      await pane.getByRole('button', { name: '载入', exact: true }).click();
      await pane.getByTestId('figures-loaded').waitFor();
      const saved = await hostStateWhen(inWord, (state) => state.settings.some(([, json]) => json.includes('v=2')));
      expect(saved.settings).toEqual([[SETTING, JSON.stringify(`${DATA_URL}?v=2`)]]);

      const before = await documentIn(inWord);
      const sentence = before.findIndex((p) => p.text.startsWith('办理行政复议案件'));
      await placeCursor(inWord, sentence, '办理行政复议案件'.length);
      await count('insert a figure into a sentence', inWord, async () => {
        await pane.getByRole('button', { name: '在光标处插入“行政复议案件收案数”本年数字' }).click();
        await pane.getByText('已插入，并与数据文件关联。').waitFor();
      });
      expect((await documentIn(inWord))[sentence]?.text).toBe(`办理行政复议案件112${before[sentence]?.text.slice('办理行政复议案件'.length)}`);

      await placeCursor(inWord, sentence);
      await count('insert a comparison table', inWord, async () => {
        await pane.getByRole('button', { name: '在光标后插入对比表' }).click();
        await documentWhen(inWord, (doc) => doc.some((p) => p.cell));
      });
      const cells = async () => (await documentIn(inWord)).filter((p) => p.cell).map((p) => p.text);
      expect(await cells()).toEqual(['指标', '2023年', '2024年', '增减', '同比', '行政复议案件收案数（件）', '96', '112', '+16', '+16.7%']);
      // Under the caption the pane shows over the comparison, in the same batch.
      const caption = async () => (await documentIn(inWord)).find((p, i, doc) => !p.cell && doc[i + 1]?.cell)?.text;
      expect(await caption()).toMatch(/2023年与2024年数据对比$/);

      cases = 120; // the office corrects 2024's figure: refresh reads the address again
      await count('refresh all', inWord, async () => {
        await pane.getByRole('button', { name: '全部刷新' }).click();
        await pane.getByText(/已更新 \d+ 处数字/).waitFor();
      });
      expect(await cells()).toEqual(expect.arrayContaining(['120', '+24', '+25.0%']));
      expect((await documentIn(inWord))[sentence]?.text).toContain('办理行政复议案件120');

      // The file has no 2025 figures yet: the pane says so first (one read), and rolls when told.
      await pane.getByRole('button', { name: /顺延一年/ }).click();
      await count('roll forward', inWord, async () => {
        await pane.getByRole('button', { name: '仍然顺延' }).click();
        await pane.getByText(/已把 \d+ 处关联顺延到 2025 年/).waitFor();
      });
      expect(await cells()).toEqual(expect.arrayContaining(['2024年', '2025年']));
      expect(await caption()).toMatch(/2024年与2025年数据对比$/);
      const rolled = (await documentIn(inWord))[sentence]?.text;

      await pane.getByRole('button', { name: '定稿：取消关联' }).click();
      await count('freeze', inWord, async () => {
        await pane.getByRole('button', { name: '取消关联', exact: true }).click();
        await pane.getByText(/已取消 \d+ 处关联/).waitFor();
      });
      const frozen = await documentIn(inWord);
      expect(frozen.flatMap((p) => [...p.controls, ...p.runs.flatMap((r) => (r.control ? [r.control] : []))]).filter((c) => c.tag.startsWith('report-assistant:fig'))).toEqual([]);
      expect(frozen[sentence]?.text).toBe(rolled);
      expect(inWord.pageErrors).toEqual([]);
      expect(inWord.foreign).toEqual([]);
      await inWord.page.screenshot({ path: join(SCREENSHOTS, `real-office-${platform.toLowerCase()}-figures.png`) });
      await inWord.page.close();
    });

    test('with Track Changes on, a refresh reads each figure with the changes accepted, and settles', async () => {
      cases = 112;
      const inWord = await openInWord(session, platform, { paragraphs: REPORT_WITHOUT_LEADER_DUTIES, settings: { [SETTING]: DATA_URL }, trackChanges: true }, dataRoute);
      const { pane } = inWord;
      await pane.getByRole('tab', { name: '数据' }).click();
      await pane.getByRole('button', { name: '载入', exact: true }).click();
      await pane.getByTestId('figures-loaded').waitFor();
      const sentence = (await documentIn(inWord)).findIndex((p) => p.text.startsWith('办理行政复议案件'));
      await placeCursor(inWord, sentence, '办理行政复议案件'.length);
      await pane.getByRole('button', { name: '在光标处插入“行政复议案件收案数”本年数字' }).click();
      await pane.getByText('已插入，并与数据文件关联。').waitFor();

      cases = 120;
      await pane.getByRole('button', { name: '全部刷新' }).click();
      await pane.getByText(/已更新 1 处数字/).waitFor();
      // Word shows the old figure struck through inside the control; the report as it stands says 120.
      expect((await documentIn(inWord))[sentence]).toMatchObject({ text: expect.stringContaining('办理行政复议案件112120'), currentText: expect.stringContaining('办理行政复议案件120') });
      await pane.getByRole('button', { name: '全部刷新' }).click();
      await pane.getByText('数字都已是最新，没有改动。').waitFor();
      expect(inWord.pageErrors).toEqual([]);
      await inWord.page.close();
    });
  });
});
