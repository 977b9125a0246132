import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { planScaffold } from '../../src/core/scaffold';
import type { FakeParagraphFields } from '../../src/preview/fake-word';
import { insertedAmong } from '../../src/word/insert-scaffold';
import { existingState, fakeWord } from './helpers';

const plain = (text: string, fields: Partial<FakeParagraphFields> = {}): FakeParagraphFields => ({
  styleBuiltIn: 'Normal', alignment: 'Left', font: { name: '仿宋', size: 10.5, bold: false }, tableNestingLevel: 0, runs: [{ text }], ...fields,
});

test('Word refuses the second change after a new empty paragraph went in after the writer’s empty one: the new one is taken out, not the writer’s', async () => {
  // Found by the property test: the new paragraph takes the look of the one it goes after, so the two look alike.
  const { fake, host } = fakeWord([plain(''), plain('二、2023年度推进法治政府建设存在的不足和原因', { tableNestingLevel: 2 }), plain('2023年度法治政府建设情况报告', { listString: '（二）' })], { platform: 'PC', placeholderInText: false, requirementSets: { WordApi: '1.3' } });
  const basis = await host.readDocument();
  const plan = planScaffold({ profile: DEFAULT_PROFILE, year: 2000, unit: undefined, doc: basis });
  const before = existingState(fake);
  fake.model.refuseChangeAfter = 1;
  await expect(host.insertScaffold(plan, basis)).rejects.toMatchObject({ kind: 'failed', detail: expect.stringMatching(/^Nothing was inserted/) });
  expect(existingState(fake)).toEqual(before);
});

describe('insertedAmong: which paragraphs are new after a refused write', () => {
  const shape = (text: string) => ({ text, inTable: false, look: 'Normal' });
  const [a, b, blank] = [shape('甲'), shape('乙'), shape('')];

  test('new paragraphs only at the places the plan inserts at; a look-alike is new on the side its place’s paragraphs hug', () => {
    // Inserted after the blank paragraph (place 1, "After"): the later blank is the new one.
    expect(insertedAmong([blank, blank, a], [blank, a], new Map([[1, 'after']]))).toEqual([1]);
    // Inserted before the blank paragraph (place 1, "Before"): the earlier blank is the new one.
    expect(insertedAmong([a, blank, blank], [a, blank], new Map([[1, 'before']]))).toEqual([1]);
    // A place the plan does not insert at never holds a new paragraph, whatever looks alike.
    expect(insertedAmong([blank, blank, a], [blank, a], new Map([[2, 'before']]))).toBeUndefined();
    expect(insertedAmong([a, b, shape('新')], [a, b], new Map([[2, 'before']]))).toEqual([2]);
    expect(insertedAmong([a], [a, b], new Map([[1, 'before']]))).toBeUndefined();
  });
});
