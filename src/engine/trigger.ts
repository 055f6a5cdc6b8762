/** Reading the trigger of a rule: one date, or the named dates of a compound rule. */
import { SendTimescalesError, show } from '../errors.js';
import { isoToDay } from '../day/iso.js';
import { isDateTimeLike, toIsoDate, type DateInput } from '../day/instant.js';
import type { Rule } from '../law/types.js';

/**
 * A compound trigger: the named dates of a rule that needs more than one (e.g. `{ move, aware }` for `plan-transfer`).
 * @example
 * ```ts
 * const trigger: TriggerObject = { move: '2025-03-24', aware: '2025-03-17' };
 * deadline('plan-transfer', trigger).due; // '2025-04-04'
 * ```
 */
export type TriggerObject = Readonly<Record<string, DateInput | string | undefined>>;
/**
 * The trigger {@link deadline} takes: one date, or a {@link TriggerObject}.
 * @example
 * ```ts
 * const single: TriggerInput = '2025-01-06';
 * const compound: TriggerInput = { decisionSent: '2025-06-30' };
 * ```
 */
export type TriggerInput = DateInput | TriggerObject;

/** Fields that may be left out, by compound method. */
const OPTIONAL: Readonly<Record<string, readonly string[]>> = {
  appeal: ['certificateIssued'],
};
/** Fields that name a rule, not a date. */
const RULE_FIELDS = new Set(['order']);

export interface ReadTrigger {
  /** The trigger as given back in the result: an ISO date, or an object of ISO dates. */
  readonly echo: string | Record<string, string>;
  /** Day numbers of the date fields (a single date is under `date`). */
  readonly days: Readonly<Record<string, number>>;
  /** Non-date fields (e.g. `order`). */
  readonly names: Readonly<Record<string, string>>;
  /** The latest trigger date: it selects the version of the rule in force. */
  readonly latest: number;
  /** The earliest trigger date (the start of the span a modification period may overlap). */
  readonly earliest: number;
}

function dayOf(value: unknown, field: string): { iso: string; day: number } {
  if (typeof value === 'string') return { iso: value, day: isoToDay(value, field) };
  const iso = toIsoDate(value as DateInput, { field });
  return { iso, day: isoToDay(iso, field) };
}

export function readTrigger(rule: Rule, trigger: TriggerInput): ReadTrigger {
  if (rule.triggerFields === 'date') {
    if (typeof trigger === 'object' && trigger !== null && !(trigger instanceof Date) && !isDateTimeLike(trigger)) {
      throw new SendTimescalesError(
        'INVALID_TRIGGER', 'trigger', trigger,
        `${rule.id} is triggered by one date (${rule.trigger}), so give a date such as 2025-01-06, not ${show(trigger)}.`,
      );
    }
    const { iso, day } = dayOf(trigger, 'trigger');
    return { echo: iso, days: { date: day }, names: {}, latest: day, earliest: day };
  }
  const fields = rule.triggerFields;
  const expected = fields.map((f) => `${f}: YYYY-MM-DD`).join(', ');
  if (typeof trigger !== 'object' || trigger === null || trigger instanceof Date || isDateTimeLike(trigger)) {
    throw new SendTimescalesError(
      'INVALID_TRIGGER', 'trigger', trigger,
      `${rule.id} needs the dates { ${expected} } (${rule.trigger}), not ${show(trigger)}.`,
    );
  }
  const given = trigger as TriggerObject;
  for (const key of Object.keys(given)) {
    if (!fields.includes(key)) {
      throw new SendTimescalesError('INVALID_TRIGGER', `trigger.${key}`, given[key], `${rule.id} has no trigger field "${key}"; it takes { ${expected} }.`);
    }
  }
  const optional = rule.period.kind === 'compound' ? (OPTIONAL[rule.period.method] ?? []) : [];
  const echo: Record<string, string> = {};
  const days: Record<string, number> = {};
  const names: Record<string, string> = {};
  let latest = Number.NEGATIVE_INFINITY;
  let earliest = Number.POSITIVE_INFINITY;
  for (const field of fields) {
    const value = given[field];
    if (value === undefined || value === null || value === '') {
      if (optional.includes(field)) continue;
      throw new SendTimescalesError('INVALID_TRIGGER', `trigger.${field}`, value, `${rule.id} needs trigger.${field} (${rule.trigger}).`);
    }
    if (RULE_FIELDS.has(field)) {
      if (typeof value !== 'string') throw new SendTimescalesError('INVALID_TRIGGER', `trigger.${field}`, value, `trigger.${field} must be a rule id.`);
      names[field] = value;
      echo[field] = value;
      continue;
    }
    const { iso, day } = dayOf(value, `trigger.${field}`);
    echo[field] = iso;
    days[field] = day;
    if (day > latest) latest = day;
    if (day < earliest) earliest = day;
  }
  return { echo, days, names, latest, earliest };
}

/** Whether two rules take triggers of the same shape (one date, or the same named dates). */
export function sameTriggerFields(a: Rule['triggerFields'], b: Rule['triggerFields']): boolean {
  if (a === 'date' || b === 'date') return a === b;
  return a.length === b.length && a.every((f) => b.includes(f));
}
