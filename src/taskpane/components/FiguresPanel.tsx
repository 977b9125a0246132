import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, Select, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { compare } from '../../core/figures/compare';
import { comparisonTable, figureLink, isFigureLink, refreshUpdate, rollForwardUpdate } from '../../core/figures/linking';
import { parseFigureTag } from '../../core/figures/tags';
import type { Lang } from '../../core/profile';
import { FIGURE_STRINGS, type FigureStrings } from '../figure-strings';
import type { LinkChange, ReportHost } from '../../host/contract';
import { useHostCall } from '../hooks/useHostCall';
import { usableResult, type FigureData } from '../hooks/useFigureData';
import type { Strings } from '../strings';
import { usePaneStyles } from '../styles';
import { ComparisonTable } from './ComparisonTable';
import { ErrorNotice } from './ErrorNotice';
import { FigureSourcePicker } from './FigureSourcePicker';

/** The unit and report year the figures are for, shared with the check (which cross-checks them). */
export interface FigureChoice {
  unit?: string;
  year?: number;
  setUnit: (unit: string) => void;
  setYear: (year: number) => void;
}

export const DATA_URL_SETTING = 'reportAssistant.dataUrl';

export interface FiguresPanelProps {
  host: ReportHost;
  strings: Strings;
  lang: Lang;
  data: FigureData;
  choice: FigureChoice;
}

type Outcome =
  | { kind: 'inserted' }
  | { kind: 'refreshed'; changes: LinkChange[] }
  | { kind: 'reload-failed' }
  | { kind: 'rolled'; count: number; year: number }
  | { kind: 'frozen'; count: number };

/** Figures from the data file: pick the source, the unit and the year, insert linked figures, keep them current. */
export function FiguresPanel({ host, strings, lang, data, choice }: FiguresPanelProps) {
  const styles = usePaneStyles();
  const fs = FIGURE_STRINGS[lang];
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirmFreeze, setConfirmFreeze] = useState(false);
  const savedUrl = useMemo(() => host.documentSetting(DATA_URL_SETTING), [host]);
  const loaded = usableResult(data.state)?.dataset;

  // A unit and year from the file once it is loaded, unless the writer chose them: the first unit, the latest year.
  useEffect(() => {
    if (!loaded) return;
    if (!choice.unit || !loaded.units.includes(choice.unit)) choice.setUnit(loaded.units[0] ?? '');
    if (choice.year === undefined) choice.setYear(loaded.years[loaded.years.length - 1] ?? new Date().getFullYear() - 1);
  }, [loaded]); // eslint-disable-line react-hooks/exhaustive-deps -- only when a new file is loaded
  // The years to choose from: the file's, and the one chosen (rolled forward past the file's last year, say).
  const years = useMemo(() => [...new Set([...(loaded?.years ?? []), ...(choice.year !== undefined ? [choice.year] : [])])].sort((a, b) => a - b), [loaded, choice.year]);

  const rows = useMemo(() => (loaded && choice.unit && choice.year ? compare(loaded, choice.unit, choice.year) : []), [loaded, choice.unit, choice.year]);
  const action = useHostCall(async (run: () => Promise<Outcome>) => setOutcome(await run()));
  const busy = action.state.status === 'loading' || data.state.status === 'loading';

  const act = (run: () => Promise<Outcome>) => {
    setOutcome(null);
    setConfirmFreeze(false);
    void action.run(run);
  };
  const insertFigure = (indicator: string) =>
    act(async () => {
      if (!loaded || !choice.unit || !choice.year) throw new Error('no data');
      await host.insertLinkedText(figureLink({ unit: choice.unit, year: choice.year, indicator, kind: 'value' }, loaded));
      return { kind: 'inserted' };
    });
  const insertTable = () =>
    act(async () => {
      await host.insertLinkedTable(comparisonTable(rows, choice.unit ?? '', choice.year ?? 0, lang));
      return { kind: 'inserted' };
    });
  // The file is read again first, then every link is updated from what was read; if it could not be read,
  // the document is left alone (old figures are never written as if they were fresh).
  const refresh = () =>
    act(async () => {
      const dataset = await data.reload();
      if (!dataset) return { kind: 'reload-failed' };
      return { kind: 'refreshed', changes: await host.updateLinks(isFigureLink, refreshUpdate(dataset, lang)) };
    });
  const rollForward = () =>
    act(async () => {
      if (!loaded || choice.year === undefined) throw new Error('no data');
      const changes = await host.updateLinks(isFigureLink, rollForwardUpdate(loaded, lang));
      choice.setYear(choice.year + 1);
      return { kind: 'rolled', count: changes.length, year: choice.year + 1 };
    });
  const freeze = () => act(async () => ({ kind: 'frozen', count: await host.unlinkLinks(isFigureLink) }));

  return (
    <div className={styles.stack}>
      <Text>{fs.intro}</Text>
      <FigureSourcePicker fs={fs} lang={lang} data={data} savedUrl={savedUrl} onUrlLoaded={(url) => void host.saveDocumentSetting(DATA_URL_SETTING, url)} />
      {loaded ? (
        <>
          <div className={styles.row}>
            <Field label={fs.unitLabel}>
              <Select value={choice.unit ?? ''} onChange={(_, d) => choice.setUnit(d.value)}>
                {loaded.units.map((unit) => <option key={unit}>{unit}</option>)}
              </Select>
            </Field>
            <Field label={fs.yearLabel}>
              <Select value={String(choice.year ?? '')} onChange={(_, d) => choice.setYear(Number(d.value))}>
                {years.map((year) => <option key={year} value={year}>{year}</option>)}
              </Select>
            </Field>
          </div>
          {rows.length === 0 ? <Text>{fs.noRows(choice.unit ?? '', choice.year ?? 0)}</Text> : null}
          {rows.length > 0 && choice.unit && choice.year ? (
            <>
              <ComparisonTable fs={fs} lang={lang} rows={rows} unit={choice.unit} year={choice.year} disabled={busy} onInsert={insertFigure} />
              <Text size={200} className={styles.muted}>{fs.insertHint}</Text>
              <Button appearance="primary" className={styles.wideButton} disabledFocusable={busy} onClick={insertTable}>
                {fs.insertTable}
              </Button>
            </>
          ) : null}
          <section className={styles.stack} aria-label={fs.linksHeading}>
            <h2 className={styles.subheading}>{fs.linksHeading}</h2>
            <Text size={200} className={styles.muted}>{fs.refreshReloads}</Text>
            <div className={styles.row}>
              <Button disabledFocusable={busy} onClick={refresh}>{fs.refresh}</Button>
              <Button disabledFocusable={busy || choice.year === undefined} onClick={rollForward}>{fs.rollForward((choice.year ?? 0) + 1)}</Button>
              <Button disabledFocusable={busy} onClick={() => setConfirmFreeze(true)}>{fs.freeze}</Button>
            </div>
            {confirmFreeze ? (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{fs.freezeWarning}</MessageBarBody>
                <MessageBarActions>
                  <Button onClick={freeze}>{fs.freezeConfirm}</Button>
                  <Button appearance="subtle" onClick={() => setConfirmFreeze(false)}>{fs.freezeCancel}</Button>
                </MessageBarActions>
              </MessageBar>
            ) : null}
          </section>
        </>
      ) : null}
      <div role="status" aria-live="polite">
        {action.state.status === 'loading' ? <Spinner size="tiny" labelPosition="after" label={fs.working} /> : null}
        {outcome ? <OutcomeText fs={fs} outcome={outcome} /> : null}
      </div>
      {action.state.status === 'error' ? <ErrorNotice error={action.state.error} strings={strings} /> : null}
    </div>
  );
}

function OutcomeText({ fs, outcome }: { fs: FigureStrings; outcome: Outcome }) {
  const styles = usePaneStyles();
  switch (outcome.kind) {
    case 'inserted':
      return <Text data-testid="figures-outcome">{fs.inserted}</Text>;
    case 'rolled':
      return <Text data-testid="figures-outcome">{fs.rolled(outcome.count, outcome.year)}</Text>;
    case 'frozen':
      return <Text data-testid="figures-outcome">{fs.frozen(outcome.count)}</Text>;
    case 'reload-failed':
      return <Text data-testid="figures-outcome">{fs.reloadFailed}</Text>;
    case 'refreshed':
      if (outcome.changes.length === 0) return <Text data-testid="figures-outcome">{fs.unchanged}</Text>;
      return (
        <div data-testid="figures-outcome">
          <Text>{fs.refreshed(outcome.changes.length)}</Text>
          <ul className={styles.errorList}>
            {outcome.changes.map((change, i) => (
              <li key={i}>{fs.change(linkLabel(change.after.tag, fs), change.before.text, change.after.text)}</li>
            ))}
          </ul>
        </div>
      );
  }
}

/** What a changed link shows, for the list of changes: 收案数（2024 增减）; a year heading needs no label. */
function linkLabel(tag: string, fs: FigureStrings): string {
  const ref = parseFigureTag(tag);
  if (!ref) return '';
  const kind = ref.kind === 'value' ? '' : ` ${ref.kind === 'change' ? fs.columns.change : fs.columns.yoy}`;
  return `${ref.indicator}（${ref.year}${kind}）`;
}
