import { lineOfHostBlock } from '../analysis';
import { NAME_BLANK, placeholderFindings } from '../figures/findings';
import { linkedFiguresOf } from '../figures/linking';
import { phrase, phraseMatches } from '../wording/phrases';
import { wordsFinding } from '../wording/scan';
import { defineRule, NO_OPTIONS } from './rule';

const NAME_BLANK_PHRASE = phrase(NAME_BLANK);

/**
 * Figures still to be filled in (XX件, X件, XX%, ××, 【数据】) are found in every report, with or without a data
 * file: a report full of them is never ready to send. With a data file loaded, a linked figure left so is the
 * figures check's (figure-missing, empty), so it is not reported twice. Its message is the figures check's
 * `figure-missing.placeholder`. A name left blank (XX市, ××局) is name-missing, at its words.
 */
export const placeholderRule = defineRule(NO_OPTIONS)({
  name: 'placeholders',
  description: { 'zh-CN': '没有待填的数字和名称（XX件、××、【数据】、XX市）', 'en-US': 'No figures or names left to fill in (XX件, ××, 【数据】, XX市)' },
  runs: 'always',
  codes: { 'figure-missing': 'error', 'name-missing': 'error' },
  messages: {
    'name-missing': {
      'zh-CN': '“{found}”是待填的名称：请填入实际的单位或地名。',
      'en-US': '“{found}” is a name still to be filled in: write the actual unit or place.',
    },
  },
  run({ analysis, doc, figures }) {
    const linked = figures ? linkedFiguresOf(doc.blocks) : [];
    return [
      ...phraseMatches(analysis, NAME_BLANK_PHRASE).map(({ index, start, match }) => wordsFinding('name-missing', index, start, match[0], {}, false)),
      ...placeholderFindings(doc, linked).map(({ severity: _severity, ...f }) => ({ ...f, at: lineOfHostBlock(analysis, f.at) })),
    ];
  },
});
