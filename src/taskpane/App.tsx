import { AriaLiveAnnouncer, FluentProvider, Tab, TabList, useId, webLightTheme } from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { Lang } from '../core/i18n/lang';
import type { HostError, ReportHost } from '../host/contract';
import { paneOperations } from '../host/workflows/operations';
import type { ReportDocument } from '../core/document';
import type { FigureChoice } from './components/FiguresPanel';
import { LanguageSwitch } from './components/LanguageSwitch';
import { CodeUnavailable } from './components/CodeUnavailable';
import { ScaffoldPanel } from './components/ScaffoldPanel';
import { useFigureData } from './hooks/useFigureData';
import { useProfileChoice } from './hooks/useProfileChoice';
import { ErrorNotice, preloadNotices } from './lazy-notices';
import { CheckPanel, FiguresPanel, preloadPanels } from './lazy-panels';
import { loadPreferences, savePreferences } from './preferences';
import { FRAME_STYLES as styles } from './frame-styles';
import { paneText } from './strings';
import { whenIdle } from './when-idle';

/** The pane's panels, in tab order. */
export type PanelId = 'scaffold' | 'check' | 'figures';
export const PANELS: readonly PanelId[] = ['scaffold', 'check', 'figures'];

export interface AppProps {
  host: ReportHost;
  lang: Lang;
  initialPanel?: PanelId;
  /** Run the check at once (opens the check panel unless told otherwise). */
  autoRun?: boolean;
  /** Why the pane cannot work at all (outside Office, an old Word): shown instead of the panels. */
  startupError?: HostError;
}


/** The task pane: a header with the language switch, then the panels as tabs. */
export function App({ host, lang: officeLang, initialPanel, autoRun, startupError }: AppProps) {
  // The writer's switch is remembered (README): it wins over Office's language in the next session.
  const [lang, setLang] = useState<Lang>(() => loadPreferences().lang ?? officeLang);
  const switchLanguage = (next: Lang) => {
    setLang(next);
    savePreferences({ lang: next });
  };
  const t = useMemo(() => paneText(lang), [lang]);
  // The panels' operations, made once from the host: each panel gets only its own.
  const operations = useMemo(() => paneOperations(host), [host]);
  const [panel, setPanel] = useState<PanelId>(initialPanel ?? (autoRun ? 'check' : 'scaffold'));
  const [visited, setVisited] = useState<ReadonlySet<PanelId>>(() => new Set([panel]));
  // One report type for both panels: the writer's choice, else what the document's title says.
  // Undefined until the report types have loaded (with the scaffold panel's work, requested after this first render).
  const profileChoice = useProfileChoice();
  // The other panels' code loads while idle once the first panel has read the document, so it never
  // competes with the first panel's own loading (lazy-panels.tsx).
  const [documentRead, setDocumentRead] = useState(false);
  const { noteDocument: noteProfileDocument } = profileChoice;
  const noteDocument = useCallback((doc: ReportDocument) => {
    noteProfileDocument(doc);
    setDocumentRead(true);
  }, [noteProfileDocument]);
  const choice = profileChoice.choice ? { ...profileChoice.choice, noteDocument } : undefined;
  // The data file, unit and year: loaded in the figures panel, used by the check's figure findings too.
  const figureData = useFigureData();
  const [figureUnit, setFigureUnit] = useState<string>();
  const [figureYear, setFigureYear] = useState<number>();
  const figureChoice: FigureChoice = { unit: figureUnit, year: figureYear, setUnit: setFigureUnit, setYear: setFigureYear };
  const idBase = useId('pane');

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // A preload that fails (offline) is no error: the code is fetched again when first used.
  useEffect(() => (documentRead ? whenIdle(() => void Promise.all([preloadNotices(), preloadPanels(), host.prepareWrites?.()]).catch(() => undefined)) : undefined), [documentRead, host]);

  const show = (next: PanelId) => {
    // Focusing the selected tab selects it again: nothing to do (and no render to schedule).
    if (next === panel) return;
    setPanel(next);
    setVisited((seen) => (seen.has(next) ? seen : new Set([...seen, next])));
  };

  const loadingPanel = <div role="status">{t('pane-loading-panel')}</div>;
  const renderPanel = (id: PanelId) => {
    if (id === 'scaffold') return <ScaffoldPanel operations={operations.scaffold} t={t} lang={lang} choice={choice} noteDocument={noteDocument} />;
    if (!choice) return profileChoice.typesUnavailable ? <CodeUnavailable t={t} onRetry={profileChoice.retry} /> : loadingPanel;
    switch (id) {
      case 'check':
        return <CheckPanel operations={operations.check} t={t} lang={lang} choice={choice} autoRun={autoRun} figures={{ data: figureData.state, choice: figureChoice }} />;
      case 'figures':
        return <FiguresPanel operations={operations.figures} t={t} lang={lang} data={figureData} choice={figureChoice} profile={choice.profile} />;
    }
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang} style={styles.root}>
      <AriaLiveAnnouncer>
        <main style={styles.main}>
          <header style={styles.header}>
            <h1 style={styles.title}>{t('pane-title')}</h1>
            <LanguageSwitch lang={lang} onChange={switchLanguage} />
          </header>
          {startupError ? (
            <ErrorNotice error={startupError} t={t} />
          ) : (
            <>
              <TabList
                style={styles.tabs}
                aria-label={t('pane-panels')}
                selectedValue={panel}
                selectTabOnFocus
                onTabSelect={(_, data) => show(data.value as PanelId)}
              >
                {PANELS.map((id) => (
                  <Tab key={id} id={`${idBase}-tab-${id}`} value={id} aria-controls={`${idBase}-panel-${id}`}>
                    {t(`pane-panel.${id}`)}
                  </Tab>
                ))}
              </TabList>
              {PANELS.map((id) => (
                <div key={id} role="tabpanel" id={`${idBase}-panel-${id}`} aria-labelledby={`${idBase}-tab-${id}`} hidden={panel !== id}>
                  {visited.has(id) ? <Suspense fallback={loadingPanel}>{renderPanel(id)}</Suspense> : null}
                </div>
              ))}
            </>
          )}
        </main>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
