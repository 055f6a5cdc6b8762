/**
 * The statutory case rules: how a case's events trigger and complete each deadline. A rule set is
 * a list of these, passed to `timeline` and `audit` as a parameter, so that a local profile can add
 * its own rules through the same path.
 *
 * The rules themselves are law data (src/law/case-rules.ts): each record's `kind` names the
 * pattern, and its fields the choices. Here each kind is turned into a case rule; nothing here
 * knows any one rule.
 */
import { statutoryCaseRuleData, type CaseRuleData } from '../law/case-rules.js';
import type { EventType } from '../schema/case.js';
import type { CaseRule } from './case-context.js';
import { mustAllow, noticeBefore } from './before-rules.js';
import { onEventOf } from './on-event.js';
import { phaseTransfersRule } from './phase-transfers.js';
import { reviewCycleRule } from './review-cycle.js';

export type { CaseRule } from './case-context.js';
export { onEvent, type OnEventSpec } from './on-event.js';

/**
 * The case rule a record of the law's case-rule table describes.
 * @example
 * caseRuleOf(statutoryCaseRuleData[0]).ruleIds // ['assessment-decision']
 */
export function caseRuleOf(data: CaseRuleData<EventType>): CaseRule {
  switch (data.kind) {
    case 'on-event': return onEventOf(data);
    case 'must-allow': return mustAllow(data);
    case 'notice-before': return noticeBefore(data);
    case 'review-cycle': return reviewCycleRule(data);
    case 'phase-transfers': return phaseTransfersRule(data);
  }
}

/** The law's table, typed against the case schema: an event type it names that does not exist does not compile. */
const table: readonly CaseRuleData<EventType>[] = statutoryCaseRuleData;

/**
 * Every statutory case rule: the default rule set of `timeline` and `audit`.
 * @example
 * statutoryCaseRules.flatMap((r) => r.ruleIds) // ['assessment-decision', 'final-plan', …]
 */
export const statutoryCaseRules: readonly CaseRule[] = table.map(caseRuleOf);
