// The first panel's notices, one chunk (src/taskpane/lazy-notices.tsx loads it).
export { ContentsUpdate } from './ContentsUpdate';
export { ErrorNotice } from './ErrorNotice';
export { InsertOutcome } from './InsertOutcome';
export { PlanChangedNotice } from './PlanChangedNotice';
export { ProfileNotice } from './ProfileNotice';
