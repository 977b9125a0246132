/// The fake's own semantics: the rules of Office.js batching that code tested against it relies on.
import { createFakeWord, installFakeOffice, type FakeWord } from '../../src/preview/fake-word';

type AnyContext = Parameters<Parameters<FakeWord['Word']['run']>[0]>[0];

function run<T>(fake: FakeWord, batch: (context: AnyContext) => Promise<T>): Promise<T> {
  return fake.Word.run(batch);
}

describe('loading', () => {
  test('reading a property that was not loaded and synced throws PropertyNotLoaded', async () => {
    const fake = createFakeWord(['一、主要举措和成效']);
    await run(fake, async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      paragraphs.load('style');
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' })); // queued, not synced
      await context.sync();
      const first = paragraphs.items[0];
      expect(first?.style).toBe('正文');
      expect(() => first?.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' })); // loaded style only
    });
  });

  test('"items/text" and "text" load the same; load() with no names loads every scalar', async () => {
    const fake = createFakeWord([{ text: '标题', styleBuiltIn: 'Heading1' }]);
    await run(fake, async (context) => {
      const a = context.document.body.paragraphs.load('items/text');
      const b = context.document.body.paragraphs.load();
      await context.sync();
      expect(a.items[0]?.text).toBe('标题');
      expect(b.items[0]?.toJSON()).toMatchObject({ text: '标题', styleBuiltIn: 'Heading1', outlineLevel: 1, isListItem: false, tableNestingLevel: 0 });
    });
  });

  test('loaded values are a snapshot of the sync that loaded them', async () => {
    const fake = createFakeWord(['旧文字']);
    await run(fake, async (context) => {
      const paragraphs = context.document.body.paragraphs.load('text');
      await context.sync();
      fake.model.typeText(0, '新文字');
      expect(paragraphs.items[0]?.text).toBe('旧文字');
      paragraphs.items[0]?.load('text');
      await context.sync();
      expect(paragraphs.items[0]?.text).toBe('新文字');
    });
  });

  test('navigation paths load child objects: "font/name", listItemOrNullObject, parentContentControlOrNullObject', async () => {
    const fake = createFakeWord([
      { text: '一、', listString: '一、', contentControls: [{ tag: 'outer' }, { tag: 'inner' }], font: { name: '黑体' } },
      '正文',
    ]);
    await run(fake, async (context) => {
      const paragraphs = context.document.body.paragraphs.load('font/name');
      await context.sync();
      expect(paragraphs.items[0]?.font.name).toBe('黑体');
      expect(() => paragraphs.items[0]?.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const items = paragraphs.items.map((p) => ({ list: p.listItemOrNullObject.load('listString'), control: p.parentContentControlOrNullObject.load('tag') }));
      expect(() => items[0]?.list.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(items.map(({ list, control }) => [list.isNullObject, control.isNullObject])).toEqual([[false, false], [true, true]]);
      expect(items[0]?.list.listString).toBe('一、');
      expect(items[0]?.control.tag).toBe('inner'); // the innermost control
    });
  });

  test('through the collection: "parentContentControlOrNullObject/…/id" loads each paragraph\u2019s controls, innermost first; null objects where there are none', async () => {
    const fake = createFakeWord(['甲', { text: '乙', contentControls: [{ id: 5, tag: 'outer' }, { id: 6, tag: 'inner' }] }]);
    await run(fake, async (context) => {
      const paragraphs = context.document.body.paragraphs.load('parentContentControlOrNullObject/id,parentContentControlOrNullObject/parentContentControlOrNullObject/id');
      await context.sync();
      const chains = paragraphs.items.map((p) => {
        const inner = p.parentContentControlOrNullObject;
        const outer = inner.parentContentControlOrNullObject;
        return [inner.isNullObject ? null : inner.id, outer.isNullObject ? null : outer.id];
      });
      expect(chains).toEqual([[null, null], [6, 5]]);
      expect(() => paragraphs.items[1]?.parentContentControlOrNullObject.tag).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('a ClientResult has its value only after sync; tracked deletions are in text, not in the "Current" reviewed text', async () => {
    const fake = createFakeWord([{ runs: [{ text: '全年办理' }, { text: '三百', revision: 'deleted' }, { text: '320', revision: 'inserted' }, { text: '件' }] }]);
    await run(fake, async (context) => {
      const paragraph = context.document.body.paragraphs.getFirst().load('text');
      const current = paragraph.getReviewedText('Current');
      const original = paragraph.getReviewedText('Original');
      expect(() => current.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await context.sync();
      expect([paragraph.text, current.value, original.value]).toEqual(['全年办理三百320件', '全年办理320件', '全年办理三百件']);
    });
  });
});

describe('writing', () => {
  test('writes and method calls are queued and applied in order at sync; insertParagraph returns a usable proxy', async () => {
    const fake = createFakeWord(['甲', '乙']);
    const changes: number[] = [];
    fake.subscribe(() => changes.push(fake.syncCount));
    await run(fake, async (context) => {
      const paragraphs = context.document.body.paragraphs.load('text');
      await context.sync();
      const first = paragraphs.items[0];
      if (!first) throw new Error('no paragraph');
      first.style = '标题 1';
      const inserted = first.insertParagraph('甲后', 'After');
      inserted.insertParagraph('甲后后', 'After').font.size = 20;
      inserted.alignment = 'Centered';
      expect(fake.paragraphs().map((p) => p.text)).toEqual(['甲', '乙']);
      expect(fake.model.paragraphs[0]?.styleBuiltIn).toBe('Normal');
      await context.sync();
    });
    const after = fake.paragraphs();
    expect(after.map((p) => p.text)).toEqual(['甲', '甲后', '甲后后', '乙']);
    expect(after.map((p) => p.styleBuiltIn)).toEqual(['Heading1', 'Heading1', 'Heading1', 'Normal']); // inherited from the anchor
    expect(after[1]?.alignment).toBe('Centered');
    expect(after[2]?.font.size).toBe(20);
    expect(changes).toEqual([2]); // one notification, for the sync that changed something
  });

  test('an inserted paragraph takes over its neighbour\u2019s list numbering, table cell and content controls', async () => {
    const fake = createFakeWord([{ text: '单元格', tableNestingLevel: 1, listString: '1.', contentControls: [{ tag: 'cell' }] }]);
    await run(fake, async (context) => {
      context.document.body.paragraphs.getFirst().insertParagraph('新', 'Before');
      context.document.body.insertParagraph('末尾', 'End');
      await context.sync();
    });
    const [inserted, , atEnd] = fake.paragraphs();
    expect(inserted).toMatchObject({ text: '新', tableNestingLevel: 1, listString: '1.', controls: [expect.objectContaining({ tag: 'cell' })] });
    expect(atEnd).toMatchObject({ text: '末尾', tableNestingLevel: 0, controls: [] });
  });

  test('ContentControl.insertParagraph: "Before" and "After" outside the control, next to its first and last paragraph; "Start" and "End" inside', async () => {
    const fake = createFakeWord([
      '甲',
      { text: '乙', contentControls: [{ id: 1, tag: 'outer' }, { id: 2, tag: 'inner' }] },
      { text: '丙', contentControls: [{ id: 1, tag: 'outer' }, { id: 2, tag: 'inner' }] },
      '丁',
    ]);
    await run(fake, async (context) => {
      const paragraphs = context.document.body.paragraphs.load('text');
      await context.sync();
      const inner = paragraphs.items[1]?.parentContentControl;
      const outer = inner?.parentContentControl;
      inner?.insertParagraph('内前', 'Before');
      inner?.insertParagraph('内后', 'After');
      outer?.insertParagraph('外前', 'Before').insertParagraph('外前后', 'After'); // after a paragraph just outside: outside too
      outer?.insertParagraph('外后', 'After');
      inner?.insertParagraph('内始', 'Start');
      inner?.insertParagraph('内末', 'End');
      await context.sync();
    });
    expect(fake.paragraphs().map((p) => [p.text, p.controls.map((c) => c.tag).join('>')])).toEqual([
      ['甲', ''], ['外前', ''], ['外前后', ''], ['内前', 'outer'], ['内始', 'outer>inner'], ['乙', 'outer>inner'], ['丙', 'outer>inner'],
      ['内末', 'outer>inner'], ['内后', 'outer'], ['外后', ''], ['丁', ''],
    ]);
  });

  test('at the body\u2019s end after a paragraph in a content control, a new paragraph lands inside that control (OfficeDev/office-js#866)', async () => {
    const fake = createFakeWord(['甲', { text: '乙', contentControls: [{ tag: 'last' }] }]);
    await run(fake, async (context) => {
      context.document.body.insertParagraph('末尾', 'End');
      await context.sync();
    });
    expect(fake.paragraphs()[2]).toMatchObject({ text: '末尾', controls: [expect.objectContaining({ tag: 'last' })] });
  });

  test('a read-only document refuses the first change with AccessDenied and nothing changes; reading still works', async () => {
    const fake = createFakeWord(['甲'], { readOnly: true });
    const before = fake.paragraphs();
    await expect(
      run(fake, async (context) => {
        const first = context.document.body.paragraphs.getFirst().load('text');
        await context.sync();
        expect(first.text).toBe('甲');
        first.insertParagraph('乙', 'After');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.paragraphs()).toEqual(before);
  });

  test('a failing command stops the batch; what ran before it stays applied, as in Word', async () => {
    const fake = createFakeWord(['甲']);
    await expect(
      run(fake, async (context) => {
        const first = context.document.body.paragraphs.getFirst();
        first.insertParagraph('乙', 'After');
        first.parentContentControl.tag = 'x'; // no control: ItemNotFound
        first.insertParagraph('丙', 'After');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(fake.paragraphs().map((p) => p.text)).toEqual(['甲', '乙']);
  });

  test('APIs above the host\u2019s requirement sets fail with ApiNotFound; placeholderText fails on the web with NotAllowed', async () => {
    const old = createFakeWord(['甲'], { requirementSets: { WordApi: '1.3' } });
    await expect(run(old, async (context) => {
      context.document.body.paragraphs.getFirst().getReviewedText();
      await context.sync();
    })).rejects.toMatchObject({ code: 'ApiNotFound' });
    const web = createFakeWord([''], { platform: 'OfficeOnline' });
    await expect(run(web, async (context) => {
      context.document.body.paragraphs.getFirst().insertContentControl().placeholderText = '【请填写】';
      await context.sync();
    })).rejects.toMatchObject({ code: 'NotAllowed' });
  });

  test('a control around an empty paragraph shows its placeholder until text is typed', async () => {
    const fake = createFakeWord(['']);
    await run(fake, async (context) => {
      const control = context.document.body.paragraphs.getFirst().insertContentControl();
      control.placeholderText = '【请填写】';
      await context.sync();
    });
    expect(fake.paragraphs()[0]).toMatchObject({ text: '【请填写】', placeholder: '【请填写】', runs: [], controls: [expect.objectContaining({ showingPlaceholder: true })] });
    fake.model.typeText(0, '已填写');
    expect(fake.paragraphs()[0]).toMatchObject({ text: '已填写', controls: [expect.objectContaining({ showingPlaceholder: false })] });
    expect(createFakeWord([{ contentControls: [{ placeholderText: '提示' }] }], { placeholderInText: false }).paragraphs()[0]?.text).toBe('');
  });
});

describe('Word.run, sync counting and the Office global', () => {
  test('every sync counts, Word.run syncs what is still queued, and a context is dead after its batch', async () => {
    const fake = createFakeWord(['甲']);
    let kept: AnyContext | undefined;
    await run(fake, async (context) => {
      kept = context;
      await context.sync();
      context.document.body.paragraphs.getFirst().select();
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.model.selectedIndex()).toBe(0);
    expect(() => kept?.document.body.paragraphs.load('text')).toThrow(expect.objectContaining({ code: 'InvalidRequestContext' }));
  });

  test('Office: onReady, requirement sets by version, display language, settings; install and uninstall the globals', async () => {
    const fake = createFakeWord([''], { requirementSets: { WordApi: '1.4', WordApiDesktop: '1.1' }, displayLanguage: 'en-US' });
    const slots = globalThis as unknown as Record<string, unknown>;
    const uninstall = installFakeOffice(globalThis, fake);
    try {
      expect(slots.Word).toBe(fake.Word);
      await expect(Office.onReady()).resolves.toEqual({ host: 'Word', platform: 'PC' });
      const { isSetSupported } = Office.context.requirements;
      expect([isSetSupported('WordApi', '1.3'), isSetSupported('WordApi', '1.4'), isSetSupported('WordApi', '1.10'), isSetSupported('WordApiDesktop', '1.3'), isSetSupported('ExcelApi')]).toEqual([true, true, false, false, false]);
      expect(Office.context.displayLanguage).toBe('en-US');
      const settings = Office.context.document.settings;
      settings.set('year', 2024);
      expect(settings.get('year')).toBe(2024);
      settings.remove('year');
      expect(settings.get('year')).toBeNull();
      await new Promise<void>((resolve) => settings.saveAsync((result) => (expect(result.status).toBe('succeeded'), resolve())));
    } finally {
      uninstall();
    }
    expect('Word' in globalThis).toBe(false);
    expect('Office' in globalThis).toBe(false);
  });
});
