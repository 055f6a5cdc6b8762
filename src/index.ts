/**
 * send-timescales: the statutory deadlines of England's SEND system as pure, cited, traced
 * date arithmetic. The API reference groups the exports by task; the guides and generated
 * references below are the same files as in the repository's `docs/` folder.
 *
 * The package root has what most users need: deadlines and their explanations, case timelines,
 * audits and worklists, the calendars, the date functions, the errors and the schemas. The rest has
 * its own entry: `send-timescales/ages`, `send-timescales/profiles`, `send-timescales/case-rules`,
 * `send-timescales/reference` and `send-timescales/law`. Names the root exported in 0.5 that moved
 * there are still exported here, marked deprecated, until 1.0 (docs/migration-0.6.md).
 * @packageDocumentation
 * @module send-timescales
 * @document ../docs/guides/council-developer.md
 * @document ../docs/guides/auditor.md
 * @document ../docs/spreadsheets.md
 * @document ../docs/rules.md
 * @document ../docs/cases.md
 * @document ../docs/counting.md
 * @document ../docs/calendar.md
 * @document ../docs/terms.md
 * @document ../docs/ages.md
 * @document ../docs/profiles.md
 * @document ../docs/migration-0.6.md
 */

// Days: civil dates as ISO strings.
export {
  isIsoDate, parseDate, toIsoDate, fromSerial, toSerial, addDays, addWeeks, addMonths, addYears, daysBetween, weekday, formatLong,
  type IsoDate, type ParseDateOptions, type DateInput, type DateTimeLike, type ToIsoDateOptions, type SerialSystem,
} from './day/index.js';

// Working days and school terms.
export {
  englandAndWales, createWorkingCalendar, WorkingCalendar, bankHolidays, isWorkingDay, whyNotWorking, addWorkingDays, workingDaysBetween,
  TermCalendar, TermCalendarError, termCalendarFromCsv,
  type BankHoliday, type Closure, type CreateWorkingCalendarOptions, type CalendarOption, type AddWorkingDaysOptions,
  type TermCalendarData, type TermData, type Term, type SchoolClosure, type AdviceClosureException,
  type CreateTermCalendarOptions, type TermCalendarProblem,
} from './calendar/index.js';
export { createTermCalendar } from './schema/create-term-calendar.js';

// The rules, and the names of their vocabularies a caller passes.
export { rules, getRule, ruleIds, type RuleId } from './law/index.js';
export type { Rule, Counting, ExceptionCode } from './law/types.js';

// Deadlines, case timelines, audits and worklists.
export {
  deadline, explain, timeline, audit, mostLateFirst, worklist,
  type DeadlineOptions, type Deadline, type DeadlineStatus, type TraceStep, type TriggerInput, type TriggerObject,
  type TimelineOptions, type TimelineEntry, type Timeline, type EntryStatus,
  type AuditOptions, type Audit, type RuleSummary, type TwentyWeekMeasure, type LateCase,
  type WorklistOptions, type WorklistItem, type Worklist,
} from './engine/index.js';
export { createAuditor, type Auditor } from './engine/audit.js';

// The Department for Education's timeliness measures, over plain plan and review timings.
export {
  dfeMeasures, type DfeMeasures, type DfeMeasureOptions, type PlanTiming, type ReviewTiming, type PlanMeasure, type ReviewMeasure, type WeekBands,
} from './engine/dfe-measures.js';

// The schemas of the inputs, for other systems.
export {
  caseSchema, eventSchema, isoDateSchema, EVENT_TYPES, type CaseRecord, type CaseEvent, type EventType,
} from './schema/case.js';
export type { CaseError } from './schema/validate.js';

// Errors.
export { SendTimescalesError, errorCodes, type ErrorCode, type ErrorIssue } from './errors.js';

export { version } from './version.js';

// The 0.5 names that moved to a subpath or were merged: deprecated, kept until 1.0.
export * from './entries/deprecated.js';
