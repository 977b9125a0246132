import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../../core/i18n/lang';
import { paneText } from '../strings';

/** What the pane shows while it connects to Word. */
export function Starting({ lang }: { lang: Lang }) {
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main style={{ padding: 12 }}>
        <div role="status">
          {/* Words only, as the page's own frame says it before the scripts ran: no spinner's code in the first load. */}
          {paneText(lang)('pane-starting')}
        </div>
      </main>
    </FluentProvider>
  );
}
