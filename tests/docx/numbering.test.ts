import { formatListNumber } from '../../src/docx/number-format';
import { readDocx } from '../../src/docx/read-docx';
import { buildDocx, type BodySpec, CHINESE_REPORT_NUMBERING, type NumberingSpec, type StyleSpec, WORD_STYLES } from '../helpers/ooxml';

function listStrings(numbering: NumberingSpec, body: BodySpec[], styles: StyleSpec[] = WORD_STYLES) {
  return readDocx(buildDocx({ styles, numbering, body })).blocks.map((b) => b.listString);
}

const item = (numId: number, ilvl: number, content: string, style?: string): BodySpec => ({ kind: 'p', numbering: { numId, ilvl }, content, style });

describe('readDocx: list strings from numbering.xml', () => {
  test('the usual report outline: 一、 / （一） / 1. / （1）, deeper counters reset when a shallower level advances', () => {
    const body: BodySpec[] = [
      item(1, 0, '2023年度推进法治政府建设的主要举措和成效', '1'),
      item(1, 1, '健全依法决策机制'),
      item(1, 2, '严格落实重大行政决策程序'),
      item(1, 3, '公众参与'),
      item(1, 3, '专家论证'),
      item(1, 2, '加强合法性审查'),
      item(1, 3, '审查范围'),
      item(1, 1, '规范行政执法行为'),
      item(1, 2, '推行三项制度'),
      '正文段落没有编号。',
      item(1, 0, '存在的不足和原因', '1'),
      item(1, 1, '法治意识有待提升'),
    ];
    expect(listStrings(CHINESE_REPORT_NUMBERING, body)).toEqual([
      '一、', '（一）', '1.', '（1）', '（2）', '2.', '（1）', '（二）', '1.', undefined, '二、', '（一）',
    ]);
  });

  test('kind and level: numbered headings stay headings; plain numbered paragraphs are list items without a level', () => {
    const blocks = readDocx(buildDocx({ styles: WORD_STYLES, numbering: CHINESE_REPORT_NUMBERING, body: [item(1, 0, '主要举措', '1'), item(1, 1, '健全机制')] })).blocks;
    expect(blocks.map((b) => [b.kind, b.level, b.listString])).toEqual([
      ['heading', 1, '一、'],
      ['list-item', undefined, '（一）'],
    ]);
  });

  test('chinese counting past ten, "（%1）" lists and decimal "%1." lists', () => {
    const numbering: NumberingSpec = {
      abstractNums: [
        { id: 0, levels: [{ format: 'chineseCounting', text: '%1、' }] },
        { id: 1, levels: [{ format: 'chineseCountingThousand', text: '（%1）' }] },
        { id: 2, levels: [{ format: 'decimal', text: '%1.' }] },
      ],
      nums: [{ id: 1, abstractNumId: 0 }, { id: 2, abstractNumId: 1 }, { id: 3, abstractNumId: 2 }],
    };
    const body = [...Array.from({ length: 21 }, (_, i) => item(1, 0, `第${i + 1}项`)), item(2, 0, '甲'), item(2, 0, '乙'), item(3, 0, 'a'), item(3, 0, 'b')];
    const strings = listStrings(numbering, body);
    expect(strings.slice(0, 21)).toEqual([
      '一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、',
      '十一、', '十二、', '十三、', '十四、', '十五、', '十六、', '十七、', '十八、', '十九、', '二十、', '二十一、',
    ]);
    expect(strings.slice(21)).toEqual(['（一）', '（二）', '1.', '2.']);
  });

  test('multi-level "%1.%2" text, start values and lvlRestart', () => {
    const numbering: NumberingSpec = {
      abstractNums: [
        {
          id: 0,
          levels: [
            { format: 'decimal', text: '%1.', start: 3 },
            { format: 'decimal', text: '%1.%2' },
            { format: 'lowerLetter', text: '%3)', restart: 1 }, // restarts only after level 1, not after level 2
          ],
        },
      ],
      nums: [{ id: 5, abstractNumId: 0 }],
    };
    const body = [item(5, 1, '无上级'), item(5, 0, '甲'), item(5, 1, '乙'), item(5, 2, '丙'), item(5, 1, '丁'), item(5, 2, '戊'), item(5, 0, '己'), item(5, 2, '庚')];
    expect(listStrings(numbering, body)).toEqual(['3.1', '3.', '3.1', 'a)', '3.2', 'b)', '4.', 'a)']);
  });

  test('nums sharing an abstract list continue it; a num with startOverride restarts; numId 0 means no numbering', () => {
    const numbering: NumberingSpec = {
      abstractNums: [{ id: 0, levels: [{ format: 'decimal', text: '%1.' }] }],
      nums: [
        { id: 1, abstractNumId: 0 },
        { id: 2, abstractNumId: 0 },
        { id: 3, abstractNumId: 0, startOverrides: { 0: 1 } },
      ],
    };
    const body = [item(1, 0, 'a'), item(2, 0, 'b'), item(3, 0, 'c'), item(3, 0, 'd'), item(1, 0, 'e'), item(0, 0, '无编号')];
    expect(listStrings(numbering, body)).toEqual(['1.', '2.', '1.', '2.', '3.', undefined]);
  });

  test('numbering inherited from the paragraph style, and switched off with numId 0', () => {
    const styles: StyleSpec[] = [
      ...WORD_STYLES,
      { id: 'H1Numbered', name: 'heading 1', basedOn: 'a', outlineLevel: 0, numbering: { numId: 1, ilvl: 0 } },
      { id: 'H2Numbered', name: 'heading 2', basedOn: 'a', outlineLevel: 1, numbering: { numId: 1, ilvl: 1 } },
      { id: 'H2Derived', name: '自定义二级', basedOn: 'H2Numbered' },
    ];
    const body: BodySpec[] = [
      { kind: 'p', style: 'H1Numbered', content: '主要举措' },
      { kind: 'p', style: 'H2Numbered', content: '健全机制' },
      { kind: 'p', style: 'H2Derived', content: '规范执法' },
      { kind: 'p', style: 'H2Numbered', numbering: { numId: 0 }, content: '不编号' },
      { kind: 'p', style: 'H1Numbered', content: '不足' },
    ];
    const blocks = readDocx(buildDocx({ styles, numbering: CHINESE_REPORT_NUMBERING, body })).blocks;
    expect(blocks.map((b) => [b.listString, b.level])).toEqual([
      ['一、', 1],
      ['（一）', 2],
      ['（二）', 2],
      [undefined, 2],
      ['二、', 1],
    ]);
  });

  test('bullets use the level text, symbol-font bullets become "•"; "none" shows only literal text', () => {
    const numbering: NumberingSpec = {
      abstractNums: [
        { id: 0, levels: [{ format: 'bullet', text: '■' }] },
        { id: 1, levels: [{ format: 'bullet', text: '\uf0b7' }] },
        { id: 2, levels: [{ format: 'none', text: '' }] },
        { id: 3, levels: [{ format: 'none', text: '附：' }] },
      ],
      nums: [0, 1, 2, 3].map((id) => ({ id: id + 1, abstractNumId: id })),
    };
    expect(listStrings(numbering, [item(1, 0, 'a'), item(2, 0, 'b'), item(3, 0, 'c'), item(4, 0, 'd')])).toEqual(['■', '•', '', '附：']);
  });

  test('a missing numbering definition is a warning, not a failure', () => {
    const doc = readDocx(buildDocx({ numbering: CHINESE_REPORT_NUMBERING, body: [item(99, 0, '引用了不存在的编号')] }));
    expect(doc.blocks[0]?.listString).toBeUndefined();
    expect(doc.blocks[0]?.kind).toBe('paragraph');
    expect(doc.warnings.join('\n')).toContain('99');
  });

  test('unknown number formats fall back to decimal with one warning', () => {
    const numbering: NumberingSpec = { abstractNums: [{ id: 0, levels: [{ format: 'hindiVowels', text: '%1' }] }], nums: [{ id: 1, abstractNumId: 0 }] };
    const doc = readDocx(buildDocx({ numbering, body: [item(1, 0, 'a'), item(1, 0, 'b')] }));
    expect(doc.blocks.map((b) => b.listString)).toEqual(['1', '2']);
    expect(doc.warnings.filter((w) => w.includes('hindiVowels'))).toHaveLength(1);
  });
});

describe('formatListNumber', () => {
  test.each([
    ['decimal', [1, 9, 10, 123], ['1', '9', '10', '123']],
    ['chineseCounting', [1, 10, 11, 20, 21, 99, 100, 101, 110, 1005, 10000, 10010], ['一', '十', '十一', '二十', '二十一', '九十九', '一百', '一百零一', '一百一十', '一千零五', '一万', '一万零一十']],
    ['chineseCountingThousand', [3, 15, 40], ['三', '十五', '四十']],
    ['chineseLegalSimplified', [1, 10, 12], ['壹', '壹拾', '壹拾贰']],
    ['ideographTraditional', [1, 2, 4, 10, 11], ['甲', '乙', '丁', '癸', '甲']],
    ['ideographZodiac', [1, 12], ['子', '亥']],
    ['ideographDigital', [1, 10, 2024], ['一', '一〇', '二〇二四']],
    ['decimalEnclosedCircle', [1, 10, 20, 21], ['①', '⑩', '⑳', '21']],
    ['decimalEnclosedCircleChinese', [3], ['③']],
    ['decimalEnclosedParen', [1], ['⑴']],
    ['upperLetter', [1, 26, 27, 28], ['A', 'Z', 'AA', 'BB']],
    ['lowerLetter', [3], ['c']],
    ['upperRoman', [1, 4, 9, 14, 2024], ['I', 'IV', 'IX', 'XIV', 'MMXXIV']],
    ['lowerRoman', [3, 40], ['iii', 'xl']],
    ['decimalFullWidth', [1, 12], ['１', '１２']],
    ['decimalZero', [1, 9, 10], ['01', '09', '10']],
    ['none', [5], ['']],
    ['noSuchFormat', [7], ['7']],
  ])('%s', (format, values, expected) => {
    expect(values.map((value) => formatListNumber(value, format))).toEqual(expected);
  });
});
