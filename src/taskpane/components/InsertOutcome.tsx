import { Button, MessageBar, MessageBarBody, useId } from '@fluentui/react-components';
import type { LocationUnit } from '../../core/document';
import type { Lang, Profile } from '../../core/profile';
import { paragraphCount, type PlannedBlock } from '../../core/scaffold';
import type { Strings } from '../strings';
import { usePaneStyles } from '../styles';

export interface Outcome {
  /** Ids of the inserted parts, in the profile's order. */
  adds: string[];
  /** Standard tables added to parts already written, as "part/table". */
  addsTables: string[];
  /** Headings to renumber, at their places after the insertion. */
  renumber: Array<{ at: number; from: string; to: string }>;
}

export interface InsertOutcomeProps {
  outcome: Outcome;
  strings: Strings;
  lang: Lang;
  profile: Profile;
  unit: LocationUnit;
  onSelect: (at: number) => void;
}

/** What the insertion did, and the existing headings whose numbers the writer should now change. */
export function InsertOutcome({ outcome, strings, lang, profile, unit, onSelect }: InsertOutcomeProps) {
  const styles = usePaneStyles();
  const headingId = useId('renumber-heading');
  const tableName = (ref: string) => {
    const [partId, tableId] = ref.split('/');
    return profile.parts.find((p) => p.id === partId)?.tables?.find((t) => t.id === tableId)?.name[lang] ?? ref;
  };
  const names = outcome.adds.map((id) => profile.parts.find((p) => p.id === id)?.name[lang] ?? id);
  const tables = outcome.addsTables.map(tableName);
  const done = [
    ...(names.length > 0 ? [strings.inserted(names.length, names.join(strings.listSeparator))] : []),
    ...(tables.length > 0 ? [strings.insertedTables(tables.length, tables.join(strings.listSeparator))] : []),
  ];
  return (
    <div className={styles.stack}>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          {done.join(' ')} {strings.insertedNext}
        </MessageBarBody>
      </MessageBar>
      {outcome.renumber.length > 0 ? (
        <section className={styles.stack} aria-labelledby={headingId}>
          <h2 id={headingId} className={styles.subheading}>
            {strings.renumberHeading}
          </h2>
          <ul className={styles.list}>
            {outcome.renumber.map((note) => (
              <li key={note.at}>
                <Button appearance="subtle" className={styles.textButton} onClick={() => onSelect(note.at)}>
                  {strings.renumberNote(strings.at(unit, note.at), note.from, note.to)}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** Where a renumbering note's heading is once the plan's blocks are in: its index moves down past them. */
export function afterInsertion(renumber: Outcome['renumber'], insertions: ReadonlyArray<{ before: number; blocks: readonly PlannedBlock[] }>): Outcome['renumber'] {
  return renumber.map((note) => ({
    ...note,
    at: note.at + insertions.filter((ins) => ins.before <= note.at).reduce((sum, ins) => sum + ins.blocks.reduce((n, block) => n + paragraphCount(block), 0), 0),
  }));
}
