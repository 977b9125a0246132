import { Button, MessageBar, MessageBarBody, useId } from '@fluentui/react-components';
import type { LocationUnit } from '../../core/document';
import type { Lang } from '../../core/i18n/lang';
import type { Profile } from '../../core/profile';
import type { InsertOutcome as Outcome } from '../../host/workflows/scaffold';
import { planItemName } from '../part-names';
import { placeLabel, type PaneText } from '../strings';
import { usePaneStyles } from '../styles';

export interface InsertOutcomeProps {
  outcome: Outcome;
  t: PaneText;
  lang: Lang;
  profile: Profile;
  unit: LocationUnit;
  onSelect: (at: number) => void;
}

/** What the insertion did, and the existing headings whose numbers the writer should now change. */
export function InsertOutcome({ outcome, t, lang, profile, unit, onSelect }: InsertOutcomeProps) {
  const styles = usePaneStyles();
  const headingId = useId('renumber-heading');
  const names = outcome.adds.map((id) => planItemName(profile, lang, id));
  const tables = outcome.addsTables.map((ref) => planItemName(profile, lang, ref));
  const separator = t('pane-list-separator');
  const done = [
    ...(names.length > 0 ? [t('pane-inserted', { count: names.length, names: names.join(separator) })] : []),
    ...(tables.length > 0 ? [t('pane-inserted-tables', { count: tables.length, names: tables.join(separator) })] : []),
  ];
  return (
    <div className={styles.stack}>
      <MessageBar intent="success" layout="multiline">
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
            {outcome.renumber.map((note) => (
              <li key={note.at}>
                <Button appearance="subtle" className={styles.textButton} onClick={() => onSelect(note.at)}>
                  {t('pane-renumber-note', { where: placeLabel(unit, note.at, lang), from: note.from, to: note.to })}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
