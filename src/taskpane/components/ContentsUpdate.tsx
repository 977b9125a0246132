import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { ContentsUpdate as Result } from '../../host/contract';
import type { ScaffoldOperations } from '../../host/workflows/operations';
import type { Reread } from '../../host/workflows/scaffold';
import { useHostCall } from '../hooks/useHostCall';
import type { PaneText } from '../strings';
import { usePaneStyles } from '../styles';
import { ErrorNotice } from './ErrorNotice';

export interface ContentsUpdateProps {
  update: ScaffoldOperations['updateContents'];
  t: PaneText;
  /** The document as read again after the update. */
  onReread: (after: Reread) => void;
}

/** After headings went into a document with a table of contents: 更新目录, or how to do it in Word. */
export function ContentsUpdate({ update, t, onReread }: ContentsUpdateProps) {
  const styles = usePaneStyles();
  const call = useHostCall(update);
  const { state } = call;
  const result: Result | undefined = state.status === 'done' ? state.value.result : undefined;

  const onUpdate = async () => {
    const done = await call.run();
    if (done) onReread(done.after);
  };

  return (
    <div className={styles.stack}>
      {result === undefined ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('pane-contents-stale')}</MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent={result === 'updated' ? 'success' : 'info'} layout="multiline">
          <MessageBarBody>{t(result === 'updated' ? 'pane-contents-updated' : 'pane-contents-by-hand')}</MessageBarBody>
        </MessageBar>
      )}
      {result === undefined ? (
        <Button className={styles.wideButton} disabledFocusable={state.status === 'loading'} onClick={() => void onUpdate()}>
          {t('pane-update-contents')}
        </Button>
      ) : null}
      <div role="status" aria-live="polite">
        {state.status === 'loading' ? <Spinner size="tiny" labelPosition="after" label={t('pane-updating-contents')} /> : null}
      </div>
      {state.status === 'error' ? <ErrorNotice error={state.error} t={t} /> : null}
    </div>
  );
}
