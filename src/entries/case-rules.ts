/**
 * Case rules: how a case's events trigger and complete each deadline. `timeline` and `audit` apply
 * `statutoryCaseRules` (and a profile's); a council that tracks something of its own writes a rule
 * with `onEvent`, or by hand with the helpers below, over the engine's form of a case (day numbers,
 * events in date order) that `validateCase` produces.
 *
 * ```ts
 * import { statutoryCaseRules, onEvent, type CaseRule } from 'send-timescales/case-rules';
 * ```
 * @module send-timescales/case-rules
 */
export { statutoryCaseRules, onEvent, type CaseRule, type OnEventSpec } from '../engine/case-rules.js';
export { eventsOf, firstBetween, lastBetween, entry } from '../engine/case-helpers.js';
export type { CaseContext, CoreEntry } from '../engine/case-context.js';
export type { CheckedOptions } from '../engine/options.js';
export { validateCase, type Validated, type NormalCase, type NormalEvent } from '../schema/validate.js';
export { statutoryCaseRuleData, type CaseRuleData } from '../law/case-rules.js';
export { twentyWeekMeasure, type CaseloadMeasure } from '../law/measures.js';
export type {
  OnEventCaseRule, MustAllowCaseRule, NoticeBeforeCaseRule, ReviewCycleCaseRule, PhaseTransfersCaseRule, EventDayField, PlanEvents,
} from '../law/case-rules.js';
