/**
 * Microsoft's office.js for the browser tests, from the @microsoft/office-js devDependency: every file office.js asks
 * its CDN for is answered from the package on this machine. Its licence allows copies to develop and test add-ins,
 * not to publish it, so it is only ever served here, never copied into dist/ or the preview page.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Route } from 'playwright-core';

const PACKAGE_JSON = require.resolve('@microsoft/office-js/package.json');
const DIST = join(dirname(PACKAGE_JSON), 'dist');

/** The version the tests run, as the README states it. */
export const OFFICE_JS_VERSION = (JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string }).version;

/** Where taskpane.html loads office.js from, and where office.js loads its host files, strings and telemetry from. */
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.json': 'application/json' };

/** The package's file for a CDN address (file names matched without case, as the CDN does), if it has one. */
export function officeJsFile(url: string): string | undefined {
  if (!url.startsWith(OFFICE_CDN)) return undefined;
  const parts = decodeURIComponent(new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length)).split('/');
  let path = DIST;
  for (const part of parts) {
    if (!part || part === '.' || part === '..' || !existsSync(path) || !statSync(path).isDirectory()) return undefined;
    const match = readdirSync(path).find((name) => name.toLowerCase() === part.toLowerCase());
    if (!match) return undefined;
    path = join(path, match);
  }
  return statSync(path).isFile() ? path : undefined;
}

/** Answers a request for office.js's CDN from the package; false (the request untouched) if the package lacks the file. */
export async function fulfilOfficeJs(route: Route): Promise<boolean> {
  const file = officeJsFile(route.request().url());
  if (!file) return false;
  const type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
  await route.fulfill({ status: 200, contentType: type, body: readFileSync(file) });
  return true;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const filesUnder = (root: string): string[] =>
  readdirSync(root, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));

/** Files of a built add-in that are copies of the package's scripts (same content), by path: must be none. */
export function officeJsCopiesIn(built: string): string[] {
  const scripts = new Set(readdirSync(DIST).filter((name) => name.endsWith('.js')).map((name) => sha256(join(DIST, name))));
  return filesUnder(built).filter((file) => file.endsWith('.js') && scripts.has(sha256(file)));
}
