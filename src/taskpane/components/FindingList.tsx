import { Button, useId } from '@fluentui/react-components';
import type { LocationUnit } from '../../core/document';
import type { Finding, Severity } from '../../core/findings';
import type { Strings } from '../strings';
import { usePaneStyles } from '../styles';

const ORDER: Severity[] = ['error', 'warning', 'info'];

export interface FindingListProps {
  strings: Strings;
  findings: readonly Finding[];
  unit: LocationUnit;
  onSelect: (at: number) => void;
}

/** Findings grouped by severity; one with a place is a button that selects it in the document. */
export function FindingList({ strings, findings, unit, onSelect }: FindingListProps) {
  const styles = usePaneStyles();
  const headingId = useId('findings-heading');
  return (
    <section className={styles.stack} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {strings.findingsHeading}
      </h2>
      {findings.length === 0 ? <p className={styles.muted}>{strings.noFindings}</p> : null}
      {ORDER.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        return group.length > 0 ? (
          <SeverityGroup key={severity} severity={severity} findings={group} strings={strings} unit={unit} onSelect={onSelect} />
        ) : null;
      })}
    </section>
  );
}

function SeverityGroup({ severity, findings, strings, unit, onSelect }: { severity: Severity } & FindingListProps) {
  const styles = usePaneStyles();
  const headingId = useId(`findings-${severity}`);
  const tone = severity === 'error' ? styles.markBad : severity === 'warning' ? styles.markWarn : styles.markNeutral;
  return (
    <section className={styles.stack} aria-labelledby={headingId} data-severity={severity}>
      <h3 id={headingId} className={`${styles.subheading} ${tone}`}>
        {strings.severityCount(strings.severity[severity], findings.length)}
      </h3>
      <ul className={styles.list}>
        {findings.map((finding, i) => (
          <li key={`${finding.code}:${finding.at ?? 'none'}:${i}`} data-code={finding.code}>
            {finding.at !== null ? (
              <Button appearance="subtle" className={styles.textButton} onClick={() => onSelect(finding.at as number)}>
                <span>
                  <span className={styles.muted}>{strings.at(unit, finding.at)} · </span>
                  {finding.message}
                </span>
              </Button>
            ) : (
              <p className={styles.textParagraph}>{finding.message}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
