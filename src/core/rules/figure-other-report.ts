import { lineOfHostBlock } from '../analysis';
import type { Block } from '../document';
import { nameKey } from '../figures/dataset';
import { reportFacts, unitAmong } from '../figures/report-unit';
import { figureRefsIn } from '../figures/linking';
import type { FigureRef } from '../figures/tags';
import { defineRule, NO_OPTIONS, type RuleFinding } from './rule';

type Variant = 'unit' | 'year' | 'prior-year';

/**
 * A linked figure of another unit or another year than the report's: inserted with the wrong unit or year chosen
 * in the figures panel (or left from last year's report). The unit is the one the title, unit line or signature
 * names among the units the links and the data file name; the year, the report year. Last year's figure is
 * expected in a comparison table and often in a sentence (上年), so outside a table it is only a note.
 * Findings alike (same variant, unit and year) are one, with their count.
 */
export const figureOtherReport = defineRule(NO_OPTIONS)({
  name: 'figure-other-report',
  description: { 'zh-CN': '关联数字属于本报告的单位和年度', 'en-US': 'Linked figures are of the report’s unit and year' },
  runs: 'always',
  codes: { 'figure-other-report': 'warning' },
  messages: {
    'figure-other-report.unit': {
      'zh-CN': '文中有 {count} 处关联数字（如“{indicator}”）取自{unit}，本报告是{reportUnit}的：请在“数据”页选{reportUnit}后重新插入，或删去。',
      'en-US': { one: '{count} linked figure ({indicator}) is {unit}’s, but this is {reportUnit}’s report: choose {reportUnit} in Data and insert it again, or remove it.', other: '{count} linked figures (such as {indicator}) are {unit}’s, but this is {reportUnit}’s report: choose {reportUnit} in Data and insert them again, or remove them.' },
    },
    'figure-other-report.year': {
      'zh-CN': '文中有 {count} 处关联数字（如“{indicator}”）是 {year} 年的，本报告是 {reportYear} 年度的：请在“数据”页选 {reportYear} 年后重新插入，或删去。',
      'en-US': { one: '{count} linked figure ({indicator}) is for {year}, but the report is about {reportYear}: choose {reportYear} in Data and insert it again, or remove it.', other: '{count} linked figures (such as {indicator}) are for {year}, but the report is about {reportYear}: choose {reportYear} in Data and insert them again, or remove them.' },
    },
    'figure-other-report.prior-year': {
      'zh-CN': '文中有 {count} 处关联数字（如“{indicator}”）是上年（{year} 年）的：如果句中说的是上年，不必改；如果说的是 {reportYear} 年，请重新插入 {reportYear} 年的数字。',
      'en-US': { one: '{count} linked figure ({indicator}) is last year’s ({year}): if the sentence means last year, leave it; if it means {reportYear}, insert {reportYear}’s figure instead.', other: '{count} linked figures (such as {indicator}) are last year’s ({year}): if the sentences mean last year, leave them; if they mean {reportYear}, insert {reportYear}’s figures instead.' },
    },
  },
  run({ analysis, doc, figures }, _options, code) {
    const linked: Array<{ block: Block; refs: FigureRef[] }> = [];
    for (const block of doc.blocks) {
      const refs = figureRefsIn(block);
      if (refs.length > 0) linked.push({ block, refs });
    }
    if (linked.length === 0) return [];
    const units = [...new Set([...linked.flatMap((b) => b.refs.map((ref) => ref.unit)), ...(figures?.dataset.units ?? [])])];
    const unit = unitAmong(reportFacts(analysis).namePlaces, units);
    const year = analysis.reportYear;
    const alike = new Map<string, RuleFinding & { params: { count: number } }>();
    const add = (variant: Variant, block: Block, ref: FigureRef) => {
      const key = `${variant}\u0000${variant === 'unit' ? ref.unit : ref.year}`;
      const known = alike.get(key);
      if (known) known.params.count++;
      else {
        const params = { variant, count: 1, indicator: ref.indicator, unit: ref.unit, year: ref.year, reportUnit: unit ?? '', reportYear: year ?? 0 };
        alike.set(key, { code, part: null, at: lineOfHostBlock(analysis, block.index), params, ...(variant === 'prior-year' ? { severity: 'info' as const } : {}) });
      }
    };
    for (const { block, refs } of linked) {
      for (const ref of refs) {
        if (unit !== undefined && nameKey(ref.unit) !== nameKey(unit)) add('unit', block, ref);
        else if (year !== undefined && ref.year !== year) {
          const priorValue = ref.kind === 'value' && ref.year === year - 1;
          if (!priorValue) add('year', block, ref);
          else if (block.kind !== 'table-cell') add('prior-year', block, ref);
        }
      }
    }
    return [...alike.values()];
  },
});
