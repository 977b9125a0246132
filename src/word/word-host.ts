import type { ReportDocument } from '../core/document';
import type { ScaffoldPlan } from '../core/scaffold';
import type { HeadingNumberChange, LinkedTable, LinkUpdate, ReportHost, WordsPlace } from '../host/contract';
import { updateContents } from './contents';
import { documentSetting, saveDocumentSetting } from './document-settings';
import { insertPlan } from './insert-scaffold';
import { fromOfficeError } from './office-errors';
import { readBody } from './read-document';
import { renumberHeading } from './renumber';
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

    renumberHeading: (basis: ReportDocument, index: number, change: HeadingNumberChange) =>
      runBatch((context) => renumberHeading(context, index, { ...change, text: wordTexts.get(basis)?.[index] ?? basis.blocks[index]?.text ?? '' })),

    insertLinkedText: async (link: { tag: string; text: string }, measure?: string) => {
      const { insertLinkedText } = await links();
      return runBatch((context) => insertLinkedText(context, link, measure));
    },

    insertLinkedTable: async (table: LinkedTable) => {
      const { insertLinkedTable } = await links();
      return runBatch((context) => insertLinkedTable(context, table));
    },

    updateLinks: async (isLink: (tag: string) => boolean, update: (link: { tag: string; text: string }) => LinkUpdate | undefined) => {
      const { updateLinks } = await links();
      return runBatch((context) => updateLinks(context, isLink, update));
    },

    unlinkLinks: async (isLink: (tag: string) => boolean) => {
      const { unlinkLinks } = await links();
      return runBatch((context) => unlinkLinks(context, isLink));
    },

    updateContents: () => runBatch(updateContents),

    documentSetting,

    saveDocumentSetting,
  };
}

/** The figures' links (fields in content controls): only the figures panel and the check's figure findings use them. */
const links = () => import(/* webpackChunkName: "word-links" */ './links');

async function runBatch<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Word.run(batch);
  } catch (error) {
    throw fromOfficeError(error);
  }
}
