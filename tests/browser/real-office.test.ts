/**
 * The built, unchanged task pane on Microsoft's own office.js (the @microsoft/office-js package), inside a simulated
 * Word that speaks office.js's protocol over the imitation's document: Word for Windows (window.external) and Word on
 * the web (messages with Word's page). The writer's flow end to end, and the batches each step puts on the wire.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMPTY_DOCUMENT, REPORT_WITHOUT_LEADER_DUTIES } from '../../src/preview/fake-word';
import type { HostPlatform } from '../../src/preview/simulated-host/host';
import { CHROMIUM, SCREENSHOTS, useBrowserSession } from './harness';
import { batchesFor, documentIn, documentWhen, hostState, openInWord, type InWord } from './in-word';
import { OFFICE_JS_VERSION, officeJsCopiesIn } from './office-js';

if (!CHROMIUM) console.warn('Skipping the real office.js tests: Chromium is not installed (bash scripts/install-test-deps.sh installs it).');

jest.setTimeout(120_000);

/** Batches on the wire per operation and platform, for the README. */
const roundTrips: Record<string, Record<string, { syncs: number; releases: number }>> = {};
const record = (platform: HostPlatform, operation: string, wire: { syncs: unknown[]; releases: number }) => {
  (roundTrips[operation] ??= {})[platform] = { syncs: wire.syncs.length, releases: wire.releases };
};

/** No text of the document in what office.js sent the host's own services (its telemetry). */
async function expectNoDocumentTextSent(inWord: InWord): Promise<void> {
  const calls = (await hostState(inWord)).serviceCalls.join('\n');
  const texts = (await documentIn(inWord)).map((p) => p.text.trim()).filter((t) => t.length >= 4);
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.filter((t) => calls.includes(t))).toEqual([]);
}

(CHROMIUM ? describe : describe.skip)('the task pane in Word on office.js', () => {
  const session = useBrowserSession();
  afterAll(() => {
    writeFileSync(join(SCREENSHOTS, '..', 'round-trips.json'), `${JSON.stringify({ officeJs: OFFICE_JS_VERSION, roundTrips }, null, 2)}\n`);
    console.log(`Batches on the wire per operation (office.js ${OFFICE_JS_VERSION}; syncs + releases):\n${Object.entries(roundTrips).map(([op, by]) => `  ${op}: ${Object.entries(by).map(([p, n]) => `${p} ${n.syncs} + ${n.releases}`).join(', ')}`).join('\n')}`);
  });

  test('the built add-in carries no copy of Microsoft\u2019s office.js: its licence allows it for tests only', () => {
    expect(officeJsCopiesIn(session.dist)).toEqual([]);
  });

  describe.each(['Win32', 'Web'] as const)('%s', (platform) => {
    test('an empty document: read, insert the whole scaffold, check; prompts as Word shows them on this platform', async () => {
      const inWord = await openInWord(session, platform, { paragraphs: EMPTY_DOCUMENT });
      const { pane } = inWord;
      const insert = pane.getByRole('button', { name: '插入全部结构' });
      await insert.waitFor();
      record(platform, 'insert the scaffold', await batchesFor(inWord, async () => {
        await insert.click();
        await pane.getByText(/已插入 \d+ 个部分/).waitFor();
      }));
      const doc = await documentIn(inWord);
      const prompts = doc.filter((p) => p.controls.some((c) => c.tag.startsWith('report-assistant:prompt:')));
      // The report year is the pane's default (this year from November, else last year); the plans are for the next.
      const year = Number(/^(\d{4})年度/.exec(doc[0]?.text ?? '')?.[1]);
      expect(doc.map((p) => p.placeholder ?? p.text)).toContain(`四、${year + 1}年度推进法治政府建设的主要安排`);
      expect(prompts.length).toBeGreaterThanOrEqual(6);
      // Word on the web refuses placeholder text: there the prompt is the control's text, selected to type over.
      if (platform === 'Win32') expect(prompts.every((p) => p.placeholder?.startsWith('【') && p.runs.length === 0)).toBe(true);
      else expect(prompts.every((p) => p.placeholder === undefined && p.text.startsWith('【') && p.controls.every((c) => c.placeholderText === ''))).toBe(true);

      await pane.getByRole('tab', { name: '完整性检查' }).click();
      record(platform, 'check', await batchesFor(inWord, async () => {
        await pane.getByRole('button', { name: '检查', exact: true }).click();
        await pane.getByText(/还有 \d+ 处需要处理/).waitFor();
      }));
      expect((await pane.locator('body').innerText()).match(/提示文字还没有替换/g)?.length ?? 0).toBeGreaterThanOrEqual(6);
      expect(inWord.pageErrors).toEqual([]);
      expect(inWord.foreign).toEqual([]);
      await inWord.page.close();
    });

    test('a half-written report: only the missing part goes in, in its place; a finding selects its paragraph', async () => {
      const inWord = await openInWord(session, platform, { paragraphs: REPORT_WITHOUT_LEADER_DUTIES });
      const { pane } = inWord;
      const before = (await documentIn(inWord)).map((p) => p.text);
      await pane.getByRole('button', { name: '补上缺少的 1 个部分' }).click();
      await pane.getByText(/已插入 1 个部分/).waitFor();
      const after = await documentIn(inWord);
      const headingAt = after.findIndex((p) => p.text.includes('第一责任人职责'));
      expect(after[headingAt]?.text).toMatch(/^三、/);
      expect(after[headingAt + 2]?.text).toContain('主要安排');
      expect(after.filter((_, i) => i !== headingAt && i !== headingAt + 1).map((p) => p.text)).toEqual(before);

      await pane.getByRole('tab', { name: '完整性检查' }).click();
      await pane.getByRole('button', { name: '检查', exact: true }).click();
      const finding = pane.getByRole('button', { name: /提示文字还没有替换/ }).first();
      record(platform, 'select a finding', await batchesFor(inWord, () => finding.click()));
      const selected = (await documentIn(inWord)).findIndex((p) => p.selected);
      expect((await documentIn(inWord))[selected - 1]?.text).toContain('第一责任人职责');
      await expectNoDocumentTextSent(inWord);
      expect(inWord.pageErrors).toEqual([]);
      expect(inWord.foreign).toEqual([]);
      await inWord.page.screenshot({ path: join(SCREENSHOTS, `real-office-${platform.toLowerCase()}-report.png`) });
      await inWord.page.close();
    });

    test('a wording finding selects its words, found in their paragraph with Paragraph.search', async () => {
      const paragraphs = REPORT_WITHOUT_LEADER_DUTIES.map((p) => (typeof p === 'string' ? p : { ...p, text: p.text?.replace('基本建成法治政府', '基本建成法制政府') }));
      const inWord = await openInWord(session, platform, { paragraphs });
      const { pane } = inWord;
      await pane.getByRole('tab', { name: '完整性检查' }).click();
      await pane.getByRole('button', { name: '检查', exact: true }).click();
      const finding = pane.getByRole('button', { name: /法制政府/ }).first();
      record(platform, 'select a finding\u2019s words', await batchesFor(inWord, () => finding.click()));
      const at = (await documentWhen(inWord, (doc) => doc.some((p) => p.selectedText !== undefined))).findIndex((p) => p.selectedText !== undefined);
      const text = paragraphs[at];
      const start = (typeof text === 'string' ? text : text?.text ?? '').indexOf('法制政府');
      expect((await documentIn(inWord))[at]?.selectedText).toEqual({ start, length: 4 });
      expect(inWord.pageErrors).toEqual([]);
      await inWord.page.close();
    });

    test('the read itself: two batches, whatever the length; every reference released after Word.run', async () => {
      const inWord = await openInWord(session, platform, { paragraphs: REPORT_WITHOUT_LEADER_DUTIES });
      const { pane } = inWord;
      await pane.getByRole('button', { name: '补上缺少的 1 个部分' }).waitFor();
      record(platform, 'read the document', await batchesFor(inWord, () => pane.getByRole('button', { name: '重新读取文档' }).click()));
      expect((await hostState(inWord)).references).toBe(0);
      await inWord.page.close();
    });

    test('the pane speaks the language of Word\u2019s UI (en-US)', async () => {
      const inWord = await openInWord(session, platform, { paragraphs: EMPTY_DOCUMENT, uiLanguage: 'en-US' });
      await inWord.pane.getByRole('tab', { name: 'Check' }).waitFor();
      await inWord.pane.getByRole('button', { name: 'Insert the whole scaffold' }).waitFor();
      await inWord.page.close();
    });
  });
});
