/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { HostError } from '../../src/host/contract';
import { App } from '../../src/taskpane/App';
import { EMPTY_DOC, StubHost } from './helpers/stub-host';

// Code the pane loads on demand that does not come (offline): the pane says so where it would have been, with a
// way to try again, never a blank pane. Here a chunk's module fails to load while it is in `mockOffline`.
const mockOffline = new Set<string>();
const whenOnline = (path: string) => {
  if (mockOffline.has(path)) throw new Error(`Loading chunk ${path} failed.`);
  return jest.requireActual(path);
};
jest.mock('../../src/taskpane/scaffold-work', () => whenOnline('../../src/taskpane/scaffold-work'));
jest.mock('../../src/taskpane/components/notices', () => whenOnline('../../src/taskpane/components/notices'));

const UNAVAILABLE = '这部分没能显示：它的程序没有载入（可能是网络断开，或报告助手刚更新过）。请检查网络，再点“再试一次”；如果仍不成功，请关闭任务窗格后重新打开。';
/** Said in the panel shown (the others are hidden, but stay mounted). */
const saidInPanel = (words: string) => within(screen.getByRole('tabpanel')).findByText(words);

// React and jsdom report each caught failure of the simulated chunks on the console: expected here, so not printed.
const consoleError = console.error;
beforeAll(() => {
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (!/Loading chunk|The above error occurred/.test(args.map(String).join(' '))) consoleError(...args);
  });
});
afterAll(() => jest.restoreAllMocks());

test('offline: the scaffold panel’s work, the check panel, then a notice say so in their place; trying again once online carries on', async () => {
  window.localStorage.clear();
  mockOffline.add('../../src/taskpane/scaffold-work').add('../../src/taskpane/components/notices');
  const user = userEvent.setup();
  const host = new StubHost(EMPTY_DOC).fail('readDocument', new HostError('read-only'));
  render(createElement(App, { lang: 'zh-CN', host }));
  // The panel's work did not load: said in the panel, the pane's frame still there.
  expect(await saidInPanel(UNAVAILABLE)).toBeTruthy();
  expect(screen.getByRole('tab', { name: '插入结构' })).toBeTruthy();

  // The check panel, which waits for the report types that come with it, says so too, not “loading” for ever.
  await user.click(screen.getByRole('tab', { name: '完整性检查' }));
  expect(await saidInPanel(UNAVAILABLE)).toBeTruthy();
  expect(screen.queryByText('正在载入…')).toBeNull();
  // Trying again there, online, brings the check panel; the scaffold panel gets its work with it.
  mockOffline.delete('../../src/taskpane/scaffold-work');
  await user.click(screen.getByRole('button', { name: '再试一次' }));
  expect(await screen.findByRole('button', { name: '检查' })).toBeTruthy();
  await user.click(screen.getByRole('tab', { name: '插入结构' }));
  await screen.findByRole('combobox', { name: '报告类型' });
  // Word's error (the read failed) needs the notices, still offline: said in the notice's place.
  expect(await saidInPanel(UNAVAILABLE)).toBeTruthy();

  // Online: the notice itself, with its action; reading again then offers the insert.
  mockOffline.clear();
  await user.click(screen.getByRole('button', { name: '再试一次' }));
  const readAgain = await screen.findByRole('button', { name: '重新读取' });
  expect(within(screen.getByRole('tabpanel')).queryByText(UNAVAILABLE)).toBeNull();
  host.fail('readDocument', undefined);
  await user.click(readAgain);
  expect(await screen.findByRole('button', { name: '插入全部结构' })).toBeTruthy();
});

test('a step whose own code did not load says so, not that Word failed', async () => {
  window.localStorage.clear();
  const user = userEvent.setup();
  // What Word's host lets through when the code for writing (its own chunk) does not come.
  const notLoaded = Object.assign(new Error('Loading chunk word-writes failed.\n(error: https://addin.example/word-writes.js)'), { name: 'ChunkLoadError' });
  const host = new StubHost(EMPTY_DOC).fail('insertScaffold', notLoaded);
  render(createElement(App, { lang: 'zh-CN', host }));
  await user.click(await screen.findByRole('button', { name: '插入全部结构' }, { timeout: 10_000 }));
  expect(await saidInPanel('报告助手的程序没有载入')).toBeTruthy();
  expect(screen.getByText(/这与 Word 和文档无关/)).toBeTruthy();
  expect(screen.queryByText('操作没有完成')).toBeNull();
});
