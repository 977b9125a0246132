/**
 * The installed command runs one bundled file, lib/report-check.js (scripts/build-cli.js, run by `npm install` and
 * `npm run build:cli`), with V8's code cache beside it (bin/code-cache.js). The bundle must never lag its sources,
 * and a run with the cache must print what a run without it prints.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const LIB = join(ROOT, 'lib');
const INPUTS = join(LIB, 'report-check.inputs.json');
const BUILD = 'run npm run build:cli (npm test runs it first) / 请先运行 npm run build:cli';

test('the bundle was built from the sources as they are now', () => {
  if (!existsSync(INPUTS)) throw new Error(`lib/report-check.js is not built: ${BUILD}`);
  const inputs = JSON.parse(readFileSync(INPUTS, 'utf8')) as Record<string, string>;
  const stale = Object.entries(inputs)
    .filter(([file, hash]) => !existsSync(join(ROOT, file)) || createHash('sha256').update(readFileSync(join(ROOT, file))).digest('hex').slice(0, 16) !== hash)
    .map(([file]) => file);
  expect(Object.keys(inputs)).toEqual(expect.arrayContaining(['src/cli/main.ts', 'src/core/check.ts', 'src/docx/read-docx.ts']));
  if (stale.length > 0) throw new Error(`lib/report-check.js is older than ${stale.join(', ')}: ${BUILD}`);
});

describe('the code cache', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'report-cache-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const report = join(scratch, 'report.txt');
  writeFileSync(report, '青禾县2024年法治政府建设年度情况报告\n\n一、主要举措和成效\n\n全年修订规范性文件十二件。\n');

  /** A copy of the bundle and the command in a folder of their own, so the test never touches lib/'s cache. */
  function install(): { bin: string; cache: string } {
    const dir = mkdtempSync(join(scratch, 'install-'));
    for (const sub of ['bin', 'lib']) mkdirSync(join(dir, sub));
    for (const file of ['report-check.js', 'code-cache.js']) copyFileSync(join(ROOT, 'bin', file), join(dir, 'bin', file));
    copyFileSync(join(LIB, 'report-check.js'), join(dir, 'lib', 'report-check.js'));
    return { bin: join(dir, 'bin', 'report-check.js'), cache: join(dir, 'lib', 'report-check.js.cache') };
  }
  const run = (bin: string) => spawnSync(process.execPath, [bin, '--json', report], { encoding: 'utf8', cwd: ROOT });

  test('is written by the first run, used by the next, and changes nothing printed', () => {
    const { bin, cache } = install();
    const first = run(bin);
    expect(first.stdout).toContain(`"file": ${JSON.stringify(report)}`);
    expect(existsSync(cache)).toBe(true);
    const kept = readFileSync(cache);
    const second = run(bin);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe(first.stderr);
    expect(readFileSync(cache).equals(kept)).toBe(true); // accepted, so not written again
  });

  test('a cache made from other code is ignored and made anew', () => {
    const { bin, cache } = install();
    const plain = run(bin);
    writeFileSync(cache, Buffer.concat([Buffer.alloc(64), readFileSync(cache).subarray(64)]));
    const again = run(bin);
    expect(again.stdout).toBe(plain.stdout);
    expect(readFileSync(cache).subarray(0, 64).equals(Buffer.alloc(64))).toBe(false);
  });
});
