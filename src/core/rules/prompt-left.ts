import { writersNoteIn } from '../prompts';
import { defineRule, NO_OPTIONS, type RuleFinding } from './rule';

/** A scaffold prompt, or a writer's own 【请…】 note, still in place. */
export const promptLeft = defineRule(NO_OPTIONS)({
  name: 'prompt-left',
  description: { 'zh-CN': '提示文字都已换成正文', 'en-US': 'Every prompt has been replaced with text' },
  runs: 'always',
  codes: { 'prompt-left': 'error' },
  messages: {
    'prompt-left': {
      'zh-CN': '提示文字还没有替换：“{text}”。请换成正文，或删去。',
      'en-US': 'A prompt has not been replaced yet: “{text}”. Replace it with the text, or delete it.',
    },
  },
  run({ analysis: a }, _options, code) {
    const findings: RuleFinding[] = [];
    a.prompts.forEach((hit, index) => {
      if (!hit) return;
      const paragraph = a.blocks[index]?.text.trim() ?? '';
      // A note amid the writer's own words is quoted itself: the words around it are the writer's, not the prompt.
      const text = (!hit.partId && !hit.wordPlaceholder && writersNoteIn(paragraph)) || paragraph;
      // A writer's own 【请…】 note is attributed to the section holding it by check().
      findings.push({ code, part: hit.partId ?? null, at: index, params: { text: text.length > 40 ? `${text.slice(0, 40)}…` : text } });
    });
    return findings;
  },
});
