import { lineOfHostBlock } from '../analysis';
import { placeholderFindings } from '../figures/findings';
import { linkedFiguresOf } from '../figures/linking';
import { defineRule, NO_OPTIONS } from './rule';

/**
 * Figures still to be filled in (XX件, X件, XX%, ××, 【数据】) are found in every report, with or without a data
 * file: a report full of them is never ready to send. With a data file loaded, a linked figure left so is the
 * figures check's (figure-missing, empty), so it is not reported twice. Its message is the figures check's
 * `figure-missing.placeholder`.
 */
export const placeholderRule = defineRule(NO_OPTIONS)({
  name: 'placeholders',
  description: { 'zh-CN': '没有待填的数字（XX件、××、【数据】）', 'en-US': 'No figures left to fill in (XX件, ××, 【数据】)' },
  runs: 'always',
  codes: { 'figure-missing': 'error' },
  messages: {},
  run({ analysis, doc, figures }) {
    const linked = figures ? linkedFiguresOf(doc.blocks) : [];
    return placeholderFindings(doc, linked).map(({ severity: _severity, ...f }) => ({ ...f, at: lineOfHostBlock(analysis, f.at) }));
  },
});
