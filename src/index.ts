/**
 * send-timescales: the statutory deadlines of England's SEND system as pure, cited, traced
 * date arithmetic. Everything here is a re-export; see the modules for the details.
 * @packageDocumentation
 */
export * from './day/index.js';
export * from './calendar/index.js';
export { SendTimescalesError, errorCodes, type ErrorCode } from './errors.js';
export { version } from './version.js';
export * from './engine/index.js';
export { rules, statutoryRules, getRule, ruleVersions, ruleIds } from './law/index.js';
export { rulesMarkdown, describePeriod } from './law/reference.js';
export { exceptionRecords, type ExceptionRecord } from './law/exceptions.js';
export type {
  Rule, Period, Counting, Direction, Force, Verification, ExceptionCode, Process, Citation, Modification, CompoundMethod,
} from './law/types.js';
export { caseSchema, eventSchema, isoDateSchema, EVENT_TYPES, eventTypes, type CaseRecord, type CaseEvent, type EventType } from './schema/case.js';
export { validateCase, type CaseError, type Validated } from './schema/validate.js';
export type { NormalCase, NormalEvent } from './schema/validate.js';
export type { CheckedOptions } from './engine/options.js';
export type { OnEventSpec } from './engine/case-rules.js';
export { eventsOf, firstBetween, lastBetween, entry } from './engine/case-helpers.js';
export { casesMarkdown } from './engine/case-reference.js';
export { profiles, getProfile, localRules } from './law/index.js';
export { defineProfile, type Profile, type ProfileSource, type CounterpartTrigger } from './law/profiles/index.js';
export {
  compareWithStatute, comparisonSampleNotes, profileMarkdown, profilesMarkdown,
  type ComparisonRow, type ComparisonVerdict, type CompareOptions,
} from './law/profiles/compare.js';
export type { StatutoryBeside } from './engine/result.js';
export type { TimelineMirror } from './law/profiles/index.js';
export { profileCaseRule } from './engine/profile-case-rules.js';
