import type { Analysis, PartState } from '../analysis';
import type { UnlocalizedFinding } from '../findings';
import type { PartSpec } from '../profile';

/** missing-part, empty-part, part-order and prompt-left: is every part there, filled, in order? */
export function structureFindings(a: Analysis): UnlocalizedFinding[] {
  const findings: UnlocalizedFinding[] = [];
  const specs = new Map(a.profile.parts.map((p) => [p.id, p]));
  for (const state of a.parts) {
    const spec = specs.get(state.id) as PartSpec;
    if (state.status === 'missing' && spec.required) {
      findings.push({
        code: 'missing-part',
        severity: spec.missingSeverity ?? 'error',
        part: spec.id,
        at: null,
        params: spec.role === 'section' ? { variant: 'section' } : {},
      });
    }
    if (state.status === 'empty') {
      findings.push({ code: 'empty-part', severity: spec.required ? 'error' : 'warning', part: spec.id, at: state.at, params: {} });
    }
  }
  findings.push(...orderFindings(a), ...promptFindings(a));
  return findings;
}

/** Each place where a part comes before one the regulation puts ahead of it. */
function orderFindings(a: Analysis): UnlocalizedFinding[] {
  const rank = new Map(a.profile.parts.map((p, i) => [p.id, i]));
  const sections = a.parts
    .filter((p): p is PartState & { at: number } => p.at !== null && p.heading !== undefined)
    .sort((x, y) => x.at - y.at || (rank.get(x.id) ?? 0) - (rank.get(y.id) ?? 0));
  const findings: UnlocalizedFinding[] = [];
  for (let i = 0; i + 1 < sections.length; i++) {
    const here = sections[i] as PartState & { at: number };
    const next = sections[i + 1] as PartState;
    if ((rank.get(here.id) ?? 0) > (rank.get(next.id) ?? 0)) {
      findings.push({ code: 'part-order', severity: 'warning', part: here.id, at: here.at, params: { otherPart: next.id } });
    }
  }
  return findings;
}

function promptFindings(a: Analysis): UnlocalizedFinding[] {
  const findings: UnlocalizedFinding[] = [];
  a.prompts.forEach((hit, index) => {
    if (!hit) return;
    const text = a.blocks[index]?.text.trim() ?? '';
    findings.push({
      code: 'prompt-left',
      severity: 'error',
      // A writer's own 【请…】 note is attributed to the section holding it by check().
      part: hit.partId ?? null,
      at: index,
      params: { text: text.length > 40 ? `${text.slice(0, 40)}…` : text },
    });
  });
  return findings;
}
