/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import { createElement as h, Fragment, useRef } from 'react';
import { useFocusHandOff, useFocusWithin } from '../../src/taskpane/focus-after';

// A panel whose button a failure takes away, and whose notice (with its action) shows when `noticeShown`: in the
// pane the notice's code may load a moment after the failure, so the two are set apart here. Once the failure is
// over, the notice goes and the button is back.
function Panel({ failed, noticeShown }: { failed: boolean; noticeShown: boolean }) {
  const notice = useRef<HTMLDivElement>(null);
  const buttonArea = useRef<HTMLDivElement>(null);
  const within = useFocusWithin();
  useFocusHandOff(within, notice, failed);
  useFocusHandOff(within, buttonArea, !failed);
  return h(
    Fragment,
    null,
    h(
      'div',
      within.handlers,
      h('div', { ref: buttonArea }, failed ? null : h('button', null, '插入报告结构')),
      h('div', { ref: notice }, failed && noticeShown ? h('button', null, '重新读取') : null),
    ),
    h('input', { 'aria-label': 'elsewhere' }),
  );
}

const panel = (failed: boolean, noticeShown: boolean) => h(Panel, { failed, noticeShown });

/** The panel with its button focused, then failed: the button gone, the notice not there yet. */
function failedUnderFocus() {
  const view = render(panel(false, false));
  screen.getByRole('button', { name: '插入报告结构' }).focus();
  view.rerender(panel(true, false));
  expect(document.activeElement).toBe(document.body);
  // The notice shows, and what watches for it (a mutation observer, answered in a later microtask) has had its turn.
  const showNotice = async () => {
    view.rerender(panel(true, true));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  };
  return { showNotice };
}

describe('focus when a failure takes away the control a writer was on', () => {
  test('goes to the notice’s action once the notice shows, however late', async () => {
    await failedUnderFocus().showNotice();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '重新读取' }));
  });

  test('goes to it at once when the notice is already there', () => {
    const view = render(panel(false, true));
    screen.getByRole('button', { name: '插入报告结构' }).focus();
    view.rerender(panel(true, true));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '重新读取' }));
  });

  test('goes back to the panel’s button when the failure is over and takes the notice away (重新读取 used)', () => {
    const view = render(panel(true, true));
    screen.getByRole('button', { name: '重新读取' }).focus();
    view.rerender(panel(false, true));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '插入报告结构' }));
  });

  test('stays where the writer put it meanwhile', async () => {
    const { showNotice } = failedUnderFocus();
    const elsewhere = screen.getByRole('textbox', { name: 'elsewhere' });
    elsewhere.focus();
    await showNotice();
    expect(document.activeElement).toBe(elsewhere);
  });

  test('is not taken back from the document: the pane’s window lost focus meanwhile', async () => {
    const { showNotice } = failedUnderFocus();
    act(() => {
      window.dispatchEvent(new Event('blur'));
    });
    await showNotice();
    expect(document.activeElement).toBe(document.body);
  });

  test('is left alone when the writer had left the button before it went (a click on the page)', async () => {
    const view = render(panel(false, false));
    const button = screen.getByRole('button', { name: '插入报告结构' });
    button.focus();
    button.blur();
    view.rerender(panel(true, false));
    view.rerender(panel(true, true));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(document.activeElement).toBe(document.body);
  });

  test('is left alone when nothing in the panel had it', () => {
    const view = render(panel(false, false));
    view.rerender(panel(true, true));
    expect(document.activeElement).toBe(document.body);
  });
});
