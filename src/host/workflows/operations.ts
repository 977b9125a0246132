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
import type { HeadingNumberChange, ReportHost, WordsPlace } from '../contract';
import { keepDataUrl, savedDataUrl } from './data-url';
import type { FigureOutcome, FigureTarget } from './figures';
import { rememberedPrevious, rememberPrevious, type RememberedPrevious } from './previous-setting';
import type { Inserted, InsertResult, Reread, updateContents } from './scaffold';

export interface DocumentOperations {
  read(): Promise<ReportDocument>;
  /** Selects a block (a finding's or a part's place) in the document. */
  select(at: number): Promise<void>;
  /** Selects a finding's words inside its block. */
  selectWords(at: number, words: WordsPlace): Promise<void>;
  /** Rewrites a heading's number at `change.at` of `doc` (the document as read), then reads it again. */
  renumber(doc: ReportDocument, change: HeadingNumberChange & { at: number }): Promise<Reread>;
}

/** The check panel's: the document, a finding's fixes, and last year's report it is compared with (./previous). */
export interface CheckOperations extends DocumentOperations {
  /** Inserts one missing part of `doc` at its place (a finding's 插入), then reads the document again. */
  insertPart(doc: ReportDocument, profile: Profile, partId: string, rememberedUnit: string): Promise<InsertResult>;
  rememberedPrevious(): RememberedPrevious | undefined;
  rememberPrevious(value: RememberedPrevious | undefined): Promise<void>;
}

export interface ScaffoldOperations extends DocumentOperations {
  insert(plan: ScaffoldPlan, basis: ReportDocument): Promise<Inserted>;
  /** With `replan`, an edit made since `basis` that leaves the plan as it was does not stop the insert. */
  insert(plan: ScaffoldPlan, basis: ReportDocument, replan: (doc: ReportDocument) => ScaffoldPlan): Promise<InsertResult>;
  /** 更新目录 after an insertion, and the document read again. */
  updateContents(): ReturnType<typeof updateContents>;
  /** Fetches the code an insertion writes with, ahead (a click made before the document was read waits anyway). */
  prepareInsert(): Promise<void>;
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
  check: CheckOperations;
  figures: FigureOperations;
}

/** The figures workflow (with the figures' core) loads when the figures panel first uses it: the pane opens without it. */
const figures = () => import(/* webpackChunkName: "figures-workflow" */ './figures');

/**
 * Inserting and renumbering load with the scaffold panel's work (the analysis and the plan they use), in its chunk:
 * the pane's first panel shows its button before them (src/taskpane/scaffold-work-loader.ts).
 */
const scaffolding = () => import(/* webpackChunkName: "scaffold-work" */ './scaffold');
const findingActions = () => import(/* webpackChunkName: "scaffold-work" */ './finding-actions');

export function paneOperations(host: ReportHost): PaneOperations {
  const document: DocumentOperations = {
    read: () => host.readDocument(),
    select: (at) => host.selectBlock(at),
    selectWords: (at, words) => host.selectWords(at, words),
    renumber: async (doc, change) => (await findingActions()).renumber(host, doc, change),
  };
  return {
    scaffold: {
      ...document,
      insert: (async (plan: ScaffoldPlan, basis: ReportDocument, replan?: (doc: ReportDocument) => ScaffoldPlan) => (await scaffolding()).insertScaffold(host, plan, basis, replan)) as ScaffoldOperations['insert'],
      updateContents: async () => (await scaffolding()).updateContents(host),
      prepareInsert: async () => {
        await Promise.all([scaffolding(), host.prepareWrites?.()]);
      },
    },
    check: {
      ...document,
      insertPart: async (doc, profile, partId, rememberedUnit) => (await findingActions()).insertPart(host, doc, profile, partId, rememberedUnit),
      rememberedPrevious: () => rememberedPrevious(host),
      rememberPrevious: (value) => rememberPrevious(host, value),
    },
    figures: {
      insertFigure: async (target, indicator) => (await figures()).insertFigure(host, target, indicator),
      insertComparison: async (target, lang) => (await figures()).insertComparison(host, target, lang),
      refresh: async (reload, lang) => (await figures()).refreshFigures(host, reload, lang),
      rollForward: async (dataset, year, lang) => (await figures()).rollForward(host, dataset, year, lang),
      rollForwardAsking: async (dataset, year, lang) => (await figures()).rollForwardAsking(host, dataset, year, lang),
      freeze: async () => (await figures()).freezeFigures(host),
      readReportFacts: async (profile) => (await figures()).readReportFacts(host, profile),
      savedDataUrl: () => savedDataUrl(host),
      keepDataUrl: (url) => keepDataUrl(host, url),
    },
  };
}
