/**
 * The common case rule: an event starts a period; the first completing event on or after it ends
 * it. `onEvent` takes the pattern with functions (for a council's own rules); `onEventOf` builds
 * it from the law's data (src/law/case-rules.ts), where every choice is a field.
 */
import { SendTimescalesError, show } from '../errors.js';
import { isRecord } from '../guard.js';
import { dayToIso } from '../day/iso.js';
import type { OnEventCaseRule } from '../law/case-rules.js';
import { twentyWeekMeasure } from '../law/measures.js';
import { EVENT_TYPES, type EventType } from '../schema/case.js';
import type { NormalEvent } from '../schema/validate.js';
import { declareTriggers, entry, entryOf, entryOnDay, entryOnDayOf, eventsAt, RuleRef, fillNote, firstBetweenAt, typeIndexes, type CaseContext, type CaseRule } from './case-context.js';

/**
 * The data of an `onEvent` rule: which events start it, which complete it, and how they pair.
 * @example
 * const spec: OnEventSpec = { ruleId: 'amendment-final', on: ['amendment-notice-sent'], done: ['amended-plan-issued'], description: '…' };
 */
export interface OnEventSpec {
  readonly ruleId: string;
  readonly on: readonly EventType[];
  readonly done: readonly EventType[];
  readonly description: string;
  /** Only some trigger events start the period (e.g. a decision to re-assess). */
  readonly when?: (e: NormalEvent) => boolean;
  /** A completing event must match its trigger (the same body, the same order). */
  readonly match?: (trigger: NormalEvent, done: NormalEvent) => boolean;
  /** The trigger days for the rule (default `{ date }`). */
  readonly trigger?: (e: NormalEvent) => Record<string, number>;
  /** Completion is looked for from this day (default the trigger event's day). */
  readonly from?: (e: NormalEvent) => number;
  /** The rule id for this event, where it varies (tribunal orders). */
  readonly ruleIdOf?: (e: NormalEvent) => string;
  /**
   * Track only when the case records a completing event of these types at all: councils that do not
   * record, say, review notices should not see every one of them as overdue.
   */
  readonly onlyWhenRecorded?: boolean;
  /** A reason the rule does not apply to this trigger, or null; `done` is the completing event found, if any. */
  readonly notApplicable?: (ctx: CaseContext, e: NormalEvent, done: NormalEvent | undefined) => string | null;
}

/**
 * The common pattern: an event starts a period; the first completing event on or after it ends it.
 * @example
 * onEvent({ ruleId: 'tribunal-response', on: ['appeal-received'], done: ['appeal-response-sent'], description: 'HESC r21' })
 */
export function onEvent(spec: OnEventSpec): CaseRule {
  checkOnEventSpec(spec);
  // The types' indexes in a case's lists, worked out once with the rule (see typeIndex).
  const on = typeIndexes(spec.on);
  const done = typeIndexes(spec.done);
  // The spec's choices read once, here: the law's rules make specs of many shapes, and reading
  // their fields case after case would be a slow look-up by shape each time.
  const { ruleId: fixedRuleId, when, match, trigger, from, ruleIdOf, onlyWhenRecorded, notApplicable } = spec;
  // The rule's versions looked up once, not per entry (a rule whose id varies by event looks each up).
  const ref = new RuleRef(fixedRuleId);
  // No trigger event, no entry: the engine need not call the rule for such a case.
  return declareTriggers({
    ruleIds: [fixedRuleId],
    description: spec.description,
    collect(ctx, out) {
      // Most rules have no trigger in most cases (no mediation, no appeal, no move): leave at once.
      let any = 0;
      for (let k = 0; k < on.length; k++) any += eventsAt(ctx, on[k]!).length;
      if (any === 0) return;
      if (onlyWhenRecorded) {
        let recorded = 0;
        for (let k = 0; k < done.length; k++) recorded += eventsAt(ctx, done[k]!).length;
        if (recorded === 0) return;
      }
      // One type's events are already in date order: read in place, skipping those `when` refuses;
      // several types are merged in date order (a stable sort keeps a day's events as recorded).
      const triggers = on.length === 1
        ? eventsAt(ctx, on[0]!)
        : on.flatMap((t) => eventsAt(ctx, t)).filter((e) => !when || when(e)).sort((a, b) => a.day - b.day);
      const skip = on.length === 1 ? when : undefined;
      for (let i = 0; i < triggers.length; i++) {
        const e = triggers[i]!;
        if (skip !== undefined && !skip(e)) continue;
        // The first completing event on or after the trigger answers it, even if another trigger came
        // in between (two requests answered by one plan; a decision that came only after a later meeting is late, not missing).
        const answer = firstAnswer(ctx, done, from ? from(e) : e.day, e, match);
        const doneDay = answer?.day ?? null;
        const result = ruleIdOf
          ? (trigger ? entry(ctx, ruleIdOf(e), trigger(e), doneDay) : entryOnDay(ctx, ruleIdOf(e), e.day, doneDay))
          : (trigger ? entryOf(ctx, ref, trigger(e), doneDay) : entryOnDayOf(ctx, ref, e.day, doneDay));
        if (e.body !== undefined) result.body = e.body;
        const reason = notApplicable?.(ctx, e, answer);
        if (reason) {
          result.status = 'not-applicable';
          result.note = reason;
          result.daysLate = undefined;
        }
        out.push(result);
      }
    },
  }, on);
}

/**
 * The `onEvent` rule the law's data describes: each field of the record becomes the matching
 * choice of the pattern, so that the engine itself decides nothing about any one rule.
 */
export function onEventOf(data: OnEventCaseRule<EventType>): CaseRule {
  const { onlyDecisions, trigger, pairBy, ruleIdFrom, displacedBy, onlyWhenDone } = data;
  // What displaces the rule, made once with the rule: per trigger of a caseload, no list or test is built.
  const displacing = (displacedBy ?? []).map((d) => {
    const decision = d.decision;
    return { types: typeIndexes([d.event]), match: decision === undefined ? undefined : (x: NormalEvent) => x.decision === decision, note: d.note };
  });
  const spec: OnEventSpec = {
    ruleId: data.ruleId,
    on: data.on,
    done: data.done,
    description: data.description,
    ...(data.onlyWhenRecorded ? { onlyWhenRecorded: true } : {}),
    ...(onlyDecisions ? { when: (e: NormalEvent) => e.decision === undefined || onlyDecisions.includes(e.decision) } : {}),
    ...(pairBy ? { match: pairing(pairBy.field, pairBy.unnamedPairs) } : {}),
    ...(ruleIdFrom ? { ruleIdOf: (e: NormalEvent) => e[ruleIdFrom]! } : {}),
    ...(trigger ? { trigger: (e: NormalEvent) => triggerDays(trigger, e), from: (e: NormalEvent) => earliest(triggerDays(trigger, e)) } : {}),
    ...(displacedBy || onlyWhenDone !== undefined
      ? {
        notApplicable: (ctx: CaseContext, e: NormalEvent, done: NormalEvent | undefined): string | null => {
          if (onlyWhenDone !== undefined && !done) return onlyWhenDone;
          const from = trigger ? earliest(triggerDays(trigger, e)) : e.day;
          for (let k = 0; k < displacing.length; k++) {
            const d = displacing[k]!;
            const by = firstBetweenAt(ctx, d.types, from, Number.POSITIVE_INFINITY, d.match);
            // An event on the completing event's own day still displaces it: the decision came first, or with it.
            if (by && (!done || by.day <= done.day)) return fillNote(d.note, { date: dayToIso(by.day) });
          }
          return null;
        },
      }
      : {}),
  };
  return onEvent(spec);
}

/**
 * The first completing event of the types on or after `from` that pairs with the trigger (by
 * `match`, when the rule pairs them): `firstBetween` with no end and no test made per trigger.
 */
function firstAnswer(
  ctx: CaseContext, types: readonly number[], from: number, trigger: NormalEvent,
  match: ((trigger: NormalEvent, done: NormalEvent) => boolean) | undefined,
): NormalEvent | undefined {
  let best: NormalEvent | undefined;
  for (let t = 0; t < types.length; t++) {
    const list = eventsAt(ctx, types[t]!);
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!;
      if (e.day < from) continue;
      if (match && !match(trigger, e)) continue;
      if (!best || e.day < best.day) best = e;
      break;
    }
  }
  return best;
}

/** A completing event pairs with a trigger naming the same value of `field` (or, with `unnamedPairs`, either naming none). */
function pairing(field: 'body' | 'order', unnamedPairs: boolean): (trigger: NormalEvent, done: NormalEvent) => boolean {
  return (t, d) => (unnamedPairs && (t[field] === undefined || d[field] === undefined)) || t[field] === d[field];
}

/** The trigger's days read from the event's fields, in the record's order. */
function triggerDays(fields: Readonly<Record<string, 'day' | 'aware'>>, e: NormalEvent): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name in fields) out[name] = e[fields[name]!]!;
  return out;
}

function earliest(days: Readonly<Record<string, number>>): number {
  let min = Number.POSITIVE_INFINITY;
  for (const k in days) if (days[k]! < min) min = days[k]!;
  return min;
}

/** The spec of onEvent, checked once when the rule is made (never per case). */
function checkOnEventSpec(spec: unknown): asserts spec is OnEventSpec {
  const wrong = (field: string, value: unknown, what: string): never => {
    throw new SendTimescalesError('INVALID_ARGUMENT', field, value, `${field} must be ${what}, but ${show(value)} was given.`);
  };
  if (!isRecord(spec)) wrong('spec', spec, 'the data of a case rule ({ ruleId, on, done, description, … })');
  const s = spec as Record<string, unknown>;
  // The example is the best-known rule id: the one the national measure counts.
  if (typeof s.ruleId !== 'string') wrong('spec.ruleId', s.ruleId, `a rule id (e.g. "${twentyWeekMeasure.ruleId}")`);
  for (const key of ['on', 'done'] as const) {
    const list = s[key];
    if (!Array.isArray(list) || !list.every((t) => typeof t === 'string' && t in EVENT_TYPES)) wrong(`spec.${key}`, list, 'a list of event types (e.g. ["final-plan-issued"])');
  }
  if (typeof s.description !== 'string') wrong('spec.description', s.description, 'a sentence saying what the rule tracks');
  for (const key of ['when', 'match', 'trigger', 'from', 'ruleIdOf', 'notApplicable'] as const) {
    if (s[key] !== undefined && typeof s[key] !== 'function') wrong(`spec.${key}`, s[key], 'a function, or left out');
  }
}
