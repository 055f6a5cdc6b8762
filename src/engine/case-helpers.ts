/**
 * The case helpers as the package root exports them, for councils writing their own case rules:
 * the same functions as `case-context.ts`, with their arguments checked once at the door, so a
 * mistake in a council's rule is a `SendTimescalesError` naming the argument rather than a
 * `TypeError` from inside. The engine's own rules call the unchecked functions.
 */
import { SendTimescalesError, show } from '../errors.js';
import { isRecord } from '../guard.js';
import type { EventType } from '../schema/case.js';
import type { NormalEvent } from '../schema/validate.js';
import { twentyWeekMeasure } from '../law/measures.js';
import * as inner from './case-context.js';
import type { CaseContext, CoreEntry } from './case-context.js';

function wrong(field: string, value: unknown, what: string): never {
  throw new SendTimescalesError('INVALID_ARGUMENT', field, value, `${field} must be ${what}, but ${show(value)} was given.`);
}

function checkContext(ctx: unknown): asserts ctx is CaseContext {
  if (!isRecord(ctx) || !(ctx.byType instanceof Map) || typeof ctx.asOf !== 'number' || !isRecord(ctx.opts)) {
    wrong('ctx', ctx, 'the case context a case rule is given by timeline()');
  }
}

function checkTypes(types: unknown): asserts types is readonly EventType[] {
  if (!Array.isArray(types) || !types.every((t) => typeof t === 'string')) wrong('types', types, 'a list of event types (e.g. ["final-plan-issued"])');
}

function checkDay(value: unknown, field: string, infinite: boolean): asserts value is number {
  if (typeof value !== 'number' || Number.isNaN(value) || (!infinite && !Number.isFinite(value))) wrong(field, value, 'a day number (as events carry it in `day`)');
}

/**
 * The case's events of a type on or before `asOf`, in date order (empty when none).
 * @param ctx - The case context a case rule is given.
 * @param type - An event type.
 * @returns The events, oldest first.
 * @throws {@link SendTimescalesError} `INVALID_ARGUMENT` when `ctx` is not a case context.
 * @example
 * ```ts
 * // In a case rule: eventsOf(ctx, 'review-meeting').length
 * ```
 */
export function eventsOf(ctx: CaseContext, type: EventType): readonly NormalEvent[] {
  checkContext(ctx);
  if (typeof type !== 'string') wrong('type', type, 'an event type (e.g. "review-meeting")');
  return inner.eventsOf(ctx, type);
}

/**
 * The first event of the types on or after `from` and before `before` (exclusive), matching.
 * @param ctx - The case context a case rule is given.
 * @param types - Event types.
 * @param from - The first day (a day number) to look at.
 * @param before - The day before which to stop (default: no end).
 * @param match - Only events for which this returns true.
 * @returns The event, or `undefined`.
 * @throws {@link SendTimescalesError} `INVALID_ARGUMENT` for an argument of the wrong kind.
 * @example
 * ```ts
 * // In a case rule: firstBetween(ctx, ['final-plan-issued'], request.day)?.day
 * ```
 */
export function firstBetween(
  ctx: CaseContext, types: readonly EventType[], from: number, before = Number.POSITIVE_INFINITY,
  match?: (e: NormalEvent) => boolean,
): NormalEvent | undefined {
  checkContext(ctx);
  checkTypes(types);
  checkDay(from, 'from', true);
  checkDay(before, 'before', true);
  if (match !== undefined && typeof match !== 'function') wrong('match', match, 'a function of an event, or left out');
  return inner.firstBetween(ctx, types, from, before, match);
}

/**
 * The last event of the types after `after` (exclusive) and on or before `until`.
 * @param ctx - The case context a case rule is given.
 * @param types - Event types.
 * @param after - The day after which to look (a day number).
 * @param until - The last day to look at.
 * @returns The event, or `undefined`.
 * @throws {@link SendTimescalesError} `INVALID_ARGUMENT` for an argument of the wrong kind.
 * @example
 * ```ts
 * // In a case rule: lastBetween(ctx, ['review-notice-sent'], previousMeeting.day, meeting.day)
 * ```
 */
export function lastBetween(ctx: CaseContext, types: readonly EventType[], after: number, until: number): NormalEvent | undefined {
  checkContext(ctx);
  checkTypes(types);
  checkDay(after, 'after', true);
  checkDay(until, 'until', true);
  return inner.lastBetween(ctx, types, after, until);
}

/**
 * An entry for a rule applied to trigger days, judged against the completing day: met / late when
 * done, due / overdue when not.
 * @param ctx - The case context a case rule is given.
 * @param ruleId - The rule id.
 * @param trigger - The trigger's days by name (`{ date }` for a one-date rule).
 * @param done - The day the duty was done, or `null`.
 * @param names - The trigger's field names, where they differ from the keys.
 * @returns The entry.
 * @throws {@link SendTimescalesError} `INVALID_ARGUMENT` for an argument of the wrong kind; the engine's errors (e.g. `UNKNOWN_RULE`, `NOT_IN_FORCE`).
 * @example
 * ```ts
 * // In a case rule: the reg 13(2) deadline of a request, completed by the first plan issued after it.
 * // const plan = firstBetween(ctx, ['final-plan-issued'], request.day);
 * // out.push(entry(ctx, 'final-plan', { date: request.day }, plan?.day ?? null));
 * ```
 */
export function entry(
  ctx: CaseContext, ruleId: string, trigger: Readonly<Record<string, number>>, done: number | null,
  names?: Readonly<Record<string, string>>,
): CoreEntry {
  checkContext(ctx);
  if (typeof ruleId !== 'string') wrong('ruleId', ruleId, `a rule id (e.g. "${twentyWeekMeasure.ruleId}")`);
  if (!isRecord(trigger) || Object.keys(trigger).length === 0) wrong('trigger', trigger, 'the trigger days by name (e.g. { date: request.day })');
  for (const [key, day] of Object.entries(trigger)) checkDay(day, `trigger.${key}`, false);
  if (done !== null) checkDay(done, 'done', false);
  if (names !== undefined && !isRecord(names)) wrong('names', names, 'the trigger field names by key, or left out');
  return inner.entry(ctx, ruleId, trigger, done, names);
}
