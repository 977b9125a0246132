import { buildDocx, CHINESE_REPORT_NUMBERING, WORD_STYLES, type BodySpec } from '../tests/helpers/ooxml';
import { formatChineseCount } from '../src/core/numerals';

const SECTIONS = [
  (y: number) => `${y}年度推进法治政府建设的主要举措和成效`,
  (y: number) => `${y}年度推进法治政府建设存在的不足和原因`,
  (y: number) => `${y}年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况`,
  (y: number) => `${y + 1}年度推进法治政府建设的主要安排`,
];
const SENTENCES = [
  '全年共审查各类合同和规范性文件若干件，提出修改意见若干条，合法性审查实现全覆盖。',
  '严格落实行政执法公示、执法全过程记录和重大执法决定法制审核制度，执法行为进一步规范。',
  '组织执法人员开展专题培训，邀请法律顾问讲解新修订的法律法规，执法人员依法办事能力明显提升。',
  '原因主要是基层执法力量不足，部分人员对新法新规学习不够深入，制度执行存在层层递减的现象。',
  '畅通群众诉求渠道，依法办理行政复议和应诉案件，行政机关负责人出庭应诉率保持较高水平。',
];

type Item = { kind: 'heading'; level: 1 | 2; text: string } | { kind: 'body'; text: string };

/** A report in the regulation's shape with about `paragraphs` paragraphs of realistic length. */
function outline(paragraphs: number, year: number): Item[] {
  const perSection = Math.max(3, Math.floor((paragraphs - 6) / SECTIONS.length));
  const items: Item[] = [];
  SECTIONS.forEach((heading, s) => {
    items.push({ kind: 'heading', level: 1, text: heading(year) });
    for (let i = 1; i < perSection; i++) {
      if (i % 6 === 1) items.push({ kind: 'heading', level: 2, text: `第${formatChineseCount(Math.ceil(i / 6))}方面的工作` });
      else items.push({ kind: 'body', text: `${SENTENCES[(i + s) % SENTENCES.length]}${SENTENCES[(i + s + 1) % SENTENCES.length]}` });
    }
  });
  return items;
}

/** The report as text lines, numbered by hand as writers type it. */
export function generateReportText(paragraphs: number, year = 2024, unit = '某某区'): string {
  const counters = [0, 0];
  const lines = [`${year}年度法治政府建设情况报告`, '区政府：'];
  for (const item of outline(paragraphs, year)) {
    if (item.kind === 'body') lines.push(item.text);
    else if (item.level === 1) (counters[0]! += 1), (counters[1] = 0), lines.push(`${formatChineseCount(counters[0]!)}、${item.text}`);
    else (counters[1]! += 1), lines.push(`（${formatChineseCount(counters[1]!)}）${item.text}`);
  }
  lines.push(`${unit}司法局`, `${year + 1}年1月20日`);
  return lines.join('\n');
}

/** The same report as Word saves it: heading styles with automatic 一、/（一） numbering, a tracked change. */
export function generateReportDocx(paragraphs: number, year = 2024, unit = '某某区'): Uint8Array {
  const body: BodySpec[] = [
    { kind: 'p', style: 'a3', content: `${year}年度法治政府建设情况报告` },
    '区政府：',
  ];
  outline(paragraphs, year).forEach((item, i) => {
    if (item.kind === 'heading') body.push({ kind: 'p', style: String(item.level), numbering: { numId: 1, ilvl: item.level - 1 }, content: item.text });
    else if (i % 10 === 3) body.push({ kind: 'p', content: [item.text, { kind: 'ins', content: ['（修订时补充）'] }, { kind: 'del', text: '删去的旧句子。' }] });
    else body.push(item.text);
  });
  body.push(`${unit}司法局`, `${year + 1}年1月20日`);
  return buildDocx({ styles: WORD_STYLES, numbering: CHINESE_REPORT_NUMBERING, body });
}
