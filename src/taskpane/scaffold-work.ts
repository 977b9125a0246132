/**
 * What the scaffold panel needs once the document is to be read, as one chunk of its own (./scaffold-work-loader):
 * the analysis and the scaffold's plan, the report types and their guess from the title, and the form and preview
 * that show them. The insertion's workflow loads in the same chunk; Word's reading (src/word/read-document.ts) in a
 * small one of its own, so the read starts before this chunk is all there.
 * The pane opens without it: the panel's first button is there before it, and waits for it when clicked.
 */
import { addMessages } from '../core/i18n/messages';
import { HIDDEN_TEXT_MESSAGES } from '../core/i18n/tables/hidden-text';
import { PANE_SCAFFOLD_MESSAGES } from '../core/i18n/tables/pane-scaffold';
import { REPORT_MESSAGES } from '../core/i18n/tables/report';

// What the panel says once it has read the document: its plan, form and preview, places and years, reading's notices.
for (const table of [PANE_SCAFFOLD_MESSAGES, REPORT_MESSAGES, HIDDEN_TEXT_MESSAGES]) addMessages(table);

export { afterContentsUpdate, scaffoldView, yearField } from '../host/workflows/scaffold';
export { linearEngineLoaded, loadLinearEngine } from '../core/patterns';
export { BUILT_IN_PROFILES, DEFAULT_PROFILE } from '../core/profiles';
export { tellProfile } from '../core/profiles/guess';
export { ScaffoldForm } from './components/ScaffoldForm';
export { PartsPreview } from './components/PartsPreview';
