import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type CheckResult } from '../../src/core/check';
import type { ReportDocument } from '../../src/core/document';
import { readText } from '../../src/text/read-text';

export function textDoc(...lines: string[]): ReportDocument {
  return readText(lines.join('\n'));
}

export function fixture(name: string): ReportDocument {
  return readText(readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8'));
}

export function checkLines(...lines: string[]): CheckResult {
  return check(textDoc(...lines));
}

export function statusOf(result: CheckResult, id: string): string | undefined {
  return result.parts.find((p) => p.id === id)?.status;
}

export function codes(result: CheckResult): string[] {
  return result.findings.map((f) => f.code);
}

/** A short report in the regulation's order, for tests that change one thing about it. */
export const BASE_REPORT = [
  '2023年度法治政府建设情况报告',
  '',
  '一、2023年度推进法治政府建设的主要举措和成效',
  '全年办理行政许可事项320件，按时办结率100%。',
  '二、2023年度推进法治政府建设存在的不足和原因',
  '执法力量不足，原因是编制长期空缺。',
  '三、党政主要负责人履行推进法治建设第一责任人职责情况',
  '主要负责人主持专题会议3次。',
  '四、2024年度推进法治政府建设的主要安排',
  '加强执法队伍建设。',
  '某某县司法局',
  '2024年1月15日',
];
