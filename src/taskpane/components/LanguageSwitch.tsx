import { Button } from '@fluentui/react-components';
import { text } from '../../core/i18n/messages';
import type { Lang } from '../../core/i18n/lang';

/** Names the other language in that language ("English" in the Chinese pane, "中文" in the English one). */
export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const other: Lang = lang === 'zh-CN' ? 'en-US' : 'zh-CN';
  return (
    <Button size="small" appearance="subtle" lang={other} title={text('pane-show-in-language', {}, other)} onClick={() => onChange(other)}>
      {text('pane-language-name', {}, other)}
    </Button>
  );
}
