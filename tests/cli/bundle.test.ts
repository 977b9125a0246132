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

describe('the command exits once its output is written', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'report-exit-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const bin = join(ROOT, 'bin', 'report-check.js');
  // Reports with findings, enough of them that the JSON is far larger than a pipe holds.
  const reports = Array.from({ length: 150 }, (_, i) => {
    const file = join(scratch, `report-${i}.txt`);
    writeFileSync(file, `青禾县2024年法治政府建设年度情况报告\n\n一、主要举措和成效\n\n全年修订规范性文件XX件，【请填写】。\n\n三、2025年工作安排\n\n`);
    return file;
  });

  (existsSync('/dev/full') ? test : test.skip)('output that cannot be written (a full disk) is said, with exit code 2 (skipped without /dev/full)', () => {
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" --json "${reports[0]}" > /dev/full`], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('结果未能写出 / the output could not be written');
  });

  (existsSync('/bin/bash') ? test : test.skip)('a pipe closed by its reader (| head) is no error: the result’s own exit code, nothing said (skipped without bash)', () => {
    const whole = spawnSync(process.execPath, [bin, '--json', ...reports], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(whole.stdout.length).toBeGreaterThan(256 * 1024);
    const files = reports.map((f) => `"${f}"`).join(' ');
    const cut = spawnSync('/bin/bash', ['-c', `"${process.execPath}" "${bin}" --json ${files} | head -c 100 > /dev/null; echo "exit \${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' });
    expect(cut.stderr).toBe(`exit ${whole.status}\n`);
  });
});
