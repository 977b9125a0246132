import type { ReportDocument } from '../core/document';
import type { ScaffoldPlan } from '../core/scaffold';
import type { HeadingNumberChange, LinkedTable, LinkUpdate, ReportHost, WordsPlace } from '../host/contract';
import { documentSetting, saveDocumentSetting } from './document-settings';
import { fromOfficeError } from './office-errors';

/**
 * The ReportHost over Office.js: the only code in the add-in that talks to Word. Every call is one
 * Word.run batch with at most two syncs, so a long report costs two round trips, not one per paragraph.
 */
export function createWordHost(): ReportHost {
  // Word's own paragraph texts for each document this host read, so a plan's basis is compared exactly
  // (block texts are after tracked changes; Paragraph.text, which insertScaffold can load, is not).
  const wordTexts = new WeakMap<ReportDocument, string[]>();
  // Where each block is in Body.paragraphs, which a title text box's lines are not (./text-boxes.ts); the latest
  // read's for selecting, which has no basis.
  const bodyIndexes = new WeakMap<ReportDocument, number[]>();
  let latestBodyIndex: number[] = [];
  const inBody = (index: number, bodyIndex: readonly number[] | undefined) => bodyIndex?.[index] ?? index;

  return {
    readDocument: async () => {
      const { readBody } = await reading();
      return runBatch(async (context) => {
        const read = await readBody(context);
        wordTexts.set(read.doc, read.wordTexts);
        bodyIndexes.set(read.doc, read.bodyIndex);
        latestBodyIndex = read.bodyIndex;
        return read.doc;
      });
    },

    insertScaffold: async (plan: ScaffoldPlan, basis: ReportDocument) => {
      const { insertPlan } = await writes();
      return runBatch(async (context) => {
        const inWord = bodyPlan(plan, basis, bodyIndexes.get(basis));
        return { inserted: await insertPlan(context, inWord.plan, inWord.basis, wordTexts.get(basis)) };
      });
    },

    selectBlock: async (index: number) => {
      const { selectParagraph } = await writes();
      return runBatch((context) => selectParagraph(context, inBody(index, latestBodyIndex)));
    },

    selectWords: async (index: number, words: WordsPlace) => {
      const { selectWordsIn } = await writes();
      return runBatch((context) => selectWordsIn(context, inBody(index, latestBodyIndex), words));
    },

    renumberHeading: async (basis: ReportDocument, index: number, change: HeadingNumberChange) => {
      const { renumberHeading } = await writes();
      return runBatch((context) => {
        const at = inBody(index, bodyIndexes.get(basis));
        return renumberHeading(context, at, { ...change, text: wordTexts.get(basis)?.[at] ?? basis.blocks[index]?.text ?? '' });
      });
    },

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

    updateContents: async () => {
      const { updateContents } = await writes();
      return runBatch(updateContents);
    },

    documentSetting,

    saveDocumentSetting,

    prepareWrites: async () => {
      await writes();
    },
  };
}

/**
 * The plan and its basis as Body.paragraphs has them: a title text box's lines left out, and a place before one of
 * them moved before the paragraph the box is anchored in. Unchanged where the read found no box.
 */
function bodyPlan(plan: ScaffoldPlan, basis: ReportDocument, bodyIndex: readonly number[] | undefined): { plan: ScaffoldPlan; basis: ReportDocument } {
  if (!bodyIndex || bodyIndex.length === new Set(bodyIndex).size) return { plan, basis };
  // A box's lines come before their anchor and share its body index: the body's own block is the last of each run.
  const blocks = basis.blocks.filter((_, i) => bodyIndex[i] !== bodyIndex[i + 1]).map((block, i) => ({ ...block, index: i }));
  const before = (at: number) => (at < bodyIndex.length ? (bodyIndex[at] ?? at) : blocks.length);
  return { plan: { ...plan, insertions: plan.insertions.map((ins) => ({ ...ins, before: before(ins.before) })) }, basis: { ...basis, blocks } };
}

/**
 * Reading the document loads on demand, in a chunk of its own: the pane's first panel shows its button before it,
 * and Word's read starts as soon as this small chunk is there, while the analysis and the plan (the scaffold
 * panel's work, src/taskpane/scaffold-work.ts) are still on their way. Fetched before the batch starts, so Word's
 * batch never waits on it.
 */
const reading = () => import(/* webpackChunkName: "word-reading" */ './read-document');

/** Inserting, renumbering, selecting, updating the contents: none is needed before the first panel shows its plan. */
const writes = () => import(/* webpackChunkName: "word-writes" */ './writes');

/** The figures' links (fields in content controls): only the figures panel and the check's figure findings use them. */
const links = () => import(/* webpackChunkName: "word-links" */ './links');

async function runBatch<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Word.run(batch);
  } catch (error) {
    throw fromOfficeError(error);
  }
}
