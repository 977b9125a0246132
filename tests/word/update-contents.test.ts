import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { planScaffold } from '../../src/core/scaffold';
import { CONTENTS_HEADINGS, REPORT_WITH_CONTENTS } from '../helpers/word-made';
import { fakeWord, syncsOf } from './helpers';

const HEADINGS = CONTENTS_HEADINGS;
const REPORT = REPORT_WITH_CONTENTS;

const entries = (doc: { blocks: Array<{ kind: string; text: string }> }) => doc.blocks.filter((b) => b.kind === 'contents-entry').map((b) => b.text.split('\t')[0]);

describe('更新目录 after inserting headings', () => {
  test('Word with WordApi 1.5 updates the contents field: it lists the inserted headings, in one read and one write', async () => {
    const { fake, host } = fakeWord(REPORT);
    const basis = await host.readDocument();
    const plan = planScaffold({ profile: DEFAULT_PROFILE, year: 2023, doc: basis });
    expect(plan.updateContents).toBe(true);
    await host.insertScaffold(plan, basis);
    const inserted = await host.readDocument();
    const headings = inserted.blocks.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => b.text);
    expect(headings.length).toBeGreaterThan(HEADINGS.length);
    expect(entries(inserted)).toEqual(['目录', ...HEADINGS]);

    const { result, syncs } = await syncsOf(fake, () => host.updateContents());
    expect(result).toBe('updated');
    expect(syncs).toBe(2);
    expect(entries(await host.readDocument())).toEqual(['目录', ...headings]);
  });

  test('without WordApi 1.5 the writer is told to update the field by hand, and nothing changes', async () => {
    const { fake, host } = fakeWord(REPORT, { requirementSets: { WordApi: '1.4', WordApiDesktop: '1.4' } });
    const before = fake.paragraphs().map((p) => p.runs.map((r) => r.text).join(''));
    expect(await host.updateContents()).toBe('by-hand');
    expect(fake.paragraphs().map((p) => p.runs.map((r) => r.text).join(''))).toEqual(before);
  });

  test('contents typed by hand (no field Word knows) are the writer’s to update', async () => {
    const { host } = fakeWord(['某区司法局2023年法治政府建设年度情况报告', '目录', '一、主要举措和成效……2', { text: '一、主要举措和成效', styleBuiltIn: 'Heading1' }]);
    expect(await host.updateContents()).toBe('by-hand');
  });
});
