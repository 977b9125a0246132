import { check } from '../../src/core/check';
import type { Profile } from '../../src/core/profile';
import govInfo from '../../src/core/profiles/gov-info-disclosure-annual.json';
import { planScaffold } from '../../src/core/scaffold';
import { documentTables } from '../../src/core/table-matching';
import { EMPTY_DOCUMENT } from '../../src/preview/fake-word';
import { existingState, fakeWord, syncsOf } from './helpers';

const profile = govInfo as Profile;
const CAPTIONS = ['表1', '表2', '表3', '表4', '表5'];

describe('standard tables inserted by the scaffold into Word', () => {
  test('the full scaffold puts five real tables under their captions, in two syncs; read back, each cell knows its table, row and column', async () => {
    const { fake, host } = fakeWord(EMPTY_DOCUMENT);
    const basis = await host.readDocument();
    const plan = planScaffold({ profile, year: 2024, unit: '青禾县农业农村局', doc: basis });
    const { result, syncs } = await syncsOf(fake, () => host.insertScaffold(plan, basis));
    expect(syncs).toBeLessThanOrEqual(2);

    const view = fake.paragraphs();
    const cells = view.filter((p) => p.cell);
    expect(result.inserted).toBe(view.length - 1);
    expect(new Set(cells.map((p) => p.cell?.table)).size).toBe(5);
    expect(cells.every((p) => p.cell?.style === 'TableGrid' && p.cell.headerRows === 1 && p.tableNestingLevel === 1)).toBe(true);
    // Each table right after its caption paragraph.
    for (const caption of CAPTIONS) {
      const at = view.findIndex((p) => p.text.startsWith(caption));
      expect(view[at + 1]?.cell).toMatchObject({ row: 0, column: 0 });
      expect(view[at]).toMatchObject({ alignment: 'Centered', font: { bold: true } });
      expect(view[at]?.cell).toBeUndefined();
    }

    const after = await host.readDocument();
    const tables = documentTables(after.blocks);
    expect(tables.map((t) => [t.rows.length, t.rows[0]?.length])).toEqual([[3, 4], [4, 2], [2, 2], [31, 8], [4, 6]]);
    expect(tables[3]?.rows[1]?.[0]?.text).toBe('一、本年新收政府信息公开申请数量');

    const checked = check(after, { profile });
    expect(checked.parts.filter((p) => p.status !== 'present').map((p) => p.id)).toEqual([]);
    expect(checked.findings.filter((f) => f.code.startsWith('table')).map((f) => [f.code, f.params.table, f.params.variant])).toEqual(
      ['regulations', 'decisions', 'fees', 'applications', 'review-and-litigation'].map((id) => ['table-cell', id, 'empty']),
    );
  });

  test('filled in the document: numbers that add up pass; a broken identity names its column', async () => {
    const { fake, host } = fakeWord(EMPTY_DOCUMENT);
    const basis = await host.readDocument();
    await host.insertScaffold(planScaffold({ profile, year: 2024, doc: basis }), basis);
    const view = fake.paragraphs();
    for (const p of view) if (p.cell && p.cell.row > 0 && p.cell.column > 0) fake.model.typeText(p.index, '0');
    const newApplications = view.find((p) => p.text === '一、本年新收政府信息公开申请数量');
    const carriedForward = view.find((p) => p.text === '四、结转下年度继续办理');
    expect(check(await host.readDocument(), { profile }).findings.filter((f) => f.code.startsWith('table'))).toEqual([]);

    fake.model.typeText((newApplications?.index ?? 0) + 1, '3'); // 自然人: 3 new, none handled, none carried forward
    fake.model.typeText((newApplications?.index ?? 0) + 7, '3'); // 总计 of that row, so only the column identity fails
    fake.model.typeText((carriedForward?.index ?? 0) + 1, '1');
    fake.model.typeText((carriedForward?.index ?? 0) + 7, '1');
    const findings = check(await host.readDocument(), { profile }).findings.filter((f) => f.code === 'table-identity');
    expect(findings.map((f) => [f.params.line, f.params.left, f.params.right])).toEqual([['自然人', 3, 1], ['总计', 3, 1]]);
  });

  test('a report that has the part but not its table gets only the table, and every existing paragraph stays as it was', async () => {
    const lines = ['青禾县2024年政府信息公开工作年度报告', '一、总体情况', '概述。', '二、主动公开政府信息情况', '本年主动公开信息418条。', '三、收到和处理政府信息公开申请情况', '本年新收申请9件。'];
    const { fake, host } = fakeWord(lines);
    const before = existingState(fake);
    const basis = await host.readDocument();
    const plan = planScaffold({ profile, year: 2024, doc: basis });
    expect(plan.addsTables).toEqual(['proactive-disclosure/regulations', 'proactive-disclosure/decisions', 'proactive-disclosure/fees', 'requests/applications']);
    expect(plan.adds).toEqual(['review-and-litigation', 'problems-and-improvements', 'signature', 'date']); // missing parts come with their own tables
    await host.insertScaffold(plan, basis);
    const view = fake.paragraphs();
    const kept = existingState(fake).filter((p) => before.some((b) => b.key === p.key));
    expect(kept).toEqual(before);
    const at = (text: string) => view.findIndex((p) => p.text === text);
    expect(view[at('本年主动公开信息418条。') + 1]?.text).toMatch(/^表1/);
    expect(at('三、收到和处理政府信息公开申请情况')).toBeGreaterThan(at('本年主动公开信息418条。'));
    expect(view.filter((p) => /^表\d/.test(p.text)).map((p) => p.text.slice(0, 2))).toEqual(['表1', '表2', '表3', '表4', '表5']);
    expect(view[at('本年新收申请9件。') + 1]?.text).toMatch(/^表4/);
  });
});
