import { Button, useId } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { LocationUnit } from '../../core/document';
import type { Finding, Severity } from '../../core/diagnostic';
import type { Lang } from '../../core/i18n/lang';
import { placeLabel, type PaneText } from '../strings';
import { usePaneStyles } from '../styles';

const ORDER: Severity[] = ['error', 'warning', 'info'];

export interface FindingListProps {
  t: PaneText;
  lang: Lang;
  findings: readonly Finding[];
  unit: LocationUnit;
  /** Selects a finding's place: its words when it is about words, else its paragraph. */
  onSelect: (finding: Finding) => void;
  /** What a finding offers to do about itself (插入, 改为…), shown under it. */
  actions?: (finding: Finding) => ReactNode;
}

/**
 * Findings grouped by severity; one with a place is a button that selects it in the document (the words
 * themselves when the finding is about words), and one with a right form says it under the message.
 */
export function FindingList({ t, lang, findings, unit, onSelect, actions }: FindingListProps) {
  const styles = usePaneStyles();
  const headingId = useId('findings-heading');
  return (
    <section className={styles.stack} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('pane-findings-heading')}
      </h2>
      {findings.length === 0 ? <p className={styles.muted}>{t('pane-no-findings')}</p> : null}
      {ORDER.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        return group.length > 0 ? (
          <SeverityGroup key={severity} severity={severity} findings={group} t={t} lang={lang} unit={unit} onSelect={onSelect} actions={actions} />
        ) : null;
      })}
    </section>
  );
}

function SeverityGroup({ severity, findings, t, lang, unit, onSelect, actions }: { severity: Severity } & FindingListProps) {
  const styles = usePaneStyles();
  const headingId = useId(`findings-${severity}`);
  const tone = severity === 'error' ? styles.markBad : severity === 'warning' ? styles.markWarn : styles.markNeutral;
  return (
    <section className={styles.stack} aria-labelledby={headingId} data-severity={severity}>
      <h3 id={headingId} className={`${styles.subheading} ${tone}`}>
        {t(`pane-findings-group.${severity}`, { count: findings.length })}
      </h3>
      <ul className={styles.list}>
        {findings.map((finding, i) => (
          <li key={`${finding.code}:${finding.at ?? 'none'}:${i}`} data-code={finding.code}>
            {finding.at !== null ? (
              <Button appearance="subtle" className={styles.textButton} onClick={() => onSelect(finding)}>
                <span>
                  <span className={styles.muted}>{placeLabel(unit, finding.at, lang)} · </span>
                  {finding.message}
                </span>
              </Button>
            ) : (
              <p className={styles.textParagraph}>{finding.message}</p>
            )}
            {finding.words?.expected !== undefined ? (
              <p className={styles.rightForm} data-testid="right-form">
                {t('pane-finding-right-form', { found: finding.words.text, expected: finding.words.expected })}
              </p>
            ) : null}
            <ActionsOf finding={finding} actions={actions} className={styles.findingActions} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ActionsOf({ finding, actions, className }: { finding: Finding; actions: FindingListProps['actions']; className: string }) {
  const shown = actions?.(finding);
  return shown ? <div className={className}>{shown}</div> : null;
}
