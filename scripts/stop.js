#!/usr/bin/env node
'use strict';
// npm stop: undoes npm start. On Windows and macOS, office-addin-debugging stop unregisters the sideloaded add-in
// (and clears its debug settings); everywhere, the dev server npm start left running is stopped, by the pid it
// recorded (node_modules/.cache/report-assistant/dev-server.json), never by name.

const path = require('node:path');
const ds = require('./dev-server');

const OFFICE_ADDIN_DEBUGGING = 'office-addin-debugging@6';

async function main() {
  let failed = false;
  if (process.platform === 'win32' || process.platform === 'darwin') {
    const manifestRel = path.relative(process.cwd(), ds.MANIFEST) || 'manifest.xml';
    console.log(`Unloading the add-in from Word desktop (npx ${OFFICE_ADDIN_DEBUGGING} stop ${manifestRel})…`);
    const status = ds.npx([OFFICE_ADDIN_DEBUGGING, 'stop', manifestRel]);
    if (status !== 0) {
      console.log(`office-addin-debugging stop ${status === null ? 'could not run' : `exited ${status}`}; if the add-in is still in Word, remove it there.`);
    }
  }

  const state = ds.readState();
  if (!state) {
    console.log('No dev server started by npm start is recorded: nothing to stop.');
  } else if (!state.running) {
    console.log(`The dev server npm start recorded (pid ${state.pid}) is no longer running.`);
    ds.clearState();
  } else {
    console.log(`Stopping the dev server (pid ${state.pid})…`);
    if (await ds.stopRecorded(state)) {
      ds.clearState();
      console.log(`Stopped. ${ds.ORIGIN}/ is no longer served.`);
    } else {
      failed = true;
      console.log(`Could not stop process ${state.pid}; end it by hand.`);
    }
  }
  if (failed) process.exit(1);
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
