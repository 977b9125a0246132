/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { HostError } from '../../src/host/contract';
import { ROUGH_DOC, PARTIAL_DOC, StubHost } from './helpers/stub-host';
import { renderApp, scaffoldReady, seriousViolations } from './helpers/render';

beforeEach(() => window.localStorage.clear());

/** A tab's label without the hidden bold copy a Fluent tab keeps to reserve its width. */
function labelOf(tab: HTMLElement): string {
  const copy = tab.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"], [class*="reserved-space"]').forEach((hidden) => hidden.remove());
  return copy.textContent ?? '';
}

function tabNames(): string[] {
  return screen.getAllByRole('tab').map((tab) => labelOf(tab));
}

function selectedTab(): string | null {
  const tab = screen.getAllByRole('tab').find((t) => t.getAttribute('aria-selected') === 'true');
  return tab ? labelOf(tab) : null;
}

function visiblePanel(): HTMLElement {
  const panel = screen.getAllByRole('tabpanel', { hidden: true }).find((p) => !p.hidden);
  if (!panel) throw new Error('no visible panel');
  return panel;
}

describe('app', () => {
  test('opens on the scaffold panel, in Chinese', async () => {
    renderApp({ host: new StubHost(PARTIAL_DOC) });
    expect(screen.getByRole('heading', { level: 1, name: '报告助手' })).toBeTruthy();
    expect(screen.getByRole('tablist', { name: '功能' })).toBeTruthy();
    expect(tabNames()).toEqual(['插入结构', '完整性检查', '数据']);
    expect(selectedTab()).toBe('插入结构');
    await scaffoldReady();
    expect(visiblePanel().getAttribute('aria-labelledby')).toBe(screen.getByRole('tab', { name: '插入结构' }).id);
  });

  test('arrow keys switch the tabs', async () => {
    const { user } = renderApp({ host: new StubHost(PARTIAL_DOC) });
    await scaffoldReady();
    screen.getByRole('tab', { name: '插入结构' }).focus();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(selectedTab()).toBe('完整性检查'));
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: '完整性检查' }));
    expect(screen.getByRole('button', { name: '检查' })).toBeTruthy();
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(selectedTab()).toBe('插入结构'));
    expect(screen.getByRole('button', { name: '补上缺少的 2 个部分' })).toBeTruthy();
  });

  test('a panel keeps its state while another is shown', async () => {
    const host = new StubHost(ROUGH_DOC);
    const { user } = renderApp({ host, initialPanel: 'check' });
    await user.click(screen.getByRole('button', { name: '检查' }));
    await screen.findByTestId('check-summary');
    await user.click(screen.getByRole('tab', { name: '插入结构' }));
    await scaffoldReady();
    await user.click(screen.getByRole('tab', { name: '完整性检查' }));
    expect(screen.getByTestId('check-summary').textContent).toContain('还有 5 处需要处理');
  });

  test('autoRun opens the check panel and runs the check at once', async () => {
    const host = new StubHost(ROUGH_DOC);
    renderApp({ host, autoRun: true });
    expect(selectedTab()).toBe('完整性检查');
    await screen.findByTestId('check-summary');
    expect(host.calls.readDocument).toBe(1); // the scaffold panel is not read until it is opened
  });

  test('English UI when Office speaks English', async () => {
    renderApp({ host: new StubHost(PARTIAL_DOC), lang: 'en-US' });
    expect(screen.getByRole('heading', { level: 1, name: 'Report Assistant' })).toBeTruthy();
    expect(tabNames()).toEqual(['Scaffold', 'Check', 'Figures']);
    expect(await screen.findByRole('button', { name: 'Add the 2 missing parts' })).toBeTruthy();
    expect(screen.getByRole('spinbutton', { name: 'Report year' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Report type' })).toBeTruthy();
    expect(screen.getByText(/Main measures and results/)).toBeTruthy();
  });

  test('the language switch changes the pane and the page language', async () => {
    const { user } = renderApp({ host: new StubHost(PARTIAL_DOC) });
    await scaffoldReady();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(tabNames()).toEqual(['Scaffold', 'Check', 'Figures']);
    expect(document.documentElement.lang).toBe('en-US');
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(selectedTab()).toBe('插入结构');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  test('the language switched to is remembered for the next session, over Office’s language', async () => {
    const first = renderApp({ host: new StubHost(PARTIAL_DOC) });
    await scaffoldReady();
    await first.user.click(screen.getByRole('button', { name: 'English' }));
    first.unmount();
    renderApp({ host: new StubHost(PARTIAL_DOC), lang: 'zh-CN' });
    expect(tabNames()).toEqual(['Scaffold', 'Check', 'Figures']);
    await screen.findByRole('button', { name: 'Add the 2 missing parts' });
  });

  // The notice's code loads on demand: it shows once that is there (at once when an earlier test loaded it).
  test('outside Office: a notice instead of the panels', async () => {
    const error = new HostError('outside-office');
    renderApp({ host: new StubHost(PARTIAL_DOC), startupError: error });
    expect(await screen.findByText('请在 Word 中打开报告助手')).toBeTruthy();
    expect(screen.queryByRole('tablist')).toBeNull();
  });

  test('an old Word: a notice in English too', async () => {
    renderApp({ host: new StubHost(PARTIAL_DOC), lang: 'en-US', startupError: new HostError('unsupported') });
    expect(await screen.findByText('This version of Word cannot run Report Assistant')).toBeTruthy();
  });

  test('the remembered report type is used', async () => {
    window.localStorage.setItem('@report-assistant/preferences', JSON.stringify({ profileId: 'rule-of-law-annual', unitName: '' }));
    renderApp({ host: new StubHost(PARTIAL_DOC) });
    await scaffoldReady();
    expect((screen.getByRole('combobox', { name: '报告类型' }) as HTMLSelectElement).value).toBe('rule-of-law-annual');
  });
});

describe('accessibility (axe, no serious or critical violations)', () => {
  test('scaffold panel after an insertion', async () => {
    const host = new StubHost(PARTIAL_DOC);
    const { user, container } = renderApp({ host });
    await user.click(await screen.findByRole('button', { name: '补上缺少的 2 个部分' }));
    await screen.findByText(/已插入 2 个部分/);
    await scaffoldReady();
    expect(await seriousViolations(container)).toEqual([]);
  });

  test('check panel with results and an error', async () => {
    const host = new StubHost(ROUGH_DOC).fail('selectBlock', new HostError('not-found'));
    const { user, container } = renderApp({ host, initialPanel: 'check', lang: 'en-US' });
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByTestId('check-summary');
    await user.click(screen.getByRole('button', { name: /Paragraph 4 · / }));
    await screen.findByText('That paragraph is no longer there');
    expect(await seriousViolations(container)).toEqual([]);
  });

  test('the outside-Office notice', async () => {
    const { container } = renderApp({ host: new StubHost(PARTIAL_DOC), startupError: new HostError('outside-office') });
    expect(await seriousViolations(container)).toEqual([]);
  });
});
