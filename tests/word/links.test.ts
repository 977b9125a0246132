import { figureTableTag, figureTag, parseFigureTableTag, parseFigureTag, rollForwardTag, type FigureKind } from '../../src/core/figures/tags';
import type { FakeParagraphFields, FakeParagraphInit, FakeParagraphView, FakeWord } from '../../src/preview/fake-word';
import { HostError, type LinkedCell } from '../../src/host/contract';
import { inlineLinks } from '../../src/word/read-document';
import { existingState, fakeWord, syncsOf } from './helpers';

const UNIT = '市司法局';
const fig = (indicator: string, year = 2024, kind: FigureKind = 'value') => figureTag({ unit: UNIT, year, indicator, kind });
const TABLE_TAG = figureTableTag({ unit: UNIT, year: 2024 });
const isFigure = (tag: string) => parseFigureTag(tag) !== undefined;
const isOurs = (tag: string) => isFigure(tag) || parseFigureTableTag(tag) !== undefined;

/** The comparison table the figures panel inserts: a header row, then one row per indicator. */
function comparisonCells(indicators: Array<[string, string, string, string, string]>): LinkedCell[][] {
  const header = ['指标', '2023年', '2024年', '增减', '同比'].map((text) => ({ text }));
  return [
    header,
    ...indicators.map(([name, before, now, change, yoy]) => [
      { text: name },
      { text: before, tag: fig(name, 2023) },
      { text: now, tag: fig(name, 2024) },
      { text: change, tag: fig(name, 2024, 'change') },
      { text: yoy, tag: fig(name, 2024, 'yoy') },
    ]),
  ];
}

const keyOf = (fake: FakeWord, index: number) => (fake.paragraphs()[index] as FakeParagraphView).key;
const byKey = (state: ReturnType<typeof existingState>) => new Map(state.map((p) => [p.key, p]));

/** Every paragraph that was there before is still there, unchanged, in the same order. */
function expectUnchanged(before: ReturnType<typeof existingState>, fake: FakeWord, except: number[] = []): void {
  const now = byKey(existingState(fake));
  const keys = before.map((p) => p.key);
  expect(existingState(fake).map((p) => p.key).filter((k) => keys.includes(k))).toEqual(keys);
  for (const p of before) if (!except.includes(p.key)) expect(now.get(p.key)).toEqual(p);
}

describe('insertLinkedText', () => {
  test('at a cursor inside a sentence: the figure goes in a tagged control there, the sentence around it unchanged; read back as a link', async () => {
    const { fake, host } = fakeWord(['一、主要举措和成效', '全年办理行政复议案件件，依法纠错5件。', '二、存在的不足']);
    const before = existingState(fake);
    fake.model.selection = { key: keyOf(fake, 1), mode: 'End', offset: '全年办理行政复议案件'.length };
    const { syncs } = await syncsOf(fake, () => host.insertLinkedText({ tag: fig('行政复议案件收案数'), text: '42' }));
    expect(syncs).toBe(2);

    const runs = fake.paragraphs()[1]?.runs;
    expect(runs).toEqual([
      { text: '全年办理行政复议案件' },
      { text: '42', control: expect.objectContaining({ tag: fig('行政复议案件收案数'), title: '数据', appearance: 'BoundingBox' }) },
      { text: '件，依法纠错5件。' },
    ]);
    expectUnchanged(before, fake, [keyOf(fake, 1)]);
    expect({ ...existingState(fake)[1], runs: undefined }).toEqual({ ...before[1], runs: undefined });

    const doc = await host.readDocument();
    expect(doc.blocks[1]).toMatchObject({ text: '全年办理行政复议案件42件，依法纠错5件。', tags: [], links: [{ tag: fig('行政复议案件收案数'), text: '42' }] });
    expect(doc.blocks[0]?.links).toBeUndefined();
  });

  test('with text selected, the selection stays and the figure goes after it', async () => {
    const { fake, host } = fakeWord(['受理案件', '结尾']);
    fake.model.selection = { key: keyOf(fake, 0), mode: 'Select' };
    await host.insertLinkedText({ tag: fig('收案数'), text: '42' });
    expect(fake.paragraphs()[0]?.runs.map((r) => [r.text, r.control?.tag])).toEqual([['受理案件', undefined], ['42', fig('收案数')]]);
  });

  test('with no selection, at the start of the document', async () => {
    const { fake, host } = fakeWord(['件。']);
    await host.insertLinkedText({ tag: fig('收案数'), text: '42' });
    expect(fake.paragraphs()[0]?.runs.map((r) => r.text)).toEqual(['42', '件。']);
  });

  test('no cursor placed yet (Word’s at the very start, before the title): refused, nothing inserted; a cursor placed in a sentence is fine', async () => {
    const { fake, host } = fakeWord(['青禾县司法局2024年度法治政府建设情况报告', '全年办理行政复议案件件。']);
    const before = existingState(fake);
    await expect(host.insertLinkedText({ tag: fig('收案数'), text: '42' })).rejects.toMatchObject({ kind: 'no-cursor' });
    expect(existingState(fake)).toEqual(before);
    fake.model.selection = { key: keyOf(fake, 0), mode: 'Start' };
    await expect(host.insertLinkedText({ tag: fig('收案数'), text: '42' })).rejects.toMatchObject({ kind: 'no-cursor' });
    fake.model.selection = { key: keyOf(fake, 1), mode: 'End', offset: '全年办理行政复议案件'.length };
    await host.insertLinkedText({ tag: fig('收案数'), text: '42' });
    expect(fake.paragraphs()[1]?.runs.map((r) => r.text)).toEqual(['全年办理行政复议案件', '42', '件。']);
    expect(fake.paragraphs()[0]?.runs.map((r) => r.text)).toEqual(['青禾县司法局2024年度法治政府建设情况报告']);
  });

  test('with its measure: 42件 where the sentence lacks it, the measure outside the control; not twice, not before a number, not after a full stop or at a paragraph’s end', async () => {
    const { fake, host } = fakeWord(['办理行政复议案件，纠错5件。', '受理案件件。', '案件42件。', '全年办理完毕。', '全年办理行政复议案件']);
    const runsOf = (i: number) => fake.paragraphs()[i]?.runs.map((r) => [r.text, r.control ? 'control' : 'text']);
    const at = async (i: number, offset: number) => {
      fake.model.selection = { key: keyOf(fake, i), mode: 'End', offset };
      await host.insertLinkedText({ tag: fig('收案数'), text: '42' }, '件');
    };
    await at(0, '办理行政复议案件'.length);
    expect(runsOf(0)).toEqual([['办理行政复议案件', 'text'], ['42', 'control'], ['件', 'text'], ['，纠错5件。', 'text']]);
    await at(1, '受理案件'.length);
    expect(runsOf(1)).toEqual([['受理案件', 'text'], ['42', 'control'], ['件。', 'text']]);
    await at(2, '案件'.length);
    expect(runsOf(2)).toEqual([['案件', 'text'], ['42', 'control'], ['42件。', 'text']]);
    fake.model.selection = { key: keyOf(fake, 3), mode: 'End' };
    await host.insertLinkedText({ tag: fig('收案数'), text: '42' }, '件');
    expect(runsOf(3)).toEqual([['全年办理完毕。', 'text'], ['42', 'control']]);
    fake.model.selection = { key: keyOf(fake, 4), mode: 'End' };
    await host.insertLinkedText({ tag: fig('收案数'), text: '42' }, '件');
    expect(runsOf(4)).toEqual([['全年办理行政复议案件', 'text'], ['42', 'control']]);
    const doc = await host.readDocument();
    expect(doc.blocks[0]).toMatchObject({ text: '办理行政复议案件42件，纠错5件。', links: [{ tag: fig('收案数'), text: '42' }] });
  });

  test('a cursor inside a linked figure puts the new one right after it, not inside it; another tool\u2019s control is left to Word', async () => {
    const { fake, host } = fakeWord([{ runs: [{ text: '收案' }, { text: '42', control: { tag: fig('收案数'), id: 7 } }, { text: '件，结案' }, { text: '40', control: { tag: fig('结案数') } }, { text: '件。' }] }]);
    fake.model.selection = { key: keyOf(fake, 0), mode: 'End', control: 7 };
    await host.insertLinkedText({ tag: fig('收案数', 2024, 'yoy'), text: '（同比+13.5%）' });
    fake.model.selection = { key: keyOf(fake, 0), mode: 'Start', offset: '收案4'.length }; // in the middle of "42"
    await host.insertLinkedText({ tag: fig('收案数', 2024, 'change'), text: '（+5）' });
    const runs = fake.paragraphs()[0]?.runs ?? [];
    expect(runs.map((r) => [r.text, r.control?.tag])).toEqual([
      ['收案', undefined],
      ['42', fig('收案数')],
      ['（+5）', fig('收案数', 2024, 'change')],
      ['（同比+13.5%）', fig('收案数', 2024, 'yoy')],
      ['件，结案', undefined],
      ['40', fig('结案数')],
      ['件。', undefined],
    ]);
  });
});

describe('insertLinkedTable', () => {
  test('after the cursor\u2019s paragraph: a real table in a control tagged as the table, its number cells each in a tagged control; nothing else changes', async () => {
    const { fake, host } = fakeWord([{ text: '（三）依法化解行政争议', contentControls: [{ tag: 'other-tool' }] }, '办理行政复议案件情况如下表。', '下一段。']);
    const before = existingState(fake);
    fake.model.selection = { key: keyOf(fake, 1), mode: 'End' };
    const cells = comparisonCells([['行政复议案件收案数', '37', '42', '+5', '+13.5%'], ['行政应诉案件数', '20', '18', '-2', '-10.0%']]);
    const { syncs } = await syncsOf(fake, () => host.insertLinkedTable({ tag: TABLE_TAG, cells }));
    expect(syncs).toBe(2);

    const view = fake.paragraphs();
    expect(view.map((p) => p.key).filter((k) => before.some((b) => b.key === k))).toEqual(before.map((b) => b.key));
    expectUnchanged(before, fake);
    const table = view.slice(2, 17);
    expect(view).toHaveLength(3 + 15);
    expect(view[17]?.text).toBe('下一段。');
    for (const [i, p] of table.entries()) {
      const row = Math.floor(i / 5);
      const column = i % 5;
      const cell = cells[row]?.[column] as LinkedCell;
      expect(p).toMatchObject({ tableNestingLevel: 1, cell: { row, column, style: 'TableGrid', headerRows: 1 }, text: cell.text });
      // The table's control, and only it, is around each cell.
      expect(p.controls.map((c) => [c.tag, c.title, c.appearance])).toEqual([[TABLE_TAG, '数据表', 'BoundingBox']]);
      expect(p.runs).toEqual(cell.tag ? [{ text: cell.text, control: expect.objectContaining({ tag: cell.tag, title: '数据' }) }] : [{ text: cell.text }]);
    }

    const doc = await host.readDocument();
    const read = doc.blocks.slice(2, 17);
    expect(read.every((b) => b.kind === 'table-cell' && b.tags[0] === TABLE_TAG)).toBe(true);
    expect(read[6]).toMatchObject({ text: '37', cell: { table: 0, row: 1, column: 1 }, links: [{ tag: fig('行政复议案件收案数', 2023), text: '37' }] });
    expect(read[0]?.links).toBeUndefined();
    expect(doc.blocks[0]).toMatchObject({ tags: ['other-tool'] });
  });

  test('with the cursor in a table cell, after that table (an empty paragraph between), never nested in it; out of a linked table\u2019s control', async () => {
    const { fake, host } = fakeWord([
      '上表：',
      { text: '指标', cell: { table: 1, row: 0, column: 0 } },
      { text: '数值', cell: { table: 1, row: 0, column: 1 } },
      '之后的文字。',
    ]);
    const before = existingState(fake);
    fake.model.selection = { key: keyOf(fake, 2), mode: 'End' };
    await host.insertLinkedTable({ tag: TABLE_TAG, cells: comparisonCells([['收案数', '1', '2', '+1', '+100.0%']]) });
    expectUnchanged(before, fake);
    let view = fake.paragraphs();
    expect(view.map((p) => p.tableNestingLevel)).toEqual([0, 1, 1, 0, ...Array(10).fill(1), 0]);
    expect(view[3]).toMatchObject({ text: '', controls: [] });

    // Now in a cell of the linked table just inserted: the next goes after it, outside its control.
    fake.model.selection = { key: keyOf(fake, 8), mode: 'End' };
    const second = figureTableTag({ unit: '区司法局', year: 2024 });
    await host.insertLinkedTable({ tag: second, cells: [[{ text: '指标' }], [{ text: '3', tag: fig('其他') }]] });
    view = fake.paragraphs();
    expect(view.map((p) => p.tableNestingLevel)).toEqual([0, 1, 1, 0, ...Array(10).fill(1), 0, 1, 1, 0]);
    expect(view[14]).toMatchObject({ text: '', controls: [] });
    expect(view.slice(15, 17).map((p) => p.controls.map((c) => c.tag))).toEqual([[second], [second]]);
    expect(view[17]?.text).toBe('之后的文字。');
  });

  test('a table with no cells is refused before anything is queued', async () => {
    const { fake, host } = fakeWord(['正文']);
    await expect(host.insertLinkedTable({ tag: TABLE_TAG, cells: [] })).rejects.toMatchObject({ kind: 'failed' });
    expect(fake.paragraphs()).toHaveLength(1);
  });
});

/** The figure in column 1 (2023), 2 (2024) or 3 (the change) of a comparison table. */
const tableFigure = (indicator: string, column: number) => (column === 1 ? fig(indicator, 2023) : fig(indicator, 2024, column === 3 ? 'change' : 'value'));

/** 1,000 paragraphs of the writer's text with 200 linked figures: 167 in sentences, 33 in eleven linked tables. */
function linkedReport(): FakeParagraphInit[] {
  const out: FakeParagraphInit[] = [];
  let figure = 0;
  for (let i = 0; i < 1000; i++) {
    const p: FakeParagraphFields =
      i % 6 === 1
        ? { runs: [{ text: `第${i}项：全年办理` }, { text: String(i), control: { tag: fig(`指标${figure++}`), title: '数据' } }, { text: '件。' }] }
        : { text: `第${i}段，作者自己写的文字。`, ...(i % 10 === 0 ? { styleBuiltIn: 'Heading2' } : {}) };
    if (i % 50 === 3) p.contentControls = [{ tag: 'other-tool' }];
    if (i % 100 === 5 && i % 6 !== 1) p.runs = [{ text: '另一工具的字段：' }, { text: '甲', control: { tag: 'other-tool-inline' } }];
    out.push(p);
    if (i % 90 === 45) {
      const table = out.length;
      const cells = [['指标', '2023年', '2024年', '增减'], [`指标${figure}`, `${i}`, `${i + 1}`, '+1']];
      cells.forEach((row, r) =>
        row.forEach((text, c) =>
          out.push({ cell: { table, row: r, column: c }, contentControls: [{ id: 10_000 + table, tag: TABLE_TAG }], runs: [r > 0 && c > 0 ? { text, control: { tag: tableFigure(`指标${figure}`, c) } } : { text }] }),
        ),
      );
      figure++;
      out.push(`表${table}之后的段落。`);
    }
  }
  return out;
}

describe('updateLinks and unlinkLinks over a long report', () => {
  test('refreshing 200 linked figures among 1,000 paragraphs: two syncs; only the accepted controls change', async () => {
    const { fake, host } = fakeWord(linkedReport());
    const before = existingState(fake);
    const figures = before.flatMap((p) => p.runs.filter((r) => r.control && isFigure(r.control.tag)));
    expect(figures).toHaveLength(200);

    // A refresh: every figure whose number ends in 0 gets a new value; the rest are already right.
    const refresh = ({ text }: { tag: string; text: string }) => ({ text: text.endsWith('0') ? `${text}.5` : text });
    const { result: changes, syncs } = await syncsOf(fake, () => host.updateLinks(isFigure, refresh));
    expect(syncs).toBeLessThanOrEqual(2);
    const refreshed = figures.filter((r) => r.text.endsWith('0'));
    expect(changes).toHaveLength(refreshed.length);
    expect(changes[0]?.before.text).toBe(refreshed[0]?.text);
    expect(changes.every((c) => c.after.tag === c.before.tag && c.after.text === `${c.before.text}.5`)).toBe(true);

    const expected = before.map((p) => ({
      ...p,
      runs: p.runs.map((r) => (r.control && isFigure(r.control.tag) && r.text.endsWith('0') ? { ...r, text: `${r.text}.5` } : r)),
    }));
    expect(existingState(fake)).toEqual(expected);
  });

  test('rolling forward: tags (of the tables too) and texts change together; other tools\u2019 controls are left alone', async () => {
    const { fake, host } = fakeWord(linkedReport());
    const before = existingState(fake);
    const { result: changes, syncs } = await syncsOf(fake, () => host.updateLinks(isOurs, ({ tag, text }) => ({ tag: rollForwardTag(tag), text: isFigure(tag) ? `新${text}` : '表格不该被改写' })));
    expect(syncs).toBe(2);
    expect(changes).toHaveLength(211); // 200 figures and 11 tables
    // A whole table's control only gets its new tag: replacing its text would flatten the table.
    expect(changes.filter((c) => parseFigureTableTag(c.before.tag)).every((c) => c.after.text === c.before.text && c.after.tag === rollForwardTag(c.before.tag))).toBe(true);

    const roll = <T extends { tag: string }>(c: T): T => (isOurs(c.tag) ? { ...c, tag: rollForwardTag(c.tag) as string } : c);
    const expected = before.map((p) => ({
      ...p,
      controls: p.controls.map(roll),
      runs: p.runs.map((r) => (r.control && isFigure(r.control.tag) ? { ...r, text: `新${r.text}`, control: roll(r.control) } : r)),
    }));
    expect(existingState(fake)).toEqual(expected);
  });

  test('freezing: the controls go, their text stays as plain text, everything else as it was; two syncs', async () => {
    const { fake, host } = fakeWord(linkedReport());
    const before = existingState(fake);
    const textBefore = fake.paragraphs().map((p) => p.text);
    const { result: count, syncs } = await syncsOf(fake, () => host.unlinkLinks(isOurs));
    expect(syncs).toBe(2);
    expect(count).toBe(211);
    expect(fake.paragraphs().map((p) => p.text)).toEqual(textBefore);
    const expected = before.map((p) => ({
      ...p,
      controls: p.controls.filter((c) => !isOurs(c.tag)),
      runs: p.runs.map(({ control, ...r }) => (control && isOurs(control.tag) ? r : { ...r, ...(control ? { control } : {}) })),
    }));
    expect(existingState(fake)).toEqual(expected);
    expect((await host.readDocument()).blocks.some((b) => b.links?.some((l) => isOurs(l.tag)) || b.tags.some(isOurs))).toBe(false);
  });

  test('with nothing to change, one sync and no changes', async () => {
    const { fake, host } = fakeWord(['没有链接的文字']);
    expect(await syncsOf(fake, () => host.updateLinks(isOurs, () => ({ text: 'x' })))).toEqual({ result: [], syncs: 1 });
    expect(await syncsOf(fake, () => host.unlinkLinks(isOurs))).toEqual({ result: 0, syncs: 1 });
  });
});

describe('a read-only document', () => {
  test('every write fails with HostError read-only and the document is unchanged', async () => {
    const { fake, host } = fakeWord(linkedReport().slice(0, 60), { readOnly: true });
    const before = existingState(fake);
    fake.model.selection = { key: keyOf(fake, 2), mode: 'End' };
    const calls: Array<() => Promise<unknown>> = [
      () => host.insertLinkedText({ tag: fig('收案数'), text: '42' }),
      () => host.insertLinkedTable({ tag: TABLE_TAG, cells: comparisonCells([['收案数', '1', '2', '+1', '+100.0%']]) }),
      () => host.updateLinks(isOurs, ({ tag }) => ({ tag: rollForwardTag(tag) })),
      () => host.updateLinks(isFigure, () => ({ text: '0' })),
      () => host.unlinkLinks(isOurs),
    ];
    for (const call of calls) {
      const error: unknown = await call().then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).kind).toBe('read-only');
    }
    expect(existingState(fake)).toEqual(before);
  });
});

describe('document settings', () => {
  test('kept in Office.context.document.settings and saved into the document; undefined removes', async () => {
    const { fake, host } = fakeWord(['']);
    const settings = fake.Office.context.document.settings;
    expect(host.documentSetting('figures.dataFile')).toBeUndefined();
    await host.saveDocumentSetting('figures.dataFile', 'https://intranet.example.gov.cn/figures-2024.xlsx');
    expect(settings.get('figures.dataFile')).toBe('https://intranet.example.gov.cn/figures-2024.xlsx');
    expect(host.documentSetting('figures.dataFile')).toBe('https://intranet.example.gov.cn/figures-2024.xlsx');
    await host.saveDocumentSetting('figures.dataFile', undefined);
    expect(settings.get('figures.dataFile')).toBeNull();
    expect(host.documentSetting('figures.dataFile')).toBeUndefined();
    settings.set('figures.year', 2024); // another add-in's (or an older version's) non-string value
    expect(host.documentSetting('figures.year')).toBeUndefined();
  });

  test('a save Office refuses: HostError failed with Office\u2019s message', async () => {
    const { fake, host } = fakeWord(['']);
    fake.Office.context.document.settings.refuseSaves = 'The settings could not be saved.';
    await expect(host.saveDocumentSetting('figures.dataFile', 'a.csv')).rejects.toMatchObject({ kind: 'failed', detail: 'The settings could not be saved.' });
  });
});

describe('telling inline controls from the control around a paragraph (read-document)', () => {
  const control = (id: number, tag: string, text: string) => ({ id, tag, text }) as Word.ContentControl;

  test('the innermost parent and anything spanning paragraphs are around it; a figure is a link even when Word calls it the parent', () => {
    expect(inlineLinks([control(1, 'other-tool', '全年办理42件。'), control(2, fig('收案数'), '42')], 1)).toEqual([{ tag: fig('收案数'), text: '42' }]);
    expect(inlineLinks([control(3, TABLE_TAG, '指标\r\u000742\r\u0007')], undefined)).toEqual([]);
    expect(inlineLinks([control(4, fig('收案数'), '42')], 4)).toEqual([{ tag: fig('收案数'), text: '42' }]);
    expect(inlineLinks([control(5, 'other-inline', '甲')], undefined)).toEqual([{ tag: 'other-inline', text: '甲' }]);
  });
});
