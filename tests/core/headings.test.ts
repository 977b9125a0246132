import { makeBlock } from '../../src/core/document';
import { parseMarker, shapeOf } from '../../src/core/headings';

describe('numbering markers real reports use', () => {
  test.each([
    ['一、总体情况', 'cn', 1],
    ['十一、其他', 'cn', 11],
    ['二十三、附则', 'cn', 23],
    ['三．存在的问题', 'cn', 3],
    ['（一）健全机制', 'cn-paren', 1],
    ['(二)加强监督', 'cn-paren', 2],
    ['（三)混用括号', 'cn-paren', 3],
    ['1.完善合法性审查机制', 'arabic', 1],
    ['1、组织执法检查', 'arabic', 1],
    ['1．全角句点', 'arabic', 1],
    ['12. 两位数', 'arabic', 12],
    ['2、 依法行政工作中的短板', 'arabic', 2],
    ['（1）细项', 'arabic-paren', 1],
    ['(2)细项', 'arabic-paren', 2],
    ['第一部分 主要成效', 'chapter', 1],
    ['　　一、全角空格缩进', 'cn', 1],
  ])('%s', (text, style, ordinal) => {
    expect(parseMarker(text)?.marker).toMatchObject({ style, ordinal });
  });

  test.each(['一是深化改革', '二是加强监督', '一般而言', '5.12防灾减灾日', '1.5亿元', '2021年工作', '2020 年，在区委'])('%s is not a heading marker', (text) => {
    expect(parseMarker(text)).toBeUndefined();
  });
});

describe('heading numbers typed with the usual slips, and Word’s other formats', () => {
  test.each([
    ['一，总体情况', 'cn', 1, '一，'],
    ['二：存在的问题', 'cn', 2, '二：'],
    ['三. 下一步安排', 'cn', 3, '三.'],
    ['四丶其他', 'cn', 4, '四丶'],
    ['Ⅱ、主要举措', 'cn', 2, 'Ⅱ、'],
    ['１２、全角数字', 'arabic', 12, '１２、'],
    ['③带圈数字', 'arabic', 3, '③'],
  ])('%s is read as its standard style, marked as a slip', (text, style, ordinal, raw) => {
    expect(parseMarker(text)?.marker).toEqual({ style, ordinal, raw, slip: true });
  });

  test('the standard forms are no slip', () => {
    expect(parseMarker('一、总体情况')?.marker.slip).toBeUndefined();
    expect(parseMarker('1.完善机制')?.marker.slip).toBeUndefined();
  });

  test.each([['壹、', 1], ['拾贰、', 12], ['丙、', 3]])('Word’s list label %s is a heading number; typed, it is not', (label, ordinal) => {
    expect(parseMarker(label, true)?.marker).toMatchObject({ style: 'cn', ordinal, slip: true });
    expect(parseMarker(`${label}乙双方约定`)).toBeUndefined();
  });

  test.each(['１.５亿元', '１２.５%', '一.5倍'])('%s is not a heading marker', (text) => {
    expect(parseMarker(text)).toBeUndefined();
  });
});

describe('line shapes', () => {
  test('a heading that runs on into body text is a heading for the part it names', () => {
    const shape = shapeOf(makeBlock(0, '（一）全面加强法治部门建设工作保障。一是配齐人员，二是保障经费。'));
    expect(shape.marker?.style).toBe('cn-paren');
    expect(shape.head).toBe('全面加强法治部门建设工作保障');
    expect(shape.runsOn).toBe(true);
  });

  test('Markdown hashes and bold markers are stripped; the numbering still decides', () => {
    const shape = shapeOf(makeBlock(0, '## **三、2019 年依法行政工作存在的主要问题**'));
    expect(shape.hostLevel).toBe(2);
    expect(shape.marker).toMatchObject({ style: 'cn', ordinal: 3 });
    expect(shape.head).toBe('2019 年依法行政工作存在的主要问题');
    expect(shape.runsOn).toBe(false);
  });

  test('the list string Word shows counts as the marker', () => {
    const shape = shapeOf(makeBlock(0, '存在的不足和原因', { listString: '二、', kind: 'list-item' }));
    expect(shape.marker).toMatchObject({ style: 'cn', ordinal: 2 });
    expect(shape.title).toBe('存在的不足和原因');
  });

  test('a numbered full sentence carries body text', () => {
    expect(shapeOf(makeBlock(0, '1.健全执法人员持证上岗制度，做到应持尽持。')).runsOn).toBe(true);
  });
});
