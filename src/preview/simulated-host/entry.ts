/**
 * The simulated Word host as one script for the browser tests (never in dist/ or the preview page's bundle): set
 * `window.simulatedWordSetup` first, then run this. Win32: installs window.external in this page, before office.js
 * loads in it. Web: this page plays Word on the web and opens the add-in in an iframe. Either way the host is then
 * `window.simulatedWord`, for the test to look at the document and the batches on the wire.
 */
import { SimulatedWordHost, type HostPlatform, type SimulatedWordOptions } from './host';
import { openWebAddin } from './web';
import { installWin32Host } from './win32';

interface Setup {
  platform: HostPlatform;
  options?: SimulatedWordOptions;
  /** Web only: the task pane's address. */
  addinUrl?: string;
}

const page = window as unknown as Window & { simulatedWordSetup?: Setup; simulatedWord?: SimulatedWordHost };
const setup = page.simulatedWordSetup;
if (setup && window === window.top) {
  const host = new SimulatedWordHost(setup.platform, setup.options);
  page.simulatedWord = host;
  if (setup.platform === 'Win32') installWin32Host(page, host);
  else {
    const frame = document.createElement('iframe');
    frame.title = 'Report Assistant';
    frame.id = 'addin';
    frame.width = '360';
    frame.height = '900';
    const mount = () => {
      document.body.append(frame);
      openWebAddin(page, host, setup.addinUrl ?? '', frame);
    };
    if (document.body) mount();
    else document.addEventListener('DOMContentLoaded', mount);
  }
}
