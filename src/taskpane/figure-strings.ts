import type { Lang } from '../core/profile';

/** The figures panel's words, kept apart from strings.ts so each file stays readable. */
export interface FigureStrings {
  intro: string;
  sourceHeading: string;
  chooseFile: string;
  fileHint: string;
  urlLabel: string;
  urlHint: string;
  loadUrl: string;
  urlNotHttps: string;
  useSample: string;
  loading: (percent: number) => string;
  loadedFrom: (source: string, records: number, units: number) => string;
  sampleName: string;
  problemsHeading: (n: number) => string;
  moreProblems: (n: number) => string;
  unitLabel: string;
  yearLabel: string;
  tableCaption: (unit: string, year: number) => string;
  columns: { indicator: string; prior: (year: number) => string; current: (year: number) => string; change: string; yoy: string };
  insertFigure: (indicator: string) => string;
  insertTable: string;
  insertHint: string;
  noRows: (unit: string, year: number) => string;
  linksHeading: string;
  refresh: string;
  refreshReloads: string;
  rollForward: (year: number) => string;
  freeze: string;
  freezeConfirm: string;
  freezeCancel: string;
  freezeWarning: string;
  refreshed: (n: number) => string;
  unchanged: string;
  rolled: (n: number, year: number) => string;
  frozen: (n: number) => string;
  inserted: string;
  change: (label: string, before: string, after: string) => string;
  reloadFailed: string;
  working: string;
}

const zhCN: FigureStrings = {
  intro: '从法制机构的数据文件（Excel、CSV 或 JSON）取上年和本年的数字，插入对比表或句中数字；插入的数字与文件关联，可一键刷新。',
  sourceHeading: '数据文件',
  chooseFile: '选择文件…',
  fileHint: '文件只在本机读取，不会上传。',
  urlLabel: '或输入文件地址（https）',
  urlHint: '地址保存在本文档中，“全部刷新”时重新读取。',
  loadUrl: '载入',
  urlNotHttps: '请输入以 https:// 开头的地址。',
  useSample: '试用示例数据',
  loading: (percent) => `正在读取数据文件… ${percent}%`,
  loadedFrom: (source, records, units) => `已载入“${source}”：${records} 个数字，${units} 个单位。`,
  sampleName: '示例数据',
  problemsHeading: (n) => `文件中有 ${n} 处问题（其余数据已载入）`,
  moreProblems: (n) => `另有 ${n} 处问题未列出。`,
  unitLabel: '单位',
  yearLabel: '报告年度',
  tableCaption: (unit, year) => `${unit}${year - 1}年与${year}年数据对比`,
  columns: { indicator: '指标', prior: (y) => `${y}年`, current: (y) => `${y}年`, change: '增减', yoy: '同比' },
  insertFigure: (indicator) => `在光标处插入“${indicator}”本年数字`,
  insertTable: '在光标后插入对比表',
  insertHint: '点指标名，把它的本年数字插到光标处；先在文档中点到要插入的位置。',
  noRows: (unit, year) => `数据文件中没有${unit}${year - 1}年或${year}年的数字。`,
  linksHeading: '已插入的关联数字',
  refresh: '全部刷新',
  refreshReloads: '先重新读取数据文件，再更新文档中所有关联的数字和表格；其他文字不动。',
  rollForward: (year) => `顺延一年（改为 ${year} 年）`,
  freeze: '定稿：取消关联',
  freezeConfirm: '取消关联',
  freezeCancel: '暂不',
  freezeWarning: '定稿后数字变成普通文字，不能再刷新。确定吗？',
  refreshed: (n) => `已更新 ${n} 处数字：`,
  unchanged: '数字都已是最新，没有改动。',
  rolled: (n, year) => `已把 ${n} 处关联顺延到 ${year} 年。`,
  frozen: (n) => `已取消 ${n} 处关联，数字保留为普通文字。`,
  inserted: '已插入，并与数据文件关联。',
  change: (label, before, after) => `${label ? `${label}：` : ''}${before} → ${after}`,
  reloadFailed: '数据文件没有读出（原因见上），文档中的数字一处也没有改。',
  working: '正在处理…',
};

const enUS: FigureStrings = {
  intro: 'Take last year’s and this year’s figures from the legal-affairs office’s data file (Excel, CSV or JSON) and insert a comparison table or a figure in a sentence; inserted figures stay linked to the file and refresh in one click.',
  sourceHeading: 'Data file',
  chooseFile: 'Choose file…',
  fileHint: 'The file is read on this computer only; nothing is uploaded.',
  urlLabel: 'Or the file’s address (https)',
  urlHint: 'The address is kept in this document and read again on “Refresh all”.',
  loadUrl: 'Load',
  urlNotHttps: 'Enter an address starting with https://.',
  useSample: 'Try the sample data',
  loading: (percent) => `Reading the data file… ${percent}%`,
  loadedFrom: (source, records, units) => `Loaded “${source}”: ${records} figures, ${units} units.`,
  sampleName: 'sample data',
  problemsHeading: (n) => `${n} problem${n === 1 ? '' : 's'} in the file (the rest is loaded)`,
  moreProblems: (n) => `${n} more not listed.`,
  unitLabel: 'Unit',
  yearLabel: 'Report year',
  tableCaption: (unit, year) => `${unit}: ${year - 1} against ${year}`,
  columns: { indicator: 'Indicator', prior: (y) => String(y), current: (y) => String(y), change: 'Change', yoy: 'Year on year' },
  insertFigure: (indicator) => `Insert this year’s “${indicator}” at the cursor`,
  insertTable: 'Insert the comparison table after the cursor',
  insertHint: 'Click an indicator’s name to put this year’s figure at the cursor; click in the document where it should go first.',
  noRows: (unit, year) => `The data file has no figures for ${unit} in ${year - 1} or ${year}.`,
  linksHeading: 'Linked figures in the document',
  refresh: 'Refresh all',
  refreshReloads: 'Reads the data file again, then updates every linked figure and table in the document; nothing else changes.',
  rollForward: (year) => `Roll forward one year (to ${year})`,
  freeze: 'Freeze for publishing',
  freezeConfirm: 'Remove the links',
  freezeCancel: 'Not now',
  freezeWarning: 'Frozen figures become plain text and can no longer be refreshed. Go ahead?',
  refreshed: (n) => `Updated ${n} figure${n === 1 ? '' : 's'}:`,
  unchanged: 'Every figure is up to date; nothing changed.',
  rolled: (n, year) => `Moved ${n} link${n === 1 ? '' : 's'} on to ${year}.`,
  frozen: (n) => `Removed ${n} link${n === 1 ? '' : 's'}; the figures stay as plain text.`,
  inserted: 'Inserted, linked to the data file.',
  change: (label, before, after) => `${label ? `${label}: ` : ''}${before} → ${after}`,
  reloadFailed: 'The data file could not be read (see above); no figure in the document was changed.',
  working: 'Working…',
};

export const FIGURE_STRINGS: Record<Lang, FigureStrings> = { 'zh-CN': zhCN, 'en-US': enUS };
