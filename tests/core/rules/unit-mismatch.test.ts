import { check } from '../../../src/core/check';
import { BASE_REPORT, textDoc } from '../../helpers/text-docs';

/** BASE_REPORT with its title and signature as given. */
const report = (title: string, signature: string) => textDoc(title, ...BASE_REPORT.slice(1, -2), signature, BASE_REPORT.at(-1)!);
const mismatches = (title: string, signature: string, lang?: 'en-US') => check(report(title, signature), { lang }).findings.filter((f) => f.code === 'unit-mismatch');

describe('unit-mismatch: the title and the signature name different units', () => {
  test('another office’s signature left under this office’s title: a warning at the signature, naming both', () => {
    const [finding] = mismatches('白沙县司法局2023年度法治政府建设情况报告', '白沙县市场监督管理局');
    expect(finding).toMatchObject({ severity: 'warning', part: 'signature', at: 10, params: { head: '白沙县司法局', signature: '白沙县市场监督管理局' } });
    expect(finding?.message).toBe('署名“白沙县市场监督管理局”与标题中的“白沙县司法局”不是同一个单位：请核对，是否沿用了别的单位的报告而没有改全？');
    expect(mismatches('白沙县司法局关于2023年度法治政府建设情况的报告', '柳河县司法局', 'en-US')[0]?.message).toMatch(/^The signature “柳河县司法局” and the title’s “白沙县司法局” are not the same unit: check them/);
  });

  test('one unit written two ways, or too short a name to tell, is not remarked on', () => {
    for (const [title, signature] of [
      ['白沙县司法局2023年度法治政府建设情况报告', '中共白沙县司法局党组 白沙县司法局'],
      ['白沙县司法局关于2023年度法治政府建设情况的报告', '白 沙 县 司 法 局'],
      ['关于白沙县2023年度法治政府建设情况的报告', '白沙县人民政府'],
      ['2023年度法治政府建设情况报告', '柳河县司法局'],
      ['司法局2023年度法治政府建设情况报告', '柳河县司法局'],
    ]) {
      expect([title, mismatches(title!, signature!)]).toEqual([title, []]);
    }
  });
});
