import { Text } from '@fluentui/react-components';
import { parseFigureTag } from '../../core/figures/tags';
import type { FigureOutcome } from '../../host/workflows/figures';
import type { PaneText } from '../strings';
import { usePaneStyles } from '../styles';

/** What a figures operation did, in a sentence; after a refresh, each figure that changed. */
export function FigureOutcomeText({ t, outcome }: { t: PaneText; outcome: FigureOutcome }) {
  const styles = usePaneStyles();
  switch (outcome.kind) {
    case 'inserted':
      return <Text data-testid="figures-outcome">{t('pane-figures-inserted')}</Text>;
    case 'rolled':
      return (
        <div data-testid="figures-outcome">
          <Text>
            {t('pane-figures-rolled', { count: outcome.count, year: outcome.year })}
            {outcome.missing ? t('pane-figures-rolled-gaps', { count: outcome.missing, year: outcome.year }) : null}
          </Text>
          <LinksLeftText t={t} outcome={outcome} />
        </div>
      );
    case 'roll-confirm':
      return null; // the figures panel asks, with its buttons
    case 'frozen':
      return <Text data-testid="figures-outcome">{t('pane-figures-frozen', { count: outcome.count })}</Text>;
    case 'reload-failed':
      return <Text data-testid="figures-outcome">{t('pane-figures-reload-failed')}</Text>;
    case 'refreshed':
      if (outcome.changes.length === 0 && !outcome.typed && !outcome.locked && !outcome.tracked) return <Text data-testid="figures-outcome">{t('pane-figures-unchanged')}</Text>;
      return (
        <div data-testid="figures-outcome">
          <LinksLeftText t={t} outcome={outcome} />
          {outcome.changes.length > 0 && (
            <>
              <Text>{t('pane-figures-refreshed', { count: outcome.changes.length })}</Text>
              <ul className={styles.errorList}>
                {outcome.changes.map((change, i) => {
                  const label = linkLabel(change.after.tag, t);
                  const values = { before: change.before.text, after: change.after.text };
                  return <li key={i}>{label ? t('pane-figures-change', { label, ...values }) : t('pane-figures-change-unlabelled', values)}</li>;
                })}
              </ul>
            </>
          )}
        </div>
      );
  }
}

/** Figures a refresh or roll forward left alone: the writer typed words into them, or locked them; nothing when none. */
function LinksLeftText({ t, outcome }: { t: PaneText; outcome: { typed?: number; locked?: number; tracked?: number } }) {
  return (
    <>
      {outcome.typed ? <Text block>{t('pane-figures-typed-left', { count: outcome.typed })}</Text> : null}
      {outcome.locked ? <Text block>{t('pane-figures-locked-left', { count: outcome.locked })}</Text> : null}
      {outcome.tracked ? <Text block>{t('pane-figures-tracked-left', { count: outcome.tracked })}</Text> : null}
    </>
  );
}

/** What a changed link shows, for the list of changes: 收案数（2024 增减）; a year heading needs no label. */
function linkLabel(tag: string, t: PaneText): string {
  const ref = parseFigureTag(tag);
  if (!ref) return '';
  const kind = ref.kind === 'value' ? '' : ` ${t(ref.kind === 'change' ? 'pane-figures-column-change' : 'pane-figures-column-yoy')}`;
  return t('pane-figures-link-label', { indicator: ref.indicator, year: ref.year, kind });
}
