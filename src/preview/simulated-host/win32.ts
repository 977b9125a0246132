/**
 * Word for Windows as office.js finds it: `window.external`, installed before office.js loads (Word's web view
 * does the same). office.js reads the add-in's context from GetContext() once (app type, UI language, declared
 * requirement sets, saved settings) and sends every RichApi request through Execute(93, …). The names and the
 * shape of each answer are the ones office.js reads (word-win32-16.01.js: OSF.InitializationHelper.getAppContext,
 * OSF.DDA.SafeArray.Delegate.executeAsync, OSF.DDA.ClientSettingsManager).
 */
import type { SimulatedWordHost } from './host';

/** OSF.DDA.MethodDispId.dispidExecuteRichApiRequestMethod. */
const EXECUTE_RICH_API = 93;
/** The request array office.js builds (RichApiMessageUtility.buildRequestMessageSafeArray): the body is at 4. */
const BODY_INDEX = 4;
/** OSF.AppName.Word; OSF.ClientMode.ReadWrite; OSF.DDA.ErrorCodeManager.errorCodes.ooeSuccess. */
const APP_WORD = 2;
const READ_WRITE = 1;
const SUCCESS = 0;
/** An answer in the shape of a COM SAFEARRAY, as office.js unpacks it. */
const safeArray = (items: unknown[]) => ({ toArray: () => items });

/** The add-in's id as Word knows it (the manifest's <Id>). */
const ADDIN_ID = '5f0c6a2e-7b1d-4e3a-9c8f-2d4b6e8a1c3f';

type Callback = (response: unknown) => void;

export function installWin32Host(target: Window, host: SimulatedWordHost): void {
  const settings = {
    Read(keys: string[], values: string[]) {
      for (const [name, json] of host.savedSettings()) {
        keys.push(name);
        values.push(json);
      }
    },
    Write(keys: string[], values: string[]) {
      host.saveSettings(keys.map((name, i) => [name, values[i] ?? 'null'] as const));
    },
  };
  const context = {
    GetAppType: () => APP_WORD,
    GetSolutionRef: () => ADDIN_ID,
    GetAppVersionMajor: () => 16,
    GetAppVersionMinor: () => 0,
    GetAppUILocale: () => host.uiLanguage,
    GetAppDataLocale: () => host.uiLanguage,
    GetDocUrl: () => '',
    GetAppCapabilities: () => READ_WRITE,
    GetActivationMode: () => 0,
    GetControlIntegrationLevel: () => 0,
    GetSolutionToken: () => '',
    GetCorrelationId: () => '{00000000-0000-0000-0000-000000000013}',
    GetInstanceId: () => '{00000000-0000-0000-0000-000000000031}',
    GetTouchEnabled: () => false,
    GetCommerceAllowed: () => false,
    GetSupportedMatrix: () => host.requirementMatrix,
    GetHostCustomMessage: () => '',
    GetHostFullVersion: () => host.hostFullVersion,
    GetInitialDisplayMode: () => 0,
    GetSettings: () => settings,
  };
  const external = {
    GetContext: () => context,
    Execute(dispatchId: number, params: unknown[], callback: Callback) {
      if (dispatchId !== EXECUTE_RICH_API) {
        setTimeout(() => callback(safeArray([SUCCESS])), 0);
        return;
      }
      const message = params[0] as unknown[];
      void host.richApi(String(message[BODY_INDEX])).then((answer) => callback(safeArray([SUCCESS, [200, [], answer]])));
    },
    // Events office.js registers for itself (theme, dialogs …): accepted; the simulated Word raises none.
    RegisterEvent(_id: number, _target: string, _handler: unknown, callback: Callback) {
      setTimeout(() => callback(SUCCESS), 0);
    },
    UnregisterEvent(_id: number, _target: string, callback: Callback) {
      setTimeout(() => callback(SUCCESS), 0);
    },
  };
  Object.defineProperty(target, 'external', { value: external, configurable: true, writable: true });
}
