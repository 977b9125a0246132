import { check } from '../src/core/check';
import type { ReportDocument } from '../src/core/document';
import { readText } from '../src/text/read-text';
import { generateReportText } from './generate';
import { generateHeadingDenseText } from './heading-dense';

export const CHECK_SIZES = [2000, 20000, 200000] as const;

const REPORTS: Array<{ name: string; text: (paragraphs: number) => string }> = [
  { name: 'generated report (few headings)', text: generateReportText },
  { name: 'heading-dense report (most lines 一、/（一）/1./（1）)', text: generateHeadingDenseText },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** The process's CPU time (user + system, garbage collection included) in ms: steadier than wall time on a shared machine. */
function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/** Median of at least 5 timed checks after warm-up; small documents run more often, so each size takes about a second. */
export function medianCheckMs(doc: ReportDocument): number {
  const once = cpuMs(() => check(doc));
  const runs = Math.max(5, Math.min(31, Math.round(1000 / Math.max(once, 1))));
  for (let i = 1; i < Math.min(20, runs); i++) check(doc);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(cpuMs(() => check(doc)));
  return median(times);
}

/** Check time per paragraph at each size for both reports, and how the rate grows with the size (1× is linear). */
export function benchCheckTime(): void {
  console.log('Check time per paragraph (CPU time, median after warm-up, text model already built; a linear check keeps the rate)');
  for (const report of REPORTS) {
    console.log(`  ${report.name}`);
    let base: number | undefined;
    for (const n of CHECK_SIZES) {
      const doc = readText(report.text(n));
      const ms = medianCheckMs(doc);
      const perParagraph = ms / doc.blocks.length;
      base ??= perParagraph;
      const size = String(doc.blocks.length).padStart(7);
      console.log(`  ${size} paragraphs: ${ms.toFixed(1).padStart(8)} ms  ${(perParagraph * 1000).toFixed(2).padStart(6)} µs/paragraph  (${(perParagraph / base).toFixed(2)}× the 2,000-paragraph rate)`);
    }
  }
}
