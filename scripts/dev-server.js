'use strict';
// The dev server that `npm start` leaves running and `npm stop` ends: its pid file, its log, and how to tell
// whether it (or anything else) answers on https://localhost:3000.

const fs = require('node:fs');
const https = require('node:https');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');

const ROOT = path.join(__dirname, '..');
const PORT = 3000;
const ORIGIN = `https://localhost:${PORT}`;
const STATE_DIR = path.join(ROOT, 'node_modules', '.cache', 'report-assistant');
const PID_FILE = path.join(STATE_DIR, 'dev-server.json');
const LOG_FILE = path.join(STATE_DIR, 'dev-server.log');
const MANIFEST = path.join(ROOT, 'manifest.xml');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** GET a path from the dev server; resolves to the status code, or 0 when nothing answers. */
function probe(urlPath = '/taskpane.html', timeoutMs = 3000) {
  return new Promise((resolve) => {
    // the dev server's certificate may be self-signed: this only asks whether it answers
    const req = https.get(`${ORIGIN}${urlPath}`, { rejectUnauthorized: false, agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode || 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** The command line of a process, where the system tells it ('' where it does not). */
function commandLine(pid) {
  if (process.platform === 'linux') {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    } catch {
      return '';
    }
  }
  if (process.platform === 'darwin') {
    const ps = spawnSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' });
    return ps.status === 0 ? ps.stdout.trim() : '';
  }
  return '';
}

/** The recorded dev server, if its process is still the one npm start started. */
function readState() {
  let state;
  try {
    state = JSON.parse(fs.readFileSync(PID_FILE, 'utf8'));
  } catch {
    return null;
  }
  if (!Number.isInteger(state.pid) || !isAlive(state.pid)) return { ...state, running: false };
  // a pid can be reused by an unrelated process after a reboot: check it still runs webpack where we can tell
  const cmd = commandLine(state.pid);
  if (cmd && !/webpack/.test(cmd)) return { ...state, running: false };
  return { ...state, running: true };
}

function clearState() {
  fs.rmSync(PID_FILE, { force: true });
}

/**
 * Starts `webpack serve` (development) in the background, its output in LOG_FILE; records its pid.
 * @param {Record<string, string>} [extraEnv] e.g. { DEV_SERVER_CERT: 'self-signed' }
 */
function startDetached(extraEnv = {}) {
  fs.mkdirSync(STATE_DIR, { recursive: true });
  const log = fs.openSync(LOG_FILE, 'w');
  const webpackCli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const child = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], {
    cwd: ROOT,
    detached: true, // its own process group (POSIX) / no console tie (Windows): it outlives npm start
    stdio: ['ignore', log, log],
    env: { ...process.env, ...extraEnv },
    windowsHide: true,
  });
  child.unref();
  fs.closeSync(log);
  const state = { pid: child.pid, port: PORT, startedAt: new Date().toISOString(), log: LOG_FILE };
  fs.writeFileSync(PID_FILE, JSON.stringify(state, null, 2) + '\n');
  return state;
}

/** Waits until the dev server serves the pane (it answers only once the first build is done). */
async function waitUntilServing(pid, timeoutMs = 180000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (pid && !isAlive(pid)) return 'exited';
    if ((await probe('/taskpane.html', 10000)) === 200) return 'serving';
    await sleep(1000);
  }
  return 'timeout';
}

/** Ends the recorded dev server (its whole process group on POSIX, its tree on Windows). */
async function stopRecorded(state) {
  const { pid } = state;
  if (process.platform === 'win32') {
    spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' });
  } else {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
  }
  for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(200);
  if (isAlive(pid) && process.platform !== 'win32') {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    for (let i = 0; i < 25 && isAlive(pid); i++) await sleep(200);
  }
  return !isAlive(pid);
}

function logTail(lines = 30) {
  try {
    return fs.readFileSync(LOG_FILE, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Runs `npx --yes …` with the terminal attached; returns its exit status (null if it could not run). */
function npx(args) {
  const windows = process.platform === 'win32';
  const run = spawnSync(windows ? 'npx.cmd' : 'npx', ['--yes', ...args], { cwd: ROOT, stdio: 'inherit', shell: windows });
  return run.error ? null : run.status;
}

/**
 * Runs `npx --yes …`, passing its output on and returning it too (for tools whose exit status does not say
 * enough). With `withStderr`, stderr is captured (and passed on) as well.
 */
function npxOutput(args, { withStderr = false } = {}) {
  const windows = process.platform === 'win32';
  const run = spawnSync(windows ? 'npx.cmd' : 'npx', ['--yes', ...args], {
    cwd: ROOT,
    stdio: ['inherit', 'pipe', withStderr ? 'pipe' : 'inherit'],
    shell: windows,
    encoding: 'utf8',
  });
  if (run.stdout) process.stdout.write(run.stdout);
  if (withStderr && run.stderr) process.stderr.write(run.stderr);
  return { status: run.error ? null : run.status, stdout: run.stdout || '', stderr: run.stderr || '' };
}

module.exports = {
  ROOT,
  PORT,
  ORIGIN,
  PID_FILE,
  LOG_FILE,
  MANIFEST,
  probe,
  isAlive,
  readState,
  clearState,
  startDetached,
  waitUntilServing,
  stopRecorded,
  logTail,
  npx,
  npxOutput,
};
