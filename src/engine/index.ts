export { deadline, type DeadlineOptions } from './deadline.js';
export { explain } from './explain.js';
export type { Deadline, DeadlineStatus, TraceStep } from './result.js';
export type { TriggerInput, TriggerObject } from './trigger.js';
export {
  ageOn, attainsAge, schoolYearOf, yearGroup, year9SchoolYear, isYear9OrAbove, schoolLeavingDate, compulsorySchoolAge,
  transfers, planUpperAge, planUpperAgeDetail, TRANSFER_STAGES, DEFAULT_TRANSFER_STAGES,
  type SchoolYear, type YearGroupOptions, type TransferStage, type TransferOptions, type Transfer,
  type CompulsorySchoolAgeOptions, type CompulsorySchoolAge, type PlanUpperAgeSetting, type PlanUpperAgeOptions, type PlanUpperAge,
} from '../law/age/index.js';
export { timeline, type TimelineOptions, type TimelineEntry, type Timeline } from './timeline.js';
export { statutoryCaseRules, onEvent, type CaseRule } from './case-rules.js';
export type { EntryStatus, CaseContext, CoreEntry } from './case-context.js';
export { audit, mostLateFirst, type AuditOptions, type Audit, type RuleSummary, type TwentyWeekMeasure, type LateCase } from './audit.js';
export { worklist, type WorklistOptions, type WorklistItem, type Worklist } from './worklist.js';
