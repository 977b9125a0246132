import type { Analysis } from '../analysis';
import { HALF_WIDTH_MARK, halfWidthFault, pairedMarkFaults, type PunctuationFault } from '../wording/punctuation';
import { checkedBlocks, matchesIn, wordsFinding } from '../wording/scan';
import { defineRule, NO_OPTIONS, type RuleFinding } from './rule';

/** Full-width marks that have half-width twins: how the text punctuates when it is typed right. */
const FULL_WIDTH_MARKS = /[，；：？！（）]/g;
/** From this many half-width marks, outnumbering the full-width ones, the text was typed half-width: one finding says so. */
const THROUGHOUT = 5;

const QUOTATION_MARKS = '“”‘’';

/** Punctuation by GB/T 15834—2011 where the rule is sure (src/core/wording/punctuation.ts). */
export const punctuation = defineRule(NO_OPTIONS)({
  name: 'punctuation',
  description: { 'zh-CN': '标点符号符合 GB/T 15834（只查有把握的几类）', 'en-US': 'Punctuation follows GB/T 15834 (only where the rule is sure)' },
  runs: 'always',
  codes: { punctuation: 'warning' },
  messages: {
    'punctuation.half-width': {
      'zh-CN': '中文里的“{found}”是半角标点：请写“{expected}”。',
      'en-US': '“{found}” is half-width punctuation in Chinese text: write “{expected}”.',
    },
    'punctuation.half-width-throughout': {
      'zh-CN': '全文有 {count} 处半角标点夹在中文之间（从这里的“{found}”起），像是整篇用了英文标点：请统一改为全角（，；：？！（））。',
      'en-US': '{count} half-width marks stand between Chinese characters (the first is “{found}” here), as if the whole text were typed with English punctuation: change them all to full width (，；：？！（）).',
    },
    // Quoted words bring their own quotation marks: more around them would read ““谁执法谁普法””.
    'punctuation.straight-quote': {
      'zh-CN': '中文里的{found}用了直引号：请写{expected}。',
      'en-US': '{found} uses straight quotes in Chinese text: write {expected}.',
    },
    'punctuation.unpaired': {
      'zh-CN': '“{found}”没有与之配对的“{expected}”：请补上，或删去多余的一个。',
      'en-US': '“{found}” has no matching “{expected}”: add it, or delete the extra mark.',
    },
    'punctuation.straight-quote-mark': {
      'zh-CN': '中文里用了直引号（{found}）：请写（{expected}）。',
      'en-US': 'A straight quotation mark ({found}) in Chinese text: write ({expected}).',
    },
    'punctuation.unpaired-quote': {
      'zh-CN': '引号（{found}）没有与之配对的（{expected}）：请补上，或删去多余的一个。',
      'en-US': 'The quotation mark ({found}) has no matching ({expected}): add it, or delete the extra mark.',
    },
  },
  run({ analysis: a }, _options, code) {
    const blocks = checkedBlocks(a);
    const faults = [
      ...matchesIn(a, HALF_WIDTH_MARK).flatMap(({ index, text, start }) => {
        const fault = halfWidthFault(text, start);
        return fault ? [{ index, fault }] : [];
      }),
      ...pairedMarkFaultsIn(a, blocks),
    ];
    const halfWidth = faults.filter(({ fault }) => fault.variant === 'half-width');
    const throughout = halfWidth.length >= THROUGHOUT && halfWidth.length > matchesIn(a, FULL_WIDTH_MARKS).length;
    const findings: RuleFinding[] = faults
      .filter(({ fault }) => !throughout || fault.variant !== 'half-width')
      .map(({ index, fault }) => wordsFinding(code, index, fault.start, fault.found, { variant: messageVariant(fault), expected: fault.expected }, fault.variant !== 'unpaired'));
    const first = halfWidth[0];
    if (throughout && first) {
      findings.unshift(wordsFinding(code, first.index, first.fault.start, first.fault.found, { variant: 'half-width-throughout', expected: first.fault.expected, count: halfWidth.length }));
    }
    return findings;
  },
});

/** A lone quotation mark is named in brackets, not in quotes (“““”没有与之配对的“””). */
function messageVariant(fault: PunctuationFault): string {
  if (fault.variant === 'straight-quote' && fault.found.length === 1) return 'straight-quote-mark';
  if (fault.variant === 'unpaired' && QUOTATION_MARKS.includes(fault.found)) return 'unpaired-quote';
  return fault.variant;
}

/** Paired-mark faults block by block (a loop: most blocks have none, and need no array of their own). */
function pairedMarkFaultsIn(a: Analysis, blocks: readonly number[]): Array<{ index: number; fault: PunctuationFault }> {
  const found: Array<{ index: number; fault: PunctuationFault }> = [];
  blocks.forEach((index, k) => {
    const next = a.blocks[blocks[k + 1] ?? -1]?.text ?? '';
    for (const fault of pairedMarkFaults(a.blocks[index]?.text ?? '', next)) found.push({ index, fault });
  });
  return found;
}
