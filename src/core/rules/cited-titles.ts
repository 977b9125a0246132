import type { Analysis } from '../analysis';
import { LAW_LIST } from '../wording/data';
import { nearMiss } from '../wording/near-miss';
import { PERIODIC_DOCUMENTS } from '../wording/periods';
import { phraseMatches } from '../wording/phrases';
import { wordsFinding } from '../wording/scan';
import { citedTitle, keyOf, knownTitles, lastVersion, STATE_PREFIX, TITLE_MARKS, versionYears, type CitedTitle } from '../wording/titles';
import { defineRule, NO_OPTIONS, type RuleFinding } from './rule';

/** Periodic documents are the formulations check's (outline-citation): their titles are not looked up here. */
const PERIODIC_KEYS = new Set(PERIODIC_DOCUMENTS.flatMap((doc) => doc.names.map(keyOf)));
/** 新修订的《…》: the words before a citation that call a law newly revised. */
const NEWLY_REVISED = /(?:新修订|新修正|新修改|修订后)的?$/;
/** Years a “newly revised” law may be behind the report year before the words are worth a note. */
const NEW_FOR_YEARS = 1;

/**
 * Laws, regulations and central documents cited in 《》, against the bundled lists: a near miss (a character off,
 * a version year the law does not have) names the right title; 新修订的《X》 where X's last version is years
 * older is a note. A title the lists do not hold (local regulations, departmental rules) says nothing.
 */
export const citedTitlesRule = defineRule(NO_OPTIONS)({
  name: 'cited-titles',
  description: { 'zh-CN': '书名号中引用的法律法规和中央文件名称准确', 'en-US': 'Laws, regulations and central documents are cited by their exact titles' },
  runs: 'always',
  codes: { 'law-title': 'warning', 'law-revision': 'info' },
  messages: {
    'law-title': {
      'zh-CN': '引用的{found}与法律法规或中央文件的名称不符：应为“{expected}”。',
      'en-US': 'The cited {found} does not match the title of the law, regulation or document: write “{expected}”.',
    },
    'law-title.version': {
      'zh-CN': '{found}：该法没有 {versionYear} 年的版本（有 {years} 年的版本）：请写“{expected}”。',
      'en-US': '{found}: there is no {versionYear} version (there are versions of {years}): write “{expected}”.',
    },
    'law-revision': {
      'zh-CN': '称{found}为“新修订”，但它最近一次修改在 {last}，距报告年度 {reportYear} 年已有几年：请删去“新”字，或写明修改年份。',
      'en-US': '{found} is called newly revised, but its last revision was on {last}, years before {reportYear}: drop “new”, or give the year of the revision.',
    },
  },
  run({ analysis: a }) {
    return phraseMatches(a, TITLE_MARKS).flatMap(({ index, text, start, match }) => checkTitle(a, index, text, citedTitle(match, start)));
  },
});

function checkTitle(a: Analysis, index: number, text: string, cited: CitedTitle): RuleFinding[] {
  if (cited.period || PERIODIC_KEYS.has(cited.key)) return [];
  const known = knownTitles().get(cited.key);
  if (!known) {
    const near = nearMiss(cited.key, cited.hasPrefix);
    if (!near) return [];
    return [wordsFinding('law-title', index, cited.start, cited.text, { expected: `《${asCited(near.title, cited.hasPrefix)}》` })];
  }
  const law = known.law;
  if (!law) return [];
  const years = versionYears(law);
  if (cited.versionYear !== undefined && !years.includes(cited.versionYear)) {
    const nearest = [...years].sort((x, y) => Math.abs(x - (cited.versionYear as number)) - Math.abs(y - (cited.versionYear as number)))[0];
    const expected = cited.text.replace(String(cited.versionYear), String(nearest));
    return [wordsFinding('law-title', index, cited.start, cited.text, { variant: 'version', versionYear: cited.versionYear, years: years.join('、'), expected })];
  }
  const last = lastVersion(law);
  const listCoversYear = a.reportYear !== undefined && (LAW_LIST.source.date ?? '') > `${a.reportYear}-12-31`;
  if (listCoversYear && NEWLY_REVISED.test(text.slice(0, cited.start)) && (a.reportYear as number) - Number(last.slice(0, 4)) > NEW_FOR_YEARS) {
    return [wordsFinding('law-revision', index, cited.start, cited.text, { last, reportYear: a.reportYear as number })];
  }
  return [];
}

/** A list title the way the citation wrote its own: with or without the 中华人民共和国 prefix. */
function asCited(title: string, withPrefix: boolean): string {
  return !withPrefix && title.startsWith(STATE_PREFIX) ? title.slice(STATE_PREFIX.length) : title;
}
