/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import type { ComparisonRow } from '../../src/core/figures/compare';
import { ComparisonTable } from '../../src/taskpane/components/ComparisonTable';
import { ROWS_PER_STEP } from '../../src/taskpane/hooks/useRowsShown';
import { paneText } from '../../src/taskpane/strings';

function rowsOf(count: number, prefix: string): ComparisonRow[] {
  return Array.from({ length: count }, (_, i) => ({
    indicator: `${prefix}指标${i + 1}`,
    measure: '件',
    changeInPoints: false,
    prior: i,
    current: i + 1,
    change: 1,
    direction: 'up' as const,
    yoy: null,
    formatted: { prior: String(i), current: String(i + 1), change: '+1', yoy: '—' },
  }));
}

const bodyRows = () => screen.getByTestId('comparison-table').querySelectorAll('tbody tr').length;

function table(rows: ComparisonRow[], t = paneText('zh-CN')) {
  return createElement(ComparisonTable, { t, lang: 'zh-CN', rows, unit: '青禾县司法局', year: 2024, disabled: false, onInsert: () => undefined });
}

/** Runs each step's task in turn (each step's timer is set once the step before is drawn). */
function drawAll(): void {
  while (jest.getTimerCount() > 0) act(() => jest.runOnlyPendingTimers());
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('a long comparison table is drawn in steps, never in one long task', () => {
  test(`${ROWS_PER_STEP} rows first, then ${ROWS_PER_STEP} more in each following task, until all are there in the file's order`, () => {
    render(table(rowsOf(250, '')));
    expect(bodyRows()).toBe(ROWS_PER_STEP);
    act(() => jest.advanceTimersToNextTimer());
    expect(bodyRows()).toBe(2 * ROWS_PER_STEP);
    drawAll();
    expect(bodyRows()).toBe(250);
    const names = [...screen.getByTestId('comparison-table').querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(names[0]).toBe('指标1（件）');
    expect(names[249]).toBe('指标250（件）');
  });

  test('other rows (another unit) start again from the first step', () => {
    const { rerender } = render(table(rowsOf(250, '')));
    drawAll();
    expect(bodyRows()).toBe(250);
    rerender(table(rowsOf(300, '乙')));
    expect(bodyRows()).toBe(ROWS_PER_STEP);
    expect(screen.getByTestId('comparison-table').querySelector('tbody th')?.textContent).toBe('乙指标1（件）');
    drawAll();
    expect(bodyRows()).toBe(300);
  });

  test('a row drawn once is not drawn again as more rows come (the whole table costs what its rows do)', () => {
    const text = paneText('zh-CN');
    const labelsMade = jest.fn();
    const counting: typeof text = (key, params) => {
      if (key === 'pane-figures-insert-figure') labelsMade();
      return text(key, params);
    };
    render(table(rowsOf(250, ''), counting));
    drawAll();
    expect(bodyRows()).toBe(250);
    expect(labelsMade).toHaveBeenCalledTimes(250);
  });

  test('a short table is whole at once', () => {
    render(table(rowsOf(12, '')));
    expect(bodyRows()).toBe(12);
  });
});
