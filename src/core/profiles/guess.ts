import type { ReportDocument } from '../document';
import { headOf, parseMarker } from '../headings';
import { isPageClutter } from '../page-clutter';
import { profilePattern } from '../patterns';
import { sectionParts, type Profile } from '../profile';
import { isProfileTitle, leadingWords, reportNamedIn } from '../title';

/**
 * How the report type was told: by the title; by the text (the words it uses, the sections it has, a sentence
 * naming the report); or not at all (the first profile is the fallback).
 */
export type ProfileConfidence = 'title' | 'text' | 'fallback';

export interface ProfileGuess {
  profile: Profile;
  /** False for the fallback. */
  guessed: boolean;
  confidence: ProfileConfidence;
  /** How sure: 1 for a title; for the text, the winner's share of the evidence (0.5 a tie, 1 nothing against it). */
  score: number;
}

/** How far into a document a title is looked for: pasted web text can come first, the body cannot. */
const TITLE_SEARCH_LINES = 40;
/** A text cue counts at most this many times: one word repeated is not more evidence. */
const CUE_COUNT_CAP = 3;
/** A sentence naming the report (现将…法治政府建设情况报告如下) weighs this much; a section named outright, this. */
const NAMING_WEIGHT = 6;
const SECTION_WEIGHT = 3;
/** Less evidence than this tells nothing. */
const MIN_TEXT_EVIDENCE = 6;

/** The document's lines with text, web-page clutter left out and Markdown marks trimmed: the first `limit` of them. */
function textLines(doc: ReportDocument, limit: number): string[] {
  const lines: string[] = [];
  for (const block of doc.blocks) {
    if (lines.length >= limit) break;
    const line = block.text.replace(/^[#\s\u3000*]+|[*\s|｜]+$/g, '');
    if (line.length > 0 && !isPageClutter(line)) lines.push(line);
  }
  return lines;
}

/** The profile a document is, and whether anything told it (see tellProfile for how, and how sure). */
export function guessProfile(doc: ReportDocument, profiles: readonly Profile[]): { profile: Profile; guessed: boolean } {
  const { profile, guessed } = tellProfile(doc, profiles);
  return { profile, guessed };
}

/**
 * The profile a document is: the one whose title cues match its title (looking at short lines near the top, past
 * the web page's own lines), else the one its whole text speaks for, else the first.
 */
export function tellProfile(doc: ReportDocument, profiles: readonly Profile[]): ProfileGuess {
  // The lines near the top first: most reports have a title there, and the rest need not be looked at.
  const top = textLines(doc, TITLE_SEARCH_LINES);
  // A report run together on one line starts with its title.
  const titles = [...top, leadingWords(top[0] ?? '') ?? ''];
  for (const line of titles) {
    const match = profiles.find((p) => isProfileTitle(line, p));
    if (match) return { profile: match, guessed: true, confidence: 'title', score: 1 };
  }
  const lines = textLines(doc, Infinity);
  const evidence = profiles.map((profile) => ({ profile, score: textEvidence(profile, lines) })).sort((a, b) => b.score - a.score);
  const [best, second] = evidence;
  if (best && best.score >= MIN_TEXT_EVIDENCE && best.score > (second?.score ?? 0)) {
    const share = best.score / (best.score + (second?.score ?? 0));
    return { profile: best.profile, guessed: true, confidence: 'text', score: Math.round(share * 100) / 100 };
  }
  return { profile: profiles[0] as Profile, guessed: false, confidence: 'fallback', score: 0 };
}

/** What the text says for a profile: its text cues (each counted a few times), sentences naming it, its sections. */
function textEvidence(profile: Profile, lines: readonly string[]): number {
  const text = lines.join('\n');
  let score = 0;
  for (const cue of profile.textCues ?? []) {
    const count = profilePattern(profile, cue.pattern).count(text);
    score += cue.weight * Math.min(count, CUE_COUNT_CAP);
  }
  const namings = lines.reduce((n, line) => n + (reportNamedIn(line, profile).length ? 1 : 0), 0);
  score += NAMING_WEIGHT * Math.min(namings, 2);
  return score + SECTION_WEIGHT * sectionsNamed(profile, lines);
}

/** How many of the profile's sections a numbered heading names outright (一、总体情况, 二、存在的不足和原因). */
function sectionsNamed(profile: Profile, lines: readonly string[]): number {
  const heads = lines.flatMap((line) => {
    const parsed = parseMarker(line);
    return parsed ? [headOf(parsed.rest.trim()).head] : [];
  });
  return sectionParts(profile).filter((part) =>
    (part.cues ?? []).some((cue) => cue.weight === 3 && heads.some((head) => profilePattern(profile, cue.pattern).test(head))),
  ).length;
}
