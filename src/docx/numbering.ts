import type { Warn } from './errors';
import { formatListNumber, isKnownNumberFormat } from './number-format';
import type { NumberingRef } from './styles';
import { childElements, intAttr, isMc, isOn, wAttr, wChild, wName, type XmlElement } from './xml';

const LEVEL_COUNT = 9;
/** Real level texts are a few characters ("（%2）", "%1.%2."); a cap keeps each paragraph's label short whatever a file says. */
const MAX_LEVEL_TEXT = 64;

interface LevelDef {
  start: number;
  format: string;
  text: string;
  /** `text` split at its placeholders, once: literal text at even places, between them the digit of a %1…%9. */
  parts: readonly string[];
  /** w:lvlRestart: restart after any use of levels 1..N (1-based); 0 = never. */
  restart?: number;
  /** w:isLgl: show every level number in decimal. */
  legal: boolean;
}

interface AbstractNum {
  levels: Array<LevelDef | undefined>;
  /** w:numStyleLink: the levels live in the abstractNum of this numbering style. */
  numStyleLink?: string;
}

interface LevelOverride {
  start?: number;
  level?: LevelDef;
}

interface NumInstance {
  abstractNumId: number;
  overrides: Map<number, LevelOverride>;
}

/**
 * word/numbering.xml plus the running counters, so list strings come out as Word shows them.
 * Call `next` for every numbered paragraph in document order.
 */
export class Numbering {
  private readonly abstracts = new Map<number, AbstractNum>();
  private readonly nums = new Map<number, NumInstance>();
  /** Counters per list: per abstract list, or per w:num when it overrides levels (a restarted list). */
  private readonly counters = new Map<string, Array<number | undefined>>();

  constructor(
    private readonly root: XmlElement | undefined,
    private readonly numIdOfStyle: (styleId: string) => number | undefined,
    private readonly warn: Warn = () => undefined,
  ) {
    if (!root) return;
    for (const element of childElements(root)) {
      const name = wName(element);
      if (name === 'abstractNum') {
        const id = intAttr(element, 'abstractNumId');
        if (id !== undefined) this.abstracts.set(id, readAbstractNum(element));
      } else if (name === 'num') {
        const id = intAttr(element, 'numId');
        const abstractNumId = intAttr(wChild(element, 'abstractNumId'), 'val');
        if (id !== undefined && abstractNumId !== undefined) this.nums.set(id, { abstractNumId, overrides: readOverrides(element) });
      }
    }
  }

  /** Advances the list's counters for one paragraph and returns its list string; undefined when not numbered. */
  next(ref: NumberingRef): string | undefined {
    if (ref.numId === 0) return undefined; // numId 0 explicitly removes numbering
    if (!this.root) {
      this.warn('docx-no-numbering');
      return undefined;
    }
    const num = this.nums.get(ref.numId);
    const abstract = num && this.resolveAbstract(num.abstractNumId);
    if (!num || !abstract) {
      this.warn('docx-numbering-missing', { id: ref.numId });
      return undefined;
    }
    const ilvl = Math.min(Math.max(ref.ilvl, 0), LEVEL_COUNT - 1);
    const levelOf = (i: number): LevelDef | undefined => num.overrides.get(i)?.level ?? abstract.levels[i];
    const startOf = (i: number): number => num.overrides.get(i)?.start ?? levelOf(i)?.start ?? 0;
    const level = levelOf(ilvl);
    if (!level) return undefined;

    const key = num.overrides.size > 0 ? `num:${ref.numId}` : `abstract:${num.abstractNumId}`;
    let counters = this.counters.get(key);
    if (!counters) this.counters.set(key, (counters = new Array<number | undefined>(LEVEL_COUNT).fill(undefined)));
    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper < LEVEL_COUNT; deeper++) {
      if (ilvl < (levelOf(deeper)?.restart ?? deeper)) counters[deeper] = undefined;
    }
    return this.render(level, (i) => counters[i] ?? startOf(i), (i) => levelOf(i)?.format ?? 'decimal');
  }

  private render(level: LevelDef, valueOf: (i: number) => number, formatOf: (i: number) => string): string {
    if (level.format === 'bullet') {
      // Symbol-font bullets are private-use characters that mean nothing as text.
      return level.text === '' || /^[\uf000-\uf0ff]+$/.test(level.text) ? '•' : level.text;
    }
    const { parts } = level;
    let label = parts[0] ?? '';
    for (let at = 1; at < parts.length; at += 2) {
      const i = Number(parts[at]) - 1;
      const format = level.legal ? 'decimal' : formatOf(i);
      if (!isKnownNumberFormat(format)) {
        this.warn('docx-number-format', { format });
      }
      label += formatListNumber(valueOf(i), format) + (parts[at + 1] ?? '');
    }
    return label;
  }

  private resolveAbstract(abstractNumId: number): AbstractNum | undefined {
    const abstract = this.abstracts.get(abstractNumId);
    if (abstract?.numStyleLink === undefined) return abstract;
    // A list that borrows its levels from a numbering style: style → w:num → abstractNum with the levels.
    const linkedNumId = this.numIdOfStyle(abstract.numStyleLink);
    const linkedNum = linkedNumId === undefined ? undefined : this.nums.get(linkedNumId);
    const linked = linkedNum && this.abstracts.get(linkedNum.abstractNumId);
    return linked && linked.numStyleLink === undefined ? linked : abstract;
  }
}

function readAbstractNum(element: XmlElement): AbstractNum {
  const levels = new Array<LevelDef | undefined>(LEVEL_COUNT).fill(undefined);
  let numStyleLink: string | undefined;
  for (const child of childElements(element)) {
    const name = wName(child);
    if (name === 'lvl') {
      const ilvl = intAttr(child, 'ilvl');
      if (ilvl !== undefined && ilvl >= 0 && ilvl < LEVEL_COUNT) levels[ilvl] = readLevel(child);
    } else if (name === 'numStyleLink') {
      numStyleLink = wAttr(child, 'val');
    }
  }
  return numStyleLink === undefined ? { levels } : { levels, numStyleLink };
}

function readOverrides(num: XmlElement): Map<number, LevelOverride> {
  const overrides = new Map<number, LevelOverride>();
  for (const child of childElements(num)) {
    if (wName(child) !== 'lvlOverride') continue;
    const ilvl = intAttr(child, 'ilvl');
    if (ilvl === undefined) continue;
    const override: LevelOverride = {};
    const start = intAttr(wChild(child, 'startOverride'), 'val');
    if (start !== undefined) override.start = start;
    const lvl = wChild(child, 'lvl');
    if (lvl) override.level = readLevel(lvl);
    overrides.set(ilvl, override);
  }
  return overrides;
}

function readLevel(lvl: XmlElement): LevelDef {
  const text = (wAttr(wChild(lvl, 'lvlText'), 'val') ?? '').slice(0, MAX_LEVEL_TEXT);
  const level: LevelDef = {
    start: intAttr(wChild(lvl, 'start'), 'val') ?? 0,
    format: wAttr(numFmtOf(lvl), 'val') ?? 'decimal',
    text,
    parts: text.split(/%([1-9])/),
    legal: isOn(wChild(lvl, 'isLgl')),
  };
  const restart = intAttr(wChild(lvl, 'lvlRestart'), 'val');
  if (restart !== undefined) level.restart = restart;
  return level;
}

/** Word wraps newer formats in mc:AlternateContent; the mc:Fallback holds one we know. */
function numFmtOf(lvl: XmlElement): XmlElement | undefined {
  const direct = wChild(lvl, 'numFmt');
  if (direct) return direct;
  for (const child of childElements(lvl)) {
    if (!isMc(child, 'AlternateContent')) continue;
    for (const branch of childElements(child)) {
      if (isMc(branch, 'Fallback')) return wChild(branch, 'numFmt');
    }
  }
  return undefined;
}
