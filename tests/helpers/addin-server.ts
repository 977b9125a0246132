/**
 * The add-in built with the project's own webpack config, served on loopback, and Debian's Chromium: shared by
 * the browser tests (tests/browser/harness.ts) and the benchmarks that measure the pane in a real browser.
 */
import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';

/** The project's folder, whether this runs from its source (tests/helpers) or compiled (lib/tests/helpers). */
const ROOT = [join(__dirname, '..', '..'), join(__dirname, '..', '..', '..')].find((d) => existsSync(join(d, 'webpack.config.js'))) as string;

/** Debian's Chromium; the browser tests skip, saying why, where it is not installed. */
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'application/xml', '.css': 'text/css', '.json': 'application/json' };

/** Builds the add-in with the project's own webpack config, into a fresh folder (`{ bench: true }`: the bare pane). */
export async function buildAddin(env: Record<string, unknown> = {}): Promise<string> {
  const outputPath = mkdtempSync(join(tmpdir(), 'report-assistant-dist-'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configOrFactory = require(join(ROOT, 'webpack.config.js'));
  const resolved = typeof configOrFactory === 'function' ? await configOrFactory(env, { mode: 'production' }) : configOrFactory;
  const configs = (Array.isArray(resolved) ? resolved : [resolved]).map((c: import('webpack').Configuration) => ({
    ...c,
    mode: 'production' as const,
    output: { ...c.output, path: outputPath },
    devServer: undefined,
  }));
  await new Promise<void>((resolve, reject) => {
    webpack(configs).run((error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    });
  });
  return outputPath;
}

/** Serves a folder on the loopback interface only. */
export async function serve(root: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path === '/' ? 'taskpane.html' : path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, server };
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // No name resolves but loopback: every other address the pages use is answered by the test itself, or refused.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
}
