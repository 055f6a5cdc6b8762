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
import { dorsetProfile } from './profiles/dorset.js';
import type { Profile } from './profiles/types.js';
import type { Rule } from './types.js';
import type { RuleId } from './rule-id.js';

export type { RuleId } from './rule-id.js';

/**
 * The statutory table with each record's literal type (every law file is `as const`): `ruleIds()`
 * reads its ids from here, so a record whose id is missing from {@link RuleId} does not compile.
 */
const statutoryTable = [
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

/**
 * Every statutory and Code of Practice rule record (all dated versions), grouped by process: the
 * table docs/rules.md is generated from. Without a profile, `deadline()` reaches exactly these.
 * @example
 * ```ts
 * statutoryRules.find((r) => r.id === 'final-plan')?.citation.provision; // 'reg 13(2)'
 * ```
 */
export const statutoryRules: readonly Rule[] = statutoryTable;

/**
 * The built-in local profiles (a council's own standards as rule records, `force: 'local'`).
 * `rules` lists their rules after the statutory table; `deadline()` reaches a local id only with its profile.
 * @example
 * ```ts
 * profiles.map((p) => p.name); // ['dorset']
 * ```
 * @category Local profiles
 */
export const profiles: readonly Profile[] = [dorsetProfile];

/**
 * Every rule of every built-in profile (ids `<profile>-…`, `force: 'local'`).
 * @example
 * ```ts
 * localRules.every((r) => r.force === 'local'); // true
 * ```
 * @category Local profiles
 */
export const localRules: readonly Rule[] = profiles.flatMap((p) => p.rules);

/**
 * Every rule record: the statutory and guidance table, then the built-in profiles' local rules
 * (`force: 'local'`, with their `profile`), as the public contract lists them. A local id is
 * reached with its profile: `deadline(id, trigger, { profile: rule.profile })`.
 * @example
 * ```ts
 * rules.filter((r) => r.force === 'local' && r.profile === 'dorset').length; // 27
 * rules.find((r) => r.id === 'final-plan')?.citation.provision;           // 'reg 13(2)'
 * ```
 */
export const rules: readonly Rule[] = [...statutoryRules, ...localRules];

/**
 * A built-in profile by name.
 * @param name - A profile name, e.g. `dorset`.
 * @returns The profile.
 * @throws {@link SendTimescalesError} `INVALID_OPTION` naming the value and the known profiles.
 * @example
 * ```ts
 * getProfile('dorset').council; // 'Dorset Council'
 * ```
 * @category Local profiles
 */
export function getProfile(name: string): Profile {
  const found = typeof name === 'string' ? profiles.find((p) => p.name === name) : undefined;
  if (!found) {
    throw new SendTimescalesError(
      'INVALID_OPTION', 'profile', name,
      `There is no profile ${show(name)}; the known profiles are ${profiles.map((p) => `"${p.name}"`).join(', ')} (or pass a profile object checked by defineProfile).`,
    );
  }
  return found;
}

/** @internal One dated version of a rule, with its window of application (trigger dates) as day numbers. */
export interface Version {
  readonly rule: Rule;
  readonly from: number;
  readonly to: number;
}

/**
 * @internal The trigger dates a rule version governs: its `appliesTo` window where it has one,
 * otherwise the whole time it is in force.
 */
export function applicationWindow(rule: Rule): { readonly from: IsoDate; readonly to?: IsoDate } {
  return rule.appliesTo ?? rule.inForce;
}

/** @internal A window or in-force span in words: "from 2014-09-01", "2014-09-01 to 2015-08-31". */
export function spanText(span: { readonly from: IsoDate; readonly to?: IsoDate }): string {
  return span.to === undefined ? `from ${span.from}` : `${span.from} to ${span.to}`;
}

/** @internal Rule versions by id, oldest first. */
export function indexRules(list: readonly Rule[]): Map<string, Version[]> {
  const map = new Map<string, Version[]>();
  for (const rule of list) {
    const window = applicationWindow(rule);
    const v: Version = {
      rule,
      from: isoToDay(window.from),
      to: window.to === undefined ? Number.POSITIVE_INFINITY : isoToDay(window.to),
    };
    const versions = map.get(rule.id);
    if (versions) versions.push(v);
    else map.set(rule.id, [v]);
  }
  for (const versions of map.values()) versions.sort((a, b) => a.from - b.from);
  return map;
}

let index: Map<string, Version[]> | undefined;
let statutoryIds: RuleId[] | undefined;

/** Statutory and built-in local rules in one map: `ruleOnDay` stays one lookup. */
function versionsById(): Map<string, Version[]> {
  return (index ??= indexRules(rules));
}

/**
 * The distinct rule ids of the statutory and guidance table, in table order (local rules: see
 * {@link localRules}). Rule ids are public API: never renamed.
 * @example
 * ```ts
 * ruleIds().slice(0, 3); // ['assessment-decision', 'advice-response', 'no-plan-notice']
 * ```
 */
export function ruleIds(): RuleId[] {
  return [...(statutoryIds ??= [...new Set(statutoryTable.map((r) => r.id))])];
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
export function ruleVersions(id: RuleId | (string & {})): readonly Rule[] {
  return versionsOf(id).map((v) => v.rule);
}

/** @internal The versions of a rule id (statutory or built-in local); throws UNKNOWN_RULE. */
export function versionsOf(id: string): Version[] {
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
 * A rule record: statutory, guidance, or a built-in profile's local rule (e.g.
 * `dorset-first-review`; `deadline()` applies a local rule only with its profile). With `on` (the
 * trigger date), the version in force on that day; without it, the current (latest) version.
 * @param id - A rule id, e.g. `final-plan`.
 * @param on - A trigger date (ISO).
 * @returns The rule record.
 * @throws {@link SendTimescalesError} `UNKNOWN_RULE` for an unknown id; `NOT_IN_FORCE` when no version was in force on `on`.
 * @example
 * ```ts
 * getRule('final-plan').citation.provision;     // 'reg 13(2)'
 * getRule('final-plan', '2025-01-06').inForce;  // { from: '2014-09-01' }
 * getRule('phase-transfer-post16', '2015-09-01').appliesTo; // { from: '2015-09-01', to: '2015-09-01' } (reg 18(3))
 * getRule('final-plan', '2010-01-06');          // throws NOT_IN_FORCE
 * ```
 */
export function getRule(id: RuleId | (string & {}), on?: IsoDate): Rule {
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

/**
 * @internal The version of `list` whose window of application holds a trigger day; throws
 * NOT_IN_FORCE (the provision was not yet, or no longer, in force, or no version governs that day).
 */
export function ruleInForce(id: string, list: readonly Version[], day: number): Rule {
  for (const v of list) if (day >= v.from && day <= v.to) return v.rule;
  const spans = list.map((v) => spanText(applicationWindow(v.rule)));
  const first = list[0]!.rule;
  const iso = dayToIso(day);
  const inForce = list.some((v) => iso >= v.rule.inForce.from && (v.rule.inForce.to === undefined || iso <= v.rule.inForce.to));
  throw new SendTimescalesError(
    'NOT_IN_FORCE', 'trigger', iso,
    inForce
      ? `${first.citation.provision} (${id}) governs no trigger on ${iso}: it applies to triggers ${spans.join(' and ')}.`
      : `${first.citation.provision} (${id}) was not in force on ${iso}: it applies to triggers ${spans.join(' and ')}.`,
  );
}
