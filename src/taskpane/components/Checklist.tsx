import { Button, useId } from '@fluentui/react-components';
import type { CheckResult } from '../../core/check';
import { checklist, MARK_GLYPH, type PartMark } from '../../core/checklist';
import type { LocationUnit } from '../../core/document';
import type { Lang, Profile } from '../../core/profile';
import type { Strings } from '../strings';
import { usePaneStyles } from '../styles';

export interface ChecklistProps {
  strings: Strings;
  lang: Lang;
  profile: Profile;
  result: CheckResult;
  unit: LocationUnit;
  onSelect: (at: number) => void;
}


/** The profile's parts: ✓ present, ✗ missing, ! empty or flagged, – optional and absent. */
export function Checklist({ strings, lang, profile, result, unit, onSelect }: ChecklistProps) {
  const styles = usePaneStyles();
  const headingId = useId('checklist-heading');
  const tone: Record<PartMark, string> = { present: styles.markOk, missing: styles.markBad, flagged: styles.markWarn, optional: styles.markNeutral };
  return (
    <section className={styles.stack} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {strings.checklistHeading}
      </h2>
      <ul className={styles.list}>
        {checklist(result, profile).map(({ part, state, mark }) => {
          const where =
            state.status === 'missing'
              ? part.required
                ? strings.partWhere.missing
                : strings.partWhere.optional
              : strings.at(unit, state.at ?? 0) + (state.status === 'empty' ? ` · ${strings.partWhere.empty}` : '');
          const content = (
            <>
              <span className={`${styles.mark} ${tone[mark]}`} aria-hidden="true">
                {MARK_GLYPH[mark]}
              </span>
              <span className={styles.visuallyHidden}>{`${strings.partMark[mark]} `}</span>
              <span className={styles.itemText}>
                {part.name[lang]}
                <span className={styles.muted}> · {where}</span>
              </span>
            </>
          );
          return (
            <li key={part.id} data-part={part.id} data-mark={mark}>
              {state.at !== null ? (
                <Button appearance="subtle" className={styles.textButton} onClick={() => onSelect(state.at as number)}>
                  {content}
                </Button>
              ) : (
                <div className={styles.item}>{content}</div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
