import { Button, Text } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReportDocument } from '../../core/document';
import type { Lang } from '../../core/i18n/lang';
import type { Profile } from '../../core/profile';
import type { ScaffoldOperations } from '../../host/workflows/operations';
import type { InsertOutcome as Outcome, PlanChange, Reread } from '../../host/workflows/scaffold';
import { useHostCall } from '../hooks/useHostCall';
import type { ProfileChoice } from '../hooks/useProfileChoice';
import { useReportDocument } from '../hooks/useReportDocument';
import { loadPreferences, savePreferences } from '../preferences';
import { useFocusHandOff, useFocusWithin } from '../focus-after';
import { FRAME_STYLES as styles } from '../frame-styles';
import { useScaffoldWork } from '../scaffold-work-loader';
import type { PaneText } from '../strings';
import { CodeUnavailable } from './CodeUnavailable';
import type { NumberChange } from './FindingActions';
import { ContentsUpdate, ErrorNotice, InsertOutcome, PlanChangedNotice, preloadNotices } from '../lazy-notices';

export interface ScaffoldPanelProps {
  operations: ScaffoldOperations;
  t: PaneText;
  lang: Lang;
  /** The report type, shared with the check panel: undefined until the report types have loaded. */
  choice: ProfileChoice | undefined;
  /** Each document read goes here (the report type's guess goes by its title). */
  noteDocument: (doc: ReportDocument) => void;
}

/**
 * Inserts the report's structure: all of it into an empty document, only the missing parts into a partial one.
 * The button comes first: it shows at once, above everything that loads or fills in later, so nothing moves it.
 * Until the document is read and analysed (their code loads after the first render, ../scaffold-work-loader) it
 * says what it does in general; a click then waits for them and inserts what the plan says.
 */
export function ScaffoldPanel({ operations, t, lang, choice, noteDocument }: ScaffoldPanelProps) {
  const { work, error: workError, retry } = useScaffoldWork();
  const profile = choice?.profile;
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
  /** Clicked before the document was read and analysed: the insertion waits for them. */
  const [queued, setQueued] = useState(false);
  const { doc, reload } = reading;

  useEffect(() => {
    void reload();
  }, [reload]);

  const view = useMemo(() => (doc && work && profile ? work.scaffoldView(doc, { profile, typedYear, unit }) : null), [doc, work, profile, typedYear, unit]);
  const readFailed = reading.state.status === 'error' || workError !== undefined;
  /** Reading and analysing: from the first render until the plan is there (or reading failed). */
  const preparing = !view && !readFailed;
  // A failed read takes the button away, maybe from under a keyboard user who clicked it: its notice takes the focus.
  // Reading again takes the notice away: the button, back, takes it.
  const readNotice = useRef<HTMLDivElement>(null);
  const insertArea = useRef<HTMLDivElement>(null);
  const focusWithin = useFocusWithin();
  useFocusHandOff(focusWithin, readNotice, readFailed);
  useFocusHandOff(focusWithin, insertArea, !readFailed);

  const onUnitChange = (value: string) => {
    setUnit(value);
    savePreferences({ unitName: value });
  };

  const onInsert = async () => {
    if (!doc || !view?.canInsert || !profile || !work) return;
    setOutcome(null);
    select.reset();
    setPlanChanged(null);
    // Writers type between reading and inserting: an edit that leaves the plan as it was does not stop it.
    const done = await insert.run(view.plan, doc, (fresh) => work.scaffoldView(fresh, { profile, typedYear, unit }).plan);
    if (!done) return;
    if ('planChanged' in done) setPlanChanged(done.planChanged);
    else setOutcome({ ...done.outcome, profile });
    reading.show(done.after);
  };

  const onClick = () => {
    // What the insertion and its outcome need is fetched meanwhile (on a click before the read, it waits for that).
    void Promise.all([operations.prepareInsert(), preloadNotices()]).catch(() => undefined);
    if (view) void onInsert();
    else setQueued(true);
  };

  // A click that came first goes in once the plan is there: what the exact button would have inserted, if anything.
  useEffect(() => {
    if (!queued || preparing) return;
    setQueued(false);
    if (view?.canInsert) void onInsert();
    // Only these two: onInsert is this render's, with the plan that has just arrived.
  }, [queued, preparing]);

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
    if (after.ok && doc && outcome && work) setOutcome({ ...outcome, renumber: work.afterContentsUpdate(outcome.renumber, doc, after.doc) });
    reading.show(after);
  };

  const onRefresh = () => {
    setOutcome(null);
    setPlanChanged(null);
    insert.reset();
    select.reset();
    renumber.reset();
    retry();
    void reload();
  };

  const busy = queued || (reading.state.status === 'loading' && view !== null) || insert.state.status === 'loading' || renumber.state.status === 'loading';
  const offer = view?.offer ?? { kind: 'nothing', count: 0 };
  // Before the document is read, the year field shows what was typed, else last year.
  const year = view ?? work?.yearField(typedYear, undefined) ?? { yearText: '' };
  const refreshAction = { label: t('pane-read-again'), onClick: onRefresh };

  return (
    <div style={styles.stack} {...focusWithin.handlers}>
      <div ref={insertArea} style={styles.stack}>
        {view || preparing ? (
          <Button
            appearance="primary"
            style={styles.wideButton}
            disabledFocusable={busy || (view !== null && !view.canInsert)}
            onClick={onClick}
          >
            {view ? t(`pane-offer.${offer.kind}`, { count: offer.count }) : t('pane-insert-structure')}
          </Button>
        ) : null}
        <div role="status" aria-live="polite">
          {preparing || reading.state.status === 'loading' ? <Text>{t('pane-reading-document')}</Text> : null}
          {/* A click before the read is taken: said, so a writer (and a screen reader) knows it will go in. */}
          {queued ? <Text>{t('pane-insert-queued')}</Text> : null}
          {insert.state.status === 'loading' ? <Text>{t('pane-inserting')}</Text> : null}
        </div>
        {view ? <Text>{t(`pane-explain.${offer.kind}`, { count: offer.count })}</Text> : null}
      </div>
      <div ref={readNotice} style={styles.contents}>
        {/* Its work's code did not load (offline): said without the notices' code, which would not load either. */}
        {workError !== undefined ? <CodeUnavailable t={t} onRetry={onRefresh} /> : null}
        {reading.state.status === 'error' && workError === undefined ? <ErrorNotice error={reading.state.error} t={t} action={refreshAction} /> : null}
      </div>
      {insert.state.status === 'error' ? (
        <ErrorNotice error={insert.state.error} t={t} action={insert.state.error.kind === 'document-changed' ? refreshAction : undefined} />
      ) : null}
      {select.state.status === 'error' ? <ErrorNotice error={select.state.error} t={t} /> : null}
      {planChanged && profile ? <PlanChangedNotice change={planChanged} t={t} lang={lang} profile={profile} onReadAgain={onRefresh} /> : null}
      {renumber.state.status === 'error' ? <ErrorNotice error={renumber.state.error} t={t} action={refreshAction} /> : null}
      {outcome && doc ? (
        <InsertOutcome outcome={outcome} t={t} lang={lang} profile={outcome.profile} doc={doc} onSelect={(at) => void select.run(at)} onRenumber={(change) => void onRenumber(change)} busy={busy} />
      ) : null}
      {outcome?.updateContents ? <ContentsUpdate update={operations.updateContents} t={t} onReread={onContentsUpdated} /> : null}
      {work && choice ? (
        <work.ScaffoldForm
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
      ) : null}
      {work && view && doc && profile ? (
        <work.PartsPreview t={t} lang={lang} profile={profile} analysis={view.analysis} plan={view.plan} unit={doc.locationUnit} onRefresh={onRefresh} refreshing={busy} />
      ) : null}
    </div>
  );
}
