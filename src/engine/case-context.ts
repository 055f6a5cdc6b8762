/**
 * What a case rule sees of a case: its events by type, the day it is judged on, the options, and
 * the helpers that pair a trigger with the event that completes it.
 */
import { dayToIso } from '../day/iso.js';
import { EVENT_TYPES, type EventType } from '../schema/case.js';
import type { NormalCase, NormalEvent } from '../schema/validate.js';
import type { ExceptionCode, Rule } from '../law/types.js';
import { ruleInForce, ruleOnDay, versionsOf, type Version } from '../law/index.js';
import { dueDay } from './deadline.js';
import type { CheckedOptions } from './options.js';

/**
 * The status of a deadline in a timeline: `met` / `late` (done, on time or not), `due` / `overdue`
 * (not done; the due day is on or after / before the day judged on), `not-triggered`,
 * `not-applicable`, `lifted` (an exception applied) or `relaxed` (the 2020 coronavirus regulations).
 * @example
 * const status: EntryStatus = 'overdue';
 */
export type EntryStatus = 'met' | 'late' | 'due' | 'overdue' | 'not-triggered' | 'not-applicable' | 'lifted' | 'relaxed';

/**
 * One deadline of a case, in day numbers (the engine's form; `timeline` turns it into ISO). A
 * case rule (see `CaseRule`) produces these.
 * @example
 * // entry(ctx, 'final-plan', { date: requestDay }, planDay) builds one:
 * // { ruleId: 'final-plan', due: 20234, done: 20235, status: 'late', daysLate: 1, … }
 */
export interface CoreEntry {
  readonly ruleId: string;
  /** The version applied (null when the trigger is unknown). */
  readonly rule: Rule | null;
  /** Trigger days by field (`date` for a single-date rule). */
  readonly trigger: Readonly<Record<string, number>>;
  readonly names: Readonly<Record<string, string>> | undefined;
  readonly due: number | null;
  done: number | null;
  status: EntryStatus;
  daysLate: number | undefined;
  exception: ExceptionCode | undefined;
  /** Why the status is what it is, where the status alone does not say. */
  note: string | undefined;
  /** The body the trigger event names (advice requests): an exception naming a body reaches only its deadlines. */
  body?: string | undefined;
  /** For a local rule: its statutory counterpart in the same case, and that deadline's due day. */
  statutory?: { readonly ruleId: string; readonly due: number | null } | undefined;
  /**
   * Where the trigger stands in for a date the case does not record (a review counted from
   * because the plan's issue date is not in the case): said in the timeline's trace.
   */
  basis?: string | undefined;
}

/** An entry with no date (a rule not triggered, or not applicable): every field present, so all entries share one shape. */
export function undated(ruleId: string, rule: Rule | null, trigger: Readonly<Record<string, number>>, status: EntryStatus, note: string, done: number | null = null): CoreEntry {
  return { ruleId, rule, trigger, names: undefined, due: null, done, status, daysLate: undefined, exception: undefined, note };
}

/**
 * What a case rule sees of a case: the record, the day judged on, the checked options, the events by type.
 * @example
 * // A local rule reads the events it needs:
 * // collect(ctx, out) { for (const e of eventsOf(ctx, 'review-meeting')) out.push(entry(ctx, 'my-rule', { date: e.day }, null)); }
 */
export interface CaseContext {
  readonly record: NormalCase;
  readonly asOf: number;
  readonly opts: CheckedOptions;
  readonly reviewedOn: 'meeting' | 'decision';
  /** Events on or before `asOf`, by type, in date order. */
  readonly byType: ReadonlyMap<EventType, readonly NormalEvent[]>;
}

/**
 * A case rule: how a case's events trigger and complete deadlines. `timeline` and `audit` take a
 * list of these (`rules`), so a council can add its own next to `statutoryCaseRules`.
 * @example
 * const myRules: readonly CaseRule[] = [...statutoryCaseRules, onEvent({
 *   ruleId: 'review-decision', on: ['review-meeting'], done: ['review-decision-notified'],
 *   description: 'Each review meeting: the decision within 4 weeks (reg 20(10)).',
 * })];
 */
export interface CaseRule {
  /** The rule ids this case rule can produce (for docs and audits). */
  readonly ruleIds: readonly string[];
  /** What the rule tracks, in a sentence (for docs). */
  readonly description: string;
  /** Appends the rule's deadlines for the case to `out`. */
  readonly collect: (ctx: CaseContext, out: CoreEntry[]) => void;
}

const NONE: readonly NormalEvent[] = [];

/**
 * The event types in the schema's order: a type's position here is its index in a case's lists
 * (`PooledContext.lists`). The engine's rules turn the types they read into indexes once, when
 * they are made, so that a case's events of a type are found by position, not by a map lookup of
 * the type's name (tens of lookups a case, across a caseload of hundreds of thousands).
 * @internal
 */
export const EVENT_TYPE_LIST = Object.keys(EVENT_TYPES) as readonly EventType[];
const TYPE_INDEX: ReadonlyMap<string, number> = new Map(EVENT_TYPE_LIST.map((t, i) => [t, i]));

/**
 * The index of an event type in a case's lists. Rules call this when they are made, never per case.
 * @internal
 */
export function typeIndex(type: EventType): number {
  const i = TYPE_INDEX.get(type);
  if (i === undefined) throw new TypeError(`Unknown event type ${JSON.stringify(type)}.`);
  return i;
}

/** The indexes of event types, in their order. @internal */
export function typeIndexes(types: readonly EventType[]): readonly number[] {
  return types.map(typeIndex);
}

/**
 * The event types without which a case rule gives nothing (its triggers), by index: the engine
 * skips the rule for a case that has none of them, rather than calling it to find that out. Only
 * the library's rules declare theirs (a rule not here is always called).
 */
const triggersOf = new WeakMap<CaseRule, readonly number[]>();

/**
 * Declares that `rule` gives no entry for a case with no event of these types (by index). The
 * declaration must be exact: a rule that could give an entry without them must not declare it.
 * @internal
 */
export function declareTriggers<R extends CaseRule>(rule: R, types: readonly number[]): R {
  triggersOf.set(rule, types);
  return rule;
}

/**
 * For each rule, three 32-bit words: the type indexes that trigger it (bit i of word i >> 5, for
 * types 0 to 63), then 1 for a rule to call on every case (one that declared no triggers). A case's
 * types, in the same two words, meet a rule's when the words share a bit.
 * @internal
 */
export function triggerMasks(rules: readonly CaseRule[]): Int32Array {
  if (EVENT_TYPE_LIST.length > 64) throw new Error('The trigger masks hold 64 event types.');
  const masks = new Int32Array(rules.length * 3);
  rules.forEach((rule, r) => {
    const types = triggersOf.get(rule);
    if (types === undefined) masks[3 * r + 2] = 1;
    else for (const t of types) masks[3 * r + (t >> 5)]! |= 1 << (t & 31);
  });
  return masks;
}

/**
 * Whether rule `r` is called for a case whose types are `lo` and `hi` (see {@link triggerMasks}).
 * @internal
 */
export function calls(masks: Int32Array, r: number, lo: number, hi: number): boolean {
  return masks[3 * r + 2] === 1 || (masks[3 * r]! & lo) !== 0 || (masks[3 * r + 1]! & hi) !== 0;
}

/**
 * The case's events of a type on or before `asOf`, in date order (empty when none).
 * @example
 * // eventsOf(ctx, 'review-meeting').length
 */
export function eventsOf(ctx: CaseContext, type: EventType): readonly NormalEvent[] {
  const lists = (ctx as PooledContext).lists;
  if (lists !== undefined) {
    const i = TYPE_INDEX.get(type);
    return i === undefined ? NONE : lists[i]!;
  }
  return ctx.byType.get(type) ?? NONE;
}

/**
 * The case's events of the type at index `i` (see {@link typeIndex}): what {@link eventsOf} gives
 * for that type, found by position.
 * @internal
 */
export function eventsAt(ctx: CaseContext, i: number): readonly NormalEvent[] {
  const lists = (ctx as PooledContext).lists;
  return lists !== undefined ? lists[i]! : ctx.byType.get(EVENT_TYPE_LIST[i]!) ?? NONE;
}

/**
 * The first event of the types on or after `from` and before `before` (exclusive), matching.
 * @example
 * // firstBetween(ctx, ['final-plan-issued'], requestDay)?.day
 */
export function firstBetween(
  ctx: CaseContext, types: readonly EventType[], from: number, before = Number.POSITIVE_INFINITY,
  match?: (e: NormalEvent) => boolean,
): NormalEvent | undefined {
  let best: NormalEvent | undefined;
  for (let t = 0; t < types.length; t++) best = firstInList(eventsOf(ctx, types[t]!), best, from, before, match);
  return best;
}

/**
 * {@link firstBetween} of the types at these indexes (see {@link typeIndexes}).
 * @internal
 */
export function firstBetweenAt(
  ctx: CaseContext, types: readonly number[], from: number, before = Number.POSITIVE_INFINITY,
  match?: (e: NormalEvent) => boolean,
): NormalEvent | undefined {
  let best: NormalEvent | undefined;
  for (let t = 0; t < types.length; t++) best = firstInList(eventsAt(ctx, types[t]!), best, from, before, match);
  return best;
}

/** The earlier of `best` and the first event of `list` (in date order) in [from, before) that matches. */
function firstInList(
  list: readonly NormalEvent[], best: NormalEvent | undefined, from: number, before: number, match: ((e: NormalEvent) => boolean) | undefined,
): NormalEvent | undefined {
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (e.day < from) continue;
    if (e.day >= before) break;
    if (match && !match(e)) continue;
    return !best || e.day < best.day ? e : best;
  }
  return best;
}

/**
 * The last event of the types after `after` (exclusive) and on or before `until`.
 * @example
 * // lastBetween(ctx, ['review-notice-sent'], previousMeetingDay, meetingDay)
 */
export function lastBetween(ctx: CaseContext, types: readonly EventType[], after: number, until: number): NormalEvent | undefined {
  let best: NormalEvent | undefined;
  for (let t = 0; t < types.length; t++) best = lastInList(eventsOf(ctx, types[t]!), best, after, until);
  return best;
}

/**
 * {@link lastBetween} of the types at these indexes (see {@link typeIndexes}).
 * @internal
 */
export function lastBetweenAt(ctx: CaseContext, types: readonly number[], after: number, until: number): NormalEvent | undefined {
  let best: NormalEvent | undefined;
  for (let t = 0; t < types.length; t++) best = lastInList(eventsAt(ctx, types[t]!), best, after, until);
  return best;
}

/** The later of `best` and the last event of `list` (in date order) in (after, until]. */
function lastInList(list: readonly NormalEvent[], best: NormalEvent | undefined, after: number, until: number): NormalEvent | undefined {
  for (let i = list.length - 1; i >= 0; i--) {
    const e = list[i]!;
    if (e.day > until) continue;
    if (e.day <= after) break;
    return !best || e.day > best.day ? e : best;
  }
  return best;
}

/**
 * An entry for a rule applied to trigger days, judged against the completing day: met / late when
 * done, due / overdue when not. Throws the engine's typed errors (e.g. NOT_IN_FORCE).
 * @example
 * // In a case rule: the reg 13(2) deadline of a request, completed by the first plan issued after it.
 * // const plan = firstBetween(ctx, ['final-plan-issued'], request.day);
 * // out.push(entry(ctx, 'final-plan', { date: request.day }, plan?.day ?? null));
 */
export function entry(
  ctx: CaseContext, ruleId: string, trigger: Readonly<Record<string, number>>, done: number | null,
  names?: Readonly<Record<string, string>>,
): CoreEntry {
  return entryWith(ctx, ruleId, ruleOnDay(ruleId, latestDay(trigger)), trigger, done, names);
}

/**
 * A rule id whose versions are looked up once, the first time a case needs them, rather than for
 * every entry: an audit of England's caseload makes eight million entries from a few dozen rules.
 * @internal
 */
export class RuleRef {
  private list: readonly Version[] | undefined;
  constructor(readonly id: string) {}

  /** The version in force on `day` (as `ruleOnDay`; throws NOT_IN_FORCE likewise). */
  onDay(day: number): Rule {
    const list = (this.list ??= versionsOf(this.id));
    if (list.length === 1) {
      const only = list[0]!;
      if (day >= only.from && day <= only.to) return only.rule;
    }
    return ruleInForce(this.id, list, day);
  }
}

/** {@link entry} of a rule referred to by a {@link RuleRef}. @internal */
export function entryOf(
  ctx: CaseContext, ref: RuleRef, trigger: Readonly<Record<string, number>>, done: number | null,
  names?: Readonly<Record<string, string>>,
): CoreEntry {
  return entryWith(ctx, ref.id, ref.onDay(latestDay(trigger)), trigger, done, names);
}

/** {@link entryOnDay} of a rule referred to by a {@link RuleRef}. @internal */
export function entryOnDayOf(ctx: CaseContext, ref: RuleRef, day: number, done: number | null): CoreEntry {
  return dayEntry(ctx, ref.id, ref.onDay(day), day, done);
}

/**
 * The entry of a rule version triggered by one day. In an audit the trigger is the pool's, not a
 * new object, and the due day of a rule version and day is worked out once for the caseload.
 */
function dayEntry(ctx: CaseContext, ruleId: string, rule: Rule, day: number, done: number | null): CoreEntry {
  const pool = (ctx as PooledContext).pool;
  if (pool === undefined) return entryWith(ctx, ruleId, rule, { date: day }, done, undefined);
  const e = pool.take(ruleId, rule, pool.nextDay(day), undefined, pool.dueOnDay(rule, day), done);
  judge(e, rule, e.due, done, ctx.asOf);
  return e;
}

function entryWith(
  ctx: CaseContext, ruleId: string, rule: Rule, trigger: Readonly<Record<string, number>>, done: number | null,
  names: Readonly<Record<string, string>> | undefined,
): CoreEntry {
  const due = dueDay(rule, trigger, ctx.opts, names);
  const pool = (ctx as PooledContext).pool;
  const e: CoreEntry = pool === undefined
    ? { ruleId, rule, trigger, names, due, done, status: 'due', daysLate: undefined, exception: undefined, note: undefined }
    : pool.take(ruleId, rule, trigger, names, due, done);
  judge(e, rule, due, done, ctx.asOf);
  return e;
}

/** The status of a new entry: not applicable without a due day, else met, late, due or overdue. */
function judge(e: CoreEntry, rule: Rule, due: number | null, done: number | null, asOf: number): void {
  if (due === null) {
    e.status = 'not-applicable';
    e.note = rule.period.kind === 'none' ? rule.period.reason : 'no period';
  } else judgeEntry(e, due, done, asOf);
}

/**
 * `entry(ctx, ruleId, { date: day }, done)`, for the library's rules: in an audit the trigger is
 * the pool's, not a new object, and the due day is the audit's (see `dayEntry`).
 * @internal
 */
export function entryOnDay(ctx: CaseContext, ruleId: string, day: number, done: number | null): CoreEntry {
  return dayEntry(ctx, ruleId, ruleOnDay(ruleId, day), day, done);
}

/**
 * The context the engine builds for a case: its events by type index as well as by name (the
 * engine's rules read `lists`; `byType`, for councils' own rules, is made from them when first
 * read), and in an audit the pool its entries are taken from (see `EntryPool`).
 * @internal
 */
export interface PooledContext extends CaseContext {
  readonly pool: EntrySource | undefined;
  /** The case's events by type index (see {@link typeIndex}); every type has a list, empty when none. */
  readonly lists: readonly (readonly NormalEvent[])[] | undefined;
}

/**
 * What `entry` takes of an audit's pool (`EntryPool`, src/engine/entry-pool.ts): an entry with
 * every field set, and the one-day trigger of the entry taken next.
 * @internal
 */
export interface EntrySource {
  take(ruleId: string, rule: Rule, trigger: Readonly<Record<string, number>>, names: Readonly<Record<string, string>> | undefined, due: number | null, done: number | null): CoreEntry;
  nextDay(day: number): Readonly<Record<string, number>>;
  /** `dueDay(rule, { date: day }, opts)` with the audit's options, worked out once per rule version and day. */
  dueOnDay(rule: Rule, day: number): number | null;
}

/** The latest day of a trigger (it selects the rule version in force); `{ date }` needs no key loop. */
export function latestDay(trigger: Readonly<Record<string, number>>): number {
  let latest = trigger.date;
  if (latest === undefined) {
    latest = Number.NEGATIVE_INFINITY;
    for (const k in trigger) if (trigger[k]! > latest) latest = trigger[k]!;
  }
  return latest;
}

/** Sets met / late (done) or due / overdue (not done, judged on `asOf`) with the days late. */
export function judgeEntry(e: CoreEntry, due: number, done: number | null, asOf: number): void {
  if (done !== null) {
    if (done <= due) e.status = 'met';
    else {
      e.status = 'late';
      e.daysLate = done - due;
    }
  } else if (asOf > due) {
    e.status = 'overdue';
    e.daysLate = asOf - due;
  }
}

/** A deadline still open when the plan ceased no longer applies: there is no plan to review or amend. */
export function endedBy(e: CoreEntry, ceased: number): CoreEntry {
  if (e.due !== null && e.done === null && ceased <= e.due && (e.status === 'due' || e.status === 'overdue')) {
    e.status = 'not-applicable';
    e.daysLate = undefined;
    e.note = `The plan ceased on ${dayToIso(ceased)}, before this was due.`;
  }
  return e;
}

/**
 * A note of the law's data with its `{name}` placeholders filled in (dates as ISO strings).
 * @example
 * // fillNote('notified {date}', { date: '2025-02-03' }) // 'notified 2025-02-03'
 */
export function fillNote(template: string, values: Readonly<Record<string, string>>): string {
  let parts = templates.get(template);
  if (parts === undefined) {
    // Split once: text, name, text, name, …, text. (The law's notes are a few dozen templates.)
    parts = template.split(PLACEHOLDER);
    if (templates.size < 1_000) templates.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += (Object.hasOwn(values, name) ? values[name] : undefined) ?? `{${name}}`;
    out += parts[i + 1]!;
  }
  return out;
}

/** A placeholder of a note, `{name}`; split by it, a template gives its text and names in turn. */
const PLACEHOLDER = /\{(\w+)\}/;
/** Templates split by `PLACEHOLDER`, each the first time it is filled: a regular expression per note was an audit's cost. */
const templates = new Map<string, readonly string[]>();
