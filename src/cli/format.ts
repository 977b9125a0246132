import type { CheckResult } from '../core/check';
import { checklist, MARK_GLYPH } from '../core/checklist';
import type { LocationUnit } from '../core/document';
import type { Finding } from '../core/findings';
import type { Lang, Profile } from '../core/profile';

const WORDS = {
  'zh-CN': {
    year: (y: number | null, source: string | null) => (y ? `报告年度 ${y}（${SOURCE_ZH[source ?? ''] ?? ''}）` : '报告年度不明'),
    at: (unit: LocationUnit, n: number) => `第 ${n} ${unit === 'line' ? '行' : '段'}`,
    missing: '缺少',
    notFound: '未找到（可选）',
    empty: '只有标题',
    summary: (e: number, w: number, i: number) => `错误 ${e} · 警告 ${w} · 提示 ${i}`,
    ok: '可以报送',
    todo: (n: number) => `还有 ${n} 处需要处理`,
    unreadable: '无法读取',
    guessed: '（按标题判断）',
  },
  'en-US': {
    year: (y: number | null, source: string | null) => (y ? `report year ${y} (from the ${source})` : 'report year unknown'),
    at: (unit: LocationUnit, n: number) => `${unit} ${n}`,
    missing: 'missing',
    notFound: 'not found (optional)',
    empty: 'heading only',
    summary: (e: number, w: number, i: number) => `${e} errors · ${w} warnings · ${i} notes`,
    ok: 'ready to send',
    todo: (n: number) => `${n} thing${n === 1 ? '' : 's'} to fix`,
    unreadable: 'cannot read',
    guessed: ' (told from the title)',
  },
};
const SOURCE_ZH: Record<string, string> = { title: '取自标题', opening: '取自开头段', date: '按成文日期推算' };
const SEVERITY_MARK: Record<Finding['severity'], string> = { error: '✗', warning: '!', info: 'i' };

/** A person's view of one file: the checklist of parts, then the findings with their places. */
export function formatResult(file: string, result: CheckResult, profile: Profile, unit: LocationUnit, lang: Lang, guessed = false): string {
  const w = WORDS[lang];
  const lines = [`${file}`, `  ${profile.name[lang]}${guessed ? w.guessed : ''} · ${w.year(result.reportYear, result.reportYearSource)}`];
  const nameWidth = Math.max(...profile.parts.map((p) => displayWidth(p.name[lang])));
  for (const { part, state, mark } of checklist(result, profile)) {
    const where = state.status === 'missing' ? (part.required ? w.missing : w.notFound) : w.at(unit, (state.at ?? 0) + 1) + (state.status === 'empty' ? ` · ${w.empty}` : '');
    lines.push(`  ${MARK_GLYPH[mark]} ${pad(part.name[lang], nameWidth)}  ${where}`);
  }
  const count = (s: Finding['severity']) => result.findings.filter((f) => f.severity === s).length;
  const toFix = count('error') + count('warning');
  lines.push(`  ${w.summary(count('error'), count('warning'), count('info'))} — ${toFix ? w.todo(toFix) : w.ok}`);
  for (const f of result.findings) {
    const place = f.at === null ? '' : `${w.at(unit, f.at + 1)}  `;
    lines.push(`    ${SEVERITY_MARK[f.severity]} ${place}${f.message}  [${f.code}]`);
  }
  return lines.join('\n');
}

export function formatUnreadable(file: string, message: string, lang: Lang): string {
  return `${file}\n  ✗ ${WORDS[lang].unreadable}: ${message}`;
}

/** CJK characters take two columns in a terminal. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
