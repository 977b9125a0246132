/**
 * `npm run bench`: prints the figures the checker is held to. Goals (reported, not asserted):
 * check time for a 2,000-paragraph report under 10 ms after warm-up, growing linearly at 4,000 and
 * 8,000; the batch checker over 100 generated ~20-page .docx reports under 10 s on a 2-core machine; the
 * wording checks' false alarms, at most 1 false warning per 10,000 characters of clean text (./wording).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { check } from '../src/core/check';
import { readDocx } from '../src/docx/read-docx';
import { readText } from '../src/text/read-text';
import { generateReportDocx, generateReportText } from './generate';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const mammoth = require('mammoth') as { extractRawText(input: { buffer: Buffer }): Promise<{ value: string }> };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function timeCheck(paragraphs: number): { blocks: number; ms: number } {
  const doc = readText(generateReportText(paragraphs));
  for (let i = 0; i < 20; i++) check(doc);
  const times: number[] = [];
  for (let i = 0; i < 31; i++) {
    const start = performance.now();
    check(doc);
    times.push(performance.now() - start);
  }
  return { blocks: doc.blocks.length, ms: median(times) };
}

async function main(): Promise<void> {
  console.log('Check time (median of 31 runs after 20 warm-up runs, text model already built)');
  let base: number | undefined;
  for (const n of [2000, 4000, 8000]) {
    const { blocks, ms } = timeCheck(n);
    base ??= ms / blocks;
    console.log(`  ${String(blocks).padStart(5)} paragraphs: ${ms.toFixed(2).padStart(7)} ms  (${((ms / blocks) * 1000).toFixed(2)} µs/paragraph, ${(ms / blocks / base).toFixed(2)}× the 2,000-paragraph rate)`);
  }

  const dir = mkdtempSync(join(tmpdir(), 'report-bench-'));
  const files: string[] = [];
  for (let i = 0; i < 100; i++) {
    const file = join(dir, `report-${String(i).padStart(3, '0')}.docx`);
    writeFileSync(file, generateReportDocx(180, 2000 + (i % 25)));
    files.push(file);
  }
  const sample = readDocx(readFileSync(files[0] as string));
  const chars = sample.blocks.reduce((n, b) => n + b.text.length, 0);
  console.log(`\n100 generated .docx reports, each ${sample.blocks.length} paragraphs, ${chars} characters (about ${Math.round(chars / 616)} pages at 22 lines × 28 characters)`);

  const cli = join(__dirname, '..', '..', 'bin', 'report-check.js');
  const started = performance.now();
  const run = spawnSync(process.execPath, [cli, '--json', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wall = performance.now() - started;
  const checked = run.stdout ? (JSON.parse(run.stdout) as { files: unknown[] }).files.length : 0;
  console.log(`  report-check, one process over all 100 files: ${(wall / 1000).toFixed(2)} s wall (exit ${run.status}, ${checked} files reported)`);

  const buffers = files.map((f) => readFileSync(f));
  let start = performance.now();
  for (const buffer of buffers) check(readDocx(buffer));
  const ours = performance.now() - start;
  start = performance.now();
  for (const buffer of buffers) await mammoth.extractRawText({ buffer });
  const peer = performance.now() - start;
  console.log(`  in one process: read + check ${ours.toFixed(0)} ms; mammoth.extractRawText (text only, no check) ${peer.toFixed(0)} ms`);
  rmSync(dir, { recursive: true, force: true });

  await (await import('./figures')).benchFigures();
  (await import('./wording')).benchWording();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
