import { REAL_SAMPLES, scoreRealSamples, totals } from '../../bench/accuracy/score';

/**
 * The checker against a careful reviewer's verdicts on real published reports (../shared/samples/real, beside the
 * project, never copied into it): every judged part's status and the report year. `npm run accuracy` prints the
 * same per report.
 */
const scores = scoreRealSamples();
if (!scores) console.warn(`Skipping the real-report accuracy: ${REAL_SAMPLES} (with its truth.json) is absent.`);

(scores ? describe : describe.skip)('real published reports, as a reviewer judges them', () => {
  const all = scores ?? [];

  test('every judged verdict is right', () => {
    const { right, all: count } = totals(all);
    console.log(`Real published reports: ${right} of ${count} verdicts right (${((100 * right) / count).toFixed(1)}%) in ${all.length} reports.`);
    const misses = all.flatMap((s) => s.verdicts.filter((v) => !v.right).map((v) => `${s.file} ${v.key}: ${v.want} → ${v.got}`));
    expect(misses).toEqual([]);
    expect(count).toBeGreaterThan(0);
  });

  test('each report is taken for its type, from its title or, without one, from its text', () => {
    expect(all.filter((s) => s.gotProfile !== s.wantProfile).map((s) => s.file)).toEqual([]);
    expect(new Set(all.map((s) => s.profileConfidence))).toEqual(new Set(['title', 'text']));
  });
});
