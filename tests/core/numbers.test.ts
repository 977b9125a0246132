import fc from 'fast-check';
import { cellNumber, inStatedMeasure, parseFigure, parseNumber } from '../../src/core/numbers';
import { fuzzRuns } from '../helpers/fuzz-runs';

describe('the one number parser, table-cell mode (report tables)', () => {
  test.each([
    ['1,102', 1102],
    ['0', 0],
    ['3.5', 3.5],
    ['+5', 5],
    ['-3', -3],
    ['１，１０２', 1102],
    ['1 102', 1102],
    ['　12　', 12],
    ['', null],
    ['   ', null],
  ])('%j → %j', (text, value) => {
    expect(cellNumber(text)).toBe(value);
  });

  test.each(['-', '—', '/', '无', '12件', '97%', '.5', '1e3', '1,10', 'NaN', '约50', '=SUM(A1:A2)'])('%j is not a number', (text) => {
    expect(cellNumber(text)).toBe('not-a-number');
  });

  test('the figure mode reads a dash as no figure and keeps a measure; the table-cell mode does neither', () => {
    expect(parseFigure('-')).toEqual({ kind: 'blank' });
    expect(parseNumber('-', 'table-cell')).toEqual({ kind: 'invalid', reason: 'not-a-number' });
    expect(parseFigure('12件')).toEqual({ kind: 'number', value: 12, suffix: '件' });
    expect(parseNumber('12件', 'table-cell')).toEqual({ kind: 'invalid', reason: 'not-a-number' });
  });

  test('every number a table cell holds reads the same as a figure (property)', () => {
    const chars = fc.constantFrom(...'0123456789,.+-１２，．'.split(''));
    fc.assert(fc.property(fc.array(chars, { maxLength: 12 }).map((a) => a.join('')), (text) => {
      const cell = cellNumber(text);
      if (typeof cell !== 'number') return;
      const figure = parseFigure(text);
      expect(figure.kind === 'number' && figure.value === cell && figure.suffix === '').toBe(true);
    }), { numRuns: fuzzRuns(2000) });
  });
});

describe('inStatedMeasure', () => {
  test('万 and 亿 multiply into the stated measure; a 万 measure keeps the figure as written; others pass', () => {
    expect(inStatedMeasure(1.3, '万', '元')).toEqual({ value: 13000, suffix: '' });
    expect(inStatedMeasure(0.7, '亿元', '元')).toEqual({ value: 70000000, suffix: '元' });
    expect(inStatedMeasure(1.3, '万', '万元')).toEqual({ value: 1.3, suffix: '万元' });
    expect(inStatedMeasure(1.3, '万件', '元')).toEqual({ value: 1.3, suffix: '万件' });
    expect(inStatedMeasure(1.3, '万', '')).toEqual({ value: 1.3, suffix: '万' });
    expect(inStatedMeasure(12, '件', '元')).toEqual({ value: 12, suffix: '件' });
  });
});
