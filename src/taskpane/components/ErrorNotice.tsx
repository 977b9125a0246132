import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { HostError } from '../../host/contract';
import type { PaneText } from '../strings';

export interface ErrorNoticeProps {
  error: HostError;
  t: PaneText;
  /** An action that may help (read the document again); shown as a button. */
  action?: { label: string; onClick: () => void };
}

/** A host error in plain words, with the host's own message below for the curious. */
export function ErrorNotice({ error, t, action }: ErrorNoticeProps) {
  const soft = error.kind === 'document-changed' || error.kind === 'not-found' || error.kind === 'paragraph-changed';
  return (
    <MessageBar key={`${error.kind}:${error.detail ?? ''}`} intent={soft ? 'warning' : 'error'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(`host-error.${error.kind}.title`)}</MessageBarTitle> {t(`host-error.${error.kind}.body`)}
        {error.detail ? <div>{t('pane-error-detail', { detail: error.detail })}</div> : null}
      </MessageBarBody>
      {action ? (
        <MessageBarActions>
          <Button size="small" onClick={action.onClick}>
            {action.label}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
