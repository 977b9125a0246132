import { Button } from '@fluentui/react-components';
import type { Lang } from '../../core/profile';
import type { Strings } from '../strings';

/** Names the other language in that language ("English" in the Chinese pane, "中文" in the English one). */
export function LanguageSwitch({ strings, onChange }: { strings: Strings; onChange: (lang: Lang) => void }) {
  const other = strings.otherLanguage;
  return (
    <Button size="small" appearance="subtle" lang={other.lang} title={other.title} onClick={() => onChange(other.lang)}>
      {other.label}
    </Button>
  );
}
