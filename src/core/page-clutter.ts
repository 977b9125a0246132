/**
 * Text a web page puts around a published report: its metadata table (索引号, 发布机构, 发文日期, 来源, 点击率),
 * its tools (字号：大 中 小, 分享到, 打印本页), breadcrumbs and link bars, and table borders left as pipes.
 * Page numbers a PDF or print layout leaves between the lines are the page too.
 * Copied with the report, these lines are read as blank: never a title, addressee, signature, date or opening.
 */

/** Labels of the fields a government site shows around a document, as they are written (索 引 号 too). */
const FIELD_LABELS = [
  '索引号', '索取号', '发文字号', '文号', '发布机构', '发文机关', '发文单位', '所属机构', '主题分类', '体裁分类', '组配分类',
  '信息分类', '服务对象', '成文日期', '成文时间', '发文日期', '发文时间', '发布日期', '发布时间', '发表日期', '发表时间',
  '生成日期', '更新日期', '更新时间', '公开日期', '有效性', '效力状态', '是否有效', '标题', '来源', '信息来源', '文章来源',
  '稿件来源', '作者', '编辑', '责任编辑', '审核', '点击', '点击数', '点击率', '点击量', '浏览次数', '浏览量', '阅读次数',
  '阅读量', '访问量', '字号', '字体', '日期', '时间', '关键词', '关键字', '公开形式', '公开方式', '公开范围', '公开时限',
  '责任部门', '分享到', '转自', '发布于', '今天是',
];

/** Page tools and link bars: a line made only of these words is the page, not the report. */
const PAGE_WORDS = new Set([
  '大', '中', '小', '默认', '打印', '打印本页', '打印文本', '打印此页', '关闭', '关闭窗口', '关闭本页', '收藏', '分享', '分享到',
  '返回', '返回顶部', '返回首页', '上一篇', '下一篇', '字号', '字体', '无障碍', '无障碍浏览', '无障碍阅读', '关怀版', '长者版',
  '适老化', '适老版', '联系我们', '网站地图', '微信', '微博', '手机端', '手机版', '政务邮箱', '登录', '注册', '搜索', '首页',
  '简体', '繁体', '简体版', '繁体版', 'English', '扫一扫', '纠错', '我要纠错', '视力保护色', '放大', '缩小', '朗读',
]);

/** "索 引 号" with the spaces some sites put between the characters of a label. */
const spaced = (label: string) => [...label].join('\\s*');
const FIELD_START = new RegExp(`^[\\[【|｜［]?\\s*(?:${FIELD_LABELS.map(spaced).join('|')})\\s*(?:[:：\\]】|｜］]|\\s|$)`);
const BREADCRUMB = /^(?:(?:您?当前(?:所在)?的?位置|您的位置|所在位置)\s*[:：]|首页\s*[>＞»›])/;
/** Longer lines are text (a whole report run together may start with the page's own words). */
const MAX_CLUTTER_CHARS = 300;
/** Nothing but bullets, pipes, dashes and spaces: a table border or an empty list item. */
const ONLY_MARKS = /^[\s|｜\-—_=·•*+]*$/;
const BULLET = /^[-*•·]\s+/;
/** Tested first: most lines of a report hold one, and no line of the page does. */
const SENTENCE_MARKS = /[。；]/;

/**
 * A page number left by a PDF or a print layout: “— 2 —”, “- 3 -”, “第 2 页 共 5 页”, “第2页/共5页”, “2 / 5”. Digits
 * may be full-width. Such a line after the date would otherwise hide the signature and date.
 */
const PAGE_NUMBER = /^(?:[-—–－~～]+\s*[\d０-９]+\s*[-—–－~～]+|第\s*[\d０-９]+\s*页\s*(?:[,，/／]?\s*共\s*[\d０-９]+\s*页)?|(?:共\s*[\d０-９]+\s*页\s*[,，/／]?\s*)第\s*[\d０-９]+\s*页|[\d０-９]+\s*[/／]\s*[\d０-９]+)$/;

/** Whether a line of pasted text is the web page around the report rather than the report. */
export function isPageClutter(text: string): boolean {
  // Clutter is short words and values, never a sentence of the report (which may be run together with it).
  if (SENTENCE_MARKS.test(text)) return false;
  const line = text.trim().replace(BULLET, '');
  if (ONLY_MARKS.test(line)) return text.trim().length > 0;
  if (line.length > MAX_CLUTTER_CHARS && line.replace(/[\s|｜]/g, '').length > MAX_CLUTTER_CHARS) return false;
  if (BREADCRUMB.test(line) || FIELD_START.test(line) || PAGE_NUMBER.test(text.trim())) return true;
  const words = line.split(/[\s|｜【】[\]［］:：\-—]+/).filter((w) => w.length > 0);
  return words.length > 0 && words.every((w) => PAGE_WORDS.has(w));
}
