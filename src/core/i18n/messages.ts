import type { Lang } from '../profile';

/**
 * Finding messages by code (or code.variant). {partName} is the finding's part as the profile names it;
 * {otherPartName} the part named by params.otherPart; other {names} come from the finding's params.
 */
export const MESSAGES: Record<Lang, Record<string, string>> = {
  'zh-CN': {
    'missing-part': '缺少“{partName}”。',
    'missing-part.section': '缺少“{partName}”部分：请补写，或用“插入结构”补上它的标题和提示。',
    'empty-part': '“{partName}”只有标题，下面还没有内容。',
    'part-order': '“{partName}”应排在“{otherPartName}”之后（按规定的顺序）。',
    'prompt-left': '提示文字还没有替换：“{text}”。',
    'plans-year': '“{partName}”写的是 {found} 年，应为 {expected} 年。',
    'heading-year': '标题写的是 {found} 年，与报告年度 {reportYear} 年不一致。',
    'numbering.mixed': '第 {level} 级标题编号“{marker}”与前面的“{first}”体例不一致，应为“{expected}”。',
    'numbering.skip': '第 {level} 级标题编号从“{previous}”跳到了“{marker}”，应为“{expected}”。',
    'numbering.repeat': '第 {level} 级标题编号“{marker}”重复了，应为“{expected}”。',
    'numbering.start': '第 {level} 级标题编号从“{marker}”开始，应从“{expected}”开始。',
    'causes-missing': '“{partName}”列了不足，但没有分析原因。',
    'date-format.padded': '成文日期“{text}”的月、日不应编虚位（写 1月，不写 01月）。',
    'date-format.chinese': '成文日期“{text}”用了汉字数字；GB/T 9704—2012 要求用阿拉伯数字，如“{expected}”。',
    'date-late': '成文日期 {date} 晚于报送期限 {deadline}。',
    'outline-citation': '引用的《{document}（{from}—{to}年）》不存在，应为 {periods} 年的版本。',
    'year-unknown': '看不出报告年度：请在标题中写明年份（如“2025年度”）。',
  },
  'en-US': {
    'missing-part': '“{partName}” is missing.',
    'missing-part.section': 'The part “{partName}” is missing: write it, or insert the scaffold to add its heading and prompt.',
    'empty-part': '“{partName}” has a heading but nothing under it yet.',
    'part-order': '“{partName}” should come after “{otherPartName}” (the order the rules set).',
    'prompt-left': 'A prompt has not been replaced yet: “{text}”.',
    'plans-year': '“{partName}” is about {found}; it should be about {expected}.',
    'heading-year': 'This heading names {found}, but the report is about {reportYear}.',
    'numbering.mixed': 'Level-{level} heading number “{marker}” does not match the style of “{first}”; expected “{expected}”.',
    'numbering.skip': 'Level-{level} heading numbers jump from “{previous}” to “{marker}”; expected “{expected}”.',
    'numbering.repeat': 'Level-{level} heading number “{marker}” is repeated; expected “{expected}”.',
    'numbering.start': 'Level-{level} heading numbers start at “{marker}”; expected “{expected}”.',
    'causes-missing': '“{partName}” lists shortcomings but gives no causes.',
    'date-format.padded': 'Write the date “{text}” without leading zeros (1月, not 01月).',
    'date-format.chinese': 'The date “{text}” uses Chinese numerals; GB/T 9704—2012 asks for Arabic numerals, as in “{expected}”.',
    'date-late': 'The date {date} is after the deadline for submitting the report, {deadline}.',
    'outline-citation': 'The cited “{document} ({from}—{to})” does not exist; cite the {periods} edition.',
    'year-unknown': 'The report year cannot be told: put the year in the title (as in “2025年度”).',
  },
};
