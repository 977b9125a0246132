/**
 * Party congresses and plenary sessions named in a report: the spirit of a session held after the report was
 * written (a wrong number), and plans that cite an earlier plenary as the latest.
 */
import type { Analysis } from '../analysis';
import { formatChineseCount, parseChineseCount } from '../numerals';
import type { RuleFinding } from '../rules/rule';
import { SESSIONS, type Session } from './data';
import { phrase, phraseMatches } from './phrases';
import { inPlans, sentenceAround, wordsFinding, writtenBy } from './scan';

/**
 * 党的二十大; 二十届三中全会; 二十届二中、三中全会 (each plenary named); 二十届历次全会 names none. The phrase starts at
 * 十, so the one-pass scan stays fast: 二 before it makes it 二十…, another numeral before it (三十大) makes it no mention.
 */
const MENTION_SOURCE = '十([一二三四五六七八九]?)(?:大|届((?:[一二三四五六七]中[、，和及与]?)+)全会)';
const MENTION = phrase(MENTION_SOURCE);
const MENTIONS_IN_SENTENCE = new RegExp(MENTION_SOURCE, 'g');
const SPIRIT_FOLLOWS = /^[^。；！？]{0,14}?精神/;

interface Mention {
  start: number;
  text: string;
  congress: number;
  /** 0 for the congress itself. */
  plenaries: number[];
}

function mentionOf(m: RegExpMatchArray, start: number, text: string): Mention | undefined {
  const before = text.charAt(start - 1);
  if (/[一三四五六七八九十]/.test(before)) return undefined;
  const tens = before === '二' ? 20 : 10;
  return {
    start: tens === 20 ? start - 1 : start,
    text: tens === 20 ? `二${m[0]}` : m[0],
    congress: tens + (parseChineseCount(m[1] || '〇') ?? 0),
    plenaries: m[2] ? [...m[2].matchAll(/([一二三四五六七])中/g)].map((p) => parseChineseCount(p[1] as string) ?? 0) : [0],
  };
}

function mentionsIn(text: string): Mention[] {
  return [...text.matchAll(MENTIONS_IN_SENTENCE)].flatMap((m) => mentionOf(m, m.index ?? 0, text) ?? []);
}

function sessionOf(congress: number, plenary: number): Session | undefined {
  return SESSIONS.find((s) => s.congress === congress && s.plenary === plenary);
}

export function sessionName(s: Pick<Session, 'congress' | 'plenary'>): string {
  const congress = formatChineseCount(s.congress);
  return s.plenary === 0 ? `党的${congress}大` : `${congress}届${formatChineseCount(s.plenary)}中全会`;
}

/** “学习贯彻二十届三中全会精神” in a report written before July 2024: that session had not been held. */
export function sessionsNotYetHeld(a: Analysis, code: string): RuleFinding[] {
  const by = writtenBy(a);
  if (!by) return [];
  const findings: RuleFinding[] = [];
  for (const { index, text, start, match } of phraseMatches(a, MENTION)) {
    const mention = mentionOf(match, start, text);
    if (!mention || !SPIRIT_FOLLOWS.test(text.slice(mention.start + mention.text.length))) continue;
    const late = mention.plenaries.map((p) => sessionOf(mention.congress, p)).find((s) => s && s.held > by);
    if (late) findings.push(wordsFinding(code, index, mention.start, mention.text, { session: sessionName(late), held: late.held, writtenBy: by }));
  }
  return findings;
}

/**
 * Plans whose sentence on a congress's spirit names its plenaries but not the latest held by the end of the
 * report year (“二十大和二十届二中全会精神” in the plans for 2025, after the third plenary of July 2024).
 */
export function stalePlenaries(a: Analysis, code: string): RuleFinding[] {
  if (a.reportYear === undefined) return [];
  const yearEnd = `${a.reportYear}-12-31`;
  const findings: RuleFinding[] = [];
  for (const { index, text, start, match } of phraseMatches(a, MENTION)) {
    const mention = mentionOf(match, start, text);
    if (!mention || mention.plenaries.includes(0) || !inPlans(a, index)) continue;
    const sentence = sentenceAround(text, mention.start, mention.start + mention.text.length);
    if (!sentence.includes('精神') || sentence.includes('历次全会')) continue;
    const named = Math.max(...mentionsIn(sentence).filter((m) => m.congress === mention.congress).flatMap((m) => m.plenaries));
    if (named !== Math.max(...mention.plenaries)) continue; // one finding per sentence, on its latest plenary
    const latest = SESSIONS.filter((s) => s.congress === mention.congress && s.held <= yearEnd).sort((x, y) => y.plenary - x.plenary)[0];
    if (!latest || latest.plenary <= named) continue;
    const expected = `${sessionName({ congress: mention.congress, plenary: 0 })}和${formatChineseCount(mention.congress)}届历次全会精神`;
    findings.push(wordsFinding(code, index, mention.start, mention.text, { variant: 'session', latest: sessionName(latest), held: latest.held, expected, reportYear: a.reportYear }, false));
  }
  return findings;
}
