/**
 * Last year's report beside this year's: the comparison of two ~20-page reports (CPU time, median after warm-up;
 * no timed test holds it), and report-check over 100 pairs of .docx with --pair-years against mammoth's text
 * extraction of the same 200 files and against checking them alone, as plain `node` processes run in turn. Run alone: `node lib/bench/previous.js` after `npm run build:cli`.
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
import { generateReportDocx, generateReportText } from './generate';

// About 20 pages (bench/batch.ts prints the page count of the same generator). Its five sentences repeat, so every
// bigram is common: the index's worst case; a written report's rarer words pick candidates faster.
const PARAGRAPHS = 180;
const ROUNDS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function benchComparison(): void {
  const [lastYear, thisYear] = [readText(generateReportText(PARAGRAPHS, 2023)), readText(generateReportText(PARAGRAPHS, 2024))];
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

/** Wall seconds of one plain `node` process. */
function run(script: string, args: string[]): number {
  const started = performance.now();
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return (performance.now() - started) / 1000;
}

/**
 * A reviewer's folder of two years (100 units, 200 .docx): report-check --pair-years against the batch checker's
 * yardstick on the same files (mammoth's text extraction, issue 14's goal ≤ 0.5×) and against checking them alone.
 */
function benchPairs(): void {
  const dir = mkdtempSync(join(tmpdir(), 'report-bench-years-'));
  try {
    const files: string[] = [];
    for (let unit = 0; unit < 100; unit++) {
      for (const year of [2023, 2024]) {
        const file = join(dir, `${year}-${unit}.docx`);
        writeFileSync(file, generateReportDocx(PARAGRAPHS, year, `第${unit + 1}区`));
        files.push(file);
      }
    }
    const cli = join(__dirname, '..', '..', 'bin', 'report-check.js');
    const mammoth = join(__dirname, 'mammoth-batch.js');
    const [paired, alone, theirs]: [number[], number[], number[]] = [[], [], []];
    for (let round = 0; round < ROUNDS; round++) {
      paired.push(run(cli, ['--json', '--pair-years', dir]));
      alone.push(run(cli, ['--json', dir]));
      theirs.push(run(mammoth, files));
    }
    const ratio = (a: number[], b: number[]) => median(a.map((s, i) => s / (b[i] as number))).toFixed(2);
    console.log(`  report-check --pair-years over 100 pairs (200 .docx): ${median(paired).toFixed(2)} s wall; the same reports checked alone ${median(alone).toFixed(2)} s (${ratio(paired, alone)}×); mammoth's text of them ${median(theirs).toFixed(2)} s`);
    console.log(`  pairs / mammoth: ${ratio(paired, theirs)}× (the batch checker's goal ≤ 0.5×; median of ${ROUNDS} rounds run in turn)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function benchPrevious(): void {
  benchComparison();
  benchPairs();
}

if (require.main === module) benchPrevious();
