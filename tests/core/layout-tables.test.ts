import { makeBlock } from '../../src/core/document';
import { layoutTablesAsText } from '../../src/core/layout-tables';

const cell = (index: number, text: string, table: number, row: number, column: number, extra = {}) =>
  makeBlock(index, text, { kind: 'table-cell', cell: { table, row, column }, ...extra });

test('a one-column table is the page’s layout: its paragraphs are read as headings, list items and paragraphs', () => {
  const blocks = [
    cell(0, '一、主要举措', 0, 0, 0, { level: 1 }),
    cell(1, '全年审查文件十二件。', 0, 0, 0),
    cell(2, '健全制度', 0, 1, 0, { listString: '（一）' }),
    cell(3, '项目', 1, 0, 0),
    cell(4, '件数', 1, 0, 1),
    makeBlock(5, '正文。'),
  ];
  const read = layoutTablesAsText(blocks);
  expect(read.map((b) => [b.kind, b.cell?.table])).toEqual([
    ['heading', undefined], ['paragraph', undefined], ['list-item', undefined], ['table-cell', 1], ['table-cell', 1], ['paragraph', undefined],
  ]);
  expect(read[0]).toEqual(makeBlock(0, '一、主要举措', { kind: 'heading', level: 1 }));
});

test('a typed section number, or text over three paragraphs of a cell, makes a one-column table the layout', () => {
  expect(layoutTablesAsText([cell(0, '二、存在的不足', 0, 0, 0)])[0]?.kind).toBe('paragraph');
  const flowing = ['第一段。', '第二段。', '第三段。'].map((text, i) => cell(i, text, 0, 0, 0));
  expect(layoutTablesAsText(flowing).map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
});

test.each([
  ['two columns', [cell(0, '项目', 0, 0, 0), cell(1, '件数', 0, 0, 1)]],
  ['a short label in a 1×1 table', [cell(0, '区司法局', 0, 0, 0)]],
  ['one label a row', [cell(0, '附件一', 0, 0, 0), cell(1, '附件二', 0, 1, 0), cell(2, '附件三', 0, 2, 0)]],
])('without a layout table (%s) the blocks are given back as they are', (_case, blocks) => {
  expect(layoutTablesAsText(blocks)).toBe(blocks);
});
