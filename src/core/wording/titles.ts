/**
 * Titles cited in 《》, read the way the lists are kept: full-width digits and brackets, spaces, the
 * 中华人民共和国 prefix, dashes in year ranges and a trailing （2021年修订） all normalised away, so a citation is
 * looked up by its words alone.
 */
import { toHalfWidth } from '../numerals';
import { DOCUMENTS, LAW_LIST, type Law } from './data';
import { phrase } from './phrases';

export const STATE_PREFIX = '中华人民共和国';

export interface CitedTitle {
  /** Offset of 《 in the block's text, and the whole citation 《…》 as written. */
  start: number;
  text: string;
  /** The title's words, normalised (no prefix, no period, no version note). */
  key: string;
  hasPrefix: boolean;
  /** （2021年修订）, （2018年修正）, （2019年版）: the version the citation names. */
  versionYear?: number;
  /** （2021—2025年）. */
  period?: [number, number];
}

const VERSION_NOTE = /（(\d{4})年?(?:修订|修正|修改)?(?:版|本)?）$/;
const PERIOD_NOTE = /（(\d{4})年?—(\d{4})年?）$/;

/** A title cited in 《》 at the outer level (inner titles are 〈…〉). */
export const TITLE_MARKS = phrase('《([^《》\\n]{2,100})》');

/** A TITLE_MARKS match read as a citation: `start` is the offset of 《 in its block. */
export function citedTitle(match: RegExpMatchArray, start: number): CitedTitle {
  const words = normalize(match[1] as string);
  const hasPrefix = words.startsWith(STATE_PREFIX);
  let key = hasPrefix ? words.slice(STATE_PREFIX.length) : words;
  const version = VERSION_NOTE.exec(key);
  const period = PERIOD_NOTE.exec(key);
  if (period) key = key.slice(0, period.index);
  else if (version) key = key.slice(0, version.index);
  return {
    start,
    text: match[0],
    key,
    hasPrefix,
    versionYear: !period && version ? Number(version[1]) : undefined,
    period: period ? [Number(period[1]), Number(period[2])] : undefined,
  };
}

/** Half-width brackets and digits, no spaces, one dash, inner 《》 as 〈〉. */
export function normalize(title: string): string {
  return toHalfWidth(title)
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/(\d{4})年?[—–\-~～至到]+(\d{4})/g, '$1—$2')
    .replace(/《/g, '〈')
    .replace(/》/g, '〉');
}

export function keyOf(title: string): string {
  const words = normalize(title);
  return words.startsWith(STATE_PREFIX) ? words.slice(STATE_PREFIX.length) : words;
}

/** A title the lists know: a law or regulation (with its dates) or a central document. */
export interface KnownTitle {
  title: string;
  law?: Law;
}

let titlesByKey: ReadonlyMap<string, KnownTitle> | undefined;

/**
 * Every known title by its key; a document citable from 关于… on is known by that too. Built on the first citation
 * looked up: a report that cites no title never pays for keying the lists' thousand-odd titles.
 */
export function knownTitles(): ReadonlyMap<string, KnownTitle> {
  titlesByKey ??= buildKnownTitles();
  return titlesByKey;
}

function buildKnownTitles(): Map<string, KnownTitle> {
  const known = new Map<string, KnownTitle>();
  for (const law of LAW_LIST.laws) known.set(keyOf(law.title), { title: law.title, law });
  for (const doc of DOCUMENTS) {
    for (const name of [doc.title, ...(doc.aliases ?? [])]) {
      known.set(keyOf(name), { title: name });
      const about = name.indexOf('关于');
      if (about > 0) known.set(keyOf(name.slice(about)), { title: name.slice(about) });
    }
  }
  return known;
}

/** The years a law has a version of: its adoption and every later version. */
export function versionYears(law: Law): number[] {
  return [...new Set([law.adopted, ...law.versions].map((d) => Number(d.slice(0, 4))))];
}

/** The date of a law's latest version. */
export function lastVersion(law: Law): string {
  const dates = [law.adopted, ...law.versions].sort();
  return dates[dates.length - 1] as string;
}
