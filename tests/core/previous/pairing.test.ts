import { analyze } from '../../../src/core/analysis';
import { unitOf } from '../../../src/core/figures/report-unit';
import { previousYearPartner, sameUnit } from '../../../src/core/previous/pairing';
import { DEFAULT_PROFILE } from '../../../src/core/profiles';
import { textDoc } from '../../helpers/text-docs';

describe('pairing reports of two years by unit and year', () => {
  test('the unit a report names: its signature, else the title’s words before 关于 or before the year', () => {
    const named = (...lines: string[]) => unitOf(analyze(textDoc(...lines), DEFAULT_PROFILE));
    expect(named('柳河县司法局2024年度法治政府建设情况报告', '一、2024年度推进法治政府建设的主要举措和成效', '全年办结许可事项。')).toBe('柳河县司法局');
    expect(named('柳河县司法局关于2024年度法治政府建设情况的报告', '一、2024年度推进法治政府建设的主要举措和成效', '全年办结许可事项。')).toBe('柳河县司法局');
    expect(named('2024年度法治政府建设情况报告', '一、2024年度推进法治政府建设的主要举措和成效', '全年办结许可事项。')).toBeNull();
  });

  test('the same unit however its name is spaced or extended; a name too short to tell is no unit', () => {
    expect(sameUnit('松川县司法局', '中共松川县司法局党组 松川县司法局')).toBe(true);
    expect(sameUnit('松川县 司法局', '松川县司法局')).toBe(true);
    expect(sameUnit('松川县司法局', '柳河县司法局')).toBe(false);
    expect(sameUnit('司法局', '松川县司法局')).toBe(false);
  });

  test('the partner is the same unit’s report of the year before, not of the same year or two years before', () => {
    const reports = [
      { unit: '松川县司法局', year: 2024 },
      { unit: '松川县司法局', year: 2022 },
      { unit: '柳河县司法局', year: 2023 },
      { unit: '松川县司法局', year: 2023 },
    ];
    expect(previousYearPartner({ unit: '松川县司法局', year: 2024 }, reports)).toBe(3);
    expect(previousYearPartner({ unit: '柳河县司法局', year: 2025 }, reports)).toBe(-1);
    expect(previousYearPartner({ unit: '松川县司法局', year: null }, reports)).toBe(-1);
  });
});
