import type { ReportDocument } from '../core/document';
import type { ScaffoldPlan } from '../core/scaffold';
import type { LinkedCell, LinkUpdate, ReportHost, WordsPlace } from '../host/contract';
import { updateContents } from './contents';
import { documentSetting, saveDocumentSetting } from './document-settings';
import { insertPlan } from './insert-scaffold';
import { insertLinkedTable, insertLinkedText, unlinkLinks, updateLinks } from './links';
import { fromOfficeError } from './office-errors';
import { readBody } from './read-document';
import { selectParagraph, selectWordsIn } from './select';

/**
 * The ReportHost over Office.js: the only code in the add-in that talks to Word. Every call is one
 * Word.run batch with at most two syncs, so a long report costs two round trips, not one per paragraph.
 */
export function createWordHost(): ReportHost {
  // Word's own paragraph texts for each document this host read, so a plan's basis is compared exactly
  // (block texts are after tracked changes; Paragraph.text, which insertScaffold can load, is not).
  const wordTexts = new WeakMap<ReportDocument, string[]>();

  return {
    readDocument: () =>
      runBatch(async (context) => {
        const read = await readBody(context);
        wordTexts.set(read.doc, read.wordTexts);
        return read.doc;
      }),

    insertScaffold: (plan: ScaffoldPlan, basis: ReportDocument) =>
      runBatch(async (context) => ({ inserted: await insertPlan(context, plan, basis, wordTexts.get(basis)) })),

    selectBlock: (index: number) => runBatch((context) => selectParagraph(context, index)),

    selectWords: (index: number, words: WordsPlace) => runBatch((context) => selectWordsIn(context, index, words)),

    insertLinkedText: (link: { tag: string; text: string }) => runBatch((context) => insertLinkedText(context, link)),

    insertLinkedTable: (table: { tag: string; cells: LinkedCell[][] }) => runBatch((context) => insertLinkedTable(context, table)),

    updateLinks: (isLink: (tag: string) => boolean, update: (link: { tag: string; text: string }) => LinkUpdate | undefined) =>
      runBatch((context) => updateLinks(context, isLink, update)),

    unlinkLinks: (isLink: (tag: string) => boolean) => runBatch((context) => unlinkLinks(context, isLink)),

    updateContents: () => runBatch(updateContents),

    documentSetting,

    saveDocumentSetting,
  };
}

async function runBatch<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Word.run(batch);
  } catch (error) {
    throw fromOfficeError(error);
  }
}
