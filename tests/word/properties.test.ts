import fc from 'fast-check';
import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { planScaffold } from '../../src/core/scaffold';
import { partTag } from '../../src/core/tags';
import { REPORT_WITHOUT_LEADER_DUTIES, type FakeControlInit, type FakeParagraphFields, type FakeWord, type FakeWordOptions } from '../../src/preview/fake-word';
import { fuzzRuns } from '../helpers/fuzz-runs';
import { BASE_REPORT } from '../helpers/text-docs';
import { existingState, fakeWord, syncsOf } from './helpers';

const sampleLines = REPORT_WITHOUT_LEADER_DUTIES.map((p) => (typeof p === 'string' ? p : (p.text ?? '')));

/** Lines that look like report text, and anything else. */
const line = fc.oneof(
  fc.constantFrom(...BASE_REPORT, ...sampleLines, '', '（一）健全机制', '【请填写】', '区政府：', '一是深化改革。', '二〇二五年一月五日'),
  fc.string({ maxLength: 30 }),
);

const styles: FakeParagraphFields[] = [
  { styleBuiltIn: 'Normal' },
  { styleBuiltIn: 'Heading1' },
  { styleBuiltIn: 'Heading2' },
  { style: '标题 3' },
  { style: '报告正文' },
  { style: '一级标题', outlineLevel: 1 },
];

const paragraph: fc.Arbitrary<FakeParagraphFields> = fc
  .record({
    text: line,
    tracked: fc.option(fc.record({ deleted: line, inserted: line }), { nil: undefined }),
    style: fc.constantFrom(...styles),
    listString: fc.option(fc.constantFrom('一、', '（二）', '3.', '•'), { nil: undefined }),
    tableNestingLevel: fc.constantFrom(0, 0, 0, 1, 2),
    alignment: fc.constantFrom('Left' as const, 'Centered' as const, 'Right' as const, 'Justified' as const),
    font: fc.record({ name: fc.constantFrom('仿宋', '宋体', 'Calibri'), size: fc.constantFrom(10.5, 16, 22), bold: fc.boolean() }),
  })
  .map(({ text, tracked, style, ...rest }) => ({
    ...rest,
    ...style,
    runs: tracked ? [{ text }, { text: tracked.deleted, revision: 'deleted' as const }, { text: tracked.inserted, revision: 'inserted' as const }] : [{ text }],
  }));

/** A content control as another tool, the writer or an earlier scaffold run may have left it. */
const control: fc.Arbitrary<FakeControlInit> = fc.record({
  tag: fc.constantFrom('', 'other-tool', partTag('heading', 'measures'), partTag('heading', 'shortcomings'), partTag('prompt', 'date')),
  appearance: fc.constantFrom('BoundingBox' as const, 'Hidden' as const),
  cannotEdit: fc.boolean(),
});

/** Paragraphs, some in content controls as Word nests them: around one or several consecutive paragraphs, up to three deep. */
type Node = { paragraph: FakeParagraphFields } | { control: FakeControlInit; children: Node[] };
const { node } = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 3, depthSize: 'small', withCrossShrink: true },
    { arbitrary: paragraph.map((p): Node => ({ paragraph: p })), weight: 3 },
    { arbitrary: fc.record({ control, children: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }), weight: 1 },
  ),
}));

function flatten(nodes: Node[], around: FakeControlInit[] = [], ids = { next: 1 }): FakeParagraphFields[] {
  return nodes.flatMap((n) => {
    if ('paragraph' in n) return [{ ...n.paragraph, contentControls: around }];
    return flatten(n.children, [...around, { ...n.control, id: ids.next++ }], ids);
  });
}

const documentParagraphs = fc.array(node, { minLength: 1, maxLength: 15 }).map((nodes) => flatten(nodes).slice(0, 40));

/** The ids of the controls around each paragraph, outermost first. */
const controlIds = (fake: FakeWord) => fake.paragraphs().map((p) => p.controls.map((c) => c.id));

/** The controls that hold both paragraphs either side of an insertion point: what new paragraphs there cannot avoid. */
function spanning(ids: number[][], before: number): number[] {
  const [above, below] = [ids[before - 1] ?? [], ids[before] ?? []];
  const shared: number[] = [];
  for (let i = 0; i < above.length && above[i] === below[i]; i++) shared.push(above[i] as number);
  return shared;
}

const hostOptions: fc.Arbitrary<FakeWordOptions> = fc.record({
  platform: fc.constantFrom('PC' as const, 'OfficeOnline' as const, 'Mac' as const),
  placeholderInText: fc.boolean(),
  requirementSets: fc.constantFrom<Record<string, string>>({ WordApi: '1.3' }, { WordApi: '1.9' }, { WordApi: '1.9', WordApiDesktop: '1.3' }),
});

describe('insertScaffold on random documents', () => {
  test('every paragraph that existed is still there, unchanged and in order, in the same controls; the plan lands where it says, outside existing controls, in two syncs', async () => {
    await fc.assert(
      fc.asyncProperty(
        documentParagraphs,
        hostOptions,
        fc.integer({ min: 2000, max: 2100 }),
        fc.option(fc.constantFrom('东风县司法局', '某某区人民政府'), { nil: undefined }),
        async (paragraphs, options, year, unit) => {
          const { fake, host } = fakeWord(paragraphs, options);
          const basis = await host.readDocument();
          const plan = planScaffold({ profile: DEFAULT_PROFILE, year, unit, doc: basis });
          const before = existingState(fake);
          const idsBefore = controlIds(fake);

          // Where new paragraphs would land inside a control locked for editing, nothing at all goes in.
          const lockedIds = new Set(fake.paragraphs().flatMap((p) => p.controls.filter((c) => c.cannotEdit).map((c) => c.id)));
          if (plan.insertions.some((ins) => ins.blocks.length > 0 && spanning(idsBefore, ins.before).some((id) => lockedIds.has(id)))) {
            await expect(host.insertScaffold(plan, basis)).rejects.toMatchObject({ kind: 'locked' });
            expect(existingState(fake)).toEqual(before);
            return;
          }

          const { result, syncs } = await syncsOf(fake, () => host.insertScaffold(plan, basis));
          expect(syncs).toBeLessThanOrEqual(2);
          const planned = plan.insertions.flatMap((i) => i.blocks);
          expect(result.inserted).toBe(planned.length);

          // The old paragraphs, unchanged (text runs, style, list, table, font, alignment, controls), in the old order.
          const after = existingState(fake);
          expect(after.filter((p) => before.some((b) => b.key === p.key))).toEqual(before);
          expect(after).toHaveLength(before.length + planned.length);

          // The new ones, in the plan's places and order, each in its own tagged control and in no existing
          // control but those that hold the paragraphs on both sides of the insertion point. So every existing
          // control holds exactly the paragraphs it held, plus new ones only where the plan inserts inside it.
          const reread = await host.readDocument();
          const idsAfter = controlIds(fake);
          let offset = 0;
          for (const insertion of plan.insertions) {
            insertion.blocks.forEach((block, k) => {
              const at = insertion.before + offset + k;
              expect(before.some((b) => b.key === after[at]?.key)).toBe(false);
              expect(idsAfter[at]?.slice(0, -1)).toEqual(spanning(idsBefore, insertion.before));
              expect(reread.blocks[at]?.tags).toEqual([block.tag]);
              if (options.placeholderInText || !block.placeholder) expect(reread.blocks[at]?.text).toBe(block.text);
            });
            offset += insertion.blocks.length;
          }
        },
      ),
      { numRuns: fuzzRuns(150) },
    );
  });
});

describe('insertScaffold when Word refuses a command part-way through the write', () => {
  test('what the batch put in before the refusal is taken out again: the document is as it was, and the error says so', async () => {
    await fc.assert(
      fc.asyncProperty(documentParagraphs, hostOptions, fc.integer({ min: 2000, max: 2100 }), fc.nat(200), async (paragraphs, options, year, refuseAfter) => {
        const { fake, host } = fakeWord(paragraphs, options);
        const basis = await host.readDocument();
        const plan = planScaffold({ profile: DEFAULT_PROFILE, year, unit: undefined, doc: basis });
        const before = existingState(fake);
        fake.model.refuseChangeAfter = refuseAfter;
        const outcome = await host.insertScaffold(plan, basis).then(
          () => 'inserted',
          (error: unknown) => error,
        );
        fake.model.refuseChangeAfter = undefined;
        if (outcome === 'inserted') return; // Word refused nothing (fewer changes than refuseAfter) or the plan was empty
        if ((outcome as { kind?: string }).kind === 'locked') return; // refused before writing, covered above
        expect(outcome).toMatchObject({ kind: 'failed', detail: expect.stringMatching(/^Nothing was inserted/) });
        expect(existingState(fake)).toEqual(before);
      }),
      { numRuns: fuzzRuns(150) },
    );
  });
});

