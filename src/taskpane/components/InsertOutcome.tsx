import { Button, MessageBar, MessageBarBody, useId } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { ReportDocument } from '../../core/document';
import type { Lang } from '../../core/i18n/lang';
import type { Profile } from '../../core/profile';
import { typedNumber } from '../../host/workflows/finding-actions';
import type { InsertOutcome as Outcome } from '../../host/workflows/scaffold';
import { planItemName } from '../part-names';
import { placeLabel, type PaneText } from '../strings';
import { usePaneStyles } from '../styles';
import { RenumberButton, type NumberChange } from './FindingActions';

export interface InsertOutcomeProps {
  outcome: Outcome;
  t: PaneText;
  lang: Lang;
  profile: Profile;
  /** The document as read after the insertion (where the notes' headings are). */
  doc: ReportDocument;
  onSelect: (at: number) => void;
  /** 改为: rewrites a note's heading number; offered where the number is typed in the heading. */
  onRenumber: (change: NumberChange) => void;
  busy: boolean;
}

/** What the insertion did, and the existing headings whose numbers the writer should now change. */
export function InsertOutcome({ outcome, t, lang, profile, doc, onSelect, onRenumber, busy }: InsertOutcomeProps) {
  const styles = usePaneStyles();
  const headingId = useId('renumber-heading');
  const names = outcome.adds.map((id) => planItemName(profile, lang, id));
  const tables = outcome.addsTables.map((ref) => planItemName(profile, lang, ref));
  const separator = t('pane-list-separator');
  // A note's 改为 takes the note (and, for the last, the list) away: focus comes to the message, not to the page.
  const said = useRef<HTMLDivElement>(null);
  const notes = outcome.renumber.length;
  const notesBefore = useRef(notes);
  useEffect(() => {
    if (notes < notesBefore.current && !said.current?.parentElement?.contains(document.activeElement)) said.current?.focus();
    notesBefore.current = notes;
  }, [notes]);
  const done = [
    ...(names.length > 0 ? [t('pane-inserted', { count: names.length, names: names.join(separator) })] : []),
    ...(tables.length > 0 ? [t('pane-inserted-tables', { count: tables.length, names: tables.join(separator) })] : []),
  ];
  return (
    <div className={styles.stack}>
      <MessageBar ref={said} tabIndex={-1} intent="success" layout="multiline">
        <MessageBarBody>
          {done.join(' ')} {t('pane-inserted-next')}
        </MessageBarBody>
      </MessageBar>
      {outcome.renumber.length > 0 ? (
        <section className={styles.stack} aria-labelledby={headingId}>
          <h2 id={headingId} className={styles.subheading}>
            {t('pane-renumber-heading')}
          </h2>
          <ul className={styles.list}>
            {outcome.renumber.map((note) => {
              const change = typedNumber(doc, note);
              return (
                <li key={note.at}>
                  <Button appearance="subtle" className={styles.textButton} onClick={() => onSelect(note.at)}>
                    {t('pane-renumber-note', { where: placeLabel(doc.locationUnit, note.at, lang), from: note.from, to: note.to })}
                  </Button>
                  {change ? (
                    <div className={styles.findingActions}>
                      <RenumberButton change={change} doc={doc} t={t} lang={lang} busy={busy} onRenumber={onRenumber} />
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
