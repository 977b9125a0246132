import { HostError, type ReportHost } from '../host/contract';
import { isSetSupported, REQUIRED_SET } from './requirements';
import { createWordHost } from './word-host';

export interface ConnectOptions {
  /** How long to wait for Office.onReady; a page opened outside Office may never get it. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** Where the pane's page loads office.js from (taskpane.html), and where IT must let it through. */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * Waits for Office, checks it is Word with WordApi 1.3, and returns the host with Word's UI language.
 * Throws HostError 'office-unavailable' (office.js cannot be fetched from Microsoft's CDN), 'outside-office' (no
 * Office, another host, or no answer in time) or 'unsupported'.
 */
export async function connectToWord(options: ConnectOptions = {}): Promise<{ host: ReportHost; displayLanguage: string }> {
  if (typeof Office === 'undefined') {
    // The page's own script tag gave no Office: if office.js cannot be fetched at all, the network is in the way
    // (an intranet without Microsoft's CDN), which is not the same as a page opened in a plain browser.
    if ((await officeJsLoads(options.timeoutMs ?? DEFAULT_TIMEOUT_MS)) === false) throw new HostError('office-unavailable', `${OFFICE_JS_URL} could not be loaded.`);
    if (typeof Office === 'undefined') throw new HostError('outside-office', 'office.js is not loaded.');
  }
  let info: { host: Office.HostType | null } | undefined;
  try {
    info = await withTimeout(Office.onReady(), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  } catch (error) {
    throw new HostError('outside-office', error instanceof Error ? error.message : String(error));
  }
  // Outside Office, onReady resolves with a null host; a slow or broken load never resolves at all.
  if (!info) throw new HostError('outside-office', 'Office did not become ready in time.');
  if (info.host !== Office.HostType.Word) throw new HostError('outside-office', `The Office host is ${String(info.host)}, not Word.`);
  if (typeof Word === 'undefined' || !isSetSupported(REQUIRED_SET)) {
    throw new HostError('unsupported', `${REQUIRED_SET.name} ${REQUIRED_SET.version} is not supported by this version of Word.`);
  }
  // "zh-CN"-style; empty if a host leaves it out, so the pane falls back to the browser's language.
  return { host: createWordHost(), displayLanguage: Office.context.displayLanguage || '' };
}

/**
 * Asks for office.js once more, as a script the page's Content-Security-Policy allows: false when it fails to
 * load (or does not answer in time), true when it loads; undefined where there is no page (Node).
 */
function officeJsLoads(timeoutMs: number): Promise<boolean | undefined> {
  if (typeof document === 'undefined') return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const script = document.createElement('script');
    const done = (loaded: boolean) => {
      clearTimeout(timer);
      script.remove();
      resolve(loaded);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    script.onload = () => done(true);
    script.onerror = () => done(false);
    script.src = OFFICE_JS_URL;
    document.head.appendChild(script);
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
