import { partWithRole } from '../analysis';
import { unitsNamed } from '../figures/report-unit';
import { sameUnit } from '../previous/pairing';
import { defineRule, NO_OPTIONS } from './rule';

/**
 * The head of the report (the line above the title, or the title) and its signature name different units: most
 * often a report started from another office's, its signature or title not changed. Both names must be long
 * enough to tell a unit (sameUnit), so 松川县 at the head beside 松川县人民政府 below is not remarked on.
 */
export const unitMismatch = defineRule(NO_OPTIONS)({
  name: 'unit-mismatch',
  description: { 'zh-CN': '标题与署名写的是同一个单位', 'en-US': 'The title and the signature name the same unit' },
  runs: 'always',
  codes: { 'unit-mismatch': 'warning' },
  messages: {
    'unit-mismatch': {
      'zh-CN': '署名“{signature}”与标题中的“{head}”不是同一个单位：请核对，是否沿用了别的单位的报告而没有改全？',
      'en-US': 'The signature “{signature}” and the title’s “{head}” are not the same unit: check them; was the report started from another office’s and not changed throughout?',
    },
  },
  run({ analysis }, _options, code) {
    const { head, signature } = unitsNamed(analysis);
    if (!head || !signature || !tellsUnit(head) || !tellsUnit(signature) || sameUnit(head, signature)) return [];
    return [{ code, part: partWithRole(analysis, 'signature'), at: analysis.frame.signature?.index ?? null, params: { head, signature } }];
  },
});

/** Long enough to be one unit's name, as pairing asks (sameUnit's own floor): 司法局 alone could be any county's. */
function tellsUnit(name: string): boolean {
  return sameUnit(name, name);
}
