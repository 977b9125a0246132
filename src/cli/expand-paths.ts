import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostic';
import { bilingual } from '../core/i18n/catalog';

/** What report-check looks at in a folder: the reports it reads, and the old Word files it names to resave. */
export const REPORT_EXTENSIONS = /\.(docx|docm|dotx|dotm|txt|md|markdown|doc|wps)$/i;
/** Word's owner files (~$报告.docx) beside an open document, and hidden files: never reports. */
const NOT_A_REPORT = /^(~\$|\.)/;

export interface ExpandedPaths {
  files: string[];
  /** Arguments with a wildcard that matched no file, or folders that hold no report, to be named rather than read. */
  unmatched: string[];
}

/**
 * The report files named on the command line: a folder stands for the reports in it and its subfolders, in name
 * order; `*` and `?` in the last part of a path are expanded here, since cmd.exe and PowerShell pass them on as
 * typed. Anything else is passed on as given, so a missing file is named by the reader. Reused wherever a list of
 * reports is taken from the command line.
 */
export function expandReportPaths(args: readonly string[]): ExpandedPaths {
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const arg of args) {
    if (isFolder(arg)) {
      const found = reportsIn(arg);
      if (found.length) files.push(...found);
      else unmatched.push(arg);
    }
    else if (/[*?]/.test(basename(arg)) && !exists(arg)) {
      const found = matching(arg);
      if (found.length) files.push(...found);
      else unmatched.push(arg);
    } else files.push(arg);
  }
  // The same file named twice (a folder and a file in it, ./a and a) is checked once, under the first name given.
  const seen = new Set<string>();
  const unique = files.filter((file) => {
    const key = resolve(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { files: unique, unmatched };
}

/** Why an argument of `unmatched` gave no file to check. */
export function unmatchedDiagnostic(pattern: string): Pick<Diagnostic, 'code' | 'params'> {
  const variant = isFolder(pattern) ? 'folder' : /[*?]/.test(dirname(pattern)) ? 'folder-wildcard' : undefined;
  return { code: 'cli-no-match', params: { pattern, ...(variant ? { variant } : {}) } };
}

export const unmatchedMessage = (pattern: string): string => bilingual(unmatchedDiagnostic(pattern));

function reportsIn(folder: string): string[] {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((entry) => {
    if (NOT_A_REPORT.test(entry.name)) return [];
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return reportsIn(path);
    return entry.isFile() && REPORT_EXTENSIONS.test(entry.name) ? [path] : [];
  });
}

/** Files in the folder whose names fit the wildcard (case-insensitive, as Windows matches). */
function matching(pattern: string): string[] {
  const folder = dirname(pattern);
  if (!isFolder(folder)) return [];
  const source = basename(pattern).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  const wanted = new RegExp(`^${source}$`, 'i');
  const names = readdirSync(folder).filter((name) => wanted.test(name) && !NOT_A_REPORT.test(name)).sort();
  return names.map((name) => (folder === '.' && !pattern.startsWith('.') ? name : join(folder, name))).filter((path) => !isFolder(path));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
