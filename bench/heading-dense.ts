import { formatChineseCount } from '../src/core/numerals';

// A report where most lines are headings or numbered items (一、 （一） 1. （1）), as many offices write the year's
// work: a theme per section, a measure per item, a sentence or two of results. Written for the benchmark.
const THEMES = [
  '坚持党的领导，统筹推进法治政府建设',
  '深化“放管服”改革，持续优化法治化营商环境',
  '健全依法行政制度体系，提升制度建设质量',
  '严格规范公正文明执法，提高行政执法效能',
  '强化行政权力制约监督，规范权力运行',
  '依法化解社会矛盾纠纷，维护社会和谐稳定',
  '加强法治宣传教育，营造尊法学法守法用法氛围',
  '推进数字法治政府建设，提升依法行政信息化水平',
];
const MEASURES = [
  '健全工作机制',
  '压实主体责任',
  '严格合法性审查',
  '规范执法程序',
  '推行柔性执法',
  '加强执法监督',
  '畅通复议渠道',
  '提升应诉水平',
  '开展普法活动',
  '抓好队伍建设',
];
const RESULTS = [
  '全年召开专题会议若干次，研究解决重点难点问题，形成一批制度成果。',
  '对照年度任务清单逐项推进，按期完成率保持在较高水平。',
  '组织业务骨干开展交叉检查，发现问题当场反馈并限期整改到位。',
  '建立问题台账和整改销号制度，做到件件有落实、事事有回音。',
];
const DETAILS = ['明确牵头科室和完成时限', '印发工作指引和文书范本', '开展案卷评查和跟踪回访'];

/** Top-level sections for a report of about `paragraphs` lines: numbered 一、 to 九十九、 at most, as reports are. */
function topSections(paragraphs: number): number {
  return Math.min(99, Math.max(5, Math.round(paragraphs / 2000)));
}

/** Lines of one section's body: （一） sub-sections of numbered items, some with （1） details, a few plain sentences. */
function sectionBody(lines: number, section: number): string[] {
  const out: string[] = [];
  const subSections = Math.min(99, Math.max(2, Math.ceil(lines / 20)));
  const perSub = Math.max(2, Math.floor(lines / subSections));
  for (let s = 1; s <= subSections; s++) {
    out.push(`（${formatChineseCount(s)}）${THEMES[(section + s) % THEMES.length]}`);
    let item = 0;
    for (let k = 1; k < perSub; k++) {
      const pick = section + s + k;
      if (k % 5 === 4) out.push(RESULTS[pick % RESULTS.length] as string);
      else if (k % 5 === 2 || k % 5 === 3) out.push(`（${k % 5 - 1}）${DETAILS[pick % DETAILS.length]}。`);
      else out.push(`${++item}.${MEASURES[pick % MEASURES.length]}。${RESULTS[pick % RESULTS.length]}`);
    }
  }
  return out;
}

/**
 * The heading-dense report as text lines: the year's work in thematic sections, then the mandated parts, each
 * section's lines mostly headings and numbered items.
 */
export function generateHeadingDenseText(paragraphs: number, year = 2024): string {
  const sections = topSections(paragraphs);
  const perSection = Math.max(6, Math.floor((paragraphs - 6) / sections) - 1);
  const closing = [
    `${year}年度推进法治政府建设存在的不足和原因`,
    `${year}年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况`,
    `${year + 1}年度推进法治政府建设的主要安排`,
  ];
  const lines = [`${year}年度法治政府建设情况报告`, '区政府：'];
  for (let n = 1; n <= sections; n++) {
    const fromEnd = sections - n;
    const heading = fromEnd < closing.length ? closing[closing.length - 1 - fromEnd] : THEMES[n % THEMES.length];
    lines.push(`${formatChineseCount(n)}、${heading}`, ...sectionBody(perSection, n));
  }
  lines.push('某某区司法局', `${year + 1}年1月20日`);
  return lines.join('\n');
}
