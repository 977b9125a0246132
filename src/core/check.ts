import { analyze, hostBlockOf, type Analysis, type PartStatus, type YearSource } from './analysis';
import { SEVERITY_ORDER, type Finding, type Severity, type UnlocalizedFinding } from './diagnostic';
import type { ReportDocument } from './document';
import { messageOf } from './i18n/catalog';
import { ownEntry } from './own-entry';
import type { Lang, Localized } from './i18n/lang';
import { renderMessage, type Message } from './i18n/render';
import type { Profile, Rule } from './profile';
import { DEFAULT_PROFILE } from './profiles';
import { RULES } from './rules/registry';
import type { CheckRule, RuleContext } from './rules/rule';

/** The checker's result; its field names are a contract: report-check --json prints them (README). */
export interface CheckResult {
  profile: string;
  reportYear: number | null;
  reportYearSource: YearSource | null;
  parts: Array<{ id: string; status: PartStatus; at: number | null }>;
  findings: Finding[];
}

export interface CheckOptions {
  profile?: Profile;
  lang?: Lang;
  /** Figures from the data file: linked figures are compared with it and its cross-checks run for `unit`. */
  figures?: RuleContext['figures'];
  /** Last year's report (analysed with the same profile): text carried over, plans taken up, figures unchanged. */
  previous?: RuleContext['previous'];
}

/** Runs every rule of the registry the profile leaves on, and describes the findings in `lang`. */
export function check(doc: ReportDocument, options: CheckOptions = {}): CheckResult {
  return checkAnalysed(analyze(doc, options.profile ?? DEFAULT_PROFILE), doc, options);
}

/** The check on a document already analysed (report-check reuses the analysis for its overview). */
export function checkAnalysed(analysis: Analysis, doc: ReportDocument, options: Pick<CheckOptions, 'lang' | 'figures' | 'previous'> = {}): CheckResult {
  const context: RuleContext = { analysis, doc, figures: options.figures, previous: options.previous };
  const findings = RULES.flatMap((rule) => runRule(rule as CheckRule<string, unknown>, context, analysis.profile.rules));
  return resultOf(analysis, options.lang ?? 'zh-CN', withoutNestedWords(findings));
}

/**
 * One fault, one finding: a finding on words that lie inside another finding's words in the same block (a fixed
 * expression inside a miscited title) is dropped; the wider one already names the right form.
 */
function withoutNestedWords<F extends Pick<UnlocalizedFinding, 'at' | 'words'>>(findings: F[]): F[] {
  const worded = findings.filter((f) => f.words);
  if (worded.length < 2) return findings;
  const inside = (f: F, g: F) => {
    const [x, y] = [f.words, g.words];
    return f !== g && !!x && !!y && f.at === g.at && y.start <= x.start && x.start + x.length <= y.start + y.length && y.length > x.length;
  };
  return findings.filter((f) => !f.words || !worded.some((g) => inside(f, g)));
}

type Described = UnlocalizedFinding & { describe: (lang: Lang) => string };

/**
 * An 'always' rule runs once, with the profile's entry for it if there is one; a 'configured' rule once per entry.
 * An entry's severity overrides the rule's ('off' turns it off); its message, if any, is the finding's.
 */
function runRule(rule: CheckRule<string, unknown>, context: RuleContext, entries: readonly Rule[]): Described[] {
  const own = entries.filter((entry) => entry.rule === rule.name);
  const runs = rule.runs === 'always' ? [own[0] ?? undefined] : own;
  return runs.flatMap((entry) => {
    if (entry?.severity === 'off') return [];
    const { code: entryCode, message: entryMessage } = (entry ?? {}) as { code?: string; message?: Localized };
    const code = (rule.ownCode && entryCode) || rule.name;
    const options = entry ? optionsOf(entry) : rule.defaults ?? {};
    return rule.run(context, options, code).map((finding) => {
      const severity: Severity = (entry?.severity as Severity | undefined) ?? finding.severity ?? ownEntry(rule.codes, finding.code) ?? ownEntry(rule.codes, rule.name) ?? 'warning';
      const message = entryMessage ?? messageOf(finding.code, finding.params) ?? messageOf(rule.name, finding.params);
      return { ...finding, severity, describe: (lang: Lang) => describeFinding(context.analysis.profile, finding, message?.[lang], lang) };
    });
  });
}

function optionsOf(entry: Rule): unknown {
  const { rule: _rule, code: _code, severity: _severity, message: _message, ...options } = entry as Rule & { code?: string; message?: unknown };
  return options;
}

/**
 * The findings placed in their parts, sorted (errors first, then by place) and described in a language. Rules place
 * findings on the lines analysed; the result, on the host's blocks (the same unless run-together text was split).
 */
export function resultOf(analysis: Analysis, lang: Lang, described: readonly Described[]): CheckResult {
  const findings = described
    .map((f) => (f.part === null && f.at !== null ? { ...f, part: sectionAt(analysis, f.at) } : f))
    .sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] || (x.at ?? -1) - (y.at ?? -1))
    .map(({ describe, ...f }) => ({ ...f, ...headingOver(analysis, f.at), at: hostBlockOf(analysis, f.at), message: describe(lang) }));
  return {
    profile: analysis.profile.id,
    reportYear: analysis.reportYear ?? null,
    reportYearSource: analysis.reportYearSource ?? null,
    parts: analysis.parts.map(({ id, status, at }) => ({ id, status, at: hostBlockOf(analysis, at) })),
    findings,
  };
}

/**
 * A finding's message — the profile entry's own, else the catalog's for the code, else the rule's template (a
 * code a profile named) — with parts and tables named as the profile names them.
 */
function describeFinding(profile: Profile, finding: Omit<UnlocalizedFinding, 'severity'>, message: Message | undefined, lang: Lang): string {
  if (!message) return `${finding.code} ${JSON.stringify(finding.params)}`;
  const partName = (id: unknown) => profile.parts.find((p) => p.id === id)?.name[lang] ?? String(id);
  const table = profile.parts.flatMap((p) => p.tables ?? []).find((t) => t.id === finding.params.table);
  const resolve = (name: string): string | undefined => {
    if (name === 'partName') return partName(finding.part);
    if (name === 'tableName') return table?.name[lang] ?? String(finding.params.table);
    if (name === 'statement') return table?.identities?.[Number(finding.params.identity)]?.statement[lang] ?? '';
    if (name.endsWith('PartName')) return partName(finding.params[name.replace(/PartName$/, 'Part')]);
    return undefined;
  };
  return renderMessage(message, finding.params, lang, resolve);
}

/** The text of the nearest heading a finding falls under, so a reader finds it by the heading, not only by 第 N 段. */
function headingOver(analysis: Analysis, index: number | null): { heading?: string } {
  if (index === null) return {};
  const over = analysis.headings.filter((h) => h.index <= index && index < h.end).sort((x, y) => y.index - x.index)[0];
  const words = over && analysis.blocks[over.index]?.text.trim();
  return words ? { heading: words } : {};
}

/** The part whose section holds a block, so a finding inside a section marks that part on the checklist. */
function sectionAt(analysis: Analysis, index: number): string | null {
  const holding = analysis.parts.filter((p) => p.heading && p.heading.index <= index && index < p.heading.end);
  return holding.sort((x, y) => (y.heading?.index ?? 0) - (x.heading?.index ?? 0))[0]?.id ?? null;
}
