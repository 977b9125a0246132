/// The fake's inline content controls, selection ranges and table ranges: Word's semantics as the links adapter relies on them.
import { createFakeWord, type FakeWord } from '../../src/preview/fake-word';

type AnyContext = Parameters<Parameters<FakeWord['Word']['run']>[0]>[0];
const run = <T>(fake: FakeWord, batch: (context: AnyContext) => Promise<T>): Promise<T> => fake.Word.run(batch);
const notLoaded = expect.objectContaining({ code: 'PropertyNotLoaded' });

const SENTENCE = { runs: [{ text: '收案' }, { text: '42', control: { id: 7, tag: 'fig-a' } }, { text: '件，结案' }, { text: '40', control: { id: 8, tag: 'fig-b' } }, { text: '件。' }] };

describe('inline content controls', () => {
  test('document.contentControls: every control in document order, paragraph-level and inline, with tag, text and id', async () => {
    const outer = { id: 1, tag: 'outer' };
    const fake = createFakeWord([{ text: '标题', contentControls: [outer, { id: 2, tag: 'inner' }] }, { ...SENTENCE, contentControls: [outer] }, { text: '第二段', contentControls: [outer] }]);
    await run(fake, async (context) => {
      const controls = context.document.contentControls;
      expect(() => controls.items).toThrow(notLoaded);
      controls.load('id,tag,text');
      await context.sync();
      expect(controls.items.map((c) => [c.id, c.tag, c.text])).toEqual([
        [1, 'outer', '标题\r收案42件，结案40件。\r第二段'],
        [2, 'inner', '标题'],
        [7, 'fig-a', '42'],
        [8, 'fig-b', '40'],
      ]);
      expect(() => controls.items[0]?.title).toThrow(notLoaded);
    });
  });

  test('Paragraph.contentControls: only the controls in the paragraph\u2019s text, not the one around it', async () => {
    const fake = createFakeWord([{ ...SENTENCE, contentControls: [{ tag: 'around' }] }, '没有']);
    await run(fake, async (context) => {
      const paragraphs = context.document.body.paragraphs.load('text');
      await context.sync();
      const inline = paragraphs.items.map((p) => p.contentControls.load('tag,text'));
      await context.sync();
      expect(inline.map((c) => c.items.map((i) => [i.tag, i.text]))).toEqual([[['fig-a', '42'], ['fig-b', '40']], []]);
      expect(paragraphs.items[0]?.text).toBe('收案42件，结案40件。');
    });
  });

  test('insertText "Replace" changes only its run, at sync; delete(true) keeps the text, delete(false) removes it', async () => {
    const fake = createFakeWord([SENTENCE]);
    await run(fake, async (context) => {
      const controls = context.document.contentControls.load('tag');
      await context.sync();
      controls.items[0]?.insertText('43', 'Replace');
      controls.items[1]?.delete(true);
      expect(fake.paragraphs()[0]?.text).toBe('收案42件，结案40件。'); // queued only
      await context.sync();
    });
    expect(fake.paragraphs()[0]?.runs).toEqual([{ text: '收案' }, { text: '43', control: expect.objectContaining({ id: 7, tag: 'fig-a' }) }, { text: '件，结案' }, { text: '40' }, { text: '件。' }]);
    await run(fake, async (context) => {
      context.document.contentControls.getFirstOrNullObject().delete(false);
    });
    expect(fake.paragraphs()[0]?.runs.map((r) => r.text)).toEqual(['收案', '件，结案', '40', '件。']);
  });

  test('a read-only document refuses inserting, replacing and deleting with AccessDenied', async () => {
    const fake = createFakeWord([SENTENCE], { readOnly: true });
    for (const write of [
      (c: AnyContext) => c.document.getSelection().insertText('1', 'End'),
      (c: AnyContext) => c.document.contentControls.getFirstOrNullObject().insertText('1', 'Replace'),
      (c: AnyContext) => c.document.contentControls.getFirstOrNullObject().delete(true),
    ]) {
      await expect(run(fake, async (context) => void write(context))).rejects.toMatchObject({ code: 'AccessDenied' });
    }
    expect(fake.paragraphs()[0]?.runs.map((r) => [r.text, r.control?.id])).toEqual([['收案', undefined], ['42', 7], ['件，结案', undefined], ['40', 8], ['件。', undefined]]);
  });
});

describe('the selection and ranges', () => {
  test('no selection is the start of the first paragraph; insertText returns a range over the new text, which a control can wrap', async () => {
    const fake = createFakeWord(['件。', '第二段']);
    await run(fake, async (context) => {
      const selection = context.document.getSelection();
      const first = selection.paragraphs.getFirst().load('text');
      const inserted = selection.insertText('42', 'End');
      const control = inserted.insertContentControl();
      control.tag = 'fig';
      inserted.load('text');
      await context.sync();
      expect(first.text).toBe('件。');
      expect(inserted.text).toBe('42');
    });
    expect(fake.paragraphs()[0]?.runs).toEqual([{ text: '42', control: expect.objectContaining({ tag: 'fig' }) }, { text: '件。' }]);
  });

  test('a cursor some characters into a paragraph splits the run there; inside an inline control, parentContentControl is that control', async () => {
    const fake = createFakeWord([SENTENCE]);
    const key = fake.paragraphs()[0]?.key as number;
    fake.model.selection = { key, mode: 'End', offset: 1 };
    await run(fake, async (context) => void context.document.getSelection().insertText('X', 'End'));
    expect(fake.paragraphs()[0]?.runs.slice(0, 3).map((r) => r.text)).toEqual(['收', 'X', '案']);
    fake.model.selection = { key, mode: 'End', offset: '收X案4'.length };
    await run(fake, async (context) => {
      const around = context.document.getSelection().parentContentControlOrNullObject.load('tag');
      await context.sync();
      expect(around.tag).toBe('fig-a');
    });
  });

  test('Table.getRange("Whole").insertContentControl wraps every cell; getCell(r, c).body.insertText goes into that cell; a missing cell is ItemNotFound', async () => {
    const fake = createFakeWord(['表前']);
    await run(fake, async (context) => {
      const table = context.document.body.paragraphs.getFirst().insertTable(2, 2, 'After', [['指标', '2024年'], ['收案数', '']]);
      table.getRange('Whole').insertContentControl().tag = 'table';
      table.getCell(1, 1).body.insertText('42', 'Start').insertContentControl().tag = 'fig';
      await context.sync();
    });
    const cells = fake.paragraphs().slice(1);
    expect(cells.map((p) => [p.text, p.controls.map((c) => c.tag), p.runs.map((r) => r.control?.tag)])).toEqual([
      ['指标', ['table'], [undefined]],
      ['2024年', ['table'], [undefined]],
      ['收案数', ['table'], [undefined]],
      ['42', ['table'], ['fig']],
      ['', [], []], // Word keeps a paragraph after a table that ends the body
    ]);
    await expect(run(fake, async (context) => {
      const paragraphs = context.document.body.paragraphs.load('tableNestingLevel');
      await context.sync();
      paragraphs.items[1]?.parentTableOrNullObject.getCell(5, 0).body.insertText('x', 'End');
    })).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test('after a control around a whole table, ContentControl.insertParagraph("After") is after the table, not in its last cell', async () => {
    const fake = createFakeWord([{ text: 'a', cell: { table: 1, row: 0, column: 0 }, contentControls: [{ id: 3, tag: 'table' }] }, '之后']);
    await run(fake, async (context) => {
      const control = context.document.contentControls.getFirstOrNullObject();
      control.insertParagraph('新段', 'After');
    });
    expect(fake.paragraphs().map((p) => [p.text, p.tableNestingLevel, p.controls.length])).toEqual([['a', 1, 1], ['新段', 0, 0], ['之后', 0, 0]]);
  });

  test('the view shows each run\u2019s inline control as a copy', () => {
    const fake = createFakeWord([SENTENCE]);
    const view = fake.paragraphs()[0];
    expect(view?.runs[1]?.control).toMatchObject({ id: 7, tag: 'fig-a' });
    if (view?.runs[1]?.control) view.runs[1].control.tag = 'changed';
    expect(fake.paragraphs()[0]?.runs[1]?.control?.tag).toBe('fig-a');
  });
});
