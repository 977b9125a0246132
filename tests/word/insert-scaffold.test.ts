import { check } from '../../src/core/check';
import type { ReportDocument } from '../../src/core/document';
import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { applyPlan, planScaffold, type PlannedBlock, type ScaffoldPlan } from '../../src/core/scaffold';
import { parsePartTag, partTag } from '../../src/core/tags';
import { EMPTY_DOCUMENT, PLANS_HEADING_INDEX, REPORT_WITHOUT_LEADER_DUTIES, type FakeParagraphInit, type FakeWord } from '../../src/preview/fake-word';
import { HostError } from '../../src/host/contract';
import { fromOfficeError } from '../../src/word/office-errors';
import { createWordHost } from '../../src/word/word-host';
import { existingState, fakeWord, syncsOf } from './helpers';

const plan = (doc: ReportDocument, unit?: string, year = 2024) => planScaffold({ profile: DEFAULT_PROFILE, year, unit, doc });
const REQUIRED = DEFAULT_PROFILE.parts.filter((p) => p.required).map((p) => p.id);
const PROMPTED_PARTS = ['addressee', 'measures', 'shortcomings', 'leader-duties', 'next-year-plans', 'other-matters', 'date'];

describe('the full scaffold into an empty document', () => {
  test.each([
    ['reads as its placeholder', true],
    ['reads as empty', false],
  ])('in two syncs; checked afterwards every mandated part is present and every prompt flagged (a placeholder %s)', async (_, placeholderInText) => {
    const { fake, host } = fakeWord(EMPTY_DOCUMENT, { placeholderInText });
    const basis = await host.readDocument();
    const full = plan(basis, '东风县司法局');
    const { result, syncs } = await syncsOf(fake, () => host.insertScaffold(full, basis));
    expect(syncs).toBeLessThanOrEqual(2);
    expect(result.inserted).toBe(full.insertions.flatMap((i) => i.blocks).length);

    const after = await host.readDocument();
    if (placeholderInText) expect(after.blocks.map((b) => b.text)).toEqual(applyPlan([''], full));
    const checked = check(after);
    expect(checked.parts.filter((p) => REQUIRED.includes(p.id) && p.status !== 'present')).toEqual([]);
    expect(checked.findings.filter((f) => f.code === 'prompt-left').map((f) => f.part)).toEqual(PROMPTED_PARTS);
  });

  test('headings in the built-in heading styles and 公文 fonts, the title centred, signature and date right-aligned', async () => {
    const { fake, host } = fakeWord(EMPTY_DOCUMENT);
    const basis = await host.readDocument();
    await host.insertScaffold(plan(basis, '东风县司法局'), basis);
    const view = fake.paragraphs();
    const byText = (start: string) => view.find((p) => p.text.startsWith(start));
    expect(byText('东风县司法局关于')).toMatchObject({ styleBuiltIn: 'Normal', alignment: 'Centered', font: { name: '方正小标宋简体', size: 22, bold: false } });
    expect(byText('一、2024年度')).toMatchObject({ styleBuiltIn: 'Heading1', outlineLevel: 1, alignment: 'Left', font: { name: '黑体', size: 16, bold: false } });
    expect(byText('【请写明2024年度')).toMatchObject({ styleBuiltIn: 'Normal', alignment: 'Justified', font: { name: '仿宋', size: 16 } });
    expect(view.filter((p) => p.alignment === 'Right').map((p) => p.text)).toEqual(['东风县司法局', '【成文日期，如2025年1月20日】']);
    expect(view.filter((p) => p.styleBuiltIn === 'Heading1')).toHaveLength(5);
    expect(view.every((p) => p.font.nameFarEast === undefined)).toBe(true); // WordApiDesktop 1.3 not claimed
  });

  test('every inserted paragraph is in a control tagged with its planned tag: prompts visible placeholders, the rest hidden', async () => {
    const { fake, host } = fakeWord(EMPTY_DOCUMENT);
    const basis = await host.readDocument();
    const full = plan(basis);
    await host.insertScaffold(full, basis);
    const blocks = full.insertions.flatMap((i) => i.blocks);
    const view = fake.paragraphs();
    expect(view.slice(0, -1).map((p) => p.controls.map((c) => c.tag))).toEqual(blocks.map((b) => [b.tag]));
    view.slice(0, -1).forEach((p, i) => {
      const block = blocks[i];
      const control = p.controls[0];
      if (block?.placeholder) {
        expect(control).toMatchObject({ appearance: 'BoundingBox', placeholderText: block.text, showingPlaceholder: true });
        expect(p.runs).toEqual([]); // the prompt is a placeholder, not text
      } else {
        expect(control).toMatchObject({ appearance: 'Hidden', placeholderText: '' });
        expect(p.runs).toEqual([{ text: block?.text }]);
      }
    });
    expect(view[view.length - 1]).toMatchObject({ text: '', controls: [] }); // the document's own empty paragraph, last
  });

  test('typing over a prompt makes it go away, and the checker stops flagging it', async () => {
    const { fake, host } = fakeWord(EMPTY_DOCUMENT);
    const basis = await host.readDocument();
    await host.insertScaffold(plan(basis), basis);
    const promptIndex = fake.paragraphs().findIndex((p) => p.placeholder?.startsWith('【请写明2024年度'));
    fake.model.typeText(promptIndex, '全年审核规范性文件14件，均按期办结。');
    const result = check(await host.readDocument());
    expect(result.findings.filter((f) => f.code === 'prompt-left').map((f) => f.part)).not.toContain('measures');
  });

  test('on Word on the web, where placeholderText is refused, prompts go in as text inside a visible tagged control', async () => {
    const { fake, host } = fakeWord(EMPTY_DOCUMENT, { platform: 'OfficeOnline' });
    const basis = await host.readDocument();
    const full = plan(basis, '东风县司法局');
    await host.insertScaffold(full, basis);
    const prompt = fake.paragraphs().find((p) => p.text.startsWith('【请写明2024年度'));
    expect(prompt).toMatchObject({ runs: [{ text: prompt?.text }], controls: [expect.objectContaining({ appearance: 'BoundingBox', placeholderText: '' })] });
    expect(check(await host.readDocument()).findings.filter((f) => f.code === 'prompt-left').map((f) => f.part)).toEqual(PROMPTED_PARTS);
  });

  test('the East Asian font is set too where WordApiDesktop 1.3 is supported', async () => {
    const { fake, host } = fakeWord(EMPTY_DOCUMENT, { requirementSets: { WordApi: '1.9', WordApiDesktop: '1.3' } });
    const basis = await host.readDocument();
    await host.insertScaffold(plan(basis), basis);
    expect(fake.paragraphs().find((p) => p.styleBuiltIn === 'Heading1')?.font).toMatchObject({ name: '黑体', nameFarEast: '黑体' });
  });
});

describe('into a partial report', () => {
  test('only the leader-duties section goes in, between shortcomings and plans; nothing else changes', async () => {
    const { fake, host } = fakeWord(REPORT_WITHOUT_LEADER_DUTIES);
    const basis = await host.readDocument();
    const partial = plan(basis);
    expect(partial.adds).toEqual(['leader-duties']);
    const before = existingState(fake);
    const { result, syncs } = await syncsOf(fake, () => host.insertScaffold(partial, basis));
    expect(syncs).toBeLessThanOrEqual(2);
    expect(result).toEqual({ inserted: 2 });

    const view = fake.paragraphs();
    expect(view.slice(PLANS_HEADING_INDEX - 2, PLANS_HEADING_INDEX + 3).map((p) => p.text)).toEqual([
      '二、2024年度推进法治政府建设存在的不足和原因',
      expect.stringContaining('原因在于'),
      '三、2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      expect.stringContaining('【请写明党政主要负责人'),
      '三、2025年度推进法治政府建设的主要安排', // left for the writer to renumber (plan.renumber says so)
    ]);
    const after = existingState(fake);
    expect(after.filter((p) => before.some((b) => b.key === p.key))).toEqual(before);
    const result2 = check(await host.readDocument());
    expect(result2.parts.find((p) => p.id === 'leader-duties')).toMatchObject({ status: 'present', at: PLANS_HEADING_INDEX });
  });

  test('inserted paragraphs do not take over the list numbering of the paragraph they go next to', async () => {
    const doc: FakeParagraphInit[] = [
      { text: '2024年度法治政府建设情况报告' },
      { text: '2024年度推进法治政府建设的主要举措和成效', styleBuiltIn: 'Heading1', listString: '一、' },
      '全年办理行政许可事项320件。',
      { text: '2024年度推进法治政府建设存在的不足和原因', styleBuiltIn: 'Heading1', listString: '二、' },
      '执法力量不足，原因是编制空缺。',
      { text: '2025年度推进法治政府建设的主要安排', styleBuiltIn: 'Heading1', listString: '三、' },
      '加强队伍建设。',
      { text: '某某县司法局', alignment: 'Right' },
      { text: '2025年1月15日', alignment: 'Right' },
    ];
    const { fake, host } = fakeWord(doc);
    const basis = await host.readDocument();
    const partial = plan(basis);
    expect(partial.insertions.map((i) => i.before)).toEqual([5]);
    await host.insertScaffold(partial, basis);
    const inserted = fake.paragraphs().filter((p) => p.controls.some((c) => c.tag.startsWith('report-assistant:')));
    expect(inserted).toHaveLength(2);
    expect(inserted.map((p) => p.listString)).toEqual([undefined, undefined]);
  });

  test('text due before a table goes above the table, not into its first cell', async () => {
    const { fake, host } = fakeWord(['甲', { text: '单元格', tableNestingLevel: 1 }, '乙']);
    const basis = await host.readDocument();
    const custom = { mode: 'partial' as const, addsTables: [], adds: ['other-matters'], renumber: [], insertions: [{ before: 1, blocks: [{ role: 'heading' as const, part: 'other-matters', text: '五、其他需要报告的情况', level: 1, placeholder: false, tag: 'report-assistant:heading:other-matters' }] }] };
    await host.insertScaffold(custom, basis);
    expect(fake.paragraphs().map((p) => [p.text, p.tableNestingLevel])).toEqual([['甲', 0], ['五、其他需要报告的情况', 0], ['单元格', 1], ['乙', 0]]);
  });

  test('insertions at the end go after the last paragraph, in order', async () => {
    const { fake, host } = fakeWord(['甲']);
    const basis = await host.readDocument();
    const blocks = ['一', '二', '三'].map((text) => ({ role: 'prompt' as const, part: 'x', text, placeholder: false, tag: `t:${text}` }));
    await host.insertScaffold({ mode: 'partial', addsTables: [], adds: [], renumber: [], insertions: [{ before: 1, blocks }] }, basis);
    expect(fake.paragraphs().map((p) => p.text)).toEqual(['甲', '一', '二', '三']);
  });
});

/** Which paragraphs (by key) each content control holds. */
function controlHolders(fake: FakeWord): Map<number, number[]> {
  const holders = new Map<number, number[]>();
  for (const p of fake.paragraphs()) for (const c of p.controls) holders.set(c.id, [...(holders.get(c.id) ?? []), p.key]);
  return holders;
}

/** The paragraphs insertScaffold added: not among the keys that were there before. */
function added(fake: FakeWord, keysBefore: readonly number[]) {
  return fake.paragraphs().filter((p) => !keysBefore.includes(p.key));
}

/** Every control that was there still holds exactly the paragraphs it held. */
function expectControlsKept(fake: FakeWord, before: Map<number, number[]>): void {
  const after = controlHolders(fake);
  expect([...before.keys()].map((id) => [id, after.get(id)])).toEqual([...before.entries()]);
}

/** check() finds every required part, and each part it finds carries the tag of that part (its heading's, for sections). */
function expectPartsFoundByTag(doc: ReportDocument): void {
  const result = check(doc);
  expect(result.parts.filter((p) => REQUIRED.includes(p.id) && p.status !== 'present')).toEqual([]);
  for (const part of result.parts.filter((p) => p.at !== null)) {
    expect([part.id, doc.blocks[part.at as number]?.tags.map((t) => parsePartTag(t)?.partId)]).toEqual([part.id, [part.id]]);
  }
}

const block = (part: string, text: string, role: PlannedBlock['role'] = 'prompt'): PlannedBlock => ({ role, part, text, placeholder: false, tag: partTag(role === 'heading' ? 'heading' : 'prompt', part) });
const customPlan = (before: number, blocks: PlannedBlock[]): ScaffoldPlan => ({ mode: 'partial', addsTables: [], adds: [], renumber: [], insertions: [{ before, blocks }] });

describe('next to existing content controls', () => {
  test('a second run after the writer deleted a section: the new heading and prompt go before our tagged heading, outside every control', async () => {
    const { fake, host } = fakeWord(EMPTY_DOCUMENT);
    const first = await host.readDocument();
    await host.insertScaffold(plan(first, '东风县司法局'), first);
    // The writer deletes the leader-duties section (its heading and prompt).
    const start = fake.paragraphs().findIndex((p) => p.controls.some((c) => c.tag === partTag('heading', 'leader-duties')));
    fake.model.paragraphs.splice(start, 2);
    const plansHeading = fake.paragraphs()[start];
    expect(plansHeading?.controls.map((c) => c.tag)).toEqual([partTag('heading', 'next-year-plans')]);

    const basis = await host.readDocument();
    const second = plan(basis, '东风县司法局');
    expect(second.adds).toEqual(['leader-duties']);
    expect(second.insertions.map((i) => i.before)).toEqual([start]);
    const keys = fake.paragraphs().map((p) => p.key);
    const holders = controlHolders(fake);
    const { syncs } = await syncsOf(fake, () => host.insertScaffold(second, basis));
    expect(syncs).toBeLessThanOrEqual(2);

    const view = fake.paragraphs();
    expect(view.slice(start, start + 3).map((p) => p.controls.map((c) => c.tag))).toEqual([
      [partTag('heading', 'leader-duties')], // only its own control: not inside the plans heading's
      [partTag('prompt', 'leader-duties')],
      [partTag('heading', 'next-year-plans')],
    ]);
    expect(added(fake, keys).map((p) => p.index)).toEqual([start, start + 1]);
    expectControlsKept(fake, holders);
    expectPartsFoundByTag(await host.readDocument());
  });

  test('before a paragraph inside another tool\u2019s untagged, locked control around several paragraphs: the new paragraphs go before the control', async () => {
    const locked = { id: 7, tag: '', title: '其他工具', cannotEdit: true, cannotDelete: true };
    const doc = REPORT_WITHOUT_LEADER_DUTIES.map((p, i) =>
      i === PLANS_HEADING_INDEX || i === PLANS_HEADING_INDEX + 1 ? { ...(p as object), contentControls: [locked] } : p,
    );
    const { fake, host } = fakeWord(doc);
    const basis = await host.readDocument();
    const partial = plan(basis);
    expect(partial.insertions.map((i) => i.before)).toEqual([PLANS_HEADING_INDEX]);
    const keys = fake.paragraphs().map((p) => p.key);
    const holders = controlHolders(fake);
    const { syncs } = await syncsOf(fake, () => host.insertScaffold(partial, basis));
    expect(syncs).toBeLessThanOrEqual(2);

    const view = fake.paragraphs();
    expect(added(fake, keys).map((p) => [p.index, p.controls.map((c) => c.tag)])).toEqual([
      [PLANS_HEADING_INDEX, [partTag('heading', 'leader-duties')]],
      [PLANS_HEADING_INDEX + 1, [partTag('prompt', 'leader-duties')]],
    ]);
    expect(view[PLANS_HEADING_INDEX + 2]?.text).toBe('三、2025年度推进法治政府建设的主要安排');
    expectControlsKept(fake, holders);
    const result = check(await host.readDocument());
    expect(result.parts.find((p) => p.id === 'leader-duties')).toMatchObject({ status: 'present', at: PLANS_HEADING_INDEX });
  });

  test('a control nested in another that begins at the same paragraph: the new paragraphs go before the outer one', async () => {
    const { fake, host } = fakeWord([
      '甲',
      { text: '乙', contentControls: [{ id: 1, tag: 'other-tool' }, { id: 2, tag: partTag('heading', 'measures') }] },
      { text: '丙', contentControls: [{ id: 1, tag: 'other-tool' }] },
    ]);
    const basis = await host.readDocument();
    const holders = controlHolders(fake);
    await host.insertScaffold(customPlan(1, [block('x', '新一'), block('x', '新二')]), basis);
    expect(fake.paragraphs().map((p) => [p.text, p.controls.map((c) => c.id)])).toEqual([
      ['甲', []], ['新一', [expect.any(Number)]], ['新二', [expect.any(Number)]], ['乙', [1, 2]], ['丙', [1]],
    ]);
    expectControlsKept(fake, holders);
  });

  test('appended at the end when the last paragraph is our date prompt: after its control, in order, outside it', async () => {
    const date = { tag: partTag('prompt', 'date'), appearance: 'BoundingBox' as const, placeholderText: '【成文日期】' };
    const { fake, host } = fakeWord(['甲', { text: '', alignment: 'Right', contentControls: [date] }]);
    const basis = await host.readDocument();
    const keys = fake.paragraphs().map((p) => p.key);
    const holders = controlHolders(fake);
    const { syncs } = await syncsOf(fake, () => host.insertScaffold(customPlan(2, [block('x', '一'), block('x', '二'), block('x', '三')]), basis));
    expect(syncs).toBeLessThanOrEqual(2);
    const ours = [partTag('prompt', 'x')];
    expect(fake.paragraphs().map((p) => [p.text, p.controls.map((c) => c.tag)])).toEqual([
      ['甲', []], ['【成文日期】', [date.tag]], ['一', ours], ['二', ours], ['三', ours],
    ]);
    expect(added(fake, keys)).toHaveLength(3);
    expectControlsKept(fake, holders);
  });

  test('text due before a table whose paragraph above is in a control goes after that control, not into it or the cell', async () => {
    const { fake, host } = fakeWord([{ text: '甲', contentControls: [{ tag: 'other-tool' }] }, { text: '单元格', tableNestingLevel: 1 }]);
    const basis = await host.readDocument();
    const holders = controlHolders(fake);
    await host.insertScaffold(customPlan(1, [block('x', '一'), block('x', '二')]), basis);
    expect(fake.paragraphs().map((p) => [p.text, p.tableNestingLevel, p.controls.map((c) => c.tag)])).toEqual([
      ['甲', 0, ['other-tool']], ['一', 0, [partTag('prompt', 'x')]], ['二', 0, [partTag('prompt', 'x')]], ['单元格', 1, []],
    ]);
    expectControlsKept(fake, holders);
  });

  test('inside a control around the whole body (a template\u2019s): the new paragraphs stay in it, the only place the plan\u2019s position allows', async () => {
    const all = { id: 3, tag: 'template-body' };
    const { fake, host } = fakeWord(['甲', '乙'].map((text) => ({ text, contentControls: [all] })));
    const basis = await host.readDocument();
    await host.insertScaffold(customPlan(1, [block('x', '新')]), basis);
    expect(fake.paragraphs().map((p) => [p.text, p.controls.map((c) => c.tag)])).toEqual([
      ['甲', ['template-body']], ['新', ['template-body', partTag('prompt', 'x')]], ['乙', ['template-body']],
    ]);
    expect((await host.readDocument()).blocks[1]?.tags).toEqual([partTag('prompt', 'x')]); // the innermost tag: ours
  });

  test('an anchor nested deeper than the first sync looks: HostError failed after one sync, nothing inserted; a plain paragraph after it is fine', async () => {
    const deep = [1, 2, 3, 4, 5].map((id) => ({ id, tag: `t${id}` }));
    const { fake, host } = fakeWord(['甲', { text: '乙', contentControls: deep }, '丙']);
    const basis = await host.readDocument();
    const before = existingState(fake);
    const { result, syncs } = await syncsOf(fake, () => host.insertScaffold(customPlan(1, [block('x', '新')]), basis).catch((e: unknown) => e));
    expect(result).toMatchObject({ kind: 'failed', detail: expect.stringContaining('paragraph 2') });
    expect(syncs).toBe(1);
    expect(existingState(fake)).toEqual(before);

    await host.insertScaffold(customPlan(2, [block('x', '新')]), basis);
    expect(fake.paragraphs().map((p) => [p.text, p.controls.length])).toEqual([['甲', 0], ['乙', 5], ['新', 1], ['丙', 0]]);
  });
});

describe('refusals', () => {
  test('a document changed since it was read: HostError document-changed, nothing inserted', async () => {
    const { fake, host } = fakeWord(REPORT_WITHOUT_LEADER_DUTIES);
    const basis = await host.readDocument();
    fake.model.typeText(13, '改过的文字。');
    const before = existingState(fake);
    const { result, syncs } = await syncsOf(fake, () => host.insertScaffold(plan(basis), basis).catch((e: unknown) => e));
    expect(result).toBeInstanceOf(HostError);
    expect(result).toMatchObject({ kind: 'document-changed' });
    expect(syncs).toBe(1);
    expect(existingState(fake)).toEqual(before);
  });

  test('a paragraph added since: document-changed too', async () => {
    const { fake, host } = fakeWord(['甲', '乙']);
    const basis = await host.readDocument();
    await fake.Word.run(async (context) => {
      context.document.body.insertParagraph('丙', 'End');
      await context.sync();
    });
    await expect(host.insertScaffold(plan(basis), basis)).rejects.toMatchObject({ kind: 'document-changed' });
  });

  test('a basis this host did not read is compared by its block texts', async () => {
    const { fake, host } = fakeWord(REPORT_WITHOUT_LEADER_DUTIES);
    const basis = await createWordHost().readDocument();
    await expect(host.insertScaffold(plan(basis), basis)).resolves.toEqual({ inserted: 2 });
    expect(fake.paragraphs()).toHaveLength(REPORT_WITHOUT_LEADER_DUTIES.length + 2);
  });

  test('a read-only document: HostError read-only, nothing changed', async () => {
    const { fake, host } = fakeWord(REPORT_WITHOUT_LEADER_DUTIES, { readOnly: true });
    const basis = await host.readDocument();
    const before = existingState(fake);
    await expect(host.insertScaffold(plan(basis), basis)).rejects.toMatchObject({ kind: 'read-only' });
    expect(existingState(fake)).toEqual(before);
  });

  test('Office errors map to HostErrors by code, or by a message about protection', () => {
    const officeError = (code: string, message: string) => Object.assign(new Error(message), { code });
    expect(fromOfficeError(officeError('AccessDenied', 'You don\u2019t have sufficient permissions for this action.')).kind).toBe('read-only');
    expect(fromOfficeError(officeError('GeneralException', 'The document is protected.')).kind).toBe('read-only');
    expect(fromOfficeError(officeError('GeneralException', 'Something broke.'))).toMatchObject({ kind: 'failed', detail: 'GeneralException: Something broke.' });
    expect(fromOfficeError('odd')).toMatchObject({ kind: 'failed', detail: 'odd' });
    const own = new HostError('not-found');
    expect(fromOfficeError(own)).toBe(own);
  });
});

describe('selectBlock', () => {
  test('selects the paragraph in at most two syncs', async () => {
    const { fake, host } = fakeWord(REPORT_WITHOUT_LEADER_DUTIES);
    const { syncs } = await syncsOf(fake, () => host.selectBlock(12));
    expect(syncs).toBeLessThanOrEqual(2);
    expect(fake.model.selectedIndex()).toBe(12);
    expect(fake.paragraphs()[12]?.selected).toBe(true);
  });

  test('out of range (or not an index): HostError not-found, selection unchanged', async () => {
    const { fake, host } = fakeWord(['甲', '乙']);
    for (const index of [2, -1, 0.5, Number.NaN]) {
      await expect(host.selectBlock(index)).rejects.toMatchObject({ kind: 'not-found' });
    }
    expect(fake.model.selection).toBeNull();
  });

  test('selecting works in a read-only document', async () => {
    const { fake, host } = fakeWord(['甲', '乙'], { readOnly: true });
    await host.selectBlock(1);
    expect(fake.model.selectedIndex()).toBe(1);
  });
});
