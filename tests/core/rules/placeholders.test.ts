import { check } from '../../../src/core/check';
import { buildDataset } from '../../../src/core/figures/dataset';
import { figureTag } from '../../../src/core/figures/tags';
import { BASE_REPORT, textDoc } from '../../helpers/text-docs';

const withLine = (line: string) => textDoc(...BASE_REPORT.slice(0, 4), line, ...BASE_REPORT.slice(4));
const placeholders = (line: string) => check(withLine(line)).findings.filter((f) => f.code === 'figure-missing').map((f) => f.params.text);

describe('placeholders: figures still to be filled in, found with no data file loaded', () => {
  test('XX件, X件, XX%, ××, 【数据】: an error each, and the report is not ready', () => {
    expect(placeholders('办理行政复议案件XX件，纠错X件。')).toEqual(['XX件']);
    expect(placeholders('出庭应诉率达到XX%。')).toEqual(['XX%']);
    expect(placeholders('培训执法人员××人次。')).toEqual(['××人次']);
    expect(placeholders('清理规范性文件××份，其中废止××。')).toEqual(['××份']);
    expect(placeholders('举办讲座【数据】场。')).toEqual(['【数据】']);
    expect(placeholders('由××同志负责。')).toEqual(['××']);
    const [finding] = check(withLine('办理行政复议案件X件。')).findings.filter((f) => f.code === 'figure-missing');
    expect(finding).toMatchObject({ severity: 'error', at: 4, message: '“X件”是待填的数字：请填入实际数字。' });
  });

  test('not an x inside a word or a number, nor a single ×', () => {
    expect(placeholders('升级Windows系统，配备2x件套装，面积3×4米。')).toEqual([]);
  });

  test('with a data file: a linked figure left as XX件 is reported once (as the figure’s), an unlinked one still', () => {
    const doc = withLine('办理行政复议案件XX件。');
    doc.blocks[4] = { ...doc.blocks[4]!, links: [{ tag: figureTag({ unit: '某某县司法局', year: 2023, indicator: '收案数', kind: 'value' }), text: 'XX件' }] };
    const dataset = buildDataset([{ unit: '某某县司法局', year: 2023, indicator: '收案数', value: 5, measure: '件', place: {} }]).dataset;
    const found = check(doc, { figures: { dataset, unit: '某某县司法局', year: 2023 } }).findings.filter((f) => f.code === 'figure-missing');
    expect(found.map((f) => f.params.variant)).toEqual(['empty']);
    const unlinked = check(withLine('办理行政复议案件XX件。'), { figures: { dataset, unit: '某某县司法局', year: 2023 } }).findings.filter((f) => f.code === 'figure-missing');
    expect(unlinked.map((f) => f.params.variant)).toEqual(['placeholder']);
  });
});
