import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** LibreOffice, when the machine has it (.ci/run installs it; a developer's machine may not). */
export const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));

/** Converts UTF-8 text files to .docx as LibreOffice saves them; returns the new paths in the same order. */
export function convertTextToDocx(files: string[]): string[] {
  if (!SOFFICE) throw new Error('LibreOffice (soffice) is not installed');
  const outdir = mkdtempSync(join(tmpdir(), 'soffice-'));
  const profile = mkdtempSync(join(tmpdir(), 'soffice-profile-'));
  execFileSync(
    SOFFICE,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--infilter=Text (encoded):UTF8,LF,,,', '--convert-to', 'docx', '--outdir', outdir, ...files],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return files.map((f) => join(outdir, basename(f).replace(/\.(txt|md)$/, '.docx')));
}
