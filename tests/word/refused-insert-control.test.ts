import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { planScaffold } from '../../src/core/scaffold';
import type { FakeParagraphFields } from '../../src/preview/fake-word';
import { existingState, fakeWord } from './helpers';

// Found by the random-document property (tests/word/properties.test.ts): after Word refused a command part-way
// through an insert, taking the new paragraphs out again matched the body by text and look alone, so the writer's
// empty paragraph in a content control of its own looked like an inserted empty prompt and was the one deleted.
// The empty paragraph is set as the scaffold sets body text (仿宋 16, justified), as a writer's often is.
const small = { name: '仿宋', size: 10.5, bold: false };
const body = { name: '仿宋', size: 16, bold: false };
const paragraphs: FakeParagraphFields[] = [
  { styleBuiltIn: 'Heading1', alignment: 'Left', font: small, tableNestingLevel: 0, runs: [{ text: '“' }], contentControls: [] },
  { styleBuiltIn: 'Normal', alignment: 'Justified', font: body, tableNestingLevel: 0, runs: [{ text: '' }], contentControls: [{ tag: '', appearance: 'BoundingBox', cannotEdit: false, id: 1 }] },
  { styleBuiltIn: 'Heading1', alignment: 'Left', font: small, tableNestingLevel: 0, runs: [{ text: '一是充实基层审核力量，年内实现全覆盖；二是推进执法平台建设，实现案卷网上流转。' }], contentControls: [] },
  { styleBuiltIn: 'Normal', alignment: 'Left', font: small, tableNestingLevel: 0, runs: [{ text: '' }], contentControls: [] },
];

test.each([6, 12, 18, 24, 40, 60])('Word refusing change %i of an insert leaves the writer’s empty paragraph in its content control', async (refuseAfter) => {
  const { fake, host } = fakeWord(paragraphs, { platform: 'PC', placeholderInText: false, requirementSets: { WordApi: '1.3' } });
  const basis = await host.readDocument();
  const plan = planScaffold({ profile: DEFAULT_PROFILE, year: 2000, unit: undefined, doc: basis });
  const before = existingState(fake);
  fake.model.refuseChangeAfter = refuseAfter;
  await expect(host.insertScaffold(plan, basis)).rejects.toMatchObject({ kind: 'failed', detail: expect.stringMatching(/^Nothing was inserted/) });
  expect(existingState(fake)).toEqual(before);
});
