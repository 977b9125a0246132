/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { HostError } from '../../src/host/contract';
import { renderApp } from './helpers/render';
import { PARTIAL_DOC, ROUGH_DOC, StubHost } from './helpers/stub-host';

beforeEach(() => window.localStorage.clear());

async function checked(host: StubHost, lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  const utils = renderApp({ host, lang, initialPanel: 'check' });
  await utils.user.click(screen.getByRole('button', { name: lang === 'zh-CN' ? '检查' : 'Check' }));
  await screen.findByTestId('check-summary');
  return utils;
}

const findingItem = (code: string, text: RegExp) => {
  const item = [...document.querySelectorAll<HTMLElement>(`li[data-code="${code}"]`)].find((li) => text.test(li.textContent ?? ''));
  if (!item) throw new Error(`no ${code} finding reading ${text}`);
  return item;
};

describe('a finding’s own fix in the check panel', () => {
  test('a missing part’s 插入 inserts that part only, through the scaffold, and the check runs again on the result', async () => {
    const host = new StubHost(ROUGH_DOC);
    const { user } = await checked(host);
    const item = findingItem('missing-part', /党政主要负责人/);
    await user.click(within(item).getByRole('button', { name: '插入“党政主要负责人履行第一责任人职责”（放在它应在的位置）' }));

    expect((await screen.findByTestId('fix-outcome')).textContent).toContain('已插入 1 个部分：党政主要负责人履行第一责任人职责。');
    expect(host.calls.insertScaffold).toHaveLength(1);
    expect(host.calls.insertScaffold[0]?.plan.adds).toEqual(['leader-duties']);
    const texts = host.doc.blocks.map((b) => b.text);
    // After the shortcomings (numbered 2、 in this draft), before the plans, for the report's year.
    expect(texts[texts.findIndex((t) => t.startsWith('2、')) + 2]).toMatch(/^三、2024年度党政主要负责人/);
    // The others stay, each with its own 插入.
    await waitFor(() => expect([...document.querySelectorAll('li[data-code="missing-part"]')].map((li) => li.textContent)).toEqual(['缺少“发文机关署名”：请在正文之后写明发文机关全称。插入', '缺少“成文日期”：请在发文机关署名之下写明成文日期，用阿拉伯数字写全年月日（如“2025年1月20日”）。插入']));
  });

  test('what a 插入 did keeps its part’s name when the report type is switched afterwards', async () => {
    const { user } = await checked(new StubHost(ROUGH_DOC));
    await user.click(within(findingItem('missing-part', /党政主要负责人/)).getByRole('button', { name: /^插入“党政主要负责人/ }));
    await screen.findByTestId('fix-outcome');
    await user.selectOptions(screen.getByRole('combobox', { name: '报告类型' }), 'gov-info-disclosure-annual');
    await waitFor(() => expect(screen.getByTestId('fix-outcome').textContent).toContain('已插入 1 个部分：党政主要负责人履行第一责任人职责。'));
  });

  test('a heading number’s 改为“二、” rewrites the number only; the check then finds no numbering to fix', async () => {
    const host = new StubHost(ROUGH_DOC);
    const { user } = await checked(host);
    const item = findingItem('numbering', /2、/);
    await user.click(within(item).getByRole('button', { name: '把第 4 段的“2、”改为“二、”（只改编号，不动文字）' }));

    expect((await screen.findByTestId('fix-outcome')).textContent).toBe('已把“2、”改为“二、”，并重新检查。');
    expect(host.doc.blocks[3]?.text).toBe('二、2024年度推进法治政府建设存在的不足和原因');
    await waitFor(() => expect(document.querySelector('li[data-code="numbering"]')).toBeNull());
  });

  test('a paragraph changed since the check: the pane says so and offers to check again', async () => {
    const host = new StubHost(ROUGH_DOC).fail('renumberHeading', new HostError('paragraph-changed'));
    const { user } = await checked(host);
    await user.click(within(findingItem('numbering', /2、/)).getByRole('button', { name: /改为“二、”/ }));
    expect(await screen.findByText('这一段已有改动')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: '重新检查' }).length).toBeGreaterThan(1);
    expect(host.doc).toBe(ROUGH_DOC);
  });

  test('in English: Insert and Change to', async () => {
    await checked(new StubHost(ROUGH_DOC), 'en-US');
    expect(within(findingItem('missing-part', /principal/i)).getByRole('button', { name: /^Insert “.+” \(in its place\)$/ }).textContent).toBe('Insert');
    expect(within(findingItem('numbering', /2、/)).getByRole('button', { name: 'Change “2、” to “二、” at Paragraph 4 (the number only, not the words)' }).textContent).toBe('Change to “二、”');
  });
});

describe('a note after an insertion', () => {
  test('改为“五、” on a heading to renumber rewrites its number, and the note is done', async () => {
    const host = new StubHost(PARTIAL_DOC);
    const { user } = renderApp({ host });
    await user.click(await screen.findByRole('button', { name: '补上缺少的 2 个部分' }));
    await user.click(await screen.findByRole('button', { name: '把第 13 段的“三、”改为“五、”（只改编号，不动文字）' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: '第 13 段“三、”应改为“五、”' })).toBeNull());
    expect(host.doc.blocks[12]?.text).toMatch(/^五、/);
    expect(host.doc.blocks[12]?.text.slice(2)).toBe(PARTIAL_DOC.blocks[8]?.text.slice(2));
  });
});
