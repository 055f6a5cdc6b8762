/**
 * The law as data, in full: the types of a rule record's fields, every dated version of a rule,
 * the statutory rules without the local ones, the exceptions with their wording and citations, the
 * one-off bank holiday changes with their proclamations, and the wording of the school-closure
 * exception. The package root has what most users need of it (`rules`, `getRule`, `ruleIds`,
 * `Rule`, `RuleId`, `Counting`, `ExceptionCode`). The Department for Education's published
 * timeliness measures are law data here too: the measures' records and the two readings of
 * "within" (the statute's, and LG Inform's Day 1), each with its citation; `dfeMeasures` in the
 * root does the arithmetic.
 *
 * ```ts
 * import { ruleVersions, exceptionRecords, type Period } from 'send-timescales/law';
 * ```
 * @module send-timescales/law
 */
export { statutoryRules, ruleVersions } from '../law/index.js';
export { exceptionRecords, type ExceptionRecord } from '../law/exceptions.js';
export type {
  Period, Direction, Force, Verification, Process, Citation, Modification, CompoundMethod, StatutoryCompoundMethod,
  TriggerShape, TriggerField, TriggerFieldKind, WorkingDayDefinition,
} from '../law/types.js';
export { oneOffChanges, type OneOffChange } from '../calendar/one-offs.js';
export { SCHOOL_CLOSURE_WORDING, SCHOOL_CLOSURE_PROVISIONS, schoolClosureException } from '../law/school-closure.js';
export {
  measureReadings, dfePlanTimeliness, dfeReviewTimeliness, type MeasureReading, type MeasureReadingId, type DepartmentMeasure,
} from '../law/measures.js';
