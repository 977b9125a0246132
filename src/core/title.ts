import { parseMarker } from './headings';
import { isPageClutter } from './page-clutter';
import { profilePattern, type TextPattern } from './patterns';
import type { Profile } from './profile';

/** Words of a sentence about the report (现将…报告如下, 根据…编制本报告), never of its title. */
const SENTENCE_WORDS = /如下|现将|现就|特此|根据|按照|本报告/;

/**
 * The one test of whether a line's words can be a report's title: short, not a sentence (no comma or full stop), not
 * a numbered heading, not web-page text (a breadcrumb “首页 > 政务公开 > …报告”, a metadata field “标 题：…”).
 */
export function isTitleText(text: string): boolean {
  return (
    text.length > 0 &&
    text.length <= 80 &&
    !/[。；：:>＞»，,]/.test(text) &&
    !SENTENCE_WORDS.test(text) &&
    !parseMarker(text) &&
    !isPageClutter(text)
  );
}

/** The profile's title cues, compiled once (see patterns.ts for which engine runs them). */
export function titleCuesOf(profile: Profile): TextPattern[] {
  return profile.titleCues.map((cue) => profilePattern(profile, cue));
}

/** Whether a line is a title of this profile's report: a title line its title cues match. */
export function isProfileTitle(text: string, profile: Profile): boolean {
  return isTitleText(text) && titleCuesOf(profile).some((cue) => cue.test(text));
}

/**
 * Where a sentence names the report as its title would (现将我局2023年法治政府建设工作情况报告如下): the start and
 * end of each match of a title cue inside a sentence.
 */
export function reportNamedIn(text: string, profile: Profile): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  let offset = 0;
  for (const sentence of text.split(/(?<=[。；！？])/)) {
    for (const cue of titleCuesOf(profile)) {
      const match = cue.find(sentence);
      if (match) found.push({ start: offset + match.index, end: offset + match.index + match.length });
    }
    offset += sentence.length;
  }
  return found;
}

/** The words a line starts with, up to its first space or sentence end: a run-together report's title. */
export function leadingWords(text: string): string | undefined {
  return /^(\S{4,80}?)(?:[\s\u3000]|[。；])/.exec(text)?.[1];
}
