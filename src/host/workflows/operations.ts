/**
 * The operations the pane's panels are handed, made once from a host: each panel gets only what it uses, as
 * the `yo office` template hands its components their operations. Swapping the host (Word, the test host, a
 * future one) changes nothing in the panels.
 */
import type { ReportDocument } from '../../core/document';
import type { Dataset } from '../../core/figures/dataset';
import type { ReportFacts } from '../../core/figures/report-unit';
import type { Lang } from '../../core/i18n/lang';
import type { Profile } from '../../core/profile';
import type { ScaffoldPlan } from '../../core/scaffold';
import type { ReportHost, WordsPlace } from '../contract';
import { freezeFigures, insertComparison, insertFigure, keepDataUrl, readReportFacts, refreshFigures, rollForward, rollForwardAsking, savedDataUrl, type FigureOutcome, type FigureTarget } from './figures';
import { insertScaffold, updateContents, type Inserted, type InsertResult } from './scaffold';

export interface DocumentOperations {
  read(): Promise<ReportDocument>;
  /** Selects a block (a finding's or a part's place) in the document. */
  select(at: number): Promise<void>;
  /** Selects a finding's words inside its block. */
  selectWords(at: number, words: WordsPlace): Promise<void>;
}

export interface ScaffoldOperations extends DocumentOperations {
  insert(plan: ScaffoldPlan, basis: ReportDocument): Promise<Inserted>;
  /** With `replan`, an edit made since `basis` that leaves the plan as it was does not stop the insert. */
  insert(plan: ScaffoldPlan, basis: ReportDocument, replan: (doc: ReportDocument) => ScaffoldPlan): Promise<InsertResult>;
  /** 更新目录 after an insertion, and the document read again. */
  updateContents(): ReturnType<typeof updateContents>;
}

export interface FigureOperations {
  insertFigure(target: FigureTarget, indicator: string): Promise<FigureOutcome>;
  insertComparison(target: FigureTarget, lang: Lang): Promise<FigureOutcome>;
  refresh(reload: () => Promise<Dataset | undefined>, lang: Lang): Promise<FigureOutcome>;
  rollForward(dataset: Dataset, year: number, lang: Lang): Promise<FigureOutcome>;
  /** Rolls forward, unless links would have no figure for the next year: then asks first (roll-confirm). */
  rollForwardAsking(dataset: Dataset, year: number, lang: Lang): Promise<FigureOutcome>;
  freeze(): Promise<FigureOutcome>;
  /** Where the document names its unit and its report year, to default the panel to. */
  readReportFacts(profile: Profile): Promise<ReportFacts>;
  savedDataUrl(): string | undefined;
  keepDataUrl(url: string): Promise<void>;
}

export interface PaneOperations {
  scaffold: ScaffoldOperations;
  check: DocumentOperations;
  figures: FigureOperations;
}

export function paneOperations(host: ReportHost): PaneOperations {
  const document: DocumentOperations = {
    read: () => host.readDocument(),
    select: (at) => host.selectBlock(at),
    selectWords: (at, words) => host.selectWords(at, words),
  };
  return {
    scaffold: {
      ...document,
      insert: ((plan: ScaffoldPlan, basis: ReportDocument, replan?: (doc: ReportDocument) => ScaffoldPlan) => insertScaffold(host, plan, basis, replan)) as ScaffoldOperations['insert'],
      updateContents: () => updateContents(host),
    },
    check: document,
    figures: {
      insertFigure: (target, indicator) => insertFigure(host, target, indicator),
      insertComparison: (target, lang) => insertComparison(host, target, lang),
      refresh: (reload, lang) => refreshFigures(host, reload, lang),
      rollForward: (dataset, year, lang) => rollForward(host, dataset, year, lang),
      rollForwardAsking: (dataset, year, lang) => rollForwardAsking(host, dataset, year, lang),
      freeze: () => freezeFigures(host),
      readReportFacts: (profile) => readReportFacts(host, profile),
      savedDataUrl: () => savedDataUrl(host),
      keepDataUrl: (url) => keepDataUrl(host, url),
    },
  };
}
