/**
 * Reading the trigger of a rule by its shape (`Rule.triggerShape`): one value (a date, or a date
 * and time), or an object of named fields, each a date or a rule id, some of which may be left out.
 */
import { DateTime } from 'luxon';
import { SendTimescalesError, show } from '../errors.js';
import { civilFromDays, isoToDay } from '../day/iso.js';
import { instantOf, isDateTimeLike, LONDON, toIsoDate, type DateInput } from '../day/instant.js';
import type { Rule, TriggerShape } from '../law/types.js';

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

export interface ReadTrigger {
  /** The trigger as given back in the result: an ISO date, or an object of ISO dates. */
  readonly echo: string | Record<string, string>;
  /** Day numbers of the date fields (a single date is under `date`). */
  readonly days: Readonly<Record<string, number>>;
  /** Rule-id fields (e.g. `order`). */
  readonly names: Readonly<Record<string, string>>;
  /** The latest trigger date: it selects the version of the rule in force. */
  readonly latest: number;
  /** The earliest trigger date (the start of the span a modification period may overlap). */
  readonly earliest: number;
  /** For a trigger of kind `instant` given with a time of day: the moment. */
  readonly instant?: DateTime;
}

function dayOf(value: unknown, field: string): { iso: string; day: number } {
  if (typeof value === 'string') return { iso: value, day: isoToDay(value, field) };
  const iso = toIsoDate(value as DateInput, { field });
  return { iso, day: isoToDay(iso, field) };
}

function isTriggerObject(trigger: unknown): boolean {
  return typeof trigger === 'object' && trigger !== null && !(trigger instanceof Date) && !isDateTimeLike(trigger);
}

/** Reads a trigger as its rule's shape says; throws `INVALID_TRIGGER` or `INVALID_DATE`. */
export function readTrigger(rule: Rule, trigger: TriggerInput): ReadTrigger {
  const shape = rule.triggerShape;
  if (shape.given === 'value') {
    if (shape.fields[0]?.kind === 'instant') {
      const timed = readInstant(rule, trigger);
      if (timed) return timed;
    }
    if (isTriggerObject(trigger)) {
      throw new SendTimescalesError(
        'INVALID_TRIGGER', 'trigger', trigger,
        `${rule.id} is triggered by one date (${rule.trigger}), so give a date such as 2025-01-06, not ${show(trigger)}.`,
      );
    }
    const { iso, day } = dayOf(trigger, 'trigger');
    return { echo: iso, days: { date: day }, names: {}, latest: day, earliest: day };
  }
  return readFields(rule, shape, trigger);
}

/** An object of named fields. */
function readFields(rule: Rule, shape: TriggerShape, trigger: TriggerInput): ReadTrigger {
  const fields = shape.fields;
  const expected = fields.map((f) => `${f.name}: YYYY-MM-DD`).join(', ');
  if (!isTriggerObject(trigger)) {
    throw new SendTimescalesError(
      'INVALID_TRIGGER', 'trigger', trigger,
      `${rule.id} needs the dates { ${expected} } (${rule.trigger}), not ${show(trigger)}.`,
    );
  }
  const given = trigger as TriggerObject;
  for (const key of Object.keys(given)) {
    if (!fields.some((f) => f.name === key)) {
      throw new SendTimescalesError('INVALID_TRIGGER', `trigger.${key}`, given[key], `${rule.id} has no trigger field "${key}"; it takes { ${expected} }.`);
    }
  }
  const echo: Record<string, string> = {};
  const days: Record<string, number> = {};
  const names: Record<string, string> = {};
  let latest = Number.NEGATIVE_INFINITY;
  let earliest = Number.POSITIVE_INFINITY;
  for (const field of fields) {
    const name = field.name;
    const value = given[name];
    if (value === undefined || value === null || value === '') {
      if (field.optional) continue;
      throw new SendTimescalesError('INVALID_TRIGGER', `trigger.${name}`, value, `${rule.id} needs trigger.${name} (${rule.trigger}).`);
    }
    if (field.kind === 'rule-id') {
      if (typeof value !== 'string') throw new SendTimescalesError('INVALID_TRIGGER', `trigger.${name}`, value, `trigger.${name} must be a rule id.`);
      names[name] = value;
      echo[name] = value;
      continue;
    }
    const { iso, day } = dayOf(value, `trigger.${name}`);
    echo[name] = iso;
    days[name] = day;
    if (day > latest) latest = day;
    if (day < earliest) earliest = day;
  }
  return { echo, days, names, latest, earliest };
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * A trigger of kind `instant`: a date and time (`YYYY-MM-DDTHH:mm` on the Europe/London wall
 * clock, or with an offset), a Date, a luxon DateTime or epoch milliseconds is read as a moment.
 * A date alone, or anything else, is left to the date reader (undefined).
 */
function readInstant(rule: Rule, trigger: TriggerInput): ReadTrigger | undefined {
  let at: DateTime;
  if (typeof trigger === 'string') {
    const text = trigger.trim();
    if (text.length === 10) return undefined;
    const m = DATE_TIME.exec(text);
    const [, date, hh, mm, ss, offset] = m ?? [];
    const hour = Number(hh);
    const minute = Number(mm);
    const second = ss === undefined ? 0 : Number(ss);
    if (!m || hour > 23 || minute > 59 || second > 59) {
      throw new SendTimescalesError(
        'INVALID_DATE', 'trigger', trigger,
        `${rule.id} runs from a moment in time: give a date and time such as 2025-01-06T14:30 (Europe/London), not ${show(trigger)}.`,
      );
    }
    const [year, month, day] = civilFromDays(isoToDay(date, 'trigger'));
    if (offset !== undefined) {
      at = DateTime.fromISO(text, { setZone: true }).setZone(LONDON);
    } else {
      at = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone: LONDON });
      const wall = (d: DateTime): boolean => d.day === day && d.hour === hour && d.minute === minute;
      if (!at.isValid || !wall(at)) {
        throw new SendTimescalesError('INVALID_DATE', 'trigger', trigger, `${text} does not exist in Europe/London: the clocks went forward an hour that night. Give the time with its offset (e.g. ${date}T${hh}:${mm}+01:00).`);
      }
      if (wall(at.minus({ hours: 1 })) || wall(at.plus({ hours: 1 }))) {
        throw new SendTimescalesError('INVALID_DATE', 'trigger', trigger, `${text} happens twice in Europe/London (the clocks went back that night): give it with its offset, ${date}T${hh}:${mm}+01:00 (BST) or ${date}T${hh}:${mm}+00:00 (GMT).`);
      }
    }
  } else if (trigger instanceof Date) {
    at = DateTime.fromMillis(trigger.getTime(), { zone: LONDON });
  } else if (typeof trigger === 'number' && Number.isFinite(trigger)) {
    at = DateTime.fromMillis(trigger, { zone: LONDON });
  } else if (isDateTimeLike(trigger)) {
    at = instantOf(trigger, LONDON);
  } else {
    return undefined;
  }
  const iso = at.isValid ? at.toISODate() : null;
  if (iso === null || iso.length !== 10) throw new SendTimescalesError('INVALID_DATE', 'trigger', trigger, `${show(trigger)} is not a valid moment in time.`);
  const day = isoToDay(iso, 'trigger');
  // Echoed as { at: ISO instant with its offset }: a moment, not a civil date.
  const echo = { at: at.toISO({ suppressMilliseconds: true, suppressSeconds: true }) ?? iso };
  return { echo, days: { date: day }, names: {}, latest: day, earliest: day, instant: at };
}

/** Whether two rules take triggers of the same shape (one date, or the same named dates). */
export function sameTriggerFields(a: Rule['triggerFields'], b: Rule['triggerFields']): boolean {
  if (a === 'date' || b === 'date') return a === b;
  return a.length === b.length && a.every((f) => b.includes(f));
}
