import { DiagnosticError } from '../core/diagnostic-error';
import type { Params } from '../core/i18n/render';
import type { Lang } from '../core/i18n/lang';

export interface CliOptions {
  files: string[];
  json: boolean;
  lang: Lang;
  profile?: string;
  /** A figures data file: linked figures in the reports are checked against it. */
  data?: string;
  /** The unit whose figures the reports quote (needed when the data file has several). */
  unit?: string;
  /** Where to write the batch's summary table: a .xlsx (with a second sheet of every finding) or a .csv. */
  summary?: string;
  /** Last year's report, or a folder or wildcard of last year's reports to pair with this year's by unit. */
  previous?: string;
  /** The reports given hold two years: each is compared with the same unit's report of the year before. */
  pairYears: boolean;
  help: boolean;
}

/** A mistake in how report-check was called; `detail` lines (a profile's mistakes, field by field) follow it. */
export class UsageError extends DiagnosticError {
  override readonly name = 'UsageError';
  constructor(
    code: string,
    params: Params = {},
    readonly detail: string[] = [],
  ) {
    super(code, params);
  }
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { files: [], json: false, lang: 'zh-CN', pairYears: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError('cli-needs-value', { option: name });
      return v;
    };
    if (name === '--json') options.json = true;
    else if (name === '--help' || name === '-h') options.help = true;
    else if (name === '--profile') options.profile = value();
    else if (name === '--data') options.data = value();
    else if (name === '--unit') options.unit = value();
    else if (name === '--previous') options.previous = value();
    else if (name === '--pair-years') options.pairYears = true;
    else if (name === '--summary') {
      options.summary = value();
      if (!/\.(xlsx|csv)$/i.test(options.summary)) throw new UsageError('cli-summary-bad-type', { file: options.summary });
    }
    else if (name === '--lang') {
      const lang = value().toLowerCase();
      if (lang.startsWith('zh')) options.lang = 'zh-CN';
      else if (lang.startsWith('en')) options.lang = 'en-US';
      else throw new UsageError('cli-bad-lang', { value: lang });
    } else if (name === '--') options.files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (name.startsWith('-') && name !== '-') throw new UsageError('cli-unknown-option', { option: name });
    else options.files.push(arg);
  }
  // --data with no report lists what the data file holds.
  if (!options.help && options.files.length === 0 && options.data === undefined) throw new UsageError('cli-no-files');
  if (options.unit !== undefined && options.data === undefined) throw new UsageError('cli-unit-without-data');
  return options;
}
