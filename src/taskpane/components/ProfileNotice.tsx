import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Diagnostic } from '../../core/diagnostic';
import { render, text } from '../../core/i18n/messages';
import type { Lang } from '../../core/i18n/lang';
import type { Profile } from '../../core/profile';
import type { ProfileFileOutcome } from '../profile-file';
import type { PaneText } from '../strings';
import { usePaneStyles } from '../styles';

/** What became of a profile file, or of a removal. */
export type Notice =
  | Exclude<ProfileFileOutcome, { kind: 'loaded' }>
  | { kind: 'loaded'; file: string; profile: Profile; replaced: boolean; remembered: boolean }
  | { kind: 'removed'; profile: Profile }
  /** The code that reads report-type files (loaded on demand) did not come. */
  | { kind: 'code-unavailable'; file: string };

/** "parts[3].cues[0].weight: 不应大于 3": the field as written in the file, then what is wrong, in the pane's language. */
export function profileProblemText(problem: Diagnostic, t: PaneText, lang: Lang): string {
  const field = problem.place?.path || `(${text('profile-whole-file', {}, lang)})`;
  return t('pane-profile-problem', { field, message: text(problem.code, problem.params, lang) });
}

/** What became of a file, or of a removal, in plain words; a MessageBar, so screen readers hear it. */
export function ProfileNotice({ notice, t, lang, onDismiss }: { notice: Notice; t: PaneText; lang: Lang; onDismiss: () => void }) {
  const styles = usePaneStyles();
  const file = 'file' in notice ? notice.file : '';
  let intent: 'success' | 'error' = 'error';
  let body: JSX.Element;
  switch (notice.kind) {
    case 'loaded': {
      intent = 'success';
      const kept = t(notice.remembered ? 'pane-profile-kept.remembered' : 'pane-profile-kept.session');
      body = <>{t(notice.replaced ? 'pane-profile-replaced' : 'pane-profile-loaded', { name: notice.profile.name[lang], file, kept })}</>;
      break;
    }
    case 'removed':
      intent = 'success';
      body = <>{t('pane-profile-removed', { name: notice.profile.name[lang] })}</>;
      break;
    case 'invalid':
      body = (
        <>
          <MessageBarTitle>{t('pane-profile-invalid', { file })}</MessageBarTitle> {t('pane-profile-invalid-next')}
          <ul className={styles.errorList}>
            {notice.problems.map((problem, i) => (
              <li key={i}>{profileProblemText(problem, t, lang)}</li>
            ))}
          </ul>
        </>
      );
      break;
    case 'not-json':
      body = (
        <>
          {t('pane-profile-not-json', { file })}
          <div>{t('pane-error-detail', { detail: render(notice.problem, lang) })}</div>
        </>
      );
      break;
    case 'built-in-id':
      body = <>{t('pane-profile-built-in-id', { file, ...notice.problem.params })}</>;
      break;
    case 'too-large':
      body = <>{t('pane-profile-too-large', { file })}</>;
      break;
    case 'code-unavailable':
      body = <>{t('pane-file-code-unavailable', { name: file })}</>;
      break;
    case 'unreadable':
      body = (
        <>
          {t('pane-profile-unreadable', { file })}
          {notice.detail ? <div>{t('pane-error-detail', { detail: notice.detail })}</div> : null}
        </>
      );
      break;
  }
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="profile-notice">
      <MessageBarBody>{body}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {t('pane-dismiss')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
