/** @jest-environment jsdom */
import { render } from '@testing-library/react';
import { createElement } from 'react';
import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { asPreviousReport } from '../../src/host/workflows/previous';
import { PreviousReportSummary } from '../../src/taskpane/components/PreviousReportSummary';
import { focusAfter } from '../../src/taskpane/focus-after';
import { paneText } from '../../src/taskpane/strings';
import { previousFixture } from '../helpers/previous-fixtures';

test('a button that goes once used hands focus on at once, not when its work is done (不再对比 saving to the document)', () => {
  const target = document.body.appendChild(document.createElement('button'));
  let done = false;
  const forget = focusAfter({ current: target }, () => new Promise<void>(() => undefined).then(() => void (done = true)));
  forget();
  expect([document.activeElement, done]).toEqual([target, false]);
});

test('last year’s report of a year not earlier than this one: the summary shows nothing (the check’s previous-year warning says why)', () => {
  const thisYear = previousFixture('songchuan-2024-rolled').doc;
  const props = { t: paneText('zh-CN'), lang: 'zh-CN' as const, profile: DEFAULT_PROFILE, ticks: [], onTick: () => undefined, onSelect: () => undefined };
  const wrong = render(createElement(PreviousReportSummary, { ...props, doc: previousFixture('songchuan-2023').doc, previous: asPreviousReport(thisYear, DEFAULT_PROFILE) }));
  expect(wrong.container.textContent).toBe('');
  const right = render(createElement(PreviousReportSummary, { ...props, doc: thisYear, previous: asPreviousReport(previousFixture('songchuan-2023').doc, DEFAULT_PROFILE) }));
  expect(right.container.textContent).toMatch(/全文 100%/);
});
