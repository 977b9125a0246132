import type { Block } from './document';
import type { PartRole, PartSpec, Profile } from './profile';
import { escapeRegExp } from './regexp';
import { taggedPart } from './tags';

export interface PromptHit {
  /** The part whose prompt this is, when it is one of the profile's own. */
  partId?: string;
  /** Word's own placeholder text (单击或点击此处输入文字。) or a control showing its placeholder: nothing written yet, so the part is empty, not present. */
  wordPlaceholder?: true;
}

/**
 * Writers' own placeholders that mean "fill this in": 【请补充】, 【在此填写】, 【填写数量】, and in round brackets only
 * when they say where (（此处填写主要举措）): （请见附件） and （待定） are report text.
 */
const GENERIC_PROMPT = /【\s*(?:请|在此|待|此处|填写|填入|输入)[^】]*】|[（(]\s*(?:此处|在此)(?:填写|填入|输入|补充|插入|键入)[^（()）]*[）)]/;

/**
 * The placeholder texts Word puts in a content control and a writer's template leaves standing: 单击或点击此处输入文字。,
 * 点击或轻击此处输入文字。, 在此处键入, 单击此处输入日期。, 选择一项。 and the English UI's own.
 */
const WORD_PLACEHOLDER = /^(?:(?:单击|点击|轻击)(?:或(?:单击|点击|轻击))?此处(?:以)?输入(?:文字|日期)[。.]?|在此处键入[。.]?|选择一项[。.]?|Click (?:or tap )?(?:here )?to enter (?:text|a date)\.?|Type here\.?|Choose an item\.?)$/i;

/**
 * What the scaffold puts where a part of each role is to be written, when the profile gives the part no prompt of
 * its own; the reader knows it as that part's prompt, so a user's profile needs no prompts for its scaffold to be read.
 */
const ROLE_PROMPTS: Record<Exclude<PartRole, 'title'>, (partName: string) => string> = {
  addressee: () => '【主送机关】：',
  section: (partName) => `【请写明${partName}的情况。】`,
  signature: () => '【发文机关署名】',
  date: () => '【成文日期，如{nextYear}年1月20日】',
};

/** The prompt for a part: the profile's own, else its role's (a title has none: the scaffold writes it whole). */
export function promptFor(part: PartSpec): string | undefined {
  return part.prompt ?? (part.role === 'title' ? undefined : ROLE_PROMPTS[part.role](part.name['zh-CN']));
}

/** A profile prompt as a pattern that matches it whatever year and unit were filled in. */
function promptPattern(prompt: string): RegExp {
  const source = escapeRegExp(prompt.trim())
    .replace(/\\\{(year|nextYear)\\\}/g, '\\s*\\d{4}\\s*')
    .replace(/\\\{unit\\\}/g, '.*');
  return new RegExp(`^${source}$`);
}

const PATTERNS = new WeakMap<Profile, Array<{ partId: string; pattern: RegExp }>>();

/** A writer's own 【请…】 note within a paragraph's text, if it holds one: what a finding quotes. */
export function writersNoteIn(text: string): string | undefined {
  return GENERIC_PROMPT.exec(text)?.[0];
}

/** The profile's prompts as patterns, made once per profile (a batch analyses every report with one of a few). */
function promptPatterns(profile: Profile): Array<{ partId: string; pattern: RegExp }> {
  let patterns = PATTERNS.get(profile);
  if (!patterns) {
    patterns = profile.parts.flatMap((part) => {
      const prompt = promptFor(part);
      return prompt ? [{ partId: part.id, pattern: promptPattern(prompt) }] : [];
    });
    PATTERNS.set(profile, patterns);
  }
  return patterns;
}

/** Recognises prompts still in place: by our content-control tag, by the profile's wording, 【请…】 or Word's placeholder text. */
export function promptMatcher(profile: Profile): (block: Block) => PromptHit | undefined {
  const patterns = promptPatterns(profile);
  return (block) => {
    const text = block.text.trim();
    const own = text ? patterns.find(({ pattern }) => pattern.test(text)) : undefined;
    // Our prompt controls keep their tag after the writer types over them: only untouched ones
    // (empty, showing the placeholder, or still the prompt's wording) are prompts.
    const tagged = taggedPart(block.tags, 'prompt');
    if (tagged && (!text || own)) return { partId: tagged };
    if (own) return { partId: own.partId };
    if (text && (block.placeholder || WORD_PLACEHOLDER.test(text))) return { wordPlaceholder: true };
    return text && GENERIC_PROMPT.test(text) ? {} : undefined;
  };
}
