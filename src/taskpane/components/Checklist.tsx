import { Button, useId } from '@fluentui/react-components';
import type { CheckResult } from '../../core/check';
import { checklist, MARK_GLYPH, type PartMark } from '../../core/part-marks';
import type { LocationUnit } from '../../core/document';
import { text } from '../../core/i18n/catalog';
import type { Lang } from '../../core/i18n/lang';
import type { Profile } from '../../core/profile';
import { placeLabel, type PaneText } from '../strings';
import { usePaneStyles } from '../styles';

export interface ChecklistProps {
  t: PaneText;
  lang: Lang;
  profile: Profile;
  result: CheckResult;
  unit: LocationUnit;
  onSelect: (at: number) => void;
}

/** The profile's parts: ✓ present, ✗ missing, ! empty or flagged, – optional and absent. */
export function Checklist({ t, lang, profile, result, unit, onSelect }: ChecklistProps) {
  const styles = usePaneStyles();
  const headingId = useId('checklist-heading');
  const tone: Record<PartMark, string> = { present: styles.markOk, missing: styles.markBad, flagged: styles.markWarn, optional: styles.markNeutral };
  return (
    <section className={styles.stack} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('pane-checklist-heading')}
      </h2>
      <ul className={styles.list}>
        {checklist(result, profile).map(({ part, state, mark }) => {
          // Said as report-check says it: 缺少 / 未写（可选） / 第 5 段 · 只有标题.
          const where =
            state.status === 'missing'
              ? text('report-part', { variant: part.required ? 'missing' : 'optional' }, lang)
              : placeLabel(unit, state.at ?? 0, lang) + (state.status === 'empty' ? ` · ${text('report-part', { variant: 'empty' }, lang)}` : '');
          const content = (
            <>
              <span className={`${styles.mark} ${tone[mark]}`} aria-hidden="true">
                {MARK_GLYPH[mark]}
              </span>
              <span className={styles.visuallyHidden}>{`${t(`pane-part-mark.${mark}`)} `}</span>
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
