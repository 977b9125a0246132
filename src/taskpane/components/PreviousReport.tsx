import { Button, MessageBar, MessageBarBody, Spinner, Text, useId } from '@fluentui/react-components';
import { useRef } from 'react';
import type { PreviousReportState } from '../hooks/usePreviousReport';
import type { PaneText } from '../strings';
import { focusAfter } from '../focus-after';
import { usePaneStyles } from '../styles';

export interface PreviousReportProps {
  t: PaneText;
  previous: PreviousReportState;
  /** The summary and last year's plans, once the check has run with last year's report (./PreviousReportSummary). */
  children?: React.ReactNode;
}

/**
 * 对比上年报告: the writer picks last year's .docx (read on this computer; nothing is uploaded). The document
 * remembers which; where this computer does not keep its text, the pane names it and asks for it again.
 */
export function PreviousReport({ t, previous, children }: PreviousReportProps) {
  const styles = usePaneStyles();
  const headingId = useId('previous-heading');
  const input = useRef<HTMLInputElement>(null);
  const pickButton = useRef<HTMLButtonElement>(null);
  // 不再对比 goes once used: focus moves to the button that picks a report rather than being lost.
  const forget = focusAfter(pickButton, previous.forget);
  const { remembered, doc, reading, problem, notKept } = previous;
  return (
    <section className={styles.stack} aria-labelledby={headingId} data-testid="previous-report">
      <h2 id={headingId} className={styles.heading}>
        {t('pane-previous-heading')}
      </h2>
      {remembered && doc ? (
        <Text data-testid="previous-chosen">{t('pane-previous-chosen', { name: remembered.name })}</Text>
      ) : remembered ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('pane-previous-ask-again', { name: remembered.name })}</MessageBarBody>
        </MessageBar>
      ) : (
        <Text className={styles.muted}>{t('pane-previous-intro')}</Text>
      )}
      {problem ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {problem.kind === 'unreadable'
              ? t('pane-previous-unreadable', { name: problem.name, detail: problem.detail })
              : t(problem.kind === 'not-docx' ? 'pane-previous-not-docx' : 'pane-file-code-unavailable', { name: problem.name })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {notKept ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('pane-previous-not-kept')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.row}>
        <Button ref={pickButton} disabledFocusable={reading} onClick={() => input.current?.click()}>
          {doc ? t('pane-previous-pick-other') : t('pane-previous-pick')}
        </Button>
        {remembered ? (
          <Button appearance="subtle" onClick={() => forget()}>
            {t('pane-previous-forget')}
          </Button>
        ) : null}
        <input
          ref={input}
          type="file"
          accept=".docx,.docm,.dotx,.dotm"
          hidden
          aria-label={t('pane-previous-pick')}
          data-testid="previous-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = ''; // the same file picked again still reads
            if (file) void previous.pick(file);
          }}
        />
      </div>
      {reading ? <Spinner size="tiny" labelPosition="after" label={t('pane-previous-reading')} /> : null}
      {doc ? children ?? <Text className={styles.muted}>{t('pane-previous-run-check')}</Text> : null}
    </section>
  );
}
