/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { HostError } from '../../src/host/contract';
import { scaffoldView } from '../../src/host/workflows/scaffold';
import { COMPLETE_DOC, EMPTY_DOC, PARTIAL_DOC, StubHost } from './helpers/stub-host';
import { renderApp } from './helpers/render';

// The scaffold panel's button comes first: there, enabled, before the document is read; a click then waits for
// the read and inserts what the plan says. Reads are held (StubHost.hold) so "before the read" is a fact here.

beforeEach(() => window.localStorage.clear());
// Each test loads the panel's work on demand: room for a busy machine (the waits below are long for the same reason).
jest.setTimeout(30_000);

const firstButton = () => screen.getByRole('button', { name: '插入报告结构' });
const isEnabled = (button: HTMLElement) => button.getAttribute('aria-disabled') !== 'true' && !(button as HTMLButtonElement).disabled;
/** What the exact button would insert into `doc`, read as it is, with the form as it opens. */
const plannedFor = (doc: typeof EMPTY_DOC) => scaffoldView(doc, { profile: DEFAULT_PROFILE, typedYear: null, unit: '' }).plan;

/** The pane on `doc` with its read held, and the first button clicked `times` before the read. */
async function clickedBeforeRead(doc: typeof EMPTY_DOC, times = 1) {
  const host = new StubHost(doc);
  const release = host.hold();
  const { user } = renderApp({ host });
  const button = firstButton();
  for (let i = 0; i < times; i += 1) await user.click(button);
  return { host, button, release };
}

/** Lets the held read finish, waits for `inserted` to be said, and gives the one plan inserted, checked to be the exact button's. */
async function insertedOnce(host: StubHost, release: () => void, doc: typeof EMPTY_DOC, inserted: RegExp) {
  release();
  // The panel's work (its code loads on demand) and the insert: a long wait, for a busy machine.
  await screen.findByText(inserted, undefined, { timeout: 10_000 });
  expect(host.calls.insertScaffold).toHaveLength(1);
  const { plan, basis } = host.calls.insertScaffold[0]!;
  expect(basis).toBe(doc);
  expect(plan).toEqual(plannedFor(doc));
  return plan;
}

describe('the scaffold panel’s button before the document is read', () => {
  test('is there and enabled at once, saying what it does in general, with the reading status; then its label turns exact in its place', async () => {
    const host = new StubHost(EMPTY_DOC);
    const release = host.hold();
    renderApp({ host });
    const button = firstButton();
    expect(isEnabled(button)).toBe(true);
    expect(screen.getByText('正在读取文档…')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '插入全部结构' })).toBeNull();
    release();
    // The same button, in the same place: its label and the explanation under it became exact.
    expect(await screen.findByRole('button', { name: '插入全部结构' })).toBe(button);
    expect(screen.getByText(/文档是空的/)).toBeTruthy();
    expect(screen.queryByText('正在读取文档…')).toBeNull();
  });

  test('in English too', async () => {
    const host = new StubHost(PARTIAL_DOC);
    const release = host.hold();
    renderApp({ host, lang: 'en-US' });
    expect(isEnabled(screen.getByRole('button', { name: 'Insert the report structure' }))).toBe(true);
    release();
    await screen.findByRole('button', { name: 'Add the 2 missing parts' });
  });

  test('clicked in an empty document: waits for the read, then inserts everything, once however often it was clicked', async () => {
    const { host, button, release } = await clickedBeforeRead(EMPTY_DOC, 2);
    // Waiting: busy, saying so, nothing inserted yet.
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('正在读取文档…')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('读完即插入。');
    expect(host.calls.insertScaffold).toHaveLength(0);
    expect((await insertedOnce(host, release, EMPTY_DOC, /已插入 9 个部分/)).mode).toBe('full');
    expect(screen.queryByText('读完即插入。')).toBeNull();
  });

  test('clicked in a partial report: inserts only the missing parts, in place, as the exact button would', async () => {
    const { host, release } = await clickedBeforeRead(PARTIAL_DOC);
    const plan = await insertedOnce(host, release, PARTIAL_DOC, /已插入 2 个部分/);
    expect(plan.adds).toEqual(['leader-duties', 'next-year-plans']);
    // What was written stays: every paragraph of the draft is still there, in its order.
    const texts = host.doc.blocks.map((b) => b.text);
    const kept = PARTIAL_DOC.blocks.map((b) => b.text).filter((text) => text !== '');
    expect(texts.filter((text) => kept.includes(text))).toEqual(kept);
  });

  test('clicked in a complete report: inserts nothing, and the panel says the structure is complete', async () => {
    const { host, button, release } = await clickedBeforeRead(COMPLETE_DOC);
    release();
    expect(await screen.findByRole('button', { name: '结构已完整' })).toBe(button);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('必需的部分都已在文档中，不需要插入。')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('正在读取文档…')).toBeNull());
    expect(host.calls.insertScaffold).toHaveLength(0);
  });
});

describe('the scaffold panel’s button taken away by a failed read', () => {
  test('clicked from the keyboard before the read: focus goes to the notice’s 重新读取, not to the page', async () => {
    const host = new StubHost(EMPTY_DOC).fail('readDocument', new HostError('read-only'));
    const release = host.hold();
    const { user } = renderApp({ host });
    firstButton().focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status').textContent).toContain('读完即插入。');
    release();
    const readAgain = await screen.findByRole('button', { name: '重新读取' }, { timeout: 10_000 });
    await waitFor(() => expect(document.activeElement).toBe(readAgain));
    expect(screen.queryByRole('button', { name: '插入报告结构' })).toBeNull();
    expect(host.calls.insertScaffold).toHaveLength(0);
  });

  test('重新读取 used from the keyboard, the read now working: focus goes back to the button, not to the page', async () => {
    const host = new StubHost(EMPTY_DOC).fail('readDocument', new HostError('read-only'));
    const { user } = renderApp({ host });
    const readAgain = await screen.findByRole('button', { name: '重新读取' }, { timeout: 10_000 });
    host.fail('readDocument', undefined);
    readAgain.focus();
    await user.keyboard('{Enter}');
    const button = await screen.findByRole('button', { name: '插入全部结构' }, { timeout: 10_000 });
    expect(document.activeElement).toBe(button);
  });

  test('focus the writer has elsewhere stays there', async () => {
    const host = new StubHost(EMPTY_DOC).fail('readDocument', new HostError('read-only'));
    const release = host.hold();
    renderApp({ host });
    const languageSwitch = screen.getByRole('button', { name: 'English' });
    languageSwitch.focus();
    release();
    await screen.findByRole('button', { name: '重新读取' }, { timeout: 10_000 });
    expect(document.activeElement).toBe(languageSwitch);
  });
});
