/**
 * A check rule is one module: its name (how a profile's `rules` entry names it), what it checks in both
 * languages, the codes it reports with their default severities and messages, the JSON Schema of the options a
 * profile gives it, and its run function. The registry (./registry) lists them; check() runs the registry; the
 * profile schema's rule definitions and the profile's TypeScript types are built from these modules.
 */
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import type { Analysis } from '../analysis';
import type { Severity, UnlocalizedFinding } from '../diagnostic';
import type { ReportDocument } from '../document';
import type { Dataset } from '../figures/dataset';
import type { Localized } from '../i18n/lang';
import type { MessageTable, Params } from '../i18n/render';
import type { PreviousReport } from '../previous/compare';
import type { Profile } from '../profile';

/** A rule's options: an object schema whose properties a profile entry may give (besides rule, code, severity, message). */
export interface OptionsSchema {
  readonly type: 'object';
  readonly properties: Readonly<Record<string, JSONSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties: false;
}

/** What every rule may look at: the analysed report, the data file's figures and last year's report when given. */
export interface RuleContext {
  analysis: Analysis;
  doc: ReportDocument;
  figures?: { dataset: Dataset; unit: string; year?: number };
  /** Last year's report of the same unit, analysed with the same profile: the comparison checks read it. */
  previous?: PreviousReport;
}

/** A finding as a rule returns it: the runner fills in the severity (the rule's own, else the code's default). */
export type RuleFinding = Omit<UnlocalizedFinding, 'severity'> & { severity?: Severity };

/** A mistake in a profile entry the schema cannot see (a part that does not exist), named by its field. */
export interface OptionProblem {
  path: string;
  code: string;
  params: Params;
}

export interface CheckRule<Name extends string = string, Options = unknown> {
  name: Name;
  description: Localized;
  /**
   * 'always': runs on every report with its defaults; a profile entry naming it configures it, sets its severity
   * or turns it off. 'configured': runs once for each profile entry naming it (a part must mention causes …).
   */
  runs: 'always' | 'configured';
  /**
   * Codes the rule reports, with their default severity. A rule whose entries name their own code (the profile's
   * causes-missing for `mentions`) lists its name here: that severity and message serve any code an entry gives.
   */
  codes: Readonly<Record<string, Severity>>;
  /** Entries name the code their findings carry (and may bring a message for it). */
  ownCode?: boolean;
  /** Messages by code or code.variant (for ownCode rules, by the rule's name): joined into the catalog. */
  messages: MessageTable;
  options: OptionsSchema;
  /** Options an 'always' rule runs with when the profile has no entry for it. */
  defaults?: Options;
  /** What the schema cannot check: parts that must exist, patterns that must compile. */
  validate?(options: Options, profile: Profile): OptionProblem[];
  /** `code` is the code findings carry: the entry's own for ownCode rules, else the rule's. */
  run(context: RuleContext, options: Options, code: string): RuleFinding[];
}

/** A rule's options as TypeScript reads them from its schema, so options are written once. */
export type OptionsOf<Schema extends OptionsSchema> = keyof Schema['properties'] extends never ? Record<never, never> : FromSchema<Schema>;

/** Declares a rule: first its options' schema (which types them), then the rule. */
export function defineRule<const Schema extends OptionsSchema>(options: Schema) {
  return <const Name extends string>(rule: Omit<CheckRule<Name, OptionsOf<Schema>>, 'options'>): CheckRule<Name, OptionsOf<Schema>> & { options: Schema } => ({
    ...rule,
    options,
  });
}

/** A rule with no options. */
export const NO_OPTIONS = { type: 'object', properties: {}, additionalProperties: false } as const;
