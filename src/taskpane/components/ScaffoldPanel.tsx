import { Button, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { Lang } from '../../core/i18n/lang';
import type { Profile } from '../../core/profile';
import type { ScaffoldOperations } from '../../host/workflows/operations';
import { afterContentsUpdate, scaffoldView, yearField, type InsertOutcome as Outcome, type PlanChange, type Reread } from '../../host/workflows/scaffold';
import { useHostCall } from '../hooks/useHostCall';
import type { ProfileChoice } from '../hooks/useProfileChoice';
import { useReportDocument } from '../hooks/useReportDocument';
import { loadPreferences, savePreferences } from '../preferences';
import type { PaneText } from '../strings';
import { usePaneStyles } from '../styles';
import type { NumberChange } from './FindingActions';
import { PartsPreview } from './PartsPreview';
import { ScaffoldForm } from './ScaffoldForm';
import { ContentsUpdate, ErrorNotice, InsertOutcome, PlanChangedNotice } from '../lazy-notices';

export interface ScaffoldPanelProps {
  operations: ScaffoldOperations;
  t: PaneText;
  lang: Lang;
  /** The report type, shared with the check panel. */
  choice: ProfileChoice;
}

/** Inserts the report's structure: all of it into an empty document, only the missing parts into a partial one. */
export function ScaffoldPanel({ operations, t, lang, choice }: ScaffoldPanelProps) {
  const styles = usePaneStyles();
  const { profile, noteDocument } = choice;
  const reading = useReportDocument(operations.read, noteDocument);
  const insert = useHostCall(operations.insert);
  const select = useHostCall(operations.select);
  const renumber = useHostCall(operations.renumber);
  const [unit, setUnit] = useState(() => loadPreferences().unitName);
  /** The year as typed; null until the writer types one (the document's or last year is shown). */
  const [typedYear, setTypedYear] = useState<string | null>(null);
  /** With the report type it was made with: switching type afterwards does not rename (or unname) what went in. */
  const [outcome, setOutcome] = useState<(Outcome & { profile: Profile }) | null>(null);
  const [planChanged, setPlanChanged] = useState<PlanChange | null>(null);
  const { doc, reload } = reading;

  useEffect(() => {
    void reload();
  }, [reload]);

  const view = useMemo(() => (doc ? scaffoldView(doc, { profile, typedYear, unit }) : null), [doc, profile, typedYear, unit]);

  const onUnitChange = (value: string) => {
    setUnit(value);
    savePreferences({ unitName: value });
  };

  const onInsert = async () => {
    if (!doc || !view?.canInsert) return;
    setOutcome(null);
    select.reset();
    setPlanChanged(null);
    // Writers type between reading and inserting: an edit that leaves the plan as it was does not stop it.
    const done = await insert.run(view.plan, doc, (fresh) => scaffoldView(fresh, { profile, typedYear, unit }).plan);
    if (!done) return;
    if ('planChanged' in done) setPlanChanged(done.planChanged);
    else setOutcome({ ...done.outcome, profile });
    reading.show(done.after);
  };

  // A heading renumbered by its note: the note is done; the document read again shows it.
  const onRenumber = async (change: NumberChange) => {
    if (!doc || !outcome) return;
    const after = await renumber.run(doc, change);
    if (!after) return;
    setOutcome({ ...outcome, renumber: outcome.renumber.filter((note) => note.at !== change.at) });
    reading.show(after);
  };

  // Updating the contents moves the headings' places: the notes follow them.
  const onContentsUpdated = (after: Reread) => {
    if (after.ok && doc && outcome) setOutcome({ ...outcome, renumber: afterContentsUpdate(outcome.renumber, doc, after.doc) });
    reading.show(after);
  };

  const onRefresh = () => {
    setOutcome(null);
    setPlanChanged(null);
    insert.reset();
    select.reset();
    renumber.reset();
    void reload();
  };

  const busy = reading.state.status === 'loading' || insert.state.status === 'loading' || renumber.state.status === 'loading';
  const offer = view?.offer ?? { kind: 'nothing', count: 0 };
  // Before the document is read, the year field shows what was typed, else last year.
  const year = view ?? yearField(typedYear, undefined);
  const refreshAction = { label: t('pane-read-again'), onClick: onRefresh };

  return (
    <div className={styles.stack}>
      <ScaffoldForm
        t={t}
        lang={lang}
        choice={choice}
        year={year.yearText}
        yearValid={year.year !== undefined}
        documentYear={view?.documentYear}
        documentYearSource={view?.analysis.reportYearSource}
        onYearChange={setTypedYear}
        unit={unit}
        onUnitChange={onUnitChange}
        suggestedUnit={view?.suggestedUnit}
      />
      <div role="status" aria-live="polite">
        {reading.state.status === 'loading' ? <Spinner size="tiny" labelPosition="after" label={t('pane-reading-document')} /> : null}
        {insert.state.status === 'loading' ? <Spinner size="tiny" labelPosition="after" label={t('pane-inserting')} /> : null}
      </div>
      {reading.state.status === 'error' ? <ErrorNotice error={reading.state.error} t={t} action={refreshAction} /> : null}
      {insert.state.status === 'error' ? (
        <ErrorNotice error={insert.state.error} t={t} action={insert.state.error.kind === 'document-changed' ? refreshAction : undefined} />
      ) : null}
      {select.state.status === 'error' ? <ErrorNotice error={select.state.error} t={t} /> : null}
      {planChanged ? <PlanChangedNotice change={planChanged} t={t} lang={lang} profile={profile} onReadAgain={onRefresh} /> : null}
      {renumber.state.status === 'error' ? <ErrorNotice error={renumber.state.error} t={t} action={refreshAction} /> : null}
      {outcome && doc ? (
        <InsertOutcome outcome={outcome} t={t} lang={lang} profile={outcome.profile} doc={doc} onSelect={(at) => void select.run(at)} onRenumber={(change) => void onRenumber(change)} busy={busy} />
      ) : null}
      {outcome?.updateContents ? <ContentsUpdate update={operations.updateContents} t={t} onReread={onContentsUpdated} /> : null}
      {view && doc ? (
        <>
          <div className={styles.stack}>
            <Text>{t(`pane-explain.${offer.kind}`, { count: offer.count })}</Text>
            <Button appearance="primary" className={styles.wideButton} disabledFocusable={busy || !view.canInsert} onClick={() => void onInsert()}>
              {t(`pane-offer.${offer.kind}`, { count: offer.count })}
            </Button>
          </div>
          <PartsPreview t={t} lang={lang} profile={profile} analysis={view.analysis} plan={view.plan} unit={doc.locationUnit} onRefresh={onRefresh} refreshing={busy} />
        </>
      ) : null}
    </div>
  );
}
