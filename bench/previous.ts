/**
 * Last year's report beside this year's: the comparison of two ~20-page reports (CPU time, median after warm-up;
 * no timed test holds it), and report-check over 100 pairs with --pair-years against the same 200 reports checked
 * alone, as plain `node` processes run in turn. Run alone: `node lib/bench/previous.js` after `npm run build:cli`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/core/analysis';
import { comparePrevious } from '../src/core/previous/compare';
import { DEFAULT_PROFILE } from '../src/core/profiles';
import { readText } from '../src/text/read-text';
import { generateReportText } from './generate';

// About 20 pages (bench/batch.ts prints the page count of the same generator). Its five sentences repeat, so every
// bigram is common: the index's worst case; a written report's rarer words pick candidates faster.
const PARAGRAPHS = 180;
const ROUNDS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** A unit's report of a year: the generator's text, its unit renamed so 100 units pair one to one. */
function reportOf(unit: number, year: number): string {
  return generateReportText(PARAGRAPHS, year).replace(/某某区/g, `第${unit + 1}区`);
}

function benchComparison(): void {
  const [lastYear, thisYear] = [readText(reportOf(0, 2023)), readText(reportOf(0, 2024))];
  const times: number[] = [];
  let carried = 0;
  for (let i = 0; i < 25; i++) {
    // Fresh analyses each time: the comparison is kept per pair of analyses, so a reused pair would cost nothing.
    const [previous, current] = [analyze(lastYear, DEFAULT_PROFILE), analyze(thisYear, DEFAULT_PROFILE)];
    const start = process.cpuUsage();
    carried = comparePrevious(current, previous).overallShare;
    const { user, system } = process.cpuUsage(start);
    if (i >= 5) times.push((user + system) / 1000);
  }
  const chars = thisYear.blocks.reduce((n, b) => n + b.text.length, 0);
  console.log(`\nLast year's report beside this year's (${thisYear.blocks.length} paragraphs, ${chars} characters each; rolled forward, ${Math.round(carried * 100)}% carried over)`);
  console.log(`  comparison (carried-over text, plans, figures unchanged): ${median(times).toFixed(1)} ms CPU (median of ${times.length} after warm-up)`);
}

function run(args: string[]): number {
  const started = performance.now();
  spawnSync(process.execPath, [join(__dirname, '..', '..', 'bin', 'report-check.js'), ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return (performance.now() - started) / 1000;
}

function benchPairs(): void {
  const dir = mkdtempSync(join(tmpdir(), 'report-bench-years-'));
  try {
    for (let unit = 0; unit < 100; unit++) for (const year of [2023, 2024]) writeFileSync(join(dir, `${year}-${unit}.txt`), reportOf(unit, year));
    const paired: number[] = [];
    const alone: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      paired.push(run(['--json', '--pair-years', dir]));
      alone.push(run(['--json', dir]));
    }
    const ratio = median(paired.map((s, i) => s / (alone[i] as number)));
    console.log(`  report-check --pair-years over 100 pairs (200 .txt reports): ${median(paired).toFixed(2)} s wall; the same reports checked alone: ${median(alone).toFixed(2)} s (${ratio.toFixed(2)}×, median of ${ROUNDS} pairs run in turn)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function benchPrevious(): void {
  benchComparison();
  benchPairs();
}

if (require.main === module) benchPrevious();
