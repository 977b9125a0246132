/**
 * Data-file reading speed: a generated 50,000-row figures file as .xlsx (write-excel-file) and as .csv, each
 * read with readDataFile. Goal (reported, not asserted): under 2 s each in Node.
 * Run alone with `npm run build:cli && node lib/bench/figures.js`; bench/run.ts calls benchFigures().
 */
import { performance } from 'node:perf_hooks';
import writeExcelFile from 'write-excel-file/node';
import { readDataFile } from '../src/data/read-data-file';

const ROWS = 50_000;
const HEADER = ['单位', '年度', '指标', '数值', '计量单位', '备注'];
const UNITS = ['市人民政府', '市司法局', '市市场监管局', '市公安局', '市生态环境局'];
/** Each unit's indicators: the rows of the pane's comparison table for one unit and year. */
export const INDICATORS_PER_UNIT = ROWS / UNITS.length / 10;

/** ROWS distinct (unit, year, indicator) rows: 5 units × 10 years × 1,000 indicators. */
function row(i: number): [string, number, string, number, string, string] {
  const unit = UNITS[i % UNITS.length] as string;
  const year = 2015 + (Math.floor(i / UNITS.length) % 10);
  const indicator = `行政执法指标${Math.floor(i / (UNITS.length * 10))}`;
  return [unit, year, indicator, (i * 37) % 100_000, i % 7 === 0 ? '%' : '件', i % 11 === 0 ? '含转办' : ''];
}

function csvText(): string {
  const lines = [HEADER.join(',')];
  for (let i = 0; i < ROWS; i++) {
    const [unit, year, indicator, value, measure, note] = row(i);
    // Thousands separators as Excel writes them when the cell is formatted so.
    const shown = value >= 1000 ? `"${value.toLocaleString('en-US')}"` : String(value);
    lines.push([unit, year, indicator, shown, measure, note].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The 50,000-row figures file as .xlsx (also loaded in the pane by pane-longtask.ts). */
export async function xlsxBytes(): Promise<Uint8Array> {
  const data = [HEADER, ...Array.from({ length: ROWS }, (_, i) => row(i))];
  return new Uint8Array(await writeExcelFile(data).toBuffer());
}

async function time(bytes: Uint8Array, name: string): Promise<{ first: number; best: number; records: number; problems: number }> {
  const times: number[] = [];
  let records = 0;
  let problems = 0;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const result = await readDataFile(bytes, name);
    times.push(performance.now() - started);
    if (!result.ok) throw new Error(`${name}: ${result.error.message['en-US']}`);
    records = result.dataset.records.length;
    problems = result.problems.length;
  }
  return { first: times[0] as number, best: Math.min(...times), records, problems };
}

export async function benchFigures(): Promise<void> {
  console.log(`\nData files: readDataFile on a generated ${ROWS.toLocaleString('en-US')}-row figures file (first run and best of 3; goal under 2 s each)`);
  const csv = new TextEncoder().encode(csvText());
  const xlsx = await xlsxBytes();
  for (const [bytes, name] of [[csv, 'figures.csv'], [xlsx, 'figures.xlsx']] as const) {
    const { first, best, records, problems } = await time(bytes, name);
    const size = (bytes.length / 1024 / 1024).toFixed(1).padStart(4);
    console.log(`  ${name.padEnd(13)} ${size} MiB: first ${first.toFixed(0).padStart(5)} ms, best ${best.toFixed(0).padStart(5)} ms  (${records} records, ${problems} problems)`);
  }
}

if (require.main === module) {
  benchFigures().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
