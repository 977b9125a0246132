import { toHalfWidth } from '../numerals';
import { escapeRegExp } from '../regexp';
import { defineRule, type RuleFinding } from './rule';

/** A cited document must carry one of the periods that exist (法治政府建设实施纲要 2015—2020, 2021—2025). */
export const citedPeriod = defineRule({
  type: 'object',
  properties: {
    document: { type: 'string', minLength: 1, description: 'The document’s name as cited, without the period.' },
    periods: {
      type: 'array',
      minItems: 1,
      items: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 },
      description: 'The periods that exist, as [from, to] years.',
    },
  },
  required: ['document', 'periods'],
  additionalProperties: false,
})({
  name: 'cited-period',
  description: { 'zh-CN': '引用的文件写对了期限', 'en-US': 'A cited document carries a period it really has' },
  runs: 'configured',
  ownCode: true,
  codes: { 'cited-period': 'warning' },
  messages: {
    'cited-period': {
      'zh-CN': '引用的《{document}（{from}—{to}年）》不存在，应为 {periods} 年的版本。',
      'en-US': 'The cited “{document} ({from}—{to})” does not exist; cite the {periods} edition.',
    },
  },
  run({ analysis: a }, options, code) {
    const name = escapeRegExp(options.document);
    const citation = new RegExp(`${name}\\s*[（(]\\s*(\\d{4})\\s*年?\\s*[—–\\-－~～至到]+\\s*(\\d{4})\\s*年?\\s*[）)]`, 'g');
    const periods = options.periods.map(([from, to]) => `${from}—${to}`).join(' / ');
    const findings: RuleFinding[] = [];
    a.blocks.forEach((block, index) => {
      if (!block.text.includes(options.document)) return;
      for (const m of toHalfWidth(block.text).matchAll(citation)) {
        const from = Number(m[1]);
        const to = Number(m[2]);
        if (options.periods.some(([f, t]) => f === from && t === to)) continue;
        findings.push({ code, part: null, at: index, params: { document: options.document, from, to, periods } });
      }
    });
    return findings;
  },
});
