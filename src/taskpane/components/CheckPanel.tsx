import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { check } from '../../core/check';
import type { ReportDocument } from '../../core/document';
import type { Lang } from '../../core/profile';
import type { ReportHost } from '../../host/contract';
import { usableResult, type FigureDataState } from '../hooks/useFigureData';
import type { FigureChoice } from './FiguresPanel';
import { useHostCall } from '../hooks/useHostCall';
import type { ProfileChoice } from '../hooks/useProfileChoice';
import type { Strings } from '../strings';
import { usePaneStyles } from '../styles';
import { Checklist } from './Checklist';
import { ErrorNotice } from './ErrorNotice';
import { FindingList } from './FindingList';
import { ProfilePicker } from './ProfilePicker';

export interface CheckPanelProps {
  host: ReportHost;
  strings: Strings;
  lang: Lang;
  /** The report type, shared with the scaffold panel; the title of the document checked can change it. */
  choice: ProfileChoice;
  /** Run the check as soon as the panel appears (the ribbon's check button opens the pane this way). */
  autoRun?: boolean;
  /** The data file and the unit/year chosen in the figures panel: linked figures are checked against it. */
  figures?: { data: FigureDataState; choice: FigureChoice };
}

/** Reads the document and checks it: a checklist of the parts, the findings by severity, and a verdict. */
export function CheckPanel({ host, strings, lang, choice, autoRun, figures }: CheckPanelProps) {
  const styles = usePaneStyles();
  const { profile, noteDocument } = choice;
  const read = useHostCall(() => host.readDocument());
  const select = useHostCall((at: number) => host.selectBlock(at));
  const [doc, setDoc] = useState<ReportDocument | null>(null);

  const runCheck = useCallback(async () => {
    select.reset();
    const value = await read.run();
    setDoc(value ?? null);
    if (value) noteDocument(value);
  }, [read.run, select.reset, noteDocument]);

  const autoRan = useRef(false);
  useEffect(() => {
    if (autoRun && !autoRan.current) {
      autoRan.current = true;
      void runCheck();
    }
  }, [autoRun, runCheck]);

  // Messages are localized by check(): re-run it (it is pure and fast) when the language changes.
  const dataset = figures ? usableResult(figures.data)?.dataset : undefined;
  const unit = figures?.choice.unit;
  const year = figures?.choice.year;
  // With a data file loaded (figures panel), linked figures are checked against it for the chosen unit and year.
  const result = useMemo(
    () => (doc ? check(doc, { profile, lang, figures: dataset && unit ? { dataset, unit, year } : undefined }) : null),
    [doc, profile, lang, dataset, unit, year],
  );
  const count = (severity: string) => result?.findings.filter((f) => f.severity === severity).length ?? 0;
  const toFix = count('error') + count('warning');
  const checking = read.state.status === 'loading';

  return (
    <div className={styles.stack}>
      <Text>{strings.checkIntro}</Text>
      <ProfilePicker strings={strings} lang={lang} choice={choice} />
      <div className={styles.row}>
        <Button appearance="primary" className={styles.wideButton} disabledFocusable={checking} onClick={() => void runCheck()}>
          {result ? strings.runCheckAgain : strings.runCheck}
        </Button>
      </div>
      <div role="status" aria-live="polite" aria-atomic="true">
        {checking ? (
          <Spinner size="tiny" labelPosition="after" label={strings.checking} />
        ) : result ? (
          <p className={styles.summary} data-testid="check-summary">
            <strong className={toFix ? styles.markBad : styles.markOk}>{toFix ? strings.toFix(toFix) : strings.ready}</strong>
            <span className={styles.muted}> · {strings.counts(count('error'), count('warning'), count('info'))}</span>
          </p>
        ) : null}
      </div>
      {read.state.status === 'error' ? (
        <ErrorNotice error={read.state.error} strings={strings} action={{ label: strings.runCheckAgain, onClick: () => void runCheck() }} />
      ) : null}
      {select.state.status === 'error' ? (
        <ErrorNotice error={select.state.error} strings={strings} action={{ label: strings.runCheckAgain, onClick: () => void runCheck() }} />
      ) : null}
      {doc && doc.warnings.length > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {strings.documentWarnings} {doc.warnings.join(strings.listSeparator)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result && doc ? (
        <>
          <Text className={styles.muted} data-testid="checked-as">
            {strings.checkedAs(profile.name[lang], choice.source)}
          </Text>
          <Text className={styles.muted}>{strings.reportYear(result.reportYear, result.reportYearSource)}</Text>
          <Checklist strings={strings} lang={lang} profile={profile} result={result} unit={doc.locationUnit} onSelect={(at) => void select.run(at)} />
          <FindingList strings={strings} findings={result.findings} unit={doc.locationUnit} onSelect={(at) => void select.run(at)} />
        </>
      ) : null}
    </div>
  );
}

