import type { Lang, Profile } from './profile';
import { MESSAGES } from './i18n/messages';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export type FindingParams = Record<string, string | number>;

/** One thing the check found. `at` is a block index (0-based), null when the finding has no place. */
export interface Finding {
  code: string;
  severity: Severity;
  part: string | null;
  at: number | null;
  /** Language-neutral details the message is made from; `variant` picks a message for the code. */
  params: FindingParams;
  message: string;
}

export type UnlocalizedFinding = Omit<Finding, 'message'>;

/** Renders a finding's message in a language, naming parts as the profile names them. */
export function describe(finding: UnlocalizedFinding, profile: Profile, lang: Lang): string {
  const key = finding.params.variant ? `${finding.code}.${finding.params.variant}` : finding.code;
  const own = profile.rules.find((rule) => rule.code === finding.code && rule.message)?.message?.[lang];
  const template = own ?? MESSAGES[lang][key] ?? MESSAGES[lang][finding.code];
  if (!template) return `${finding.code} ${JSON.stringify(finding.params)}`;
  const partName = (id: unknown) => profile.parts.find((p) => p.id === id)?.name[lang] ?? String(id);
  const table = profile.parts.flatMap((p) => p.tables ?? []).find((t) => t.id === finding.params.table);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'partName') return partName(finding.part);
    if (name === 'tableName') return table?.name[lang] ?? String(finding.params.table);
    if (name === 'statement') return table?.identities?.[Number(finding.params.identity)]?.statement[lang] ?? '';
    if (name.endsWith('PartName')) return partName(finding.params[name.replace(/PartName$/, 'Part')]);
    const value = finding.params[name];
    return value === undefined ? `{${name}}` : String(value);
  });
}
