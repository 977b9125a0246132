import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readDocx } from '../src/docx/read-docx';
import { generateReportDocx } from './generate';

const ROUNDS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Wall seconds of one plain `node` process. */
function run(script: string, args: string[]): { seconds: number; status: number | null; stdout: string } {
  const started = performance.now();
  const child = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { seconds: (performance.now() - started) / 1000, status: child.status, stdout: child.stdout };
}

/**
 * The batch checker against mammoth's plain-text extraction on 100 generated ~20-page .docx reports, both as plain
 * `node` processes, run in turn (A B A B …) so the machine's drift touches both; the ratio is the median of the pairs'.
 */
export function benchBatch(): void {
  const dir = mkdtempSync(join(tmpdir(), 'report-bench-'));
  try {
    const files = Array.from({ length: 100 }, (_, i) => {
      const file = join(dir, `report-${String(i).padStart(3, '0')}.docx`);
      writeFileSync(file, generateReportDocx(180, 2000 + (i % 25)));
      return file;
    });
    const sample = readDocx(readFileSync(files[0] as string));
    const chars = sample.blocks.reduce((n, b) => n + b.text.length, 0);
    console.log(`\n100 generated .docx reports, each ${sample.blocks.length} paragraphs, ${chars} characters (about ${Math.round(chars / 616)} pages at 22 lines × 28 characters)`);
    const cli = join(__dirname, '..', '..', 'bin', 'report-check.js');
    const peer = join(__dirname, 'mammoth-batch.js');
    const ours: number[] = [];
    const theirs: number[] = [];
    let reported = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const checked = run(cli, ['--json', ...files]);
      reported = checked.stdout ? (JSON.parse(checked.stdout) as { files: unknown[] }).files.length : 0;
      ours.push(checked.seconds);
      theirs.push(run(peer, files).seconds);
    }
    const ratio = median(ours.map((s, i) => s / (theirs[i] as number)));
    console.log(`  report-check --json, one process over all 100 files: ${median(ours).toFixed(2)} s wall (median of ${ROUNDS}; ${reported} files reported)`);
    console.log(`  mammoth.extractRawText (text only, no check), one process: ${median(theirs).toFixed(2)} s wall`);
    console.log(`  batch checker / mammoth: ${ratio.toFixed(2)}× (goal ≤ 0.5×; wall time of 5 pairs run in turn: quote CPU time from paired whole-process runs)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
