import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, Select, Spinner, Text } from '@fluentui/react-components';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { ReportFacts } from '../../core/figures/report-unit';
import type { Lang } from '../../core/i18n/lang';
import type { Profile } from '../../core/profile';
import { choiceFor, comparisonRows, yearsOffered, type FigureOutcome, type FigureTarget } from '../../host/workflows/figures';
import type { FigureOperations } from '../../host/workflows/operations';
import { useHostCall } from '../hooks/useHostCall';
import { usableResult, type FigureData } from '../hooks/useFigureData';
import { loadPreferences } from '../preferences';
import type { PaneText } from '../strings';
import { focusAfter } from '../focus-after';
import { usePaneStyles } from '../styles';
import { ComparisonTable } from './ComparisonTable';
import { ErrorNotice } from './ErrorNotice';
import { FigureOutcomeText } from './FigureOutcomeText';
import { FigureSourcePicker } from './FigureSourcePicker';

/** The unit and report year the figures are for, shared with the check (which cross-checks them). */
export interface FigureChoice {
  unit?: string;
  year?: number;
  setUnit: (unit: string) => void;
  setYear: (year: number) => void;
}

export interface FiguresPanelProps {
  operations: FigureOperations;
  t: PaneText;
  lang: Lang;
  data: FigureData;
  choice: FigureChoice;
  /** The report type in use, to read the document's title, signature and report year by. */
  profile: Profile;
}

/** Figures from the data file: pick the source, the unit and the year, insert linked figures, keep them current. */
export function FiguresPanel({ operations, t, lang, data, choice, profile }: FiguresPanelProps) {
  const styles = usePaneStyles();
  const [outcome, setOutcome] = useState<FigureOutcome | null>(null);
  const [confirmFreeze, setConfirmFreeze] = useState(false);
  const savedUrl = useMemo(() => operations.savedDataUrl(), [operations]);
  const loaded = usableResult(data.state)?.dataset;

  // The document's unit and year, read when the panel opens (before a file is chosen), so a file defaults to them.
  const [report, setReport] = useState<ReportFacts>();
  useEffect(() => {
    let current = true;
    operations
      .readReportFacts(profile)
      .catch((): ReportFacts => ({ namePlaces: [] }))
      .then((facts) => current && setReport({ ...facts, namePlaces: [...facts.namePlaces, loadPreferences().unitName] }));
    return () => {
      current = false;
    };
  }, [operations, profile]);
  // A unit and year from a newly loaded file, unless the writer's still fit it: the report's own, else the file's.
  useEffect(() => {
    if (!loaded) return;
    const fitting = choiceFor(loaded, { ...choice, report });
    if (fitting.unit !== choice.unit) choice.setUnit(fitting.unit);
    if (fitting.year !== choice.year) choice.setYear(fitting.year);
  }, [loaded, report]); // eslint-disable-line react-hooks/exhaustive-deps -- when a new file is loaded or the document read
  // Shown at once, before the effect above has passed the choice up.
  const { unit, year } = loaded ? choiceFor(loaded, { ...choice, report }) : choice;
  const years = useMemo(() => yearsOffered(loaded, year), [loaded, year]);
  const wanted = useMemo((): FigureTarget | undefined => (loaded && unit && year ? { dataset: loaded, unit, year } : undefined), [loaded, unit, year]);
  // The table is worked out in a render of its own, after the one that says what was loaded or chosen: a large file's
  // rows are a task of their own, not part of one long freeze. Until then the table before stays, so nothing below
  // it jumps; its rows and the figures its buttons insert always come from one target, the one it shows.
  const target = useDeferredValue(wanted);
  const tableStale = target !== wanted;
  const rows = useMemo(() => (target ? comparisonRows(target.dataset, target.unit, target.year) : []), [target]);

  const action = useHostCall(async (run: () => Promise<FigureOutcome>) => {
    const done = await run();
    setOutcome(done);
    if (done.kind === 'rolled') choice.setYear(done.year);
  });
  const busy = action.state.status === 'loading' || data.state.status === 'loading';
  const act = (run: () => Promise<FigureOutcome>) => {
    setOutcome(null);
    setConfirmFreeze(false);
    void action.run(run);
  };
  // A question's buttons go once answered: focus goes back to the button that asked it rather than being lost.
  const rollButton = useRef<HTMLButtonElement>(null);
  const freezeButton = useRef<HTMLButtonElement>(null);

  return (
    <div className={styles.stack}>
      <Text>{t('pane-figures-intro')}</Text>
      <FigureSourcePicker t={t} lang={lang} data={data} savedUrl={savedUrl} onUrlLoaded={(url) => void operations.keepDataUrl(url)} />
      {loaded ? (
        <>
          <div className={styles.row}>
            <Field label={t('pane-figures-unit-label')}>
              <Select value={unit ?? ''} onChange={(_, d) => choice.setUnit(d.value)}>
                {loaded.units.map((unit) => <option key={unit}>{unit}</option>)}
              </Select>
            </Field>
            <Field label={t('pane-figures-year-label')}>
              <Select value={String(year ?? '')} onChange={(_, d) => choice.setYear(Number(d.value))}>
                {years.map((year) => <option key={year} value={year}>{year}</option>)}
              </Select>
            </Field>
          </div>
          {rows.length === 0 && !tableStale ? <Text>{t('pane-figures-no-rows', { unit: unit ?? '', prior: (year ?? 0) - 1, year: year ?? 0 })}</Text> : null}
          {rows.length > 0 && target ? (
            <>
              <ComparisonTable t={t} lang={lang} rows={rows} unit={target.unit} year={target.year} disabled={busy} onInsert={(indicator) => act(() => operations.insertFigure(target, indicator))} />
              <Text size={200} className={styles.muted}>{t('pane-figures-insert-hint')}</Text>
              <Button appearance="primary" className={styles.wideButton} disabledFocusable={busy} onClick={() => act(() => operations.insertComparison(target, lang))}>
                {t('pane-figures-insert-table')}
              </Button>
            </>
          ) : null}
          <section className={styles.stack} aria-label={t('pane-figures-links-heading')}>
            <h2 className={styles.subheading}>{t('pane-figures-links-heading')}</h2>
            <Text size={200} className={styles.muted}>{t('pane-figures-refresh-reloads')}</Text>
            <div className={styles.row}>
              <Button disabledFocusable={busy} onClick={() => act(() => operations.refresh(data.reload, lang))}>{t('pane-figures-refresh')}</Button>
              <Button ref={rollButton} disabledFocusable={busy || year === undefined} onClick={() => year !== undefined && act(() => operations.rollForwardAsking(loaded, year, lang))}>
                {t('pane-figures-roll-forward', { year: (year ?? 0) + 1 })}
              </Button>
              <Button ref={freezeButton} disabledFocusable={busy} onClick={() => setConfirmFreeze(true)}>{t('pane-figures-freeze')}</Button>
            </div>
            {outcome?.kind === 'roll-confirm' && year !== undefined ? (
              <MessageBar intent="warning" layout="multiline" data-testid="roll-confirm">
                <MessageBarBody>{t('pane-figures-roll-gaps', { links: outcome.links, count: outcome.missing, year: outcome.year })}</MessageBarBody>
                <MessageBarActions>
                  <Button onClick={focusAfter(rollButton, () => act(async () => ({ ...(await operations.rollForward(loaded, year, lang)), missing: outcome.missing })))}>{t('pane-figures-roll-anyway')}</Button>
                  <Button appearance="subtle" onClick={focusAfter(rollButton, () => setOutcome(null))}>{t('pane-figures-roll-cancel')}</Button>
                </MessageBarActions>
              </MessageBar>
            ) : null}
            {confirmFreeze ? (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{t('pane-figures-freeze-warning')}</MessageBarBody>
                <MessageBarActions>
                  <Button onClick={focusAfter(freezeButton, () => act(operations.freeze))}>{t('pane-figures-freeze-confirm')}</Button>
                  <Button appearance="subtle" onClick={focusAfter(freezeButton, () => setConfirmFreeze(false))}>{t('pane-figures-freeze-cancel')}</Button>
                </MessageBarActions>
              </MessageBar>
            ) : null}
          </section>
        </>
      ) : null}
      <div role="status" aria-live="polite">
        {action.state.status === 'loading' ? <Spinner size="tiny" labelPosition="after" label={t('pane-figures-working')} /> : null}
        {outcome ? <FigureOutcomeText t={t} outcome={outcome} /> : null}
      </div>
      {action.state.status === 'error' ? <ErrorNotice error={action.state.error} t={t} /> : null}
    </div>
  );
}
