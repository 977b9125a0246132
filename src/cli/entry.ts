/**
 * The batch checker as bin/report-check.js runs it (bundled into lib/report-check.js by scripts/build-cli.js):
 * Node's zlib unzips .docx and .xlsx parts several times faster than the pane's fflate, within the same limits.
 */
import { inflateWithNodeZlib } from '../files/node-inflate';

inflateWithNodeZlib();

export { runCliWithData, terminalLayout } from './main';
