// What the Word host writes with, loaded as one chunk on first use or while the pane is idle (./word-host.ts).
export { updateContents } from './contents';
export { insertPlan } from './insert-scaffold';
export { renumberHeading } from './renumber';
export { selectParagraph, selectWordsIn } from './select';
