import { fixedExpressions, outdatedFormulations } from '../wording/formulations';
import { endedPeriods, nonexistentPeriods, periodCitations } from '../wording/periods';
import { sessionsNotYetHeld, stalePlenaries } from '../wording/sessions';
import { withoutOverlaps } from '../wording/scan';
import { defineRule, NO_OPTIONS } from './rule';

/**
 * Formulations current for the report year, from the data in src/core/wording: outdated ones (党的十九大精神 in a
 * report about 2023, 法制办 after the 2018 reform, “十四五” in plans for 2026), sessions cited before they were
 * held, wrong forms of fixed expressions, and central documents cited with a period they do not have
 * (outline-citation, the code the built-in profile's cited-period entry used to report).
 */
export const formulations = defineRule(NO_OPTIONS)({
  name: 'formulations',
  description: { 'zh-CN': '提法符合报告年度（现行提法、固定提法、文件期限）', 'en-US': 'Formulations are current for the report year (fixed expressions, document periods)' },
  runs: 'always',
  codes: { 'formulation-outdated': 'warning', 'formulation-anachronism': 'warning', 'fixed-expression': 'warning', 'outline-citation': 'warning' },
  messages: {
    'formulation-outdated': {
      'zh-CN': '“{found}”在 {year} 年已不是现行提法（{why}）：请写“{expected}”。',
      'en-US': '“{found}” is no longer current in {year} ({why}): write “{expected}”.',
    },
    'formulation-outdated.session': {
      'zh-CN': '安排中学习贯彻的全会只写到“{found}”，而到 {reportYear} 年底最近一次全会是{latest}（{held} 召开）：请补上，或写“{expected}”。',
      'en-US': 'The plans cite plenary sessions up to “{found}”, but by the end of {reportYear} the latest was the {latest} (opened {held}): add it, or write “{expected}”.',
    },
    'formulation-outdated.period': {
      'zh-CN': '《{document}（{from}—{to}年）》的期限到 {to} 年为止，{year} 年的安排请引用届时施行的文件（核对名称和期限）。',
      'en-US': 'The period of “{document} ({from}—{to})” ends in {to}; plans for {year} should cite the document in force then (check its title and period).',
    },
    'formulation-anachronism': {
      'zh-CN': '{session}于 {held} 召开，晚于本报告成文（{writtenBy} 前），不会已经学习贯彻其精神：请核对“{found}”的届次。',
      'en-US': 'The {session} opened on {held}, after this report was written (by {writtenBy}), so its spirit cannot have been studied yet: check the number in “{found}”.',
    },
    'fixed-expression': {
      'zh-CN': '“{found}”是固定提法的误写：请写“{expected}”。',
      'en-US': '“{found}” is a wrong form of a fixed expression: write “{expected}”.',
    },
    'outline-citation': {
      'zh-CN': '引用的《{document}（{from}—{to}年）》不存在，{document}只有 {periods} 年的版本：请写“{expected}”。',
      'en-US': 'The cited “{document} ({from}—{to})” does not exist; its editions are {periods}: write “{expected}”.',
    },
  },
  run({ analysis: a }) {
    const citations = periodCitations(a);
    return withoutOverlaps([
      ...nonexistentPeriods(citations, 'outline-citation'),
      ...sessionsNotYetHeld(a, 'formulation-anachronism'),
      ...fixedExpressions(a, 'fixed-expression'),
      ...outdatedFormulations(a, 'formulation-outdated'),
      ...stalePlenaries(a, 'formulation-outdated'),
      ...endedPeriods(a, citations, 'formulation-outdated'),
    ]);
  },
});
