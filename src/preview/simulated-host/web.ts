/**
 * Word on the web as office.js finds it: the add-in in an iframe of Word's page, told the conversation and the
 * page's address in its URL (`_xdm_Info`), talking to the page by messages. Every call is a request the page
 * answers: the app context, host notifications, and executeMethod (RichApi requests, settings saves). Message
 * shapes are the ones office.js builds and reads (word-web-16.00.js: Microsoft.Office.Common.XdmCommunicationManager,
 * OSF.InitializationHelper.getAppContext, OSF.DDA.WAC.Delegate.executeAsync, OSF.DDA.WAC.SettingsTranslator).
 */
import type { SimulatedWordHost } from './host';

/** Microsoft.Office.Common.MessageType / ActionType / ResponseType / InvokeResultCode. */
const REQUEST = 0;
const RESPONSE = 1;
const FOR_CALLING = 0;
const NO_ERROR = 0;
/** OSF.DDA.MethodDispId: RichApi requests and settings saves. */
const EXECUTE_RICH_API = 93;
const SAVE_SETTINGS = 76;
/** OSF.AppName.WordWebApp; OSF.ClientMode.ReadWrite; OSF.SerializerVersion.Browser. */
const APP_WORD_WEB = 32;
const READ_WRITE = 1;
const SERIALIZER_BROWSER = 1;

interface XdmMessage {
  _messageType: number;
  _actionName: string;
  _conversationId: string;
  _correlationId: number;
  _actionType?: number;
  _data?: Record<string, unknown> | string | null;
}

/**
 * Opens the add-in at `addinUrl` in an iframe of this page, as Word on the web does, and answers it. This page's
 * own address is where office.js sends its messages and checks they come from (an https Office domain).
 */
export function openWebAddin(page: Window, host: SimulatedWordHost, addinUrl: string, frame: HTMLIFrameElement): void {
  const conversationId = `simulated_${Date.now()}`;
  const controlId = '{00000000-0000-0000-0000-000000000013}';
  const xdmInfo = [conversationId, controlId, encodeURIComponent(page.location.href)].join('$');
  const url = new URL(addinUrl);
  url.searchParams.set('_host_Info', host.hostInfo);
  url.hash = `&_xdm_Info=${xdmInfo}&_serializer_version=${SERIALIZER_BROWSER}`;

  page.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== frame.contentWindow || typeof event.data !== 'string') return;
    let message: XdmMessage;
    try {
      message = JSON.parse(event.data) as XdmMessage;
    } catch {
      return;
    }
    if (message._messageType !== REQUEST || !message._conversationId.startsWith(conversationId)) return;
    void answer(host, message, controlId).then((data) => {
      const response = { ...message, _messageType: RESPONSE, _origin: page.location.origin, _data: data, _errorCode: NO_ERROR, _responseType: FOR_CALLING, _serializerVersion: SERIALIZER_BROWSER };
      (event.source as Window).postMessage(JSON.stringify(response), event.origin);
    });
  });
  frame.src = url.href;
}

async function answer(host: SimulatedWordHost, message: XdmMessage, controlId: string): Promise<unknown> {
  // Events office.js registers for itself are accepted; the simulated Word raises none.
  if (message._actionType !== undefined && message._actionType !== 0) return { Error: NO_ERROR };
  const data = (typeof message._data === 'object' && message._data) || {};
  switch (message._actionName) {
    case 'ContextActivationManager_getAppContextAsync':
      return appContext(host, controlId);
    case 'executeMethod': {
      const dispatchId = (data.DdaMethod as { DispatchId?: number } | undefined)?.DispatchId;
      if (dispatchId === EXECUTE_RICH_API) {
        const request = data.ArrayData as unknown[];
        return { Version: 1, Error: NO_ERROR, Data: [200, [], await host.richApi(String(request[4]))] };
      }
      if (dispatchId === SAVE_SETTINGS) {
        const saved = (data.DdaSettingsMethod as { Properties?: Array<[string, string]> } | undefined)?.Properties ?? [];
        host.saveSettings(saved);
      }
      return { Version: 1, Error: NO_ERROR };
    }
    default:
      return null; // notifications (focus, the add-in's URL) need no answer beyond receipt
  }
}

/** What Word on the web tells office.js about itself and the add-in (OSF.OfficeAppContext's fields). */
function appContext(host: SimulatedWordHost, controlId: string): Record<string, unknown> {
  return {
    _id: controlId,
    _appName: APP_WORD_WEB,
    _appVersion: '16.0',
    _appMinorVersion: 0,
    _appUILocale: host.uiLanguage,
    _dataLocale: host.uiLanguage,
    _docUrl: '',
    _clientMode: READ_WRITE,
    _settings: Object.fromEntries(host.savedSettings()),
    _reason: 0,
    _osfControlType: 1,
    _eToken: '',
    _correlationId: controlId,
    _appInstanceId: controlId,
    _requirementMatrix: host.requirementMatrix,
    _hostCustomMessage: '',
    _hostFullVersion: host.hostFullVersion,
    _appDomains: [],
    _initialDisplayMode: 0,
    _wacHostEnvironment: '0',
    _isFromWacAutomation: false,
  };
}
