import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { HostError } from '../../host/contract';
import type { Strings } from '../strings';

export interface ErrorNoticeProps {
  error: HostError;
  strings: Strings;
  /** An action that may help (read the document again); shown as a button. */
  action?: { label: string; onClick: () => void };
}

/** A host error in plain words, with the host's own message below for the curious. */
export function ErrorNotice({ error, strings, action }: ErrorNoticeProps) {
  const words = strings.errors[error.kind];
  const soft = error.kind === 'document-changed' || error.kind === 'not-found';
  return (
    <MessageBar key={`${error.kind}:${error.detail ?? ''}`} intent={soft ? 'warning' : 'error'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{words.title}</MessageBarTitle> {words.body}
        {error.detail ? <div>{strings.errorDetail(error.detail)}</div> : null}
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
