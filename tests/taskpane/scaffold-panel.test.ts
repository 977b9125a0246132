/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { HostError } from '../../src/host/contract';
import { loadPreferences } from '../../src/taskpane/preferences';
import { COMPLETE_DOC, EMPTY_DOC, PARTIAL_DOC, StubHost, wordDoc } from './helpers/stub-host';
import { renderApp, scaffoldReady } from './helpers/render';

beforeEach(() => window.localStorage.clear());

function previewItem(partId: string): HTMLElement {
  const item = document.querySelector<HTMLElement>(`li[data-part="${partId}"]`);
  if (!item) throw new Error(`no preview item for ${partId}`);
  return item;
}

describe('scaffold panel: empty document', () => {
  test('offers the whole scaffold and inserts every part', async () => {
    const host = new StubHost(EMPTY_DOC);
    const { user } = renderApp({ host });
    const button = await screen.findByRole('button', { name: '插入全部结构' });
    expect(screen.getByText(/文档是空的/)).toBeTruthy();
    expect(within(previewItem('measures')).getByText(/缺少，将插入/)).toBeTruthy();

    await user.click(button);
    await screen.findByText(/已插入 9 个部分/);
    expect(host.calls.insertScaffold).toHaveLength(1);
    const { plan, basis } = host.calls.insertScaffold[0]!;
    expect(plan.mode).toBe('full');
    expect(plan.adds).toEqual(['title', 'addressee', 'measures', 'shortcomings', 'leader-duties', 'next-year-plans', 'other-matters', 'signature', 'date']);
    expect(basis).toBe(EMPTY_DOC);
  });

  test('the report year defaults to last calendar year', async () => {
    renderApp({ host: new StubHost(EMPTY_DOC) });
    await scaffoldReady();
    // From November the year's own report is being drafted (see defaultReportYear).
    const now = new Date();
    expect((screen.getByRole('spinbutton', { name: '报告年度' }) as HTMLInputElement).value).toBe(String(now.getMonth() >= 10 ? now.getFullYear() : now.getFullYear() - 1));
  });
});

describe('scaffold panel: partial report', () => {
  test('marks present and missing parts and offers only the missing ones', async () => {
    renderApp({ host: new StubHost(PARTIAL_DOC) });
    await screen.findByRole('button', { name: '补上缺少的 2 个部分' });
    expect(screen.getByText(/文档缺少 2 个必需部分/)).toBeTruthy();
    expect(within(previewItem('measures')).getByText('✓')).toBeTruthy();
    expect(within(previewItem('measures')).getByText(/已有 · 第 5 段/)).toBeTruthy();
    expect(within(previewItem('leader-duties')).getByText('✗')).toBeTruthy();
    expect(within(previewItem('leader-duties')).getByText(/缺少，将插入/)).toBeTruthy();
    expect(within(previewItem('next-year-plans')).getByText(/缺少，将插入/)).toBeTruthy();
    expect(within(previewItem('addressee')).getByText('–')).toBeTruthy();
  });

  test('the year follows the document, the unit line is suggested', async () => {
    const { user } = renderApp({ host: new StubHost(PARTIAL_DOC) });
    await scaffoldReady();
    expect((screen.getByRole('spinbutton', { name: '报告年度' }) as HTMLInputElement).value).toBe('2023');
    expect(screen.getByText('文档标题上方写的是“某某县司法局”。')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '填入单位名称“某某县司法局”' }));
    expect((screen.getByRole('textbox', { name: /单位名称/ }) as HTMLInputElement).value).toBe('某某县司法局');
    expect(screen.queryByText(/文档标题上方写的是/)).toBeNull();
  });

  test('填入 goes once used: focus moves to the unit box it filled, not to the page', async () => {
    const { user } = renderApp({ host: new StubHost(PARTIAL_DOC) });
    await scaffoldReady();
    screen.getByRole('button', { name: '填入单位名称“某某县司法局”' }).focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /单位名称/ }));
  });

  test('a year told from the text, not the title, is not said to be the title’s', async () => {
    renderApp({ host: new StubHost(wordDoc('县人民政府：', '一、2022年度推进法治政府建设的主要举措和成效', '全年办理行政许可事项320件。')) });
    await scaffoldReady();
    expect((screen.getByRole('spinbutton', { name: '报告年度' }) as HTMLInputElement).value).toBe('2022');
    expect(screen.queryByText(/文档标题写的是/)).toBeNull();
    expect(screen.getByText('按文档，报告年度是 2022 年（取自部分标题）。')).toBeTruthy();
  });

  test('an empty unit box looks empty (an example, not the document’s unit line), and says the signature uses that line', async () => {
    renderApp({ host: new StubHost(PARTIAL_DOC) });
    await scaffoldReady();
    const box = screen.getByRole('textbox', { name: /单位名称/ }) as HTMLInputElement;
    expect([box.value, box.placeholder]).toEqual(['', '例如：市司法局']);
    expect(screen.getByText('框里不填，落款就用它；要用别的名称，请在上面填写。')).toBeTruthy();
  });

  test('inserts the missing parts, reports the count and the headings to renumber, then refreshes', async () => {
    const host = new StubHost(PARTIAL_DOC);
    const { user } = renderApp({ host });
    await user.click(await screen.findByRole('button', { name: '补上缺少的 2 个部分' }));

    await screen.findByText(/已插入 2 个部分：党政主要负责人履行第一责任人职责、下一年度主要安排。/);
    expect(host.calls.insertScaffold).toHaveLength(1);
    const { plan, basis } = host.calls.insertScaffold[0]!;
    expect(plan.mode).toBe('partial');
    expect(plan.adds).toEqual(['leader-duties', 'next-year-plans']);
    expect(basis).toBe(PARTIAL_DOC);
    expect(plan.insertions[0]?.blocks[0]?.text).toBe('三、2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况');

    // The old 三、 (paragraph 9) moved down past four inserted paragraphs.
    const note = screen.getByRole('button', { name: '第 13 段“三、”应改为“五、”' });
    await waitFor(() => expect(screen.getByRole('button', { name: '结构已完整' }).getAttribute('aria-disabled')).toBe('true'));
    expect(host.calls.readDocument).toBe(2);
    expect(within(previewItem('leader-duties')).getByText('✓')).toBeTruthy();

    await user.click(note);
    expect(host.calls.selectBlock).toEqual([12]);
  });

  test('what was inserted keeps its parts’ names when the report type is switched afterwards', async () => {
    const { user } = renderApp({ host: new StubHost(PARTIAL_DOC) });
    await user.click(await screen.findByRole('button', { name: '补上缺少的 2 个部分' }));
    await screen.findByText(/已插入 2 个部分/);
    await user.selectOptions(screen.getByRole('combobox', { name: '报告类型' }), 'gov-info-disclosure-annual');
    await waitFor(() => expect(screen.getByText(/已插入 2 个部分/).textContent).toMatch(/已插入 2 个部分：党政主要负责人履行第一责任人职责、下一年度主要安排。/));
  });

  test('the last heading renumbered from the keyboard: focus moves to what was inserted, not lost to the page', async () => {
    const { user } = renderApp({ host: new StubHost(PARTIAL_DOC) });
    await user.click(await screen.findByRole('button', { name: '补上缺少的 2 个部分' }));
    await screen.findByText(/已插入 2 个部分/);
    screen.getByRole('button', { name: /（只改编号，不动文字）$/ }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('button', { name: /（只改编号，不动文字）$/ })).toBeNull());
    expect(document.activeElement?.textContent).toMatch(/^已插入 2 个部分/);
  });

  test('a typed year and unit go into the plan', async () => {
    const host = new StubHost(EMPTY_DOC);
    const { user } = renderApp({ host });
    await scaffoldReady();
    const year = screen.getByRole('spinbutton', { name: '报告年度' });
    await user.clear(year);
    await user.type(year, '2022');
    await user.type(screen.getByRole('textbox', { name: /单位名称/ }), '青川县市场监督管理局');
    await user.click(screen.getByRole('button', { name: '插入全部结构' }));
    await screen.findByText(/已插入/);
    const texts = host.calls.insertScaffold[0]?.plan.insertions.flatMap((ins) => ins.blocks.map((b) => b.text)) ?? [];
    expect(texts[0]).toBe('青川县市场监督管理局关于2022年度法治政府建设情况的报告');
    expect(texts).toContain('四、2023年度推进法治政府建设的主要安排');
  });

  test('an impossible year is refused in plain words and disables the button', async () => {
    const { user } = renderApp({ host: new StubHost(EMPTY_DOC) });
    await scaffoldReady();
    const year = screen.getByRole('spinbutton', { name: '报告年度' });
    await user.clear(year);
    await user.type(year, '23');
    expect(screen.getByText('请填写四位数的年份，如 2024。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '插入全部结构' }).getAttribute('aria-disabled')).toBe('true');
  });
});

describe('scaffold panel: complete report', () => {
  test('says nothing is missing and disables the button', async () => {
    renderApp({ host: new StubHost(COMPLETE_DOC) });
    const button = await screen.findByRole('button', { name: '结构已完整' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('必需的部分都已在文档中，不需要插入。')).toBeTruthy();
  });
});

describe('scaffold panel: the unit name is remembered', () => {
  test('across sessions', async () => {
    const first = renderApp({ host: new StubHost(EMPTY_DOC) });
    await scaffoldReady();
    await first.user.type(screen.getByRole('textbox', { name: /单位名称/ }), '东城交通支队');
    first.unmount();
    expect(loadPreferences().unitName).toBe('东城交通支队');

    renderApp({ host: new StubHost(EMPTY_DOC) });
    await scaffoldReady();
    expect((screen.getByRole('textbox', { name: /单位名称/ }) as HTMLInputElement).value).toBe('东城交通支队');
  });
});

describe('scaffold panel: errors in plain words', () => {
  test('an old Word', async () => {
    renderApp({ host: new StubHost(EMPTY_DOC).fail('readDocument', new HostError('unsupported')) });
    expect(await screen.findByText('这个版本的 Word 不支持报告助手')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /插入/ })).toBeNull();
  });

  test('a read-only document', async () => {
    const host = new StubHost(EMPTY_DOC).fail('insertScaffold', new HostError('read-only'));
    const { user } = renderApp({ host });
    await user.click(await screen.findByRole('button', { name: '插入全部结构' }));
    expect(await screen.findByText('文档是只读的')).toBeTruthy();
    expect(screen.getByText(/请先点击“启用编辑”或取消文档保护/)).toBeTruthy();
    expect(screen.queryByText(/已插入/)).toBeNull();
  });

  test('typed in meanwhile without changing what is missing: read again and inserted in the same click', async () => {
    const host = new StubHost(PARTIAL_DOC);
    const { user } = renderApp({ host });
    const button = await screen.findByRole('button', { name: '补上缺少的 2 个部分' });
    // The writer added a sentence to the measures after the pane read the document.
    host.doc = wordDoc(...PARTIAL_DOC.blocks.map((b) => (b.text === '全年办理行政许可事项320件。' ? '全年办理行政许可事项320件，按时办结率100%。' : b.text)));
    await user.click(button);
    await screen.findByText(/已插入 2 个部分：党政主要负责人履行第一责任人职责、下一年度主要安排。/);
    expect(screen.queryByText('文档已有改动')).toBeNull();
    expect(host.doc.blocks.map((b) => b.text)).toContain('全年办理行政许可事项320件，按时办结率100%。');
  });

  test('a document that changed since it was read: read it again', async () => {
    const host = new StubHost(PARTIAL_DOC);
    const { user } = renderApp({ host });
    const button = await screen.findByRole('button', { name: '补上缺少的 2 个部分' });
    host.doc = COMPLETE_DOC; // the writer typed the missing parts in meanwhile
    await user.click(button);
    expect(await screen.findByText('文档已有改动')).toBeTruthy();
    expect(screen.getByText(/请重新读取文档，再试一次/)).toBeTruthy();
    // What changed is said: the parts the writer typed in are no longer inserted.
    expect(screen.getByTestId('plan-changed').textContent).toContain('文档里现在已有：党政主要负责人履行第一责任人职责、下一年度主要安排，不再插入。');
    await user.click(screen.getByRole('button', { name: '重新读取' }));
    await screen.findByRole('button', { name: '结构已完整' });
    expect(screen.queryByText('文档已有改动')).toBeNull();
  });

  test('a failure shows Word’s own message', async () => {
    renderApp({ host: new StubHost(EMPTY_DOC).fail('readDocument', new HostError('failed', 'GeneralException: busy')) });
    expect(await screen.findByText('操作没有完成')).toBeTruthy();
    expect(screen.getByText('详细信息：GeneralException: busy')).toBeTruthy();
  });

  test('reading shows a spinner', async () => {
    const host = new StubHost(EMPTY_DOC);
    const release = host.hold();
    renderApp({ host });
    expect(await screen.findByText('正在读取文档…')).toBeTruthy();
    release();
    await screen.findByRole('button', { name: '插入全部结构' });
  });
});
