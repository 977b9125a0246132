/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { HostError } from '../../src/host/contract';
import { COMPLETE_DOC, EMPTY_DOC, ROUGH_DOC, StubHost, wordDoc } from './helpers/stub-host';
import { renderApp } from './helpers/render';

beforeEach(() => window.localStorage.clear());

function markOf(partId: string): string | null {
  return document.querySelector(`li[data-part="${partId}"]`)?.getAttribute('data-mark') ?? null;
}

function group(severity: string): HTMLElement {
  const section = document.querySelector<HTMLElement>(`section[data-severity="${severity}"]`);
  if (!section) throw new Error(`no ${severity} group`);
  return section;
}

async function runCheckWithEnter(host: StubHost, lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  const utils = renderApp({ host, lang, initialPanel: 'check' });
  const button = screen.getByRole('button', { name: lang === 'zh-CN' ? '检查' : 'Check' });
  button.focus();
  await utils.user.keyboard('{Enter}');
  await screen.findByTestId('check-summary');
  return utils;
}

describe('check panel', () => {
  test('before a check: one button, no results', () => {
    const host = new StubHost(ROUGH_DOC);
    renderApp({ host, initialPanel: 'check' });
    expect(screen.getByRole('button', { name: '检查' })).toBeTruthy();
    expect(screen.queryByTestId('check-summary')).toBeNull();
    expect(host.calls.readDocument).toBe(0);
  });

  test('Enter runs the check: checklist, findings by severity, summary', async () => {
    const host = new StubHost(ROUGH_DOC);
    await runCheckWithEnter(host);
    expect(host.calls.readDocument).toBe(1);

    expect(screen.getByRole('status').textContent).toContain('还有 5 处需要处理');
    expect(screen.getByTestId('check-summary').textContent).toContain('错误 2 · 警告 3 · 提示 0');
    expect(screen.getByText('报告年度 2024（取自标题）')).toBeTruthy();

    expect(markOf('title')).toBe('present');
    expect(markOf('measures')).toBe('present');
    expect(markOf('shortcomings')).toBe('flagged'); // 2、 among 一、 三、
    expect(markOf('leader-duties')).toBe('missing');
    expect(markOf('next-year-plans')).toBe('flagged'); // prompt still in place
    expect(markOf('addressee')).toBe('optional');
    expect(markOf('other-matters')).toBe('optional');
    expect(markOf('signature')).toBe('missing');

    const errors = group('error');
    expect(within(errors).getByRole('heading', { name: '错误（2）' })).toBeTruthy();
    expect(within(errors).getByText(/缺少“党政主要负责人履行第一责任人职责”部分/)).toBeTruthy();
    expect(within(errors).getByRole('button', { name: /第 7 段 · 提示文字还没有替换/ })).toBeTruthy();
    const warnings = group('warning');
    expect(within(warnings).getByRole('heading', { name: '警告（3）' })).toBeTruthy();
    expect(within(warnings).getByText('缺少“发文机关署名”：请在正文之后写明发文机关全称。')).toBeTruthy();
    expect(document.querySelector('section[data-severity="info"]')).toBeNull();

    expect(screen.getByRole('button', { name: '重新检查' })).toBeTruthy();
  });

  test('a finding with a place selects its paragraph', async () => {
    const host = new StubHost(ROUGH_DOC);
    const { user } = await runCheckWithEnter(host);
    await user.click(screen.getByRole('button', { name: /第 4 段 · 第 1 级标题编号“2、”与前面的“一、”体例不一致/ }));
    expect(host.calls.selectBlock).toEqual([3]);
    // A finding without a place is plain text, not a button.
    expect(screen.queryByRole('button', { name: /缺少“发文机关署名”/ })).toBeNull();
  });

  test('a finding about words selects the words and shows the right form; the part stays ✓', async () => {
    const doc = wordDoc(...COMPLETE_DOC.blocks.map((b) => (b.index === 3 ? '严格执行《中华人民共和国行政复义法》，全年办理案件12件。' : b.text)));
    const host = new StubHost(doc);
    const { user } = await runCheckWithEnter(host);
    expect(markOf('measures')).toBe('present');
    const warnings = group('warning');
    expect(within(warnings).getByTestId('right-form').textContent).toBe('“《中华人民共和国行政复义法》”改为“《中华人民共和国行政复议法》”');
    await user.click(within(warnings).getByRole('button', { name: /第 4 段 · 引用的《中华人民共和国行政复义法》/ }));
    expect(host.calls.selectWords).toEqual([{ index: 3, words: { start: 4, length: 14, text: '《中华人民共和国行政复义法》', occurrence: 0 } }]);
    expect(host.calls.selectBlock).toEqual([]);
  });

  test('words that cannot be selected say so in plain words', async () => {
    const doc = wordDoc(...COMPLETE_DOC.blocks.map((b) => (b.index === 3 ? '截止目前，全年办理案件12件。' : b.text)));
    const host = new StubHost(doc).fail('selectWords', new HostError('not-found'));
    const { user } = await runCheckWithEnter(host);
    await user.click(screen.getByRole('button', { name: /第 4 段 · “截止”后面是时间/ }));
    expect(await screen.findByText('找不到这一段')).toBeTruthy();
  });

  test('the checklist leads to each part', async () => {
    const host = new StubHost(ROUGH_DOC);
    const { user } = await runCheckWithEnter(host);
    await user.click(screen.getByRole('button', { name: /主要举措和成效 · 第 2 段/ }));
    expect(host.calls.selectBlock).toEqual([1]);
  });

  test('a complete report is ready to send', async () => {
    await runCheckWithEnter(new StubHost(COMPLETE_DOC));
    expect(screen.getByTestId('check-summary').textContent).toContain('可以报送');
    expect(screen.getByText('没有发现问题。')).toBeTruthy();
    expect(markOf('leader-duties')).toBe('present');
  });

  test('checks again after edits', async () => {
    const host = new StubHost(ROUGH_DOC);
    const { user } = await runCheckWithEnter(host);
    host.doc = COMPLETE_DOC;
    await user.click(screen.getByRole('button', { name: '重新检查' }));
    await waitFor(() => expect(screen.getByTestId('check-summary').textContent).toContain('可以报送'));
    expect(host.calls.readDocument).toBe(2);
  });

  test('an empty document lacks every required part', async () => {
    await runCheckWithEnter(new StubHost(EMPTY_DOC));
    expect(markOf('title')).toBe('missing');
    expect(within(group('error')).getByText(/缺少“主要举措和成效”部分/)).toBeTruthy();
  });

  test('English: summary, findings and checklist', async () => {
    await runCheckWithEnter(new StubHost(ROUGH_DOC), 'en-US');
    expect(screen.getByTestId('check-summary').textContent).toContain('5 things to fix');
    expect(within(group('error')).getByRole('heading', { name: 'Errors (2)' })).toBeTruthy();
    expect(screen.getByText(/The part “Principal leaders' duties as first responsible persons” is missing/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Paragraph 4 · Level-1 heading number “2、”/ })).toBeTruthy();
  });

  test('English: ready to send', async () => {
    await runCheckWithEnter(new StubHost(COMPLETE_DOC), 'en-US');
    expect(screen.getByTestId('check-summary').textContent).toContain('Ready to send');
  });

  test('switching the language re-words the findings', async () => {
    const { user } = await runCheckWithEnter(new StubHost(ROUGH_DOC));
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByTestId('check-summary').textContent).toContain('5 things to fix');
    expect(screen.getByText("“Issuing unit's signature” is missing: after the text, put the issuing office’s full name.")).toBeTruthy();
  });
});

describe('check panel: errors in plain words', () => {
  test('a paragraph that is no longer there', async () => {
    const host = new StubHost(ROUGH_DOC).fail('selectBlock', new HostError('not-found'));
    const { user } = await runCheckWithEnter(host);
    await user.click(screen.getByRole('button', { name: /第 4 段 · / }));
    expect(await screen.findByText('找不到这一段')).toBeTruthy();
    expect(screen.getByText(/文档可能已有改动。请重新检查。/)).toBeTruthy();
  });

  test('a failed read, with Word’s message', async () => {
    const host = new StubHost(ROUGH_DOC).fail('readDocument', new HostError('failed', 'RichApi.Error: timeout'));
    const { user } = renderApp({ host, initialPanel: 'check' });
    await user.click(screen.getByRole('button', { name: '检查' }));
    expect(await screen.findByText('操作没有完成')).toBeTruthy();
    expect(screen.getByText('详细信息：RichApi.Error: timeout')).toBeTruthy();
    expect(screen.queryByTestId('check-summary')).toBeNull();
  });

  test('an error that is not a HostError still shows', async () => {
    const host = new StubHost(ROUGH_DOC);
    host.readDocument = () => Promise.reject(new TypeError('Cannot read properties of undefined'));
    const { user } = renderApp({ host, initialPanel: 'check' });
    await user.click(screen.getByRole('button', { name: '检查' }));
    expect(await screen.findByText('详细信息：Cannot read properties of undefined')).toBeTruthy();
  });

  test('checking shows a spinner', async () => {
    const host = new StubHost(ROUGH_DOC);
    const release = host.hold();
    const { user } = renderApp({ host, initialPanel: 'check' });
    await user.click(screen.getByRole('button', { name: '检查' }));
    expect(screen.getByRole('status').textContent).toContain('正在检查…');
    release();
    await screen.findByTestId('check-summary');
  });
});
