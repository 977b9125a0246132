import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n/lang';
import type { Profile } from '../../core/profile';
import type { PlanChange } from '../../host/workflows/scaffold';
import { planItemName } from '../part-names';
import type { PaneText } from '../strings';

/** The document changed in a way that changes what would be inserted: nothing went in; what changed, and what to do. */
export function PlanChangedNotice({ change, t, lang, profile, onReadAgain }: { change: PlanChange; t: PaneText; lang: Lang; profile: Profile; onReadAgain: () => void }) {
  const names = (refs: string[]) => refs.map((ref) => planItemName(profile, lang, ref)).join(t('pane-list-separator'));
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="plan-changed">
      <MessageBarBody>
        <MessageBarTitle>{t('host-error.document-changed.title')}</MessageBarTitle> {t('pane-plan-changed')}
        {change.dropped.length > 0 ? <div>{t('pane-plan-changed-dropped', { count: change.dropped.length, names: names(change.dropped) })}</div> : null}
        {change.added.length > 0 ? <div>{t('pane-plan-changed-added', { count: change.added.length, names: names(change.added) })}</div> : null}
        <div>{t('pane-plan-changed-next')}</div>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onReadAgain}>
          {t('pane-read-again')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
