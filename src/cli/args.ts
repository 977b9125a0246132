export interface CliOptions {
  files: string[];
  json: boolean;
  lang: 'zh-CN' | 'en-US';
  profile?: string;
  /** A figures data file: linked figures in the reports are checked against it. */
  data?: string;
  /** The unit whose figures the reports quote (needed when the data file has several). */
  unit?: string;
  help: boolean;
}

export class UsageError extends Error {}

export const USAGE = `用法 / Usage: report-check [--profile ID|PATH.json] [--data FILE [--unit NAME]] [--json] [--lang zh|en] FILE...
  FILE        .docx、.txt 或 .md 报告，可多个 / one or more .docx, .txt or .md reports
  --profile   报告类型 id（rule-of-law-annual、gov-info-disclosure-annual）或 JSON 文件；不给时按标题判断
              report profile id or JSON file; without it, told from each file's title
  --data      数据文件（.xlsx、.csv、.json）：核对文中关联的数字是否过时、前后是否一致
              figures data file (.xlsx, .csv, .json): linked figures checked against it
  --unit      数据文件中的单位名称（文件有多个单位时必填） / the unit in the data file (needed if it has several)
  --json      输出 JSON / print JSON
  --lang      zh（默认）或 en / zh (default) or en
退出码 / Exit code: 0 无错误 no errors · 1 有错误 errors found · 2 用法错误或文件无法读取 bad usage or unreadable file`;

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { files: [], json: false, lang: 'zh-CN', help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} 需要一个值 / ${name} needs a value`);
      return v;
    };
    if (name === '--json') options.json = true;
    else if (name === '--help' || name === '-h') options.help = true;
    else if (name === '--profile') options.profile = value();
    else if (name === '--data') options.data = value();
    else if (name === '--unit') options.unit = value();
    else if (name === '--lang') {
      const lang = value().toLowerCase();
      if (lang.startsWith('zh')) options.lang = 'zh-CN';
      else if (lang.startsWith('en')) options.lang = 'en-US';
      else throw new UsageError(`--lang 只接受 zh 或 en，收到“${lang}” / --lang takes zh or en, got "${lang}"`);
    } else if (name === '--') options.files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (name.startsWith('-') && name !== '-') throw new UsageError(`未知选项 ${name} / unknown option ${name}`);
    else options.files.push(arg);
  }
  if (!options.help && options.files.length === 0) throw new UsageError('没有给出要检查的文件 / no files to check');
  if (options.unit !== undefined && options.data === undefined) throw new UsageError('--unit 要和 --data 一起用 / --unit goes with --data');
  return options;
}
