import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Lang } from '../../core/i18n/lang';
import { atStart, countsText, reportYearText, verdictText } from '../../core/i18n/report-text';
import type { Finding } from '../../core/diagnostic';
import { checkReport, readerNotices, toFix, wordsPlace } from '../../host/workflows/check';
import type { CheckOperations } from '../../host/workflows/operations';
import { asPreviousReport } from '../../host/workflows/previous';
import { usableResult, type FigureDataState } from '../hooks/useFigureData';
import { useHostCall } from '../hooks/useHostCall';
import { usePreviousReport } from '../hooks/usePreviousReport';
import type { ProfileChoice } from '../hooks/useProfileChoice';
import { useReportDocument } from '../hooks/useReportDocument';
import type { PaneText } from '../strings';
import { usePaneStyles } from '../styles';
import { Checklist } from './Checklist';
import { ErrorNotice } from './ErrorNotice';
import type { FigureChoice } from './FiguresPanel';
import { FindingActions, FixOutcome } from './FindingActions';
import { FindingList } from './FindingList';
import { PreviousReport } from './PreviousReport';
import { PreviousReportSummary } from './PreviousReportSummary';
import { useFindingFixes } from '../hooks/useFindingFixes';
import { ProfilePicker } from './ProfilePicker';

export interface CheckPanelProps {
  operations: CheckOperations;
  t: PaneText;
  lang: Lang;
  /** The report type, shared with the scaffold panel; the title of the document checked can change it. */
  choice: ProfileChoice;
  /** Run the check as soon as the panel appears (the ribbon's check button opens the pane this way). */
  autoRun?: boolean;
  /** The data file and the unit/year chosen in the figures panel: linked figures are checked against it. */
  figures?: { data: FigureDataState; choice: FigureChoice };
}

/** Reads the document and checks it: a checklist of the parts, the findings by severity, and a verdict. */
export function CheckPanel({ operations, t, lang, choice, autoRun, figures }: CheckPanelProps) {
  const styles = usePaneStyles();
  const { profile } = choice;
  const reading = useReportDocument(operations.read, choice.noteDocument);
  const select = useHostCall(operations.select);
  const selectWords = useHostCall(operations.selectWords);
  const { doc, reload } = reading;
  const previous = usePreviousReport(operations, lang);
  const previousReport = useMemo(() => (previous.doc ? asPreviousReport(previous.doc, profile) : undefined), [previous.doc, profile]);

  const fixes = useFindingFixes(operations, reading, profile);
  const runCheck = useCallback(async () => {
    select.reset();
    selectWords.reset();
    fixes.reset();
    await reload();
  }, [reload, select.reset, selectWords.reset, fixes.reset]);

  const autoRan = useRef(false);
  useEffect(() => {
    if (autoRun && !autoRan.current) {
      autoRan.current = true;
      void runCheck();
    }
  }, [autoRun, runCheck]);

  // Messages are localized by the check (pure and fast): it runs again when the language changes.
  const dataset = figures ? usableResult(figures.data)?.dataset : undefined;
  const unit = figures?.choice.unit;
  const year = figures?.choice.year;
  const result = useMemo(
    () => (doc ? checkReport(doc, { profile, lang, figures: { dataset, unit, year }, previous: previousReport }) : null),
    [doc, profile, lang, dataset, unit, year, previousReport],
  );
  const notices = doc ? readerNotices(doc, lang) : [];
  // A finding about words selects them; any other, its paragraph. Only the latest click's error shows.
  const selectFinding = async (finding: Finding) => {
    const place = doc ? wordsPlace(doc, finding) : undefined;
    if (finding.at === null) return;
    if (place) {
      select.reset();
      await selectWords.run(finding.at, place);
    } else {
      selectWords.reset();
      await select.run(finding.at);
    }
  };
  const checking = reading.state.status === 'loading';
  const againAction = { label: t('pane-run-check-again'), onClick: () => void runCheck() };

  return (
    <div className={styles.stack}>
      <Text>{t('pane-check-intro')}</Text>
      <ProfilePicker t={t} lang={lang} choice={choice} />
      <div className={styles.row}>
        <Button appearance="primary" className={styles.wideButton} disabledFocusable={checking} onClick={() => void runCheck()}>
          {result ? t('pane-run-check-again') : t('pane-run-check')}
        </Button>
      </div>
      <div role="status" aria-live="polite" aria-atomic="true">
        {checking ? (
          <Spinner size="tiny" labelPosition="after" label={t('pane-checking')} />
        ) : result ? (
          <p className={styles.summary} data-testid="check-summary">
            <strong className={toFix(result) ? styles.markBad : styles.markOk}>{atStart(verdictText(result.findings, lang), lang)}</strong>
            <span className={styles.muted}> · {countsText(result.findings, lang)}</span>
          </p>
        ) : null}
      </div>
      {reading.state.status === 'error' ? <ErrorNotice error={reading.state.error} t={t} action={againAction} /> : null}
      {select.state.status === 'error' ? <ErrorNotice error={select.state.error} t={t} action={againAction} /> : null}
      {selectWords.state.status === 'error' ? <ErrorNotice error={selectWords.state.error} t={t} action={againAction} /> : null}
      {fixes.error ? <ErrorNotice error={fixes.error} t={t} action={againAction} /> : null}
      {fixes.done ? <FixOutcome done={fixes.done} t={t} lang={lang} profile={fixes.done.profile} onReadAgain={() => void runCheck()} /> : null}
      {notices.length > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t('pane-document-notices')} {notices.join(t('pane-list-separator'))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result && doc ? (
        <>
          <Text className={styles.muted} data-testid="checked-as">
            {t('pane-checked-as', { name: profile.name[lang], source: t(`pane-checked-as-source.${choice.source}`) })}
          </Text>
          <Text className={styles.muted}>{atStart(reportYearText(result, lang), lang)}</Text>
          <Checklist t={t} lang={lang} profile={profile} result={result} unit={doc.locationUnit} onSelect={(at) => void select.run(at)} />
          <FindingList
            t={t}
            lang={lang}
            findings={result.findings}
            unit={doc.locationUnit}
            onSelect={(finding) => void selectFinding(finding)}
            actions={(finding) => (
              <FindingActions finding={finding} doc={doc} t={t} lang={lang} profile={profile} busy={checking || fixes.busy} onInsertPart={fixes.insertPart} onRenumber={fixes.renumber} />
            )}
          />
        </>
      ) : null}
      <PreviousReport t={t} previous={previous}>
        {result && doc && previousReport ? (
          <PreviousReportSummary t={t} lang={lang} profile={profile} doc={doc} previous={previousReport} ticks={previous.remembered?.ticks ?? []} onTick={(key) => void previous.toggleTick(key)} onSelect={(at) => void select.run(at)} />
        ) : null}
      </PreviousReport>
    </div>
  );
}
