import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo, useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { ComparisonRow } from '../../core/figures/compare';
import { DIRECTION_LABELS, POINTS_LABEL, RATE_DIRECTION_LABELS } from '../../core/figures/messages';
import { formatChange, formatNumber } from '../../core/figures/format';
import type { Lang } from '../../core/i18n/lang';
import { useRowsShown } from '../hooks/useRowsShown';
import type { PaneText } from '../strings';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  // To fit a 320 px pane: the figure columns are as narrow as their figures (width 1px shrinks a column to its
  // content, which never breaks), and the indicator names take all the rest, wrapping there.
  cell: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
    textAlign: 'right',
    verticalAlign: 'top',
    whiteSpace: 'nowrap',
    width: '1px',
  },
  // A wordy heading (同比, Year on year) and a rate's 个百分点 may wrap between words, never inside one. Atomic
  // classes: a class that overrides another's property must be joined with mergeClasses, not by concatenation.
  wraps: { whiteSpace: 'normal', wordBreak: 'keep-all', overflowWrap: 'normal' },
  number: { whiteSpace: 'nowrap' },
  // At least five characters a line, whatever the figures' widths.
  label: { textAlign: 'left', whiteSpace: 'normal', width: 'auto', minWidth: '5em' },
  nameButton: { minWidth: 0, height: 'auto', padding: 0, whiteSpace: 'normal', overflowWrap: 'anywhere', textAlign: 'left', justifyContent: 'flex-start', fontWeight: tokens.fontWeightRegular, color: tokens.colorBrandForeground1 },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
});

export interface ComparisonTableProps {
  t: PaneText;
  lang: Lang;
  rows: readonly ComparisonRow[];
  unit: string;
  year: number;
  disabled: boolean;
  onInsert: (indicator: string) => void;
}

/** The unit's indicators, last year against this year, each with a button that puts this year's figure at the cursor. */
export function ComparisonTable({ t, lang, rows, unit, year, disabled, onInsert }: ComparisonTableProps) {
  const styles = useStyles();
  const shown = useRowsShown(rows);
  // Rows drawn again (another year, a refresh): the table keeps the height it had with all its rows until they are all
  // there again, so what is below it (the buttons, the outcome) does not jump up and back down.
  const wrap = useRef<HTMLDivElement>(null);
  const [fullHeight, setFullHeight] = useState<number>();
  const whole = shown >= rows.length;
  useLayoutEffect(() => {
    if (whole && wrap.current) setFullHeight(wrap.current.offsetHeight);
  }, [whole, rows]);
  // One function for every row and every render, so a row drawn once is not drawn again as more rows come.
  const insertNow = useRef(onInsert);
  useLayoutEffect(() => {
    insertNow.current = onInsert;
  });
  const insert = useCallback((indicator: string) => insertNow.current(indicator), []);
  return (
    <div ref={wrap} className={styles.wrap} style={!whole && fullHeight ? { minHeight: fullHeight } : undefined}>
      <table className={styles.table} data-testid="comparison-table">
        <caption>{t('pane-figures-table-caption', { unit, prior: year - 1, year })}</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.label)}>{t('pane-figures-column-indicator')}</th>
            <th scope="col" className={styles.cell}>{t('pane-figures-column-year', { year: year - 1 })}</th>
            <th scope="col" className={styles.cell}>{t('pane-figures-column-year', { year })}</th>
            <th scope="col" className={mergeClasses(styles.cell, styles.wraps)}>{t('pane-figures-column-change')}</th>
            <th scope="col" className={mergeClasses(styles.cell, styles.wraps)}>{t('pane-figures-column-yoy')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((row) => (
            <Row key={row.indicator} row={row} t={t} lang={lang} disabled={disabled} onInsert={insert} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  row: ComparisonRow;
  t: PaneText;
  lang: Lang;
  disabled: boolean;
  onInsert: (indicator: string) => void;
}

const Row = memo(function Row({ row, t, lang, disabled, onInsert }: RowProps) {
  const styles = useStyles();
  const insertLabel = t('pane-figures-insert-figure', { indicator: row.indicator });
  return (
    <tr>
      <th scope="row" className={mergeClasses(styles.cell, styles.label)}>
        {/* The indicator's name is its insert button: one column less in a narrow pane. */}
        <Button
          size="small"
          appearance="transparent"
          className={styles.nameButton}
          disabledFocusable={disabled || row.current === null}
          aria-label={insertLabel}
          title={insertLabel}
          onClick={() => onInsert(row.indicator)}
        >
          {row.indicator}
          {row.measure ? `（${row.measure}）` : ''}
        </Button>
      </th>
      <td className={styles.cell}>{row.formatted.prior}</td>
      <td className={styles.cell}>{row.formatted.current}</td>
      <td className={mergeClasses(styles.cell, styles.wraps, row.direction === 'up' && styles.up, row.direction === 'down' && styles.down)}>
        <ChangeText row={row} lang={lang} numberClass={styles.number} />
      </td>
      <td className={styles.cell}>{row.formatted.yoy}</td>
    </tr>
  );
});

/**
 * 增减 with its direction said once: 增加 16, 减少 3, 持平; a rate's in points, 提高 3 个百分点. The signed
 * figure ("+16", "+3个百分点") is what the inserted table carries.
 */
function ChangeText({ row, lang, numberClass }: { row: ComparisonRow; lang: Lang; numberClass: string }) {
  if (row.change === null || row.direction === null) return <span className={numberClass}>{formatChange(null)}</span>;
  const label = (row.changeInPoints ? RATE_DIRECTION_LABELS : DIRECTION_LABELS)[lang][row.direction];
  if (row.direction === 'flat') return <>{label}</>;
  return (
    <>
      <span className={numberClass}>
        {label} {formatNumber(Math.abs(row.change))}
      </span>
      {row.changeInPoints ? ` ${POINTS_LABEL[lang]}` : ''}
    </>
  );
}
