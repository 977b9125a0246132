/**
 * `npm run accuracy`: the checker against a reviewer's verdicts on the real published reports beside the project
 * (../shared/samples/real): one line per report with its misses, then totals per kind of verdict.
 */
import { REAL_SAMPLES, scoreRealSamples, totals, type ReportScore, type VerdictKind } from './score';

const KINDS: Record<VerdictKind | 'type', string> = {
  type: 'report type told (per report)',
  title: 'title',
  front: 'addressee',
  sections: 'sections',
  closing: 'signature and date',
  year: 'report year',
};

function percent(right: number, all: number): string {
  return all ? `${((100 * right) / all).toFixed(1)}%` : '-';
}

function line(score: ReportScore): string {
  const right = score.verdicts.filter((v) => v.right).length;
  const misses = score.verdicts.filter((v) => !v.right).map((v) => `${v.key}: ${v.want}→${v.got}`);
  const type = score.gotProfile === score.wantProfile ? '' : ` [type: ${score.gotProfile}]`;
  const told = score.profileConfidence ? ` (${score.profileConfidence})` : '';
  return `${score.file.padEnd(44)} ${String(right).padStart(2)}/${String(score.verdicts.length).padEnd(2)}${told}${type}${misses.length ? '  ' + misses.join('; ') : ''}`;
}

const scores = scoreRealSamples();
if (!scores) {
  console.log(`No real samples at ${REAL_SAMPLES}: nothing to score.`);
} else {
  for (const score of scores) console.log(line(score));
  console.log('');
  const typeRight = scores.filter((s) => s.gotProfile === s.wantProfile).length;
  console.log(`${KINDS.type.padEnd(32)} ${typeRight}/${scores.length}  ${percent(typeRight, scores.length)}`);
  for (const kind of ['title', 'front', 'sections', 'closing', 'year'] as VerdictKind[]) {
    const verdicts = scores.flatMap((s) => s.verdicts).filter((v) => v.kind === kind);
    const right = verdicts.filter((v) => v.right).length;
    console.log(`${KINDS[kind].padEnd(32)} ${right}/${verdicts.length}  ${percent(right, verdicts.length)}`);
  }
  const { right, all } = totals(scores);
  console.log(`${'all verdicts'.padEnd(32)} ${right}/${all}  ${percent(right, all)}`);
}
