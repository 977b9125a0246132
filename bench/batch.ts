import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocx } from '../src/docx/read-docx';
import { generateReportDocx, generateReportText } from './generate';

const ROUNDS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** CPU seconds (user + system, every thread) of one plain `node` process, and what it printed. */
function run(args: string[]): { cpu: number; stdout: string } {
  const preload = join(__dirname, 'cpu-at-exit.js');
  const child = spawnSync(process.execPath, ['--require', preload, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const told = /cpu-us (\d+)\s*$/.exec(child.stderr);
  if (child.status === null || !told) throw new Error(`benchmark run failed: node ${args.join(' ').slice(0, 200)}\n${child.stderr}`);
  return { cpu: Number(told[1]) / 1e6, stdout: child.stdout };
}

const ms = (seconds: number) => `${Math.round(seconds * 1000)} ms`;

/**
 * The batch checker against mammoth's plain-text extraction on 100 generated ~20-page .docx reports, both as plain
 * `node` processes, run in turn (A B A B …) so the machine's drift touches both; the ratio is the median of the pairs'.
 * CPU time, as each process counts it at exit; with it, node alone and the checker on one short text report, which
 * tell start-up from the work on each file.
 */
export function benchBatch(): void {
  const dir = mkdtempSync(join(tmpdir(), 'report-bench-'));
  try {
    const files = Array.from({ length: 100 }, (_, i) => {
      const file = join(dir, `report-${String(i).padStart(3, '0')}.docx`);
      writeFileSync(file, generateReportDocx(180, 2000 + (i % 25)));
      return file;
    });
    const short = join(dir, 'short.txt');
    writeFileSync(short, generateReportText(20));
    const sample = readDocx(readFileSync(files[0] as string));
    const chars = sample.blocks.reduce((n, b) => n + b.text.length, 0);
    console.log(`\n100 generated .docx reports, each ${sample.blocks.length} paragraphs, ${chars} characters (about ${Math.round(chars / 616)} pages at 22 lines × 28 characters)`);
    const cli = join(__dirname, '..', '..', 'bin', 'report-check.js');
    const peer = join(__dirname, 'mammoth-batch.js');
    const ours: number[] = [];
    const theirs: number[] = [];
    const bare: number[] = [];
    const started: number[] = [];
    let reported = 0;
    run([cli, '--json', short]); // the first run after a build makes the code cache if it is not there yet
    for (let round = 0; round < ROUNDS; round++) {
      const checked = run([cli, '--json', ...files]);
      reported = (JSON.parse(checked.stdout) as { files: unknown[] }).files.length;
      ours.push(checked.cpu);
      theirs.push(run([peer, ...files]).cpu);
      bare.push(run(['-e', '0']).cpu);
      started.push(run([cli, '--json', short]).cpu);
    }
    const ratio = median(ours.map((s, i) => s / (theirs[i] as number)));
    console.log(`  report-check --json, one process over all 100 files: ${median(ours).toFixed(2)} s CPU (median of ${ROUNDS}; ${reported} files reported)`);
    console.log(`    node alone ${ms(median(bare))}; start-up and one short text report ${ms(median(started))}; each .docx report about ${ms((median(ours) - median(started)) / 100)}`);
    console.log(`  mammoth.extractRawText (text only, no check), one process: ${median(theirs).toFixed(2)} s CPU`);
    console.log(`  batch checker / mammoth: ${ratio.toFixed(2)}× CPU (goal ≤ 0.5×; median of ${ROUNDS} pairs run in turn)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
