import { Button, Checkbox, Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { ReportDocument } from '../../core/document';
import type { Lang } from '../../core/i18n/lang';
import type { Profile } from '../../core/profile';
import type { PreviousReport } from '../../core/previous/compare';
import { previousSummary } from '../../host/workflows/previous';
import type { PaneText } from '../strings';
import { usePaneStyles } from '../styles';

export interface PreviousReportSummaryProps {
  t: PaneText;
  lang: Lang;
  profile: Profile;
  /** This year's report as checked, and last year's. */
  doc: ReportDocument;
  previous: PreviousReport;
  /** Plans the writer ticked, by key (remembered with the document). */
  ticks: readonly string[];
  onTick: (planKey: string) => void;
  /** Selects this year's paragraph that takes a plan up. */
  onSelect: (at: number) => void;
}

/** How much of each part is carried over from last year, and last year's plans as a checklist to tick off. */
export function PreviousReportSummary({ t, lang, profile, doc, previous, ticks, onTick, onSelect }: PreviousReportSummaryProps) {
  const styles = usePaneStyles();
  const summary = useMemo(() => previousSummary(doc, previous, profile), [doc, previous, profile]);
  const partName = (id: string) => profile.parts.find((p) => p.id === id)?.name[lang] ?? id;
  // Not of an earlier year: nothing was compared, and the check's finding says why.
  if (!summary) return null;
  return (
    <>
      <h3 className={styles.subheading}>
        {t('pane-previous-summary-heading')} · <span data-testid="previous-overall">{t('pane-previous-overall', { share: summary.overall })}</span>
      </h3>
      <ul className={styles.list} data-testid="previous-parts">
        {summary.parts.map((p) => (
          <li key={p.part} data-part={p.part}>
            {t('pane-previous-part-share', { part: partName(p.part), share: p.share, count: p.count })}
          </li>
        ))}
      </ul>
      <h3 className={styles.subheading}>{t('pane-previous-plans-heading')}</h3>
      {summary.plans.length === 0 ? <Text className={styles.muted}>{t('pane-previous-no-plans')}</Text> : null}
      <ul className={styles.list} data-testid="previous-plans">
        {summary.plans.map((plan) => (
          <li key={plan.key} data-taken-up={plan.takenUp}>
            <Checkbox checked={ticks.includes(plan.key)} onChange={() => onTick(plan.key)} label={plan.text} />
            <span className={plan.takenUp ? styles.markOk : styles.markWarn}>{plan.takenUp ? t('pane-previous-plan-found') : t('pane-previous-plan-not-found')}</span>
            {plan.at !== null ? (
              <Button appearance="transparent" size="small" onClick={() => onSelect(plan.at as number)}>
                {t('pane-previous-plan-locate')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
