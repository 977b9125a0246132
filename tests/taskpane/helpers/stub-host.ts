import type { ReportDocument } from '../../../src/core/document';
import { applyPlan, type ScaffoldPlan } from '../../../src/core/scaffold';
import { HostError, type HeadingNumberChange, type LinkChange, type LinkedCell, type LinkUpdate, type ReportHost, type WordsPlace } from '../../../src/host/contract';
import { readText } from '../../../src/text/read-text';

/** A document as Word would hand it over: one block per paragraph, places counted in paragraphs. */
export function wordDoc(...paragraphs: string[]): ReportDocument {
  return { ...readText(paragraphs.join('\n')), locationUnit: 'paragraph' };
}

export const EMPTY_DOC = wordDoc('');

/** A 2023 report with its frame and three sections; lacks the leader-duties and next-year-plans parts. */
export const PARTIAL_DOC = wordDoc(
  '某某县司法局',
  '',
  '2023年度法治政府建设情况报告',
  '',
  '一、2023年度推进法治政府建设的主要举措和成效',
  '全年办理行政许可事项320件。',
  '二、2023年度推进法治政府建设存在的不足和原因',
  '执法力量不足，原因是编制长期空缺。',
  '三、其他需要报告的情况',
  '无。',
  '某某县司法局',
  '2024年1月15日',
);

/** Every part present; the check finds nothing. */
export const COMPLETE_DOC = wordDoc(
  '2023年度法治政府建设情况报告',
  '县委依法治县办：',
  '一、2023年度推进法治政府建设的主要举措和成效',
  '全年办理行政许可事项320件，按时办结率100%。',
  '二、2023年度推进法治政府建设存在的不足和原因',
  '执法力量不足，原因是编制长期空缺。',
  '三、2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
  '主要负责人主持专题会议3次。',
  '四、2024年度推进法治政府建设的主要安排',
  '加强执法队伍建设。',
  '某某县司法局',
  '2024年1月15日',
);

/** A rough draft: a part missing, a numbering slip (2、 among 一、 三、), a prompt left in place, no signature. */
export const ROUGH_DOC = wordDoc(
  '2024年度法治政府建设情况报告',
  '一、2024年度推进法治政府建设的主要举措和成效',
  '全年办理行政许可事项320件。',
  '2、2024年度推进法治政府建设存在的不足和原因',
  '执法力量不足，原因是编制长期空缺。',
  '三、2025年度推进法治政府建设的主要安排',
  '【请写明2025年度推进法治政府建设的主要安排，包括目标、重点任务和保障措施。】',
);

type Method = 'readDocument' | 'insertScaffold' | 'selectBlock' | 'selectWords' | 'renumberHeading' | 'insertLinkedText' | 'insertLinkedTable' | 'updateLinks' | 'unlinkLinks' | 'saveDocumentSetting';

/**
 * A ReportHost over an in-memory document. insertScaffold applies the plan (so a read afterwards sees the
 * new parts); `fail` makes a method reject with the error given (a HostError, or what a real host lets through, such
 * as code that did not load); `hold` makes readDocument wait until released.
 */
export class StubHost implements ReportHost {
  calls: { insertScaffold: Array<{ plan: ScaffoldPlan; basis: ReportDocument }>; selectBlock: number[]; selectWords: Array<{ index: number; words: WordsPlace }>; readDocument: number } = {
    insertScaffold: [],
    selectBlock: [],
    selectWords: [],
    readDocument: 0,
  };
  /** What the linked-figure calls were asked to do; they change nothing in `doc`. */
  linkCalls: { insertLinkedText: Array<{ tag: string; text: string }>; insertLinkedTable: Array<{ tag: string; cells: LinkedCell[][] }>; updateLinks: number; unlinkLinks: number } = {
    insertLinkedText: [],
    insertLinkedTable: [],
    updateLinks: 0,
    unlinkLinks: 0,
  };
  settings = new Map<string, string>();
  private failures = new Map<Method, Error>();
  private held: Array<() => void> | undefined;

  constructor(public doc: ReportDocument) {}

  fail(method: Method, error: Error | undefined): this {
    if (error) this.failures.set(method, error);
    else this.failures.delete(method);
    return this;
  }

  /** Makes reads wait; returns a function that lets them finish. */
  hold(): () => void {
    this.held = [];
    return () => {
      const waiting = this.held ?? [];
      this.held = undefined;
      waiting.forEach((go) => go());
    };
  }

  async readDocument(): Promise<ReportDocument> {
    this.calls.readDocument += 1;
    if (this.held) await new Promise<void>((resolve) => this.held?.push(resolve));
    const failure = this.failures.get('readDocument');
    if (failure) throw failure;
    return this.doc;
  }

  async insertScaffold(plan: ScaffoldPlan, basis: ReportDocument): Promise<{ inserted: number }> {
    this.calls.insertScaffold.push({ plan, basis });
    const failure = this.failures.get('insertScaffold');
    if (failure) throw failure;
    if (basis !== this.doc) throw new HostError('document-changed');
    const texts = applyPlan(this.doc.blocks.map((b) => b.text), plan);
    this.doc = wordDoc(...texts);
    return { inserted: plan.insertions.reduce((n, ins) => n + ins.blocks.length, 0) };
  }

  async selectBlock(index: number): Promise<void> {
    this.calls.selectBlock.push(index);
    const failure = this.failures.get('selectBlock');
    if (failure) throw failure;
    if (index < 0 || index >= this.doc.blocks.length) throw new HostError('not-found');
  }

  async selectWords(index: number, words: WordsPlace): Promise<void> {
    this.calls.selectWords.push({ index, words });
    const failure = this.failures.get('selectWords');
    if (failure) throw failure;
    if (index < 0 || index >= this.doc.blocks.length) throw new HostError('not-found');
  }

  /** Rewrites the number as the Word adapter does, refusing when the paragraph changed since `basis` was read. */
  async renumberHeading(basis: ReportDocument, index: number, change: HeadingNumberChange): Promise<void> {
    this.throwIfFailing('renumberHeading');
    const text = this.doc.blocks[index]?.text ?? '';
    if (text !== basis.blocks[index]?.text || !text.trimStart().startsWith(change.from)) throw new HostError('paragraph-changed');
    const texts = this.doc.blocks.map((b) => b.text);
    texts[index] = text.replace(change.from, change.to);
    this.doc = wordDoc(...texts);
  }

  async insertLinkedText(link: { tag: string; text: string }): Promise<void> {
    this.linkCalls.insertLinkedText.push(link);
    this.throwIfFailing('insertLinkedText');
  }

  async insertLinkedTable(table: { tag: string; cells: LinkedCell[][] }): Promise<void> {
    this.linkCalls.insertLinkedTable.push(table);
    this.throwIfFailing('insertLinkedTable');
  }

  async updateLinks(_isLink: (tag: string) => boolean, _update: (link: { tag: string; text: string }) => LinkUpdate | undefined): Promise<LinkChange[]> {
    this.linkCalls.updateLinks += 1;
    this.throwIfFailing('updateLinks');
    return [];
  }

  async unlinkLinks(_isLink: (tag: string) => boolean): Promise<number> {
    this.linkCalls.unlinkLinks += 1;
    this.throwIfFailing('unlinkLinks');
    return 0;
  }

  async updateContents(): Promise<'updated' | 'by-hand'> {
    return 'by-hand';
  }

  documentSetting(name: string): string | undefined {
    return this.settings.get(name);
  }

  async saveDocumentSetting(name: string, value: string | undefined): Promise<void> {
    this.throwIfFailing('saveDocumentSetting');
    if (value === undefined) this.settings.delete(name);
    else this.settings.set(name, value);
  }

  private throwIfFailing(method: Method): void {
    const failure = this.failures.get(method);
    if (failure) throw failure;
  }
}
