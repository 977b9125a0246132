/**
 * Whatever the scaffold inserts for a part is what the reader takes for that part: for every built-in profile and
 * the README's example of a user's own, an empty document scaffolded and read again lacks no part, and a second
 * scaffold inserts nothing.
 */
import { check } from '../../src/core/check';
import { applyPlan, planScaffold } from '../../src/core/scaffold';
import { readText } from '../../src/text/read-text';
import { everyProfile } from '../helpers/readme-profile';

describe.each(everyProfile())('%s: scaffold, read, check', (_id, profile) => {
  test.each([['with a unit', '东风县应急管理局'], ['without a unit', undefined]])('%s: no part missing, and nothing more to insert', (_how, unit) => {
    const first = planScaffold({ profile, year: 2025, unit, doc: readText('') });
    const doc = readText(applyPlan([''], first).join('\n'));
    const result = check(doc, { profile });
    expect(result.parts.filter((p) => p.status === 'missing').map((p) => p.id)).toEqual([]);
    const again = planScaffold({ profile, year: 2025, unit, doc });
    expect(again.adds).toEqual([]);
    expect(again.insertions).toEqual([]);
    // Every prompt the scaffold put in is still to be filled in, and named by its part.
    const prompted = first.insertions.flatMap((i) => i.blocks).filter((b) => b.placeholder).map((b) => b.part);
    expect(result.findings.filter((f) => f.code === 'prompt-left').map((f) => f.part)).toEqual(prompted);
  });
});
