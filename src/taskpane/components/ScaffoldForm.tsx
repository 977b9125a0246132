import { Button, Field, Input, Text } from '@fluentui/react-components';
import type { Lang } from '../../core/profile';
import type { ProfileChoice } from '../hooks/useProfileChoice';
import type { Strings } from '../strings';
import { usePaneStyles } from '../styles';
import { ProfilePicker } from './ProfilePicker';

const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

export interface ScaffoldFormProps {
  strings: Strings;
  lang: Lang;
  choice: ProfileChoice;
  year: string;
  yearValid: boolean;
  /** The document's own report year, when it names one. */
  documentYear?: number;
  onYearChange: (year: string) => void;
  unit: string;
  onUnitChange: (unit: string) => void;
  /** The unit line above the document's title, offered while the unit field is empty. */
  suggestedUnit?: string;
}

/** Report type, report year and unit name: what the scaffold is made from. */
export function ScaffoldForm(props: ScaffoldFormProps) {
  const { strings, lang, suggestedUnit } = props;
  const styles = usePaneStyles();
  const showSuggestion = !props.unit.trim() && suggestedUnit;
  return (
    <div className={styles.stack}>
      <ProfilePicker strings={strings} lang={lang} choice={props.choice} />
      <Field
        label={strings.yearLabel}
        validationState={props.yearValid ? 'none' : 'error'}
        validationMessage={props.yearValid ? undefined : strings.yearInvalid}
        hint={props.yearValid && props.documentYear ? strings.yearHintDocument(props.documentYear) : undefined}
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
      <Field label={strings.unitLabel} hint={strings.unitHint}>
        <Input
          className={styles.fullWidth}
          value={props.unit}
          placeholder={suggestedUnit}
          onChange={(_, data) => props.onUnitChange(data.value)}
        />
      </Field>
      {showSuggestion ? (
        <div className={styles.row}>
          <Text size={200}>{strings.unitSuggestion(suggestedUnit)}</Text>
          <Button size="small" aria-label={strings.useSuggestionLabel(suggestedUnit)} onClick={() => props.onUnitChange(suggestedUnit)}>
            {strings.useSuggestion}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

/** A report year as typed: four digits within reason, else undefined. */
export function parseYear(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return undefined;
  const year = Number(trimmed);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : undefined;
}
