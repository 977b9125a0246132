import { lineOfHostBlock } from '../analysis';
import type { UnlocalizedFinding } from '../diagnostic';
import { figureFindings, FIGURE_SEVERITY } from '../figures/findings';
import { linkedFiguresOf } from '../figures/linking';
import { FIGURE_FINDING_MESSAGES } from '../i18n/tables/figure-findings';
import { defineRule, NO_OPTIONS } from './rule';

/**
 * With the office's data file loaded: linked figures that no longer match it (figure-stale), figures not filled
 * in (figure-missing), figures the writer typed words into, which a refresh leaves alone (figure-typed), and cross-checks declared in the file or the profile that fail (figure-inconsistent), for
 * the report's unit and year (the year the report is about, unless the pane chose one).
 */
export const figureRule = defineRule(NO_OPTIONS)({
  name: 'figures',
  description: { 'zh-CN': '文中关联的数字与数据文件一致', 'en-US': 'Linked figures agree with the data file' },
  runs: 'always',
  codes: FIGURE_SEVERITY,
  messages: FIGURE_FINDING_MESSAGES,
  run({ analysis, doc, figures }) {
    const year = figures?.year ?? analysis.reportYear;
    if (!figures || year === undefined) return [];
    // Placeholders are the placeholders check's, which runs with or without a data file.
    const options = { unit: figures.unit, year, checks: analysis.profile.figureChecks, linkedFigures: linkedFiguresOf(doc.blocks), placeholders: false };
    // Figures are found in the host's blocks; findings are placed on the lines analysed, as every rule's are.
    return groupAlike(figureFindings(doc, figures.dataset, options)).map((f) => ({ ...f, at: lineOfHostBlock(analysis, f.at) }));
  },
});

/**
 * Figures not filled in or not in the file, alike (same kind, unit and year): one finding, at the first, with the
 * count; of one indicator only (a comparison row of — for the year, its change and 同比), its own wording.
 */
const GROUPED = new Set(['empty', 'no-source']);

function groupAlike(findings: UnlocalizedFinding[]): UnlocalizedFinding[] {
  const groups = new Map<string, UnlocalizedFinding[]>();
  const kept: UnlocalizedFinding[] = [];
  for (const finding of findings) {
    const { variant, unit, year } = finding.params;
    if (finding.code !== 'figure-missing' || !GROUPED.has(String(variant))) {
      kept.push(finding);
      continue;
    }
    const key = `${String(variant)}\u0000${String(unit)}\u0000${String(year)}`;
    const group = groups.get(key);
    if (group) group.push(finding);
    else {
      groups.set(key, [finding]);
      kept.push(finding);
    }
  }
  return kept.map((finding) => {
    const { variant, unit, year } = finding.params;
    const group = finding.code === 'figure-missing' ? groups.get(`${String(variant)}\u0000${String(unit)}\u0000${String(year)}`) : undefined;
    if (!group || group.length < 2 || group[0] !== finding || new Set(group.map((f) => f.params.indicator)).size === 1) return finding;
    return { ...finding, params: { ...finding.params, variant: `${String(variant)}-many`, count: group.length } };
  });
}
