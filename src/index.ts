/**
 * send-timescales: the statutory deadlines of England's SEND system as pure, cited, traced
 * date arithmetic. The API reference groups the exports by task; the guides and generated
 * references below are the same files as in the repository's `docs/` folder.
 * @packageDocumentation
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
 */
export * from './day/index.js';
export * from './calendar/index.js';
export { SendTimescalesError, errorCodes, type ErrorCode } from './errors.js';
export { version } from './version.js';
export * from './engine/index.js';
export { rules, statutoryRules, getRule, ruleVersions, ruleIds, type RuleId } from './law/index.js';
export { rulesMarkdown } from './reference/rules-markdown.js';
export { describePeriod } from './law/rule-words.js';
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
export { casesMarkdown } from './reference/cases-markdown.js';
export { profiles, getProfile, localRules } from './law/index.js';
export { defineProfile, type Profile, type ProfileSource, type CounterpartTrigger } from './law/profiles/index.js';
export {
  compareWithStatute, comparisonSampleNotes, profileMarkdown, profilesMarkdown,
  type ComparisonRow, type ComparisonVerdict, type CompareOptions,
} from './reference/index.js';
export type { StatutoryBeside } from './engine/result.js';
export type { TimelineMirror } from './law/profiles/index.js';
export { profileCaseRule } from './engine/profile-case-rules.js';
