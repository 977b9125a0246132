/** The check workflow without React: read once from the test Word host, then check in either language. */
import type { Diagnostic } from '../../src/core/diagnostic';
import type { ReportDocument } from '../../src/core/document';
import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { checkReport, readerNotices, toFix } from '../../src/host/workflows/check';
import { paneOperations } from '../../src/host/workflows/operations';
import { REPORT_WITHOUT_LEADER_DUTIES } from '../../src/preview/fake-word';
import { fakeWord, syncsOf } from '../word/helpers';

describe('checking a report', () => {
  test('read once; checked again in the other language without reading again; the same findings, each language its words', async () => {
    const { fake, host } = fakeWord(REPORT_WITHOUT_LEADER_DUTIES);
    const operations = paneOperations(host).check;
    const doc = await operations.read();
    const { result: zh, syncs } = await syncsOf(fake, async () => checkReport(doc, { profile: DEFAULT_PROFILE, lang: 'zh-CN' }));
    const en = checkReport(doc, { profile: DEFAULT_PROFILE, lang: 'en-US' });
    expect(syncs).toBe(0);
    expect(zh.reportYear).toBe(2024);
    expect(zh.parts.find((p) => p.id === 'leader-duties')?.status).toBe('missing');
    expect(en.findings.map((f) => [f.code, f.severity, f.at])).toEqual(zh.findings.map((f) => [f.code, f.severity, f.at]));
    const missing = (findings: typeof zh.findings) => findings.find((f) => f.code === 'missing-part')?.message;
    expect(missing(zh.findings)).toMatch(/缺少/);
    expect(missing(en.findings)).not.toMatch(/缺少/);
    expect(toFix(zh)).toBe(zh.findings.filter((f) => f.severity !== 'info').length);
    expect(toFix(zh)).toBeGreaterThan(0);
  });

  test('a finding’s place can be selected in the document', async () => {
    const { fake, host } = fakeWord(REPORT_WITHOUT_LEADER_DUTIES);
    await paneOperations(host).check.select(3);
    expect(fake.model.selection).toMatchObject({ key: fake.paragraphs()[3]?.key });
  });
});

describe('what the reader could not read', () => {
  const doc = (extra: Partial<ReportDocument> & { notices?: Diagnostic[] }): ReportDocument & { notices?: Diagnostic[] } => ({ blocks: [], locationUnit: 'paragraph', warnings: [], ...extra });

  test('notices given as diagnostics are rendered in the pane’s language', () => {
    // Any code the catalog knows will do: the seam renders whatever the reader reports.
    const notice: Diagnostic = { code: 'profile-required', severity: 'warning', params: { property: 'id' } };
    const both = doc({ warnings: ['缺少必填字段“id” / the required field "id" is missing'], notices: [notice] });
    expect(readerNotices(both, 'zh-CN')).toEqual(['缺少必填字段“id”']);
    expect(readerNotices(both, 'en-US')).toEqual(['the required field "id" is missing']);
  });

  test('a reader that gives only warnings has them shown as they are', () => {
    expect(readerNotices(doc({ warnings: ['一个嵌入对象 / an embedded object'] }), 'en-US')).toEqual(['一个嵌入对象 / an embedded object']);
    expect(readerNotices(doc({}), 'zh-CN')).toEqual([]);
  });
});
