import { Button, Spinner, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { analyze } from '../../core/analysis';
import type { ReportDocument } from '../../core/document';
import type { Lang } from '../../core/profile';
import { planScaffold, type ScaffoldPlan } from '../../core/scaffold';
import type { ReportHost } from '../../host/contract';
import { useHostCall } from '../hooks/useHostCall';
import type { ProfileChoice } from '../hooks/useProfileChoice';
import { loadPreferences, savePreferences } from '../preferences';
import type { Strings } from '../strings';
import { usePaneStyles } from '../styles';
import { ErrorNotice } from './ErrorNotice';
import { afterInsertion, InsertOutcome, type Outcome } from './InsertOutcome';
import { PartsPreview } from './PartsPreview';
import { parseYear, ScaffoldForm } from './ScaffoldForm';

export interface ScaffoldPanelProps {
  host: ReportHost;
  strings: Strings;
  lang: Lang;
  /** The report type, shared with the check panel. */
  choice: ProfileChoice;
}

/** The report year a new report is usually about: last calendar year. */
export function defaultReportYear(now = new Date()): number {
  return now.getFullYear() - 1;
}

/** Inserts the report's structure: all of it into an empty document, only the missing parts into a partial one. */
export function ScaffoldPanel({ host, strings, lang, choice }: ScaffoldPanelProps) {
  const styles = usePaneStyles();
  const { profile, noteDocument } = choice;
  const read = useHostCall(() => host.readDocument());
  const insert = useHostCall((plan: ScaffoldPlan, basis: ReportDocument) => host.insertScaffold(plan, basis));
  const select = useHostCall((at: number) => host.selectBlock(at));
  const [doc, setDoc] = useState<ReportDocument | null>(null);
  const [unit, setUnit] = useState(() => loadPreferences().unitName);
  /** The year as typed; null until the writer types one (the document's or last year is shown). */
  const [typedYear, setTypedYear] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const readDocument = useCallback(async () => {
    const value = await read.run();
    setDoc(value ?? null);
    if (value) noteDocument(value);
  }, [read.run, noteDocument]);

  useEffect(() => {
    void readDocument();
  }, [readDocument]);

  const analysis = useMemo(() => (doc ? analyze(doc, profile) : null), [doc, profile]);
  const documentYear = analysis?.reportYear;
  const yearText = typedYear ?? String(documentYear ?? defaultReportYear());
  const year = parseYear(yearText);
  const unitName = unit.trim() || undefined;
  const plan = useMemo(
    () => (doc ? planScaffold({ profile, year: year ?? defaultReportYear(), unit: unitName, doc }) : null),
    [doc, profile, year, unitName],
  );

  const onUnitChange = (value: string) => {
    setUnit(value);
    savePreferences({ unitName: value });
  };

  const onInsert = async () => {
    if (!doc || !plan || year === undefined) return;
    setOutcome(null);
    select.reset();
    const done = await insert.run(plan, doc);
    if (!done) return;
    setOutcome({ adds: plan.adds, addsTables: plan.addsTables, renumber: afterInsertion(plan.renumber, plan.insertions) });
    await readDocument();
  };

  const onRefresh = () => {
    setOutcome(null);
    insert.reset();
    select.reset();
    void readDocument();
  };

  const busy = read.state.status === 'loading' || insert.state.status === 'loading';
  const missing = plan?.adds.length ?? 0;
  const missingTables = plan?.addsTables.length ?? 0;
  let label = strings.nothingMissing;
  let explanation = strings.explainNothing;
  if (plan?.mode === 'full') [label, explanation] = [strings.insertAll, strings.explainFull];
  else if (missing > 0) [label, explanation] = [strings.insertMissing(missing), strings.explainPartial(missing)];
  else if (missingTables > 0) [label, explanation] = [strings.insertMissingTables(missingTables), strings.explainTables(missingTables)];
  const refreshAction = { label: strings.readAgain, onClick: onRefresh };

  return (
    <div className={styles.stack}>
      <ScaffoldForm
        strings={strings}
        lang={lang}
        choice={choice}
        year={yearText}
        yearValid={year !== undefined}
        documentYear={documentYear}
        onYearChange={setTypedYear}
        unit={unit}
        onUnitChange={onUnitChange}
        suggestedUnit={analysis?.frame.unitLine?.text}
      />
      <div role="status" aria-live="polite">
        {read.state.status === 'loading' ? <Spinner size="tiny" labelPosition="after" label={strings.readingDocument} /> : null}
        {insert.state.status === 'loading' ? <Spinner size="tiny" labelPosition="after" label={strings.inserting} /> : null}
      </div>
      {read.state.status === 'error' ? <ErrorNotice error={read.state.error} strings={strings} action={refreshAction} /> : null}
      {insert.state.status === 'error' ? (
        <ErrorNotice error={insert.state.error} strings={strings} action={insert.state.error.kind === 'document-changed' ? refreshAction : undefined} />
      ) : null}
      {select.state.status === 'error' ? <ErrorNotice error={select.state.error} strings={strings} /> : null}
      {outcome && doc ? (
        <InsertOutcome outcome={outcome} strings={strings} lang={lang} profile={profile} unit={doc.locationUnit} onSelect={(at) => void select.run(at)} />
      ) : null}
      {plan ? (
        <div className={styles.stack}>
          <Text>{explanation}</Text>
          <Button appearance="primary" className={styles.wideButton} disabledFocusable={busy || missing + missingTables === 0 || year === undefined} onClick={() => void onInsert()}>
            {label}
          </Button>
        </div>
      ) : null}
      {analysis && plan && doc ? (
        <PartsPreview
          strings={strings}
          lang={lang}
          profile={profile}
          analysis={analysis}
          plan={plan}
          unit={doc.locationUnit}
          onRefresh={onRefresh}
          refreshing={busy}
        />
      ) : null}
    </div>
  );
}
