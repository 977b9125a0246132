/**
 * Figure findings for a report against the data file: linked figures whose text no longer matches the data
 * (figure-stale), figures not filled in (figure-missing), declared cross-checks that fail (figure-inconsistent).
 */
import type { ReportDocument } from '../document';
import type { Severity, UnlocalizedFinding } from '../diagnostic';
import { distinctChecks, evaluateChecks } from './cross-checks';
import { nameKey, type Dataset } from './dataset';
import { formatChange, formatFigure, formatYoy, isPercentMeasure, NO_FIGURE, tidy, yoyOf } from './format';
import { comparablePrior } from './measures';
import type { FigureCheck } from './model';
import { normalizeNumberText, parseFigure } from '../numbers';
import { figureRefsOf, parseFigureTag, type FigureRef } from './tags';

/** A linked figure's content control as the Word adapter reads it: the control's own text, not the paragraph's. */
export interface LinkedFigure {
  tag: string;
  text: string;
  /** Block index of the paragraph holding the control. */
  at: number;
}

export interface FigureFindingOptions {
  /** The report's unit and year: cross-checks are run for these. */
  unit: string;
  year: number;
  linkedFigures?: readonly LinkedFigure[];
  /** Checks from the profile, run with the data file's own. */
  checks?: readonly FigureCheck[];
  /** Look for unlinked placeholders such as XX件, ××%, 【数据】 (default true). */
  placeholders?: boolean;
}

export const FIGURE_SEVERITY: Record<'figure-stale' | 'figure-missing' | 'figure-inconsistent' | 'figure-typed', Severity> = {
  'figure-stale': 'warning',
  'figure-missing': 'error',
  'figure-inconsistent': 'warning',
  'figure-typed': 'warning',
};

/** The measure a link's figure is in: its record's, or for a change or 同比 the other year's when its own is blank. */
function measureOf(dataset: Dataset, ref: FigureRef): string {
  const own = dataset.lookup(ref.unit, ref.year, ref.indicator)?.measure ?? '';
  return ref.kind === 'value' ? own : own || (dataset.lookup(ref.unit, ref.year - 1, ref.indicator)?.measure ?? '');
}

/**
 * Why the data's figures give no change or 同比 for a link (it shows —): last year's was 0, so there is no 同比;
 * the two years are in measures that cannot be set against each other (1.2 万件 and 13000 件).
 */
export type NoFigureReason = 'from-zero' | 'across-measures';

/**
 * The figure a link points at, as a number and as inserted text; undefined when the data has no figure. Where
 * the data has both years' figures but no change or 同比 can be worked out from them, the figure is NO_FIGURE,
 * with its reason: a link showing — is then right, and one showing a number is not.
 */
export function sourceFigure(dataset: Dataset, ref: FigureRef): { value: number; text: string } | { value: null; text: string; reason: NoFigureReason } | undefined {
  const record = dataset.lookup(ref.unit, ref.year, ref.indicator);
  const current = record?.value ?? null;
  if (ref.kind === 'value') return current === null ? undefined : { value: current, text: formatFigure(current, record?.measure ?? '') };
  const priorRecord = dataset.lookup(ref.unit, ref.year - 1, ref.indicator);
  if (current === null || priorRecord?.value === null || priorRecord?.value === undefined) return undefined;
  // In the measure the comparison table uses; never across two measures (then there is no change to link).
  const measure = measureOf(dataset, ref);
  const prior = comparablePrior(priorRecord, record);
  if (prior === null) return { value: null, text: NO_FIGURE, reason: 'across-measures' };
  // A rate's 同比 is its change in points (同比提高3个百分点): a link to it from before says so on refresh.
  if (ref.kind === 'change' || isPercentMeasure(measure)) {
    const change = tidy(current - prior);
    return { value: change, text: formatChange(change, measure) };
  }
  const yoy = yoyOf(prior, current);
  return yoy === null ? { value: null, text: NO_FIGURE, reason: 'from-zero' } : { value: yoy, text: formatYoy(yoy) };
}

/**
 * The text a link should show from the data, as refresh and roll forward write it: undefined where the data lacks
 * a figure, or holds the two years in measures that cannot be set against each other (most often a slip in the
 * file: the link is left as it is, and the check points at the file).
 */
export function figureText(dataset: Dataset, ref: FigureRef): string | undefined {
  const source = sourceFigure(dataset, ref);
  return source && !(source.value === null && source.reason === 'across-measures') ? source.text : undefined;
}

/** Word's own placeholder text for an empty control, and our figure placeholders. */
const CONTROL_PLACEHOLDER = /^(?:单击或点击此处输入文字|单击此处输入文字|Click or tap here to enter text|Click here to enter text)[。.]?$/i;
/**
 * A figure still to be filled in: X, XX or ×× before a measure (XX件, X件, XX%, ××万元; not 第×条), a run of ×× or □□
 * alone, or 【数据】-style brackets; not an x that is part of a word or a number (Windows, 2x).
 */
const TEXT_PLACEHOLDER =
  /(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])(?:[XxＸｘ]+|×{2,}|[□＿_]{2,})\s*(?:%|％|‰|个百分点|万元|亿元|人次|场次|[件次人个项场家份起条篇期元户所名批卷部倍])|[×□]{2,}|【\s*(?:数据|数字|数值)\s*】/; // 【待填】 and the like are prompts: the check's prompt-left has them

function isEmptyFigure(text: string): boolean {
  const t = text.trim();
  return t === '' || CONTROL_PLACEHOLDER.test(t) || TEXT_PLACEHOLDER.test(t) || /^[XxＸｘ×]+$/.test(t);
}

/** What this product writes after a figure's digits: nothing, a rate's % or ‰, a rate's change in 个百分点. */
const WRITTEN_SUFFIXES = new Set(['', '%', '‰', '个百分点']);

/**
 * Whether a figure's control holds words the writer typed into it (in Word, typing right after an inline control
 * usually goes into it: "42，同比增长5%", "42件"). Such a control is never rewritten: its words would be lost. A
 * number alone, however written (1102, １，１０２), is still the figure.
 */
export function holdsTypedWords(link: { tag: string; text: string }): boolean {
  if (parseFigureTag(link.tag) === undefined || isEmptyFigure(link.text)) return false;
  const parsed = parseFigure(link.text);
  return !(parsed.kind === 'blank' || (parsed.kind === 'number' && WRITTEN_SUFFIXES.has(parsed.suffix)));
}

/**
 * Shown matches source when the source, rounded to the decimals the writer showed, is the shown number, and a
 * sign shown after it is the source's own (1,102% is not 1,102 件; +3% is not +3个百分点).
 */
function matches(shown: string, source: { value: number; text: string }, measure: string): boolean {
  const parsed = parseFigure(shown);
  if (parsed.kind !== 'number') return false;
  const own = parseFigure(source.text);
  // A figure kept with no measure may be shown with the other year's (the comparison table's 95% beside 97%).
  if (parsed.suffix && measure.trim() && own.kind === 'number' && parsed.suffix !== own.suffix) return false;
  const decimals = /\.(\d+)/.exec(normalizeNumberText(shown))?.[1]?.length ?? 0;
  return Math.abs(Number(source.value.toFixed(Math.min(decimals, 10))) - parsed.value) < 1e-9;
}

/**
 * Figures still to be filled in, data file or not (XX件, ××, 【数据】); a linked figure left so is another
 * finding (figure-missing, empty) where a data file is loaded, so `linked` empty ones are left to it.
 */
export function placeholderFindings(document: ReportDocument, linked: readonly LinkedFigure[] = []): UnlocalizedFinding[] {
  const findings: UnlocalizedFinding[] = [];
  for (const block of document.blocks) {
    const match = TEXT_PLACEHOLDER.exec(block.text);
    if (!match || linked.some((f) => f.at === block.index && isEmptyFigure(f.text))) continue;
    findings.push({ code: 'figure-missing', severity: FIGURE_SEVERITY['figure-missing'], part: null, at: block.index, params: { variant: 'placeholder', text: match[0] } });
  }
  return findings;
}

export function figureFindings(document: ReportDocument, dataset: Dataset, options: FigureFindingOptions): UnlocalizedFinding[] {
  const findings: UnlocalizedFinding[] = [];
  const add = (code: keyof typeof FIGURE_SEVERITY, at: number | null, params: Record<string, string | number>) =>
    findings.push({ code, severity: FIGURE_SEVERITY[code], part: null, at, params });
  const about = (ref: FigureRef) => ({ unit: ref.unit, year: ref.year, indicator: ref.indicator });
  const linked = options.linkedFigures ?? [];
  const covered = new Set(linked.map((f) => f.at));

  for (const figure of linked) {
    const ref = parseFigureTag(figure.tag);
    if (!ref) continue;
    const source = sourceFigure(dataset, ref);
    if (holdsTypedWords(figure)) add('figure-typed', figure.at, { ...about(ref), shown: figure.text.trim() });
    else if (isEmptyFigure(figure.text)) add('figure-missing', figure.at, { variant: 'empty', ...about(ref) });
    else if (!source) add('figure-missing', figure.at, { variant: 'no-source', ...about(ref) });
    // No change or 同比 can be worked out: — (or any dash, or nothing) is right, a number is not.
    else if (source.value === null) {
      if (parseFigure(figure.text).kind !== 'blank') add('figure-stale', figure.at, { variant: `${ref.kind}-${source.reason}`, ...about(ref), shown: figure.text.trim(), source: source.text });
    }
    // The text a refresh would write is never stale, whatever rounding a re-parse of it meets (同比 -2.25 → "-2.2%").
    else if (figure.text.trim() !== source.text && !matches(figure.text, source, measureOf(dataset, ref))) {
      add('figure-stale', figure.at, { variant: ref.kind, ...about(ref), shown: figure.text.trim(), source: source.text });
    }
  }
  // Links the adapter gave no control text for (e.g. a .docx read without it): only whether the data has them.
  for (const block of document.blocks) {
    if (covered.has(block.index)) continue;
    for (const ref of figureRefsOf(block.tags)) {
      if (!sourceFigure(dataset, ref)) add('figure-missing', block.index, { variant: 'no-source', ...about(ref) });
    }
  }
  if (options.placeholders !== false) findings.push(...placeholderFindings(document, linked));
  // The same check declared in the file and the profile is run once.
  const checks = distinctChecks([...dataset.checks, ...(options.checks ?? [])]);
  for (const failure of evaluateChecks(dataset, options.unit, options.year, checks)) {
    const where = linked.find((f) => {
      const ref = parseFigureTag(f.tag);
      return ref !== undefined && ref.year === failure.year && nameKey(ref.unit) === nameKey(options.unit) && nameKey(ref.indicator) === nameKey(failure.record.indicator);
    });
    add('figure-inconsistent', where?.at ?? null, failure.params);
  }
  return findings;
}
