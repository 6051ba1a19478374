import { DeadlineEntity } from './deadline.entity.js';
import { ClientRef, OwnerRef } from './refs.js';

export const DEADLINES_ENTITIES = [DeadlineEntity, ClientRef, OwnerRef];

export { DEADLINE_STATUSES, type DeadlineStatus } from './deadline.entity.js';
export { DeadlineDecisions, type DeadlineDecision, type DeadlineRef } from './deadline-decisions.service.js';
export { DeadlineLists } from './deadline-lists.service.js';
export { DeadlinePlanner, type DeadlineChange, type DeadlineScope } from './deadline-planner.js';
export { DeadlineRepository, type DueDateCursor, type OverdueFilter } from './deadline.repository.js';
export { DeadlinesModule } from './deadlines.module.js';
export { japanCalendar } from './japan-calendar.js';
export { listDeadlineRules, previewDeadline } from './deadline-preview.js';
export { BilingualView, DeadlinePreviewView, DeadlineRuleView, DeadlineView } from './deadline.views.js';
