import { useCallback, useState } from 'react';
import type { ReportDocument } from '../../core/document';
import type { Lang } from '../../core/i18n/lang';
import type { CheckOperations } from '../../host/workflows/operations';
import type { RememberedPrevious } from '../../host/workflows/previous';
import { fromKept, keepReport, keptForm, keptReport, readPreviousFile } from '../previous-report-file';

export type PreviousProblem = { kind: 'not-docx' | 'code-unavailable'; name: string } | { kind: 'unreadable'; name: string; detail: string };

export interface PreviousReportState {
  /** What this document remembers: the file's name, its key, the plans ticked. */
  remembered?: RememberedPrevious;
  /** Last year's paragraphs, when picked now or kept on this computer; absent with `remembered`: ask again. */
  doc?: ReportDocument;
  reading: boolean;
  problem?: PreviousProblem;
  /** Kept for this session only (the computer lets the pane keep nothing). */
  notKept: boolean;
  pick(file: File): Promise<void>;
  forget(): Promise<void>;
  toggleTick(planKey: string): Promise<void>;
}

function newKey(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Last year's report for the check panel: what the document remembers, read again from this computer's storage. */
export function usePreviousReport(operations: CheckOperations, lang: Lang): PreviousReportState {
  const [remembered, setRemembered] = useState(() => operations.rememberedPrevious());
  const [doc, setDoc] = useState(() => (remembered ? fromKept(keptReport(remembered.key)) : undefined));
  const [reading, setReading] = useState(false);
  const [problem, setProblem] = useState<PreviousProblem>();
  const [notKept, setNotKept] = useState(false);

  const remember = useCallback(
    async (value: RememberedPrevious | undefined) => {
      setRemembered(value);
      // Not kept with the document (a host that refuses): still compared for this session.
      await operations.rememberPrevious(value).catch(() => undefined);
    },
    [operations],
  );

  const pick = useCallback(
    async (file: File) => {
      setReading(true);
      setProblem(undefined);
      const read = await readPreviousFile(file, lang);
      setReading(false);
      if (read.kind === 'not-docx' || read.kind === 'code-unavailable') return setProblem({ kind: read.kind, name: file.name });
      if (read.kind === 'unreadable') return setProblem({ kind: 'unreadable', name: file.name, detail: read.detail });
      const key = remembered?.key ?? newKey();
      setNotKept(!keepReport(key, keptForm(read.doc)));
      setDoc(read.doc);
      await remember({ name: file.name, key, ticks: remembered?.name === file.name ? remembered.ticks : [] });
    },
    [lang, remembered, remember],
  );

  const forget = useCallback(async () => {
    if (remembered) keepReport(remembered.key, null);
    setDoc(undefined);
    setProblem(undefined);
    await remember(undefined);
  }, [remembered, remember]);

  const toggleTick = useCallback(
    async (planKey: string) => {
      if (!remembered) return;
      const ticks = remembered.ticks.includes(planKey) ? remembered.ticks.filter((k) => k !== planKey) : [...remembered.ticks, planKey];
      await remember({ ...remembered, ticks });
    },
    [remembered, remember],
  );

  return { remembered, doc, reading, problem, notKept, pick, forget, toggleTick };
}
