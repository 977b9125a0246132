/**
 * Content controls locked by the writer (cannotEdit, cannotDelete), as Word enforces them: the imitation refuses a
 * change that touches one and leaves the document as it was; the Word adapter finds locks in its read batch and
 * never queues a write Word would refuse half-way through a batch.
 */
import { buildDataset } from '../../src/core/figures/dataset';
import { figureTag } from '../../src/core/figures/tags';
import { freezeFigures, refreshFigures, rollForward } from '../../src/host/workflows/figures';
import { fakeWord, existingState } from './helpers';

const UNIT = '青禾县司法局';
const tag = (indicator: string) => figureTag({ unit: UNIT, year: 2024, indicator, kind: 'value' });
const DATA = buildDataset([
  { unit: UNIT, year: 2024, indicator: '收案数', value: 120, measure: '件', place: {} },
  { unit: UNIT, year: 2024, indicator: '结案数', value: 98, measure: '件', place: {} },
  { unit: UNIT, year: 2025, indicator: '收案数', value: 130, measure: '件', place: {} },
  { unit: UNIT, year: 2025, indicator: '结案数', value: 101, measure: '件', place: {} },
]).dataset;

describe('the imitation enforces locked controls', () => {
  test('writing inside a control locked for editing is refused whole (AccessDenied); the document is as it was', async () => {
    const locked = { id: 7, tag: 'template', cannotEdit: true };
    const { fake } = fakeWord([{ text: '不可改动的说明', contentControls: [locked] }, '正文']);
    const before = existingState(fake);
    await expect(
      fake.Word.run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load('text');
        const controls = context.document.contentControls.load('tag');
        await context.sync();
        paragraphs.items[1]?.insertParagraph('先插入的一段', 'After'); // allowed, queued first
        controls.items[0]?.insertText('加一句', 'End'); // inside the locked control
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    // Word stops the batch at the refused command: what went before it stays, the refused one left nothing.
    expect(fake.paragraphs().map((p) => p.text)).toEqual(['不可改动的说明', '正文', '先插入的一段']);
    expect(existingState(fake).slice(0, 2)).toEqual(before);
  });

  test('a paragraph that would land inside a locked control is refused; one outside it, and unlocking, are not', async () => {
    const { fake } = fakeWord([{ text: '甲', contentControls: [{ id: 3, cannotEdit: true }] }, { text: '乙', contentControls: [{ id: 3 }] }, '丙']);
    const insertAfterFirst = () =>
      fake.Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().insertParagraph('新段', 'After');
        await context.sync();
      });
    await expect(insertAfterFirst()).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.paragraphs().map((p) => p.text)).toEqual(['甲', '乙', '丙']);
    await fake.Word.run(async (context) => {
      const controls = context.document.contentControls.load('tag');
      await context.sync();
      context.document.body.paragraphs.getLast().insertParagraph('外面', 'Before');
      if (controls.items[0]) controls.items[0].cannotEdit = false;
      await context.sync();
    });
    await insertAfterFirst();
    expect(fake.paragraphs().map((p) => p.text)).toEqual(['甲', '新段', '乙', '外面', '丙']);
  });

  test('a control locked against deletion cannot be deleted, even keeping its content', async () => {
    const { fake } = fakeWord([{ runs: [{ text: '共' }, { text: '42', control: { tag: tag('收案数'), cannotDelete: true } }, { text: '件' }] }]);
    await expect(
      fake.Word.run(async (context) => {
        const controls = context.document.contentControls.load('tag');
        await context.sync();
        controls.items[0]?.delete(true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.paragraphs()[0]?.runs).toEqual([{ text: '共' }, expect.objectContaining({ text: '42' }), { text: '件' }]);
  });
});

describe('the Word adapter and locked controls', () => {
  const sentence = (cannotEdit: boolean, cannotDelete = false) => ({
    runs: [
      { text: '收案' },
      { text: '96', control: { tag: tag('收案数'), cannotEdit, cannotDelete } },
      { text: '件，结案' },
      { text: '90', control: { tag: tag('结案数') } },
      { text: '件。' },
    ],
  });

  test('refresh and roll forward write every figure but a locked one, all in one batch, and count the locked one', async () => {
    const { fake, host } = fakeWord([sentence(true)]);
    expect(await refreshFigures(host, async () => DATA, 'zh-CN')).toEqual({ kind: 'refreshed', changes: [expect.objectContaining({ after: expect.objectContaining({ text: '98' }) })], locked: 1 });
    expect(fake.paragraphs()[0]?.text).toBe('收案96件，结案98件。');
    expect(await rollForward(host, DATA, 2024, 'zh-CN')).toEqual({ kind: 'rolled', count: 1, year: 2025, locked: 1 });
    expect(fake.paragraphs()[0]?.text).toBe('收案96件，结案101件。');
    // The locked figure keeps its year too: an old number never stands under a new label.
    expect(fake.paragraphs()[0]?.runs[1]?.control?.tag).toBe(tag('收案数'));
  });

  test('freeze leaves a figure locked against deletion linked, and freezes the rest', async () => {
    const { fake, host } = fakeWord([sentence(false, true)]);
    expect(await freezeFigures(host)).toEqual({ kind: 'frozen', count: 1 });
    expect(fake.paragraphs()[0]?.runs.filter((r) => r.control).map((r) => r.text)).toEqual(['96']);
  });

  test('a figure at a cursor inside a locked control: refused as locked before anything is written', async () => {
    const { fake, host } = fakeWord([{ text: '模板说明', contentControls: [{ tag: 'template', cannotEdit: true }] }]);
    fake.model.selection = { key: fake.paragraphs()[0]?.key ?? 0, mode: 'End' };
    const before = existingState(fake);
    await expect(host.insertLinkedText({ tag: tag('收案数'), text: '120' })).rejects.toMatchObject({ kind: 'locked' });
    expect(existingState(fake)).toEqual(before);
  });
});
