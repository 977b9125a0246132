import { check, type CheckResult } from '../../src/core/check';
import type { Finding } from '../../src/core/diagnostic';
import { WORDING_RULES } from '../../src/core/rules/registry';
import { textDoc } from './text-docs';

const WORDING_CODES = new Set(WORDING_RULES.flatMap((rule) => Object.keys(rule.codes)));

/** A short, clean report about `year`: a sentence of the measures (block 3) and of the plans (block 9) as given. */
export function reportAbout(year: number, measures: string, plans = '加强执法队伍建设。', date = `${year + 1}年1月15日`): string[] {
  return [
    `${year}年度法治政府建设情况报告`,
    '',
    `一、${year}年度推进法治政府建设的主要举措和成效`,
    measures,
    `二、${year}年度推进法治政府建设存在的不足和原因`,
    '执法力量不足，原因是编制长期空缺。',
    '三、党政主要负责人履行推进法治建设第一责任人职责情况',
    '主要负责人主持专题会议3次。',
    `四、${year + 1}年度推进法治政府建设的主要安排`,
    plans,
    '某某县司法局',
    date,
  ];
}

/** The wording findings of a report given as lines; throws if one does not place its words exactly. */
export function wordingFindings(lines: string[], code?: string): Finding[] {
  const doc = textDoc(...lines);
  const result: CheckResult = check(doc);
  const findings = result.findings.filter((f) => WORDING_CODES.has(f.code) && (code === undefined || f.code === code));
  for (const f of findings) {
    const words = f.words as NonNullable<Finding['words']>;
    const placed = doc.blocks[f.at as number]?.text.slice(words.start, words.start + words.length);
    if (placed !== f.params.found || placed !== words.text) throw new Error(`${f.code} places “${placed}”, not its words “${String(f.params.found)}”`);
  }
  return findings;
}
