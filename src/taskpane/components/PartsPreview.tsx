import { Button, useId } from '@fluentui/react-components';
import type { Analysis } from '../../core/analysis';
import type { LocationUnit } from '../../core/document';
import type { Lang } from '../../core/i18n/lang';
import type { Profile } from '../../core/profile';
import type { ScaffoldPlan } from '../../core/scaffold';
import { placeLabel, type PaneText } from '../strings';
import { usePaneStyles } from '../styles';

export interface PartsPreviewProps {
  t: PaneText;
  lang: Lang;
  profile: Profile;
  analysis: Analysis;
  plan: ScaffoldPlan;
  unit: LocationUnit;
  onRefresh: () => void;
  refreshing: boolean;
}

/** The profile's parts with what the open document has of each, and which the scaffold would insert. */
export function PartsPreview({ t, lang, profile, analysis, plan, unit, onRefresh, refreshing }: PartsPreviewProps) {
  const styles = usePaneStyles();
  const adds = new Set(plan.adds);
  const headingId = useId('preview-heading');
  return (
    <section className={styles.stack} aria-labelledby={headingId}>
      <div className={styles.row}>
        <h2 id={headingId} className={styles.heading}>
          {t('pane-preview-heading')}
        </h2>
        <Button size="small" onClick={onRefresh} disabledFocusable={refreshing}>
          {t('pane-refresh')}
        </Button>
      </div>
      <ul className={styles.list}>
        {profile.parts.map((part) => {
          const state = analysis.parts.find((p) => p.id === part.id);
          const present = state && state.status !== 'missing';
          const [mark, tone, words] = present
            ? ['✓', styles.markOk, state.status === 'empty' ? t('pane-part-state.empty') : `${t('pane-part-state.present')} · ${placeLabel(unit, state.at ?? 0, lang)}`]
            : adds.has(part.id)
              ? ['✗', styles.markBad, t('pane-part-state.will-insert')]
              : ['–', styles.markNeutral, t('pane-part-state.optional-absent')];
          return (
            <li key={part.id} className={styles.item} data-part={part.id}>
              <span aria-hidden="true" className={`${styles.mark} ${tone}`}>
                {mark}
              </span>
              <span className={styles.itemText}>
                {part.name[lang]}
                <span className={styles.muted}> · {words}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
