/** @jest-environment jsdom */
import './helpers/layout-shim';
import { act, screen } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { parseLaunchParams, start, unavailableHost } from '../../src/taskpane/bootstrap';
import { HostError } from '../../src/host/contract';
import { langFromDisplayLanguage } from '../../src/taskpane/strings';
import { preloadPanels } from '../../src/taskpane/lazy-panels';
import { ROUGH_DOC, StubHost } from './helpers/stub-host';

// The panels the pane loads on demand, loaded first (as a moment after opening their tab).
beforeAll(() => preloadPanels());

let container: HTMLElement;
let root: Root | undefined;

beforeEach(() => {
  window.localStorage.clear();
  container = document.createElement('div');
  document.body.appendChild(container);
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
});

async function boot(...args: Parameters<typeof start> extends [Element, ...infer Rest] ? Rest : never) {
  await act(async () => {
    root = await start(container, ...args);
  });
}

describe('launch parameters', () => {
  test('panel=check opens the check panel; run=1 runs the check', () => {
    expect(parseLaunchParams('?panel=check&run=1')).toEqual({ initialPanel: 'check', autoRun: true });
    expect(parseLaunchParams('?panel=check')).toEqual({ initialPanel: 'check', autoRun: false });
    expect(parseLaunchParams('')).toEqual({ initialPanel: undefined, autoRun: false });
    expect(parseLaunchParams('?panel=nonsense&run=0')).toEqual({ initialPanel: undefined, autoRun: false });
  });

  test("Office's display language picks the pane's", () => {
    expect(langFromDisplayLanguage('zh-CN')).toBe('zh-CN');
    expect(langFromDisplayLanguage('zh-TW')).toBe('zh-CN');
    expect(langFromDisplayLanguage('zh')).toBe('zh-CN');
    expect(langFromDisplayLanguage('en-GB')).toBe('en-US');
    expect(langFromDisplayLanguage('fr-FR')).toBe('en-US');
    expect(langFromDisplayLanguage(undefined)).toBe('en-US');
  });
});

describe('start', () => {
  test('connected: the App in Office’s language, launched as the ribbon asks', async () => {
    const host = new StubHost(ROUGH_DOC);
    await boot(async () => ({ host, displayLanguage: 'zh-CN' }), { search: '?panel=check&run=1', fallbackLanguage: 'en-US' });
    expect(await screen.findByTestId('check-summary')).toBeTruthy();
    expect(screen.getByRole('tab', { name: '完整性检查' }).getAttribute('aria-selected')).toBe('true');
    expect(host.calls.readDocument).toBe(1);
  });

  test('opened outside Office: a clear notice, in the browser’s language', async () => {
    await boot(() => Promise.reject(new HostError('outside-office')), { fallbackLanguage: 'zh-CN' });
    expect(await screen.findByText('请在 Word 中打开报告助手')).toBeTruthy();
    expect(screen.queryByRole('tablist')).toBeNull();
  });

  test('an old Word, English browser', async () => {
    await boot(() => Promise.reject(new HostError('unsupported')), { fallbackLanguage: 'en-US' });
    expect(await screen.findByText('This version of Word cannot run Report Assistant')).toBeTruthy();
  });

  test('an unexpected failure is shown with its message', async () => {
    await boot(() => Promise.reject(new Error('Office.js failed to load')), { fallbackLanguage: 'zh-CN' });
    expect(await screen.findByText('操作没有完成')).toBeTruthy();
    expect(screen.getByText('详细信息：Office.js failed to load')).toBeTruthy();
  });

  test('shows a spinner while Word answers', async () => {
    let answer: (value: { host: StubHost; displayLanguage: string }) => void = () => undefined;
    let pending: Promise<Root> | undefined;
    act(() => {
      pending = start(container, () => new Promise((resolve) => (answer = resolve)), { fallbackLanguage: 'zh-CN' });
    });
    expect(screen.getByRole('status').textContent).toContain('正在连接 Word…');
    await act(async () => {
      answer({ host: new StubHost(ROUGH_DOC), displayLanguage: 'en-US' });
      root = await pending;
    });
    expect(await screen.findByRole('tab', { name: 'Scaffold' })).toBeTruthy();
  });

  test('an unavailable host fails every call with the startup error', async () => {
    const error = new HostError('outside-office');
    const host = unavailableHost(error);
    await expect(host.readDocument()).rejects.toBe(error);
    await expect(host.selectBlock(0)).rejects.toBe(error);
  });
});
