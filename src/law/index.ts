/**
 * The rule table: every statutory and guidance time limit as a readonly record, and the lookups
 * the engine, the docs and the CLI share. A rule id may have several dated versions (where the
 * law changed); exactly one is in force for any trigger date.
 */
import { SendTimescalesError, show } from '../errors.js';
import { dayToIso, isoToDay, type IsoDate } from '../day/iso.js';
import { assessmentRules } from './assessment.js';
import { planRules } from './plan.js';
import { transferRules } from './transfer.js';
import { reviewRules } from './review.js';
import { phaseTransferRules } from './phase-transfer.js';
import { amendmentRules } from './amendment.js';
import { reassessmentRules } from './reassessment.js';
import { cessationRules } from './cessation.js';
import { mediationRules } from './mediation.js';
import { appealRules } from './appeal.js';
import { tribunalOrderRules } from './tribunal-orders.js';
import { unopposedAppealRules } from './unopposed-appeals.js';
import { detainedPersonsRules } from './detained-persons.js';
import type { Rule } from './types.js';

/**
 * Every statutory and Code of Practice rule record (all dated versions), grouped by process.
 * @example
 * ```ts
 * rules.filter((r) => r.force === 'statute').length;
 * rules.find((r) => r.id === 'final-plan')?.citation.provision; // 'reg 13(2)'
 * ```
 */
export const rules: readonly Rule[] = [
  ...assessmentRules,
  ...planRules,
  ...transferRules,
  ...reviewRules,
  ...phaseTransferRules,
  ...amendmentRules,
  ...reassessmentRules,
  ...cessationRules,
  ...mediationRules,
  ...appealRules,
  ...tribunalOrderRules,
  ...unopposedAppealRules,
  ...detainedPersonsRules,
];

interface Version {
  readonly rule: Rule;
  readonly from: number;
  readonly to: number;
}

let index: Map<string, Version[]> | undefined;

function versionsById(): Map<string, Version[]> {
  if (!index) {
    index = new Map();
    for (const rule of rules) {
      const v: Version = {
        rule,
        from: isoToDay(rule.inForce.from),
        to: rule.inForce.to === undefined ? Number.POSITIVE_INFINITY : isoToDay(rule.inForce.to),
      };
      index.set(rule.id, [...(index.get(rule.id) ?? []), v]);
    }
    for (const list of index.values()) list.sort((a, b) => a.from - b.from);
  }
  return index;
}

/**
 * The distinct rule ids, in table order. Rule ids are public API: never renamed.
 * @example
 * ```ts
 * ruleIds().slice(0, 3); // ['assessment-decision', 'advice-response', 'no-plan-notice']
 * ```
 */
export function ruleIds(): string[] {
  return [...versionsById().keys()];
}

/**
 * Every dated version of a rule (oldest first), where the law changed.
 * @param id - A rule id.
 * @returns The versions.
 * @throws {@link SendTimescalesError} `UNKNOWN_RULE` if there is none.
 * @example
 * ```ts
 * ruleVersions('final-plan').length; // 1
 * ```
 */
export function ruleVersions(id: string): readonly Rule[] {
  return versionsOf(id).map((v) => v.rule);
}

function versionsOf(id: string): Version[] {
  const list = typeof id === 'string' ? versionsById().get(id) : undefined;
  if (!list) {
    throw new SendTimescalesError(
      'UNKNOWN_RULE', 'ruleId', id,
      `There is no rule ${show(id)}. Run "send-timescales rules" for the list of rule ids.`,
    );
  }
  return list;
}

/**
 * A rule record. With `on` (the trigger date), the version in force on that day; without it,
 * the current (latest) version.
 * @param id - A rule id, e.g. `final-plan`.
 * @param on - A trigger date (ISO).
 * @returns The rule record.
 * @throws {@link SendTimescalesError} `UNKNOWN_RULE` for an unknown id; `NOT_IN_FORCE` when no version was in force on `on`.
 * @example
 * ```ts
 * getRule('final-plan').citation.provision;     // 'reg 13(2)'
 * getRule('final-plan', '2025-01-06').inForce;  // { from: '2014-09-01' }
 * getRule('final-plan', '2010-01-06');          // throws NOT_IN_FORCE
 * ```
 */
export function getRule(id: string, on?: IsoDate): Rule {
  const list = versionsOf(id);
  if (on === undefined) return list[list.length - 1]!.rule;
  return ruleInForce(id, list, isoToDay(on, 'trigger'));
}

/** The version in force on a day number (engine hot path). */
export function ruleOnDay(id: string, day: number): Rule {
  const list = versionsOf(id);
  if (list.length === 1) {
    const only = list[0]!;
    if (day >= only.from && day <= only.to) return only.rule;
  }
  return ruleInForce(id, list, day);
}

function ruleInForce(id: string, list: Version[], day: number): Rule {
  for (const v of list) if (day >= v.from && day <= v.to) return v.rule;
  const spans = list.map((v) => (v.rule.inForce.to ? `${v.rule.inForce.from} to ${v.rule.inForce.to}` : `from ${v.rule.inForce.from}`));
  const first = list[0]!.rule;
  throw new SendTimescalesError(
    'NOT_IN_FORCE', 'trigger', dayToIso(day),
    `${first.citation.provision} (${id}) was not in force on ${dayToIso(day)}: it applies ${spans.join(' and ')}.`,
  );
}
