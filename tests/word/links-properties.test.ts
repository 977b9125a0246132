import fc from 'fast-check';
import { checkReport } from '../../src/host/workflows/check';
import { buildDataset, type Dataset } from '../../src/core/figures/dataset';
import { sourceFigure } from '../../src/core/figures/findings';
import { sparingWritersWords } from '../../src/core/figures/linking';
import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { refreshFigures, rollForward } from '../../src/host/workflows/figures';
import { figureTableTag, figureTag, parseFigureTableTag, parseFigureTag, rollForwardTag } from '../../src/core/figures/tags';
import type { Profile } from '../../src/core/profile';
import { BUILT_IN_PROFILES } from '../../src/core/profiles';
import { planScaffold } from '../../src/core/scaffold';
import { partTag } from '../../src/core/tags';
import type { FakeControlInit, FakeParagraphFields, FakeParagraphInit, FakeRun, FakeWord } from '../../src/preview/fake-word';
import { HostError, type LinkedCell, type ReportHost } from '../../src/host/contract';
import { fuzzRuns } from '../helpers/fuzz-runs';
import { existingState, fakeWord } from './helpers';

/**
 * The writer's text uses one alphabet and figures another (digits and signs), so the writer's own text in a
 * paragraph can be told apart after any mix of insertions, refreshes and freezes.
 */
const WRITER = [...'甲乙丙丁戊己庚辛，。、的年度情况工作abcXYZ '];
const FIGURE = [...'0123456789.,+-%—'];
const writerText = fc.string({ unit: fc.constantFrom(...WRITER), maxLength: 12 });
const figureText = fc.string({ unit: fc.constantFrom(...FIGURE), minLength: 1, maxLength: 6 });
const isWriterRun = (run: FakeRun) => [...run.text].some((ch) => WRITER.includes(ch));

const UNITS = ['市司法局', '区司法局'];
const figTag = fc.record({
  unit: fc.constantFrom(...UNITS),
  year: fc.integer({ min: 2022, max: 2025 }),
  indicator: fc.constantFrom('收案数', '结案数', '纠错数'),
  kind: fc.constantFrom('value' as const, 'change' as const, 'yoy' as const),
}).map(figureTag);
const tableTag = fc.record({ unit: fc.constantFrom(...UNITS), year: fc.integer({ min: 2022, max: 2025 }) }).map(figureTableTag);
const isOurs = (tag: string) => parseFigureTag(tag) !== undefined || parseFigureTableTag(tag) !== undefined;

/**
 * A run of the writer's, last year's linked figure inside a sentence, or one the writer typed words into (Word puts
 * what is typed straight after an inline control inside it: 112，同比增长).
 */
const run = fc.oneof(
  { arbitrary: fc.record({ text: writerText, revision: fc.constantFrom(undefined, 'inserted' as const, 'deleted' as const) }).map(({ text, revision }) => ({ text, ...(revision ? { revision } : {}) })), weight: 4 },
  { arbitrary: fc.record({ text: figureText, tag: figTag }).map(({ text, tag }) => ({ text, control: { tag, title: '数据' } })), weight: 1 },
  { arbitrary: fc.record({ text: figureText, typed: writerText.filter((t) => t.trim() !== ''), tag: figTag }).map(({ text, typed, tag }) => ({ text: `${text}${typed}`, control: { tag, title: '数据' } })), weight: 1 },
);

/** The office's data file: some figures for each unit, year and indicator the links name, written in FIGURE's alphabet (件, not %). */
const dataset: fc.Arbitrary<Dataset> = fc
  .array(fc.record({ unit: fc.constantFrom(...UNITS), year: fc.integer({ min: 2021, max: 2026 }), indicator: fc.constantFrom('收案数', '结案数', '纠错数'), value: fc.integer({ min: 0, max: 999 }) }), { maxLength: 40 })
  .map((records) => buildDataset(records.map((r) => ({ ...r, measure: '件', place: {} }))).dataset);

const paragraphControl: fc.Arbitrary<FakeControlInit | undefined> = fc.option(
  fc.record({ tag: fc.constantFrom('', 'other-tool', partTag('prompt', 'measures'), partTag('heading', 'measures')), appearance: fc.constantFrom('BoundingBox' as const, 'Hidden' as const) }),
  { nil: undefined, freq: 3 },
);

type Item = { paragraph: FakeParagraphFields } | { table: { rows: FakeParagraphFields[][]; tag?: string } };

const paragraph: fc.Arbitrary<FakeParagraphFields> = fc
  .record({ runs: fc.array(run, { maxLength: 4 }), control: paragraphControl, styleBuiltIn: fc.constantFrom('Normal', 'Normal', 'Heading1', 'Heading2') })
  .map(({ runs, control, styleBuiltIn }) => ({ runs, styleBuiltIn, ...(control ? { contentControls: [control] } : {}) }));

const table = fc.record({
  rows: fc.array(fc.array(fc.record({ runs: fc.array(run, { minLength: 1, maxLength: 2 }) }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
  tag: fc.option(tableTag, { nil: undefined }),
});

const items = fc.array(fc.oneof({ arbitrary: paragraph.map((p): Item => ({ paragraph: p })), weight: 4 }, { arbitrary: table.map((t): Item => ({ table: t })), weight: 1 }), { minLength: 1, maxLength: 12 });

/** Tables as real tables (every row as wide as the widest), each followed by a paragraph as Word keeps them. */
function buildDocument(list: Item[]): FakeParagraphInit[] {
  const out: FakeParagraphInit[] = [];
  list.forEach((item, n) => {
    if ('paragraph' in item) return void out.push(item.paragraph);
    const columns = Math.max(...item.table.rows.map((r) => r.length));
    item.table.rows.forEach((row, r) => {
      for (let c = 0; c < columns; c++) {
        out.push({ runs: row[c]?.runs ?? [], cell: { table: n, row: r, column: c }, ...(item.table.tag ? { contentControls: [{ id: 50_000 + n, tag: item.table.tag }] } : {}) });
      }
    });
    out.push('');
  });
  return out;
}

interface Cursor {
  at: number;
  mode: 'Start' | 'End' | 'Select';
  offset: number | undefined;
  inFigure: boolean;
}

const cursor: fc.Arbitrary<Cursor> = fc.record({ at: fc.nat(), mode: fc.constantFrom('Start' as const, 'End' as const, 'Select' as const), offset: fc.option(fc.nat({ max: 40 }), { nil: undefined }), inFigure: fc.boolean() });

const linkedCells: fc.Arbitrary<LinkedCell[][]> = fc.array(
  fc.array(fc.oneof(writerText.map((text) => ({ text })), fc.record({ text: figureText, tag: figTag })), { minLength: 1, maxLength: 5 }),
  { minLength: 1, maxLength: 4 },
);

type Operation =
  | { op: 'text'; cursor: Cursor; tag: string; text: string }
  | { op: 'table'; cursor: Cursor; tag: string; cells: LinkedCell[][] }
  | { op: 'update'; roll: boolean; texts: string[]; skip: number }
  | { op: 'unlink'; onlyFigures: boolean }
  | { op: 'scaffold'; profile: number; year: number }
  | { op: 'refresh' }
  | { op: 'roll' };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ op: fc.constant('text' as const), cursor, tag: figTag, text: figureText }),
  fc.record({ op: fc.constant('table' as const), cursor, tag: tableTag, cells: linkedCells }),
  fc.record({ op: fc.constant('update' as const), roll: fc.boolean(), texts: fc.array(figureText, { minLength: 1, maxLength: 5 }), skip: fc.integer({ min: 2, max: 5 }) }),
  fc.record({ op: fc.constant('unlink' as const), onlyFigures: fc.boolean() }),
  fc.record({ op: fc.constant('scaffold' as const), profile: fc.nat({ max: BUILT_IN_PROFILES.length - 1 }), year: fc.integer({ min: 2022, max: 2025 }) }),
  fc.constant({ op: 'refresh' as const }),
  fc.constant({ op: 'roll' as const }),
);

/** Puts the cursor somewhere in the document as it is now: a paragraph, maybe an offset into it, maybe in a figure. */
function placeCursor(fake: FakeWord, where: Cursor): void {
  const paragraphs = fake.paragraphs();
  const target = paragraphs[where.at % paragraphs.length];
  if (!target) return;
  const figure = target.runs.find((r) => r.control);
  if (where.inFigure && figure?.control) fake.model.selection = { key: target.key, mode: where.mode, control: figure.control.id };
  else fake.model.selection = { key: target.key, mode: where.mode, ...(where.offset !== undefined ? { offset: where.offset % (target.text.length + 1) } : {}) };
}

async function apply(fake: FakeWord, host: ReportHost, step: Operation, data: Dataset): Promise<void> {
  switch (step.op) {
    case 'text':
      placeCursor(fake, step.cursor);
      return host.insertLinkedText({ tag: step.tag, text: step.text });
    case 'refresh':
      return figuresRefreshedOrListed(fake, host, data, await refreshFigures(host, async () => data, 'zh-CN'));
    case 'roll':
      return figuresRefreshedOrListed(fake, host, data, await rollForward(host, data, 2024, 'zh-CN'));
    case 'table':
      placeCursor(fake, step.cursor);
      return host.insertLinkedTable({ tag: step.tag, cells: step.cells });
    case 'update': {
      let n = 0;
      // As the product always updates: words the writer typed into a control are left (sparingWritersWords).
      await host.updateLinks(isOurs, sparingWritersWords(({ tag }) => {
        n += 1;
        if (n % step.skip === 0) return undefined;
        return { ...(step.roll ? { tag: rollForwardTag(tag) } : {}), text: step.texts[n % step.texts.length] };
      }, { typed: [], locked: [] }));
      return;
    }
    case 'unlink':
      await host.unlinkLinks(step.onlyFigures ? (tag) => parseFigureTag(tag) !== undefined : isOurs);
      return;
    case 'scaffold': {
      // What the scaffold panel does: read, plan what is missing (parts and standard tables), insert.
      const basis = await host.readDocument();
      const profile = BUILT_IN_PROFILES[step.profile] as Profile;
      await host.insertScaffold(planScaffold({ profile, year: step.year, unit: '青禾县司法局', doc: basis }), basis);
    }
  }
}

/**
 * After a refresh or roll forward: every linked figure shows the data's figure (— rolled on to a year the file
 * lacks; left as it was where a refresh finds none), or holds words the writer typed, and then the check lists it
 * (figure-typed, with what it shows) and the outcome counts it.
 */
async function figuresRefreshedOrListed(fake: FakeWord, host: ReportHost, data: Dataset, outcome: { kind: string; typed?: number }): Promise<void> {
  const figures = fake.paragraphs().flatMap((p) => p.runs).flatMap((r) => (r.control && parseFigureTag(r.control.tag) ? [{ tag: r.control.tag, text: r.text }] : []));
  const listed = checkReport(await host.readDocument(), { profile: DEFAULT_PROFILE, lang: 'zh-CN', figures: { dataset: data, unit: UNITS[0] as string, year: 2024 } })
    .findings.filter((f) => f.code === 'figure-typed')
    .map((f) => String(f.params.shown));
  expect(outcome.typed ?? 0).toBe(listed.length);
  for (const figure of figures) {
    const source = sourceFigure(data, parseFigureTag(figure.tag) as NonNullable<ReturnType<typeof parseFigureTag>>)?.text;
    const shown = outcome.kind === 'rolled' ? (source ?? '—') : source;
    if (shown !== undefined && figure.text !== shown) expect(listed).toContain(figure.text.trim());
  }
}

/**
 * The writer's own runs of a paragraph: figures (linked or frozen) and empty runs out, neighbours of one kind merged;
 * of words typed into a figure's control (112甲乙), the words (a figure inserted later may split 112 from them).
 */
function writerRuns(runs: readonly FakeRun[]): Array<{ text: string; revision?: string }> {
  const out: Array<{ text: string; revision?: string }> = [];
  for (const r of runs) {
    if (!isWriterRun(r)) continue;
    const text = [...r.text].filter((ch) => WRITER.includes(ch)).join('');
    const last = out[out.length - 1];
    if (last && last.revision === r.revision) last.text += text;
    else out.push({ text, ...(r.revision ? { revision: r.revision } : {}) });
  }
  return out;
}

describe('linked figures and the scaffold on random documents', () => {
  test('whatever is scaffolded, inserted, refreshed, rolled forward or frozen, every paragraph the writer wrote stays, in order, with the writer\u2019s own text and formatting (words typed into a figure\u2019s control too); each figure refreshed or listed as typed', async () => {
    await fc.assert(
      fc.asyncProperty(items, fc.array(operation, { minLength: 1, maxLength: 6 }), dataset, async (list, steps, data) => {
        const { fake, host } = fakeWord(buildDocument(list));
        const before = existingState(fake);
        const keys = before.map((p) => p.key);

        for (const step of steps) {
          const figuresBefore = fake.paragraphs().flatMap((p) => p.runs).filter((r) => r.control).length;
          const unchanged = existingState(fake);
          try {
            await apply(fake, host, step, data);
          } catch (error) {
            // The cursor still at the very start, before a title line: refused, and nothing changed.
            if (!(error instanceof HostError && error.kind === 'no-cursor')) throw error;
            expect(existingState(fake)).toEqual(unchanged);
            continue;
          }
          if (step.op === 'text') {
            // One more linked figure, with what was asked for, and no other new text anywhere.
            const figures = fake.paragraphs().flatMap((p) => p.runs).filter((r) => r.control);
            expect(figures).toHaveLength(figuresBefore + 1);
            expect(figures.some((r) => r.text === step.text && r.control?.tag === step.tag && r.control.title === '数据')).toBe(true);
          }
        }

        const after = existingState(fake);
        expect(after.map((p) => p.key).filter((k) => keys.includes(k))).toEqual(keys);
        const now = new Map(after.map((p) => [p.key, p]));
        for (const old of before) {
          const p = now.get(old.key);
          if (!p) throw new Error(`paragraph ${old.key} is gone`);
          const { runs, controls, ...format } = p;
          const { runs: oldRuns, controls: oldControls, ...oldFormat } = old;
          expect(format).toEqual(oldFormat);
          expect(writerRuns(runs)).toEqual(writerRuns(oldRuns));
          // Text that is not the writer's is only ever a figure, as its own run.
          expect(runs.every((r) => isWriterRun(r) || [...r.text].every((ch) => FIGURE.includes(ch)))).toBe(true);
          // Controls of others are untouched; of ours, some may be retagged or gone; none is new.
          expect(controls.filter((c) => !isOurs(c.tag))).toEqual(oldControls.filter((c) => !isOurs(c.tag)));
          expect(controls.every((c) => oldControls.some((o) => o.id === c.id))).toBe(true);
        }
      }),
      { numRuns: fuzzRuns(100) },
    );
  });
});
