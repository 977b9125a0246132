/**
 * The one catalog: every message the product shows, gathered from the message tables (each layer's own file under
 * ./tables, and each check rule's own messages, added when the rule registry loads) into the message store
 * (./messages), whose functions it re-exports. Importing it makes every message renderable.
 */
import { addMessages } from './messages';
import type { MessageTable } from './render';
import { CLI_MESSAGES } from './tables/cli';
import { CLI_DATA_LISTING_MESSAGES } from './tables/cli-data-listing';
import { CLI_PREVIOUS_MESSAGES } from './tables/cli-previous';
import { CLI_SUMMARY_MESSAGES } from './tables/cli-summary';
import { DATA_FILE_MESSAGES } from './tables/data-file';
import { FILE_MESSAGES } from './tables/files';
import { HIDDEN_TEXT_MESSAGES } from './tables/hidden-text';
import { HOST_ERROR_MESSAGES } from './tables/host-errors';
import { PANE_MESSAGES } from './tables/pane';
import { PANE_CHECK_MESSAGES } from './tables/pane-check';
import { PANE_FIGURE_MESSAGES } from './tables/pane-figures';
import { PANE_PREVIOUS_MESSAGES } from './tables/pane-previous';
import { PANE_SCAFFOLD_MESSAGES } from './tables/pane-scaffold';
import { PROFILE_MESSAGES } from './tables/profile';
import { PROFILE_FILE_MESSAGES } from './tables/profile-file';
import { REPORT_MESSAGES } from './tables/report';

/** Every table, in one list: a key may appear in one table only (tests/core/catalog.test.ts holds to that). */
export const MESSAGE_TABLES: readonly MessageTable[] = [
  DATA_FILE_MESSAGES,
  FILE_MESSAGES,
  HIDDEN_TEXT_MESSAGES,
  PROFILE_MESSAGES,
  PROFILE_FILE_MESSAGES,
  REPORT_MESSAGES,
  CLI_MESSAGES,
  CLI_SUMMARY_MESSAGES,
  CLI_PREVIOUS_MESSAGES,
  CLI_DATA_LISTING_MESSAGES,
  PANE_MESSAGES,
  PANE_SCAFFOLD_MESSAGES,
  PANE_CHECK_MESSAGES,
  PANE_FIGURE_MESSAGES,
  PANE_PREVIOUS_MESSAGES,
  HOST_ERROR_MESSAGES,
];

for (const table of MESSAGE_TABLES) addMessages(table);

export * from './messages';
