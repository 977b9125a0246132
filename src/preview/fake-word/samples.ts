/**
 * Sample documents for the preview page and browser tests. The report is invented (unit, figures
 * and wording), shaped like a real county-level report, and lacks the part on the principal leaders'
 * duties, so the checker has something to find and the scaffold something to insert.
 */
import type { FakeParagraphFields, FakeParagraphInit } from './paragraph-init';

/** A new Word document: one empty paragraph. */
export const EMPTY_DOCUMENT: readonly FakeParagraphInit[] = [''];

const BODY_FONT = { name: '仿宋', size: 16 };

const body = (text: string): FakeParagraphFields => ({ text, font: BODY_FONT, alignment: 'Justified' });
const heading1 = (text: string): FakeParagraphFields => ({ text, styleBuiltIn: 'Heading1', font: { name: '黑体', size: 16, bold: false } });
const heading2 = (text: string): FakeParagraphFields => ({ text, styleBuiltIn: 'Heading2', font: { name: '楷体', size: 16, bold: false } });
const right = (text: string): FakeParagraphFields => ({ text, font: BODY_FONT, alignment: 'Right' });

/** Index of the plans heading in REPORT_WITHOUT_LEADER_DUTIES: the leader-duties part belongs just before it. */
export const PLANS_HEADING_INDEX = 14;

/** A 2024 report: unit line, title, addressee, 一、 measures with （一）–（三）, 二、 shortcomings, 三、 plans, signature, date. */
export const REPORT_WITHOUT_LEADER_DUTIES: readonly FakeParagraphInit[] = [
  { text: '东风县司法局', font: { name: '仿宋', size: 16 }, alignment: 'Centered' },
  { text: '关于2024年度法治政府建设情况的报告', font: { name: '方正小标宋简体', size: 22 }, alignment: 'Centered' },
  '',
  { text: '县人民政府：', font: BODY_FONT },
  body('2024年，我局在县委、县政府的领导下，围绕基本建成法治政府的目标，把依法行政贯穿于各项工作之中。现将全年情况报告如下。'),
  heading1('一、2024年度推进法治政府建设的主要举措和成效'),
  heading2('（一）完善依法行政制度体系'),
  body('全年审核县政府规范性文件14件、行政协议37份，提出修改意见96条，均被起草单位采纳；对现行有效的规范性文件进行了一次全面清理。'),
  heading2('（二）规范行政执法行为'),
  body('举办执法人员专题培训6期，开展行政执法案卷评查两轮，共评查案卷180卷，发现的问题已逐项督促整改。'),
  heading2('（三）依法化解行政争议'),
  body('办理行政复议案件42件，依法纠错5件；行政机关负责人出庭应诉率达到100%。'),
  heading1('二、2024年度推进法治政府建设存在的不足和原因'),
  body('一是部分乡镇合法性审查力量薄弱，原因在于专职法制审核人员配备不足；二是执法信息化水平不高，主要是由于平台建设投入有限、数据尚未互通。'),
  heading1('三、2025年度推进法治政府建设的主要安排'),
  body('一是充实基层法制审核队伍，年内实现乡镇专职人员全覆盖；二是推进执法信息平台建设，实现执法案卷网上流转、全程留痕。'),
  '',
  right('东风县司法局'),
  right('2025年1月20日'),
];

/** The samples by name, for a picker on the preview page. */
export const SAMPLE_DOCUMENTS = {
  empty: EMPTY_DOCUMENT,
  report: REPORT_WITHOUT_LEADER_DUTIES,
} as const;

export type SampleName = keyof typeof SAMPLE_DOCUMENTS;
