/**
 * `npm run bench:wording` (and the end of `npm run bench`): false alarms of the wording checks. Runs every wording
 * check over clean official text — bench/wording/*.txt: two reports written for the project and the corrected
 * sentences of ECSpell's 公文 test set (MIT, see bench/wording/README.md) — and over the published samples in
 * ../shared/samples when present, and prints warnings per 10,000 characters. A finding listed in
 * bench/wording/reviewed.json was looked at and is a true one (the corpus is as published, faults included);
 * any other is counted as false. Goal: at most 1 false warning per 10,000 characters, no false error.
 * More files to measure: npm run bench:wording -- FILE...
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { check } from '../src/core/check';
import type { Finding } from '../src/core/diagnostic';
import { WORDING_RULES } from '../src/core/rules/registry';
import { readText } from '../src/text/read-text';

const ROOT = join(__dirname, '..', '..');
const CORPUS = join(ROOT, 'bench', 'wording');
const SAMPLES = join(ROOT, '..', 'shared', 'samples');
const WORDING_CODES = new Set(WORDING_RULES.flatMap((rule) => Object.keys(rule.codes)));

interface Reviewed {
  file: string;
  at: number;
  code: string;
  found: string;
  why: string;
}

interface Tally {
  chars: number;
  warnings: number;
  errors: number;
  infos: number;
  falseWarnings: number;
  falseErrors: number;
}

const reviewed = JSON.parse(readFileSync(join(CORPUS, 'reviewed.json'), 'utf8')) as { findings: Reviewed[] };

function isReviewed(file: string, finding: Finding): boolean {
  return reviewed.findings.some((r) => r.file === file && r.at === finding.at && r.code === finding.code && r.found === finding.params.found);
}

function measure(path: string, total: Tally): void {
  const file = basename(path);
  const text = readFileSync(path, 'utf8');
  const doc = readText(text);
  const findings = check(doc).findings.filter((f) => WORDING_CODES.has(f.code));
  const chars = [...text.replace(/\s/g, '')].length;
  const unreviewed = findings.filter((f) => !isReviewed(file, f));
  const count = (list: Finding[], severity: string) => list.filter((f) => f.severity === severity).length;
  const tally: Tally = {
    chars,
    warnings: count(findings, 'warning'),
    errors: count(findings, 'error'),
    infos: count(findings, 'info'),
    falseWarnings: count(unreviewed, 'warning'),
    falseErrors: count(unreviewed, 'error'),
  };
  for (const key of Object.keys(total) as Array<keyof Tally>) total[key] += tally[key];
  console.log(
    `  ${file.padEnd(40)} ${String(chars).padStart(6)} chars  ${per10k(tally.warnings, chars)} warnings/10k (${tally.warnings}, ${tally.warnings - tally.falseWarnings} reviewed true)  ` +
      `false: ${per10k(tally.falseWarnings, chars)} warnings/10k, ${tally.falseErrors} errors  (info ${tally.infos})`,
  );
  for (const f of unreviewed) console.log(`      unreviewed ${f.severity} ${f.code} at block ${f.at}: ${f.message}`);
}

function per10k(count: number, chars: number): string {
  return (chars ? (count * 10000) / chars : 0).toFixed(2).padStart(5);
}

export function benchWording(extra: string[] = []): void {
  console.log('\nWording checks over clean official text (false alarms; goal ≤ 1 false warning per 10,000 characters, no false error)');
  const total: Tally = { chars: 0, warnings: 0, errors: 0, infos: 0, falseWarnings: 0, falseErrors: 0 };
  const corpus = readdirSync(CORPUS).filter((name) => name.endsWith('.txt')).sort().map((name) => join(CORPUS, name));
  for (const path of corpus) measure(path, total);
  if (existsSync(SAMPLES)) {
    for (const name of readdirSync(SAMPLES).filter((n) => n.endsWith('.txt')).sort()) measure(join(SAMPLES, name), total);
  } else {
    console.log(`  (the published samples are skipped: ${SAMPLES} is absent)`);
  }
  for (const path of extra) measure(path, total);
  console.log(
    `  all: ${total.chars} characters, ${total.warnings} warnings (${total.falseWarnings} false), ${total.errors} errors (${total.falseErrors} false): ` +
      `${per10k(total.falseWarnings, total.chars).trim()} false warnings per 10,000 characters`,
  );
}

if (require.main === module) benchWording(process.argv.slice(2));
