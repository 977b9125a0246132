/**
 * Where the imitation differed from Microsoft's office.js (@microsoft/office-js 1.1.110, read in its code and run in
 * the browser tests), each pinned: null objects, isNullObject without a load, settings kept in the document.
 */
import { createFakeWord, type FakeWord } from '../../src/preview/fake-word';

type AnyContext = Parameters<Parameters<FakeWord['Word']['run']>[0]>[0];
const run = <T>(fake: FakeWord, batch: (context: AnyContext) => Promise<T>): Promise<T> => fake.Word.run(batch);

describe('the imitation behaves as office.js does', () => {
  test('a property of a null object reads as undefined (office.js: Utility.throwIfNotLoaded), not PropertyNotLoaded', async () => {
    const fake = createFakeWord(['没有内容控件的段落']);
    await run(fake, async (context) => {
      const control = context.document.body.paragraphs.getFirst().parentContentControlOrNullObject.load('tag,id');
      await context.sync();
      expect(control.isNullObject).toBe(true);
      expect(control.tag).toBeUndefined();
      expect(control.id).toBeUndefined();
    });
  });

  test('isNullObject is known after the sync without loading anything, as Microsoft documents for *OrNullObject', async () => {
    const fake = createFakeWord(['甲', { text: '乙', contentControls: [{ tag: 'outer' }] }]);
    await run(fake, async (context) => {
      const paragraphs = context.document.body.paragraphs;
      const first = paragraphs.getFirst().parentContentControlOrNullObject;
      const last = paragraphs.getLast().parentContentControlOrNullObject;
      expect(() => first.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' })); // not before the sync
      await context.sync();
      expect([first.isNullObject, last.isNullObject]).toEqual([true, false]);
    });
  });

  test('a null object found through a load still answers isNullObject, and a later sync does not change a non-null one', async () => {
    const fake = createFakeWord([{ text: '乙', contentControls: [{ tag: 'outer' }] }]);
    await run(fake, async (context) => {
      const items = context.document.body.paragraphs.load('parentContentControlOrNullObject/tag');
      await context.sync();
      const control = items.items[0]?.parentContentControlOrNullObject;
      await context.sync();
      expect(control?.isNullObject).toBe(false);
      expect(control?.tag).toBe('outer');
    });
  });

  test('settings saved with saveAsync are the document\u2019s: the next session of the add-in reads them back', async () => {
    const fake = createFakeWord(['']);
    fake.Office.context.document.settings.set('reportAssistant.dataUrl', 'https://data.example.test/figures.csv');
    await new Promise((resolve) => fake.Office.context.document.settings.saveAsync(resolve));
    expect([...fake.model.settings]).toEqual([['reportAssistant.dataUrl', '"https://data.example.test/figures.csv"']]);
    // A refused save leaves the document's settings as they were.
    fake.Office.context.document.settings.set('reportAssistant.dataUrl', 'https://data.example.test/other.csv');
    fake.Office.context.document.settings.refuseSaves = 'The settings could not be saved.';
    await new Promise((resolve) => fake.Office.context.document.settings.saveAsync(resolve));
    expect(fake.model.settings.get('reportAssistant.dataUrl')).toBe('"https://data.example.test/figures.csv"');
  });
});
