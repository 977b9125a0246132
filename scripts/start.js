#!/usr/bin/env node
'use strict';
// npm start: build and serve the add-in on https://localhost:3000 (webpack serve, development), then sideload it
// into Word desktop on Windows and macOS. Where Word desktop cannot be (Linux) it builds and serves all the same and
// says how to upload the manifest in Word on the web. The dev server keeps running in the background: npm stop.
//
// office-addin-debugging and office-addin-dev-certs are fetched with npx when needed, never installed in the
// project: office-addin-debugging pulls in a native module (keytar) whose prebuilt binary is downloaded at
// install time, which fails without internet.
//
//   npm start                  serve, and sideload where Word desktop can be
//   npm start -- --no-sideload serve only

const path = require('node:path');
const ds = require('./dev-server');

const OFFICE_ADDIN_DEBUGGING = 'office-addin-debugging@6';
const OFFICE_ADDIN_DEV_CERTS = 'office-addin-dev-certs@3';

const desktop = process.platform === 'win32' || process.platform === 'darwin';
const sideload = desktop && !process.argv.includes('--no-sideload');
const manifestRel = path.relative(process.cwd(), ds.MANIFEST) || 'manifest.xml';

function say(text = '') {
  console.log(text);
}

function webInstructions() {
  say(`Manifest: ${ds.MANIFEST}`);
  say('');
  say('To try the add-in in Word on the web (any system):');
  say('  1. Open https://localhost:3000/taskpane.html once in the browser you will use; if it warns that the');
  say('     certificate is not trusted, accept it (or install a trusted one: npx --yes office-addin-dev-certs install).');
  say('  2. Open a document in Word on the web (Microsoft 365).');
  say('  3. Insert → Add-ins → Upload My Add-in, and choose the manifest above.');
  say('     中文界面：插入 → 加载项 → 上传我的加载项，选择上面的清单文件。');
  say('  4. On the Home tab (开始), the 报告助手 group has 报告助手 (open the pane) and 检查报告 (check at once).');
}

function desktopManualInstructions() {
  if (process.platform === 'win32') {
    say('To sideload by hand in Word for Windows: put manifest.xml in a shared network folder, add that folder as a');
    say('trusted add-in catalog (File → Options → Trust Center → Trust Center Settings → Trusted Add-in Catalogs),');
    say('restart Word, then Insert → Add-ins → Shared Folder (插入 → 加载项 → 共享文件夹).');
  } else if (process.platform === 'darwin') {
    say('To sideload by hand in Word for Mac: copy manifest.xml to');
    say('  ~/Library/Containers/com.microsoft.Word/Data/Documents/wef/   (create the folder if needed)');
    say('then restart Word and choose Home → Add-ins (开始 → 加载项) → the add-in under Developer Add-ins.');
  }
}

/**
 * Installs and trusts the Office development certificate. `office-addin-dev-certs install` exits 0 even when it
 * could not install the certificate authority, so `verify` decides. Returns whether https://localhost is trusted.
 */
async function ensureCertificate() {
  say(`Installing the Office development certificate for https://localhost (npx ${OFFICE_ADDIN_DEV_CERTS} install)…`);
  const install = ds.npx([OFFICE_ADDIN_DEV_CERTS, 'install']);
  const verify = install === null ? null : ds.npxOutput([OFFICE_ADDIN_DEV_CERTS, 'verify']);
  if (verify && verify.status === 0 && /You have trusted access to https:\/\/localhost/.test(verify.stdout)) return true;
  say('');
  say(
    install === null
      ? 'Could not run office-addin-dev-certs (fetching it with npx needs the npm registry).'
      : 'The Office development certificate is not installed and trusted (see office-addin-dev-certs above).',
  );
  say("Falling back to webpack-dev-server's own self-signed certificate. Word will not load the pane from");
  say('https://localhost:3000 until that certificate is trusted: the task pane will show a certificate or');
  say('connection error. Fix: run `npx --yes office-addin-dev-certs install` (it asks for an administrator');
  say('password), then npm stop and npm start.');
  say('');
  return false;
}

/** @param {boolean} officeCertTrusted whether the dev server may use the Office development certificate */
async function ensureDevServer(officeCertTrusted) {
  const recorded = ds.readState();
  if (recorded && recorded.running) {
    if ((await ds.probe()) === 200) {
      say(`The dev server npm start began earlier is still running (pid ${recorded.pid}): ${ds.ORIGIN}/`);
      return true;
    }
    say(`The dev server recorded earlier (pid ${recorded.pid}) is running but not answering yet; waiting for it…`);
    return (await ds.waitUntilServing(recorded.pid)) === 'serving';
  }
  if (recorded) ds.clearState();

  const other = await ds.probe();
  if (other === 200) {
    say(`Something already serves ${ds.ORIGIN}/taskpane.html (not started by npm start); using it as it is.`);
    return true;
  }
  if (other !== 0) {
    say(`Port ${ds.PORT} is taken by another server (it answered ${other} for /taskpane.html). Stop it, then run npm start again.`);
    return false;
  }

  say(`Building and serving the add-in (webpack serve, development) on ${ds.ORIGIN}/ …`);
  // where the Office certificate is not trusted, webpack.config.js is told to use its own self-signed one
  const state = ds.startDetached(officeCertTrusted ? {} : { DEV_SERVER_CERT: 'self-signed' });
  const outcome = await ds.waitUntilServing(state.pid);
  if (outcome !== 'serving') {
    say(outcome === 'exited' ? 'The dev server stopped before it served the pane:' : 'The dev server did not serve the pane within 3 minutes:');
    say(ds.logTail());
    if (outcome === 'timeout') await ds.stopRecorded(state);
    ds.clearState();
    return false;
  }
  const log = ds.logTail(400);
  if (/\bERROR in\b|compiled with \d+ errors?/.test(log)) {
    say(`The dev server is up, but the build has errors: see ${ds.LOG_FILE}`);
  }
  const cert = log.match(/\[dev server\] https with [^\n]*/);
  say(`Dev server running (pid ${state.pid}), log: ${ds.LOG_FILE}`);
  if (cert) say(cert[0].replace('[dev server] ', 'Certificate: '));
  return true;
}

async function main() {
  say(`Report Assistant · 报告助手 — npm start (${process.platform})`);
  // on Linux the Office certificate is not installed (browsers there keep their own trust stores): the dev server
  // uses the Office one if it is already there, else its own self-signed one
  const officeCertTrusted = desktop ? await ensureCertificate() : true;
  if (!(await ensureDevServer(officeCertTrusted))) process.exit(1);
  say(`  ${ds.ORIGIN}/taskpane.html   the task pane`);
  say(`  ${ds.ORIGIN}/preview.html    the pane beside a sample document, in a plain browser`);
  say('');

  if (sideload) {
    say(`Sideloading into Word desktop (npx ${OFFICE_ADDIN_DEBUGGING} start ${manifestRel} desktop --app word)…`);
    const status = ds.npx([OFFICE_ADDIN_DEBUGGING, 'start', manifestRel, 'desktop', '--app', 'word']);
    if (status === 0) {
      say('');
      say('Word opens with the add-in: Home tab (开始) → 报告助手 group. npm stop unloads it and stops the dev server.');
      return;
    }
    say('');
    say(`Could not sideload into Word desktop (office-addin-debugging ${status === null ? 'could not run' : `exited ${status}`}).`);
    say('It is fetched with npx on first use, with a native module (keytar) whose binary is downloaded then: that');
    say('needs internet. The dev server is still running, so the add-in can be loaded by hand.');
    desktopManualInstructions();
    say('');
    webInstructions();
  } else {
    if (desktop) say('Sideloading skipped (--no-sideload).');
    else say(`Word desktop does not run on ${process.platform}, so there is nothing to sideload into here; use Word on the web.`);
    say('');
    webInstructions();
  }
  say('');
  say('npm stop stops the dev server.');
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
