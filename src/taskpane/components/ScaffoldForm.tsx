import { Button, Field, Input, Text } from '@fluentui/react-components';
import { useRef } from 'react';
import type { YearSource } from '../../core/analysis';
import type { Lang } from '../../core/i18n/lang';
import { yearSourceText } from '../../core/i18n/report-text';
import { FIRST_YEAR, LAST_YEAR } from '../../host/workflows/scaffold';
import type { ProfileChoice } from '../hooks/useProfileChoice';
import type { PaneText } from '../strings';
import { focusAfter } from '../focus-after';
import { usePaneStyles } from '../styles';
import { ProfilePicker } from './ProfilePicker';

export interface ScaffoldFormProps {
  t: PaneText;
  lang: Lang;
  choice: ProfileChoice;
  year: string;
  yearValid: boolean;
  /** The document's own report year, when it names one. */
  documentYear?: number;
  /** Where the document names it: only a title's year is said to be the title's. */
  documentYearSource?: YearSource;
  onYearChange: (year: string) => void;
  unit: string;
  onUnitChange: (unit: string) => void;
  /** The unit line above the document's title: used while the unit field is empty, and offered to fill it. */
  suggestedUnit?: string;
}

/** Report type, report year and unit name: what the scaffold is made from. */
export function ScaffoldForm(props: ScaffoldFormProps) {
  const { t, lang, suggestedUnit } = props;
  const styles = usePaneStyles();
  const showSuggestion = !props.unit.trim() && suggestedUnit;
  const unitBox = useRef<HTMLInputElement>(null);
  // 填入 goes once used: focus moves to the box it filled rather than being lost.
  const fillSuggestedUnit = focusAfter(unitBox, props.onUnitChange);
  return (
    <div className={styles.stack}>
      <ProfilePicker t={t} lang={lang} choice={props.choice} />
      <Field
        label={t('pane-year-label')}
        validationState={props.yearValid ? 'none' : 'error'}
        validationMessage={props.yearValid ? undefined : t('pane-year-invalid')}
        hint={props.yearValid && props.documentYear ? yearHint(t, lang, props.documentYear, props.documentYearSource) : undefined}
      >
        <Input
          className={styles.fullWidth}
          type="number"
          inputMode="numeric"
          min={FIRST_YEAR}
          max={LAST_YEAR}
          value={props.year}
          onChange={(_, data) => props.onYearChange(data.value)}
        />
      </Field>
      <Field label={t('pane-unit-label')} hint={t('pane-unit-hint')}>
        <Input
          ref={unitBox}
          className={styles.fullWidth}
          value={props.unit}
          placeholder={t('pane-unit-placeholder')}
          onChange={(_, data) => props.onUnitChange(data.value)}
        />
      </Field>
      {showSuggestion ? (
        <div className={styles.row}>
          <Text size={200}>{t('pane-unit-suggestion', { unit: suggestedUnit })}</Text>
          <Text size={200}>{t('pane-unit-suggestion-used')}</Text>
          <Button size="small" aria-label={t('pane-use-suggestion-label', { unit: suggestedUnit })} onClick={() => fillSuggestedUnit(suggestedUnit)}>
            {t('pane-use-suggestion')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function yearHint(t: PaneText, lang: Lang, year: number, source: YearSource | undefined): string {
  if (source === undefined || source === 'title') return t('pane-year-hint-document', { year });
  return t('pane-year-hint-document-text', { year, source: yearSourceText(source, lang) });
}
