import { createRoot, type Root } from 'react-dom/client';
import { App, type PanelId } from './App';
import { Starting } from './components/Starting';
import type { ReportHost } from '../host/contract';
import { toHostError } from '../host/errors';
import { unavailableHost } from '../host/unavailable';
import { langFromDisplayLanguage } from './strings';

export { unavailableHost };

export type Connect = () => Promise<{ host: ReportHost; displayLanguage: string }>;

export interface LaunchParams {
  initialPanel?: PanelId;
  autoRun: boolean;
}

/** `?panel=check` opens the check panel; `?run=1` runs the check at once (the ribbon's check button). */
export function parseLaunchParams(search: string): LaunchParams {
  const params = new URLSearchParams(search);
  const panel = params.get('panel');
  const run = params.get('run');
  return {
    initialPanel: panel === 'check' || panel === 'scaffold' ? panel : undefined,
    autoRun: run === '1' || run === 'true',
  };
}

export interface StartOptions {
  /** The page's query string (window.location.search). */
  search?: string;
  /** The language to use when Office cannot say (navigator.language). */
  fallbackLanguage?: string;
}

/** Renders the pane into `container`: a spinner, then the App once Word answers, or the App's notice if it cannot. */
export async function start(container: Element, connect: Connect, options: StartOptions = {}): Promise<Root> {
  const root = createRoot(container);
  const fallbackLang = langFromDisplayLanguage(options.fallbackLanguage);
  const launch = parseLaunchParams(options.search ?? '');
  root.render(<Starting lang={fallbackLang} />);
  try {
    const { host, displayLanguage } = await connect();
    root.render(<App host={host} lang={langFromDisplayLanguage(displayLanguage || options.fallbackLanguage)} {...launch} />);
  } catch (thrown) {
    const error = toHostError(thrown);
    root.render(<App host={unavailableHost(error)} lang={fallbackLang} startupError={error} />);
  }
  return root;
}
