import { analyze, type Analysis } from '../../src/core/analysis';
import type { ReportDocument } from '../../src/core/document';
import { DEFAULT_PROFILE } from '../../src/core/profiles';
import { fixture } from './text-docs';

/** Last year's report and this year's three ways (tests/fixtures/previous): rolled forward, rewritten, partly carried over. */
export type PreviousFixture = 'songchuan-2023' | 'songchuan-2024-rolled' | 'songchuan-2024-rewritten' | 'songchuan-2024-partly';

export function previousFixture(name: PreviousFixture): { doc: ReportDocument; analysis: Analysis } {
  const doc = fixture(`previous/${name}.txt`);
  return { doc, analysis: analyze(doc, DEFAULT_PROFILE) };
}
