import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEM_SEVERITY } from '../../src/core/figures/data-file-diagnostics';
import { hasMessage, MESSAGE_TABLES, text } from '../../src/core/i18n/catalog';
import { LANGS } from '../../src/core/i18n/lang';
import { namesIn, renderMessage } from '../../src/core/i18n/render';
import { RULES } from '../../src/core/rules/registry';

const TABLES = [...MESSAGE_TABLES, ...RULES.map((rule) => rule.messages)];

/** Params only one language's text uses, on purpose: a technical detail English shows, a name Chinese repeats. */
const ONE_LANGUAGE_ONLY: Record<string, string[]> = {
  'profile-duplicate-id': ['id'],
  'profile-bad-pattern': ['detail'],
  'profile-invalid': ['detail'],
};

describe('the one catalog', () => {
  test('a key stands in one table only', () => {
    const seen = new Map<string, number>();
    TABLES.forEach((table, i) => {
      for (const key of Object.keys(table)) {
        expect({ key, alsoIn: seen.get(key) }).toEqual({ key, alsoIn: undefined });
        seen.set(key, i);
      }
    });
  });

  test('both languages of every message take the same params', () => {
    for (const table of TABLES) {
      for (const [key, message] of Object.entries(table)) {
        const [zh, en] = LANGS.map((lang) => namesIn(message[lang]).filter((name) => !ONE_LANGUAGE_ONLY[key]?.includes(name)));
        expect({ key, names: en }).toEqual({ key, names: zh });
      }
    }
  });

  test('every code a rule reports has a message (its own, or the rule’s template for codes a profile names)', () => {
    for (const rule of RULES) for (const code of Object.keys(rule.codes)) expect({ code, known: hasMessage(code) || Object.keys(rule.messages).some((k) => k.startsWith(`${code}.`)) }).toEqual({ code, known: true });
  });

  test('every code a reader gives (data files, .docx, report files, text) has a message', () => {
    const src = join(__dirname, '..', '..', 'src');
    const sources = ['data', 'docx', 'files', 'cli', 'core/figures'].flatMap((dir) =>
      readdirSync(join(src, dir)).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(src, dir, f), 'utf8')),
    );
    const used = sources.flatMap((source) => [...source.matchAll(/\b(?:fatal|problem|warn|DocxReadError|ReportReadError)\('([a-z][\w-]*)'/g)].map((m) => m[1] as string));
    const codes = [...new Set([...used, ...Object.keys(PROBLEM_SEVERITY)])];
    expect(codes.length).toBeGreaterThan(40);
    const known = (code: string) => hasMessage(code) || MESSAGE_TABLES.some((table) => Object.keys(table).some((key) => key.startsWith(`${code}.`)));
    expect(codes.filter((code) => !known(code))).toEqual([]);
  });

  test('an English message counting things before their name has forms for one and for many (no “1 cells”)', () => {
    // “{count} more not listed” and “({count} blank)” read right for any count.
    const countsThings = /\{count\} (?!more not|blank\))[a-z]/i;
    const singleForm = TABLES.flatMap((table) => Object.entries(table))
      .filter(([, message]) => typeof message['en-US'] === 'string' && countsThings.test(message['en-US']))
      .map(([key]) => key);
    // Findings grouped only when there are many, a check that only fires on many marks, more cells than a header's.
    expect(singleForm.filter((key) => !/-many$|half-width-throughout$|^extra-cells$/.test(key))).toEqual([]);
    expect(text('table-cell', { variant: 'empty', count: 1, tableName: '表一', row: '甲', column: '乙' }, 'en-US')).toMatch(/has 1 cell without/);
    expect(text('table-cell', { variant: 'not-number-more', count: 1, tableName: '表一', row: '甲', column: '乙', text: 'x' }, 'en-US')).toMatch(/1 more cell is not a number/);
    expect(text('tables-unchecked', { count: 1 }, 'en-US')).toMatch(/the 1 standard table was not/);
    expect(text('columns-skipped', { count: 1, from: 'ALM', limit: 1000 }, 'en-US')).toMatch(/^The column ALM was not read/);
    const loaded = (lang: 'zh-CN' | 'en-US', figures: number, units: number) =>
      text('pane-figures-loaded-from', { source: 'a.csv', figures: text('pane-figures-count-figures', { count: figures }, lang), units: text('pane-figures-count-units', { count: units }, lang) }, lang);
    expect(loaded('en-US', 1, 1)).toBe('Loaded “a.csv”: 1 figure, 1 unit.');
    expect(loaded('en-US', 2, 3)).toBe('Loaded “a.csv”: 2 figures, 3 units.');
    expect(loaded('zh-CN', 2, 1)).toBe('已载入“a.csv”：2 个数字，1 个单位。');
  });

  test('plurals follow the count in English; a missing param stays visible', () => {
    expect(text('report-to-fix', { count: 1 }, 'en-US')).toBe('1 thing to fix');
    expect(text('report-to-fix', { count: 3 }, 'en-US')).toBe('3 things to fix');
    expect(text('report-to-fix', { count: 3 }, 'zh-CN')).toBe('还有 3 处需要处理');
    expect(renderMessage('缺少“{partName}”。', {}, 'zh-CN')).toBe('缺少“{partName}”。');
    expect(renderMessage('{a}', { a: { 'zh-CN': '甲', 'en-US': 'A' } }, 'en-US')).toBe('A');
    expect(renderMessage('{a}', { a: '$& $$' }, 'en-US')).toBe('$& $$');
  });
});
