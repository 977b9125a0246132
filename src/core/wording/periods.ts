/**
 * Central documents with periods (法治政府建设实施纲要 2015—2020 and 2021—2025 …), cited with or without 《》:
 * a period the document never had, and in the plans a period that has ended.
 */
import type { Analysis } from '../analysis';
import { toHalfWidth } from '../numerals';
import { escapeRegExp } from '../regexp';
import type { RuleFinding } from '../rules/rule';
import { DOCUMENTS } from './data';
import { phrase, phraseMatches } from './phrases';
import { inPlans, wordsFinding, yearOfBlock } from './scan';

interface PeriodicDocument {
  /** The title as reports cite it (the canonical one first, then aliases). */
  names: string[];
  periods: Array<[number, number]>;
}

/** One entry per document, its periods gathered from the list's editions. */
export const PERIODIC_DOCUMENTS: PeriodicDocument[] = (() => {
  const byTitle = new Map<string, PeriodicDocument>();
  for (const doc of DOCUMENTS) {
    if (!doc.period) continue;
    const known = byTitle.get(doc.title);
    if (known) known.periods.push(doc.period);
    else byTitle.set(doc.title, { names: [doc.title, ...(doc.aliases ?? [])], periods: [doc.period] });
  }
  return [...byTitle.values()];
})();

const DASHES = '[—–\\-－~～至到]+';
/** A place name's last character before the title: a province's own 纲要 is not the central one. */
const PLACE_BEFORE = /[省市县区州盟旗]$/;

const YEAR = '([0-9０-９]{4})';
const SPACE = '[ \\t\\u3000]*';
const CITATIONS = PERIODIC_DOCUMENTS.map((doc) => ({
  doc,
  pattern: phrase(`(?:${doc.names.map(escapeRegExp).join('|')})${SPACE}[（(]${SPACE}${YEAR}${SPACE}年?${SPACE}${DASHES}${SPACE}${YEAR}${SPACE}年?${SPACE}[）)]`),
}));

export interface PeriodCitation {
  index: number;
  start: number;
  text: string;
  name: string;
  from: number;
  to: number;
  doc: PeriodicDocument;
}

/** Every citation of a periodic document with a period, in the checked blocks. */
export function periodCitations(a: Analysis): PeriodCitation[] {
  const found: PeriodCitation[] = [];
  for (const { doc, pattern } of CITATIONS) {
    for (const { index, text, start, match } of phraseMatches(a, pattern)) {
      if (PLACE_BEFORE.test(text.slice(0, start))) continue;
      const name = doc.names.find((n) => match[0].startsWith(n)) ?? (doc.names[0] as string);
      const [from, to] = [match[1], match[2]].map((y) => Number(toHalfWidth(y as string)));
      found.push({ index, start, text: match[0], name, from: from as number, to: to as number, doc });
    }
  }
  return found;
}

/** 《法治政府建设实施纲要（2022—2025年）》: no such edition; names the editions there are and the nearest. */
export function nonexistentPeriods(citations: PeriodCitation[], code: string): RuleFinding[] {
  return citations.flatMap((c) => {
    if (c.doc.periods.some(([f, t]) => f === c.from && t === c.to)) return [];
    const nearest = [...c.doc.periods].sort((x, y) => distance(x, c) - distance(y, c))[0] as [number, number];
    const periods = c.doc.periods.map(([f, t]) => `${f}—${t}`).join(' / ');
    const expected = `${c.name}（${nearest[0]}—${nearest[1]}年）`;
    return [wordsFinding(code, c.index, c.start, c.text, { document: c.name, from: c.from, to: c.to, periods, expected })];
  });
}

function distance([f, t]: [number, number], c: PeriodCitation): number {
  return Math.abs(f - c.from) + Math.abs(t - c.to);
}

/** In the plans, an edition whose period ended before the year planned for: the next one is what to cite. */
export function endedPeriods(a: Analysis, citations: PeriodCitation[], code: string): RuleFinding[] {
  return citations.flatMap((c) => {
    const year = yearOfBlock(a, c.index);
    const exists = c.doc.periods.some(([f, t]) => f === c.from && t === c.to);
    if (!exists || year === undefined || !inPlans(a, c.index) || year <= c.to) return [];
    return [{ ...wordsFinding(code, c.index, c.start, c.text, { variant: 'period', document: c.name, from: c.from, to: c.to, year }), severity: 'info' as const }];
  });
}
