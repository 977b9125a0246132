import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useLayoutEffect, useRef } from 'react';
import type { Finding } from '../../core/diagnostic';
import type { ReportDocument } from '../../core/document';
import type { Lang } from '../../core/i18n/lang';
import type { Profile } from '../../core/profile';
import type { HeadingNumberChange } from '../../host/contract';
import { insertablePart, numberChange } from '../../host/workflows/finding-actions';
import { planItemName } from '../part-names';
import type { FixDone } from '../hooks/useFindingFixes';
import { placeLabel, type PaneText } from '../strings';
import { PlanChangedNotice } from './PlanChangedNotice';

export type NumberChange = HeadingNumberChange & { at: number };

export interface FindingActionsProps {
  finding: Finding;
  /** The document as checked. */
  doc: ReportDocument;
  t: PaneText;
  lang: Lang;
  profile: Profile;
  busy: boolean;
  onInsertPart: (partId: string) => void;
  onRenumber: (change: NumberChange) => void;
}

/** What a finding offers to do about itself: 插入 a missing part, 改为 a heading's number; nothing for the rest. */
export function FindingActions({ finding, doc, t, lang, profile, busy, onInsertPart, onRenumber }: FindingActionsProps) {
  const partId = insertablePart(finding);
  if (partId) {
    return (
      <Button size="small" disabledFocusable={busy} aria-label={t('pane-finding-insert-label', { name: planItemName(profile, lang, partId) })} onClick={() => onInsertPart(partId)}>
        {t('pane-finding-insert')}
      </Button>
    );
  }
  const change = numberChange(doc, finding);
  return change ? <RenumberButton change={change} doc={doc} t={t} lang={lang} busy={busy} onRenumber={onRenumber} /> : null;
}

/** 改为“二、”: the one-click fix of a heading's number, named in full for a screen reader. */
export function RenumberButton({ change, doc, t, lang, busy, onRenumber }: { change: NumberChange; doc: ReportDocument; t: PaneText; lang: Lang; busy: boolean; onRenumber: (change: NumberChange) => void }) {
  const where = placeLabel(doc.locationUnit, change.at, lang);
  return (
    <Button size="small" disabledFocusable={busy} aria-label={t('pane-finding-renumber-label', { where, from: change.from, to: change.to })} onClick={() => onRenumber(change)}>
      {t('pane-finding-renumber', { to: change.to })}
    </Button>
  );
}

/** What the latest fix did, above the check run again on the document as it now is. */
export function FixOutcome({ done, t, lang, profile, onReadAgain }: { done: FixDone; t: PaneText; lang: Lang; profile: Profile; onReadAgain: () => void }) {
  // The button that made the fix went with its finding: focus comes here, not to the page (a keyboard user stays put).
  const ref = useRef<HTMLDivElement>(null);
  // In the commit itself, so focus is there by the time the outcome shows.
  useLayoutEffect(() => ref.current?.focus(), [done]);
  if (done.kind === 'plan-changed') {
    return (
      <div ref={ref} tabIndex={-1}>
        <PlanChangedNotice change={done.change} t={t} lang={lang} profile={profile} onReadAgain={onReadAgain} />
      </div>
    );
  }
  const said =
    done.kind === 'inserted'
      ? `${t('pane-inserted', { count: 1, names: planItemName(profile, lang, done.partId) })} ${t('pane-inserted-next')}`
      : t('pane-renumbered', { from: done.from, to: done.to });
  return (
    <MessageBar ref={ref} tabIndex={-1} intent="success" layout="multiline" data-testid="fix-outcome">
      <MessageBarBody>{said}</MessageBarBody>
    </MessageBar>
  );
}
