/**
 * `timeline(case, { asOf })`: every deadline a case's history gives rise to, with what was met,
 * what is late, what is due and what is overdue. The rule set is a parameter (default: the
 * statutory rules), so local standards join through the same path.
 */
import { SendTimescalesError, show } from '../errors.js';
import { dayToIso, isoToDay, type IsoDate } from '../day/iso.js';
import type { Citation, ExceptionCode, Force } from '../law/types.js';
import type { EventType } from '../schema/case.js';
import { caseErrorIssue, validateCase, type NormalCase, type NormalEvent } from '../schema/validate.js';
import { exactList } from '../schema/fast-validate.js';
import { EVENT_TYPE_LIST, calls, eventsAt, triggerMasks, typeIndex, typeIndexes, type CaseContext, type CoreEntry, type EntryStatus, type PooledContext } from './case-context.js';
import type { EntryPool } from './entry-pool.js';
import { statutoryCaseRules, type CaseRule } from './case-rules.js';
import { profileCaseRule } from './profile-case-rules.js';
import { deadline } from './deadline.js';
import { checkOptions, type DeadlineOptions } from './options.js';
import { optionIssues, timelineOptionsSchema } from '../schema/options.js';
import type { TraceStep } from './result.js';
import { exceptionRecords } from '../law/exceptions.js';
import { schoolClosureExceptionOnDay } from '../law/school-closure.js';
import { notInForceNote, statutoryReviewCycle } from '../law/case-rules.js';

/**
 * Options of `timeline` (and `audit`): the day the case is judged on, and the readings to use.
 * @example
 * const options: TimelineOptions = { asOf: '2026-11-01', reviewedOn: 'meeting', notice: 'strict' };
 */
export interface TimelineOptions extends Pick<DeadlineOptions, 'calendar' | 'notice' | 'fixedDate' | 'profile' | 'terms'> {
  /** The day the case is judged on: events after it are not counted; unmet deadlines after it are `due`. */
  readonly asOf: IsoDate;
  /**
   * Which event completes a review and restarts the 12-month cycle: `'meeting'` (default) or
   * `'decision'` (the authority's notice after the meeting). CFA s44 does not say which day a plan
   * is "reviewed". The default is the meeting: reg 20 builds the review around it, the decision
   * has its own limit (`review-decision`, 4 weeks after the meeting), and the meeting is the date
   * councils and the Department for Education record.
   */
  readonly reviewedOn?: 'meeting' | 'decision';
  /** The case rules to apply (default: every statutory rule). */
  readonly rules?: readonly CaseRule[];
}

/**
 * One deadline of a case: the rule, its trigger and due date, what happened, the status, the trace.
 * @example
 * const entry: TimelineEntry = {
 *   ruleId: 'final-plan', title: 'Finalised EHC plan sent (the 20-week limit)', trigger: '2025-01-06',
 *   due: '2025-05-26', done: '2025-05-27', status: 'late', daysLate: 1, trace: [], warnings: [],
 * };
 */
export interface TimelineEntry {
  readonly ruleId: string;
  readonly title: string;
  /** The trigger date, or the named trigger dates of a compound rule; null when not triggered. */
  readonly trigger: IsoDate | Readonly<Record<string, string>> | null;
  readonly due: IsoDate | null;
  /** The day the completing event happened. */
  readonly done?: IsoDate;
  readonly status: EntryStatus;
  /** Days after the due day the act was done (late) or the case is judged (overdue). */
  readonly daysLate?: number;
  /** The exception that lifted the limit, where one did. */
  readonly exception?: ExceptionCode;
  /** The body an advice request was made to, where the case names it. */
  readonly body?: string;
  readonly note?: string;
  readonly citation?: Citation;
  readonly force?: Force;
  /** For a local rule: its statutory counterpart in the same case and that deadline's due date. */
  readonly statutory?: { readonly ruleId: string; readonly due: IsoDate | null };
  readonly trace: readonly TraceStep[];
  readonly warnings: readonly string[];
}

/**
 * Every deadline of one case, in date order, as of a day; plain JSON-serialisable data.
 * @example
 * const t: Timeline = { caseId: 'C1', asOf: '2025-06-30', reviewedOn: 'meeting', entries: [], warnings: [] };
 */
export interface Timeline {
  readonly caseId: string;
  readonly asOf: IsoDate;
  readonly reviewedOn: 'meeting' | 'decision';
  readonly entries: readonly TimelineEntry[];
  /** About the case's history: events after `asOf`, duplicates, events impossible in time. */
  readonly warnings: readonly string[];
}

/**
 * Internal options, checked once for a whole caseload.
 * @internal
 */
export interface RunOptions {
  readonly asOf: number;
  readonly opts: ReturnType<typeof checkOptions>;
  readonly reviewedOn: 'meeting' | 'decision';
  readonly rules: readonly CaseRule[];
  /**
   * The rules are the library's own (no `rules` option), which keep nothing of a case once it is
   * judged: the audit may then reuse its buffers from case to case.
   */
  readonly ownRules: boolean;
  /** Per rule, the event types that trigger it, as `triggerMasks` gives them: a rule whose triggers a case lacks is not called. */
  readonly masks: Int32Array;
}

/** @internal */
export function checkRunOptions(options: TimelineOptions): RunOptions {
  // Checked once per call (a caseload's audit: once), every problem reported at once.
  const issues = optionIssues(options, timelineOptionsSchema);
  if (issues.length > 0) throw SendTimescalesError.fromIssues(issues);
  const { asOf, reviewedOn = 'meeting', calendar, notice, fixedDate, profile, terms } = options;
  const opts = checkOptions({
    ...(calendar ? { calendar } : {}), ...(notice ? { notice } : {}), ...(fixedDate ? { fixedDate } : {}),
    ...(profile !== undefined ? { profile } : {}), ...(terms !== undefined ? { terms } : {}),
  });
  const base = options.rules ?? statutoryCaseRules;
  // A profile's local rules come after the statutory ones, whose deadlines they sit beside.
  const rules = opts.profile ? [...base, profileCaseRule(opts.profile)] : base;
  return { asOf: isoToDay(asOf, 'asOf'), opts, reviewedOn, rules, ownRules: options.rules === undefined, masks: triggerMasks(rules) };
}

const ORDER_CHECKS: readonly [EventType, readonly EventType[]][] = [
  ['assessment-decision-notified', ['request-received']],
  ['final-plan-issued', ['request-received']],
  ['review-meeting', ['final-plan-issued']],
  ['draft-plan-served', ['request-received']],
  ['advice-received', ['advice-requested']],
  ['amended-plan-issued', ['amendment-notice-sent']],
  ['reassessment-plan-issued', ['reassessment-requested']],
  ['appeal-response-sent', ['appeal-received']],
];

/**
 * The events of a case by type index (see `typeIndex`). One list of lists for every case, holding
 * every type (an absent type holds the one empty list), so grouping a case allocates only its own
 * lists, each of its exact length: a caseload of 640,000 cases would otherwise allocate a map and
 * a dozen growing arrays per case. Safe because runCase is synchronous and nothing it returns
 * refers to these lists (a council's rule that reads `ctx.byType` is given a map of its own).
 */
const NO_EVENTS: readonly NormalEvent[] = [];
const TYPES = EVENT_TYPE_LIST;
const caseLists: (readonly NormalEvent[])[] = TYPES.map(() => NO_EVENTS);
/** Per type, the count of the case's events kept; the events kept, in order (overwritten case to case). */
const perType = new Int32Array(TYPES.length);
const kept: NormalEvent[] = [];
/** The type index of each event kept (looked up once per event, not once per pass). */
let keptType = new Int32Array(64);
/** The type indexes the previous case filled in `caseLists`, to reset them to the empty list. */
const filled = new Int32Array(TYPES.length);
let filledCount = 0;
/**
 * Lists per type and length (`exactList`), refilled case to case when the caller reuses buffers
 * (see `runCase`); an absent type holds `NO_EVENTS`.
 */
const reusedLists: NormalEvent[][][] = TYPES.map(() => []);

/** The order checks by type index, and the index of a transfer in, worked out once. */
const ORDER_CHECK_INDEXES: readonly { readonly type: EventType; readonly at: number; readonly earlier: readonly EventType[]; readonly earlierAt: readonly number[] }[] =
  ORDER_CHECKS.map(([type, earlier]) => ({ type, at: typeIndex(type), earlier, earlierAt: typeIndexes(earlier) }));
const PLAN_TRANSFERRED = typeIndex('plan-transferred');
const REVIEW_MEETING = typeIndex('review-meeting');
const EXCEPTION = typeIndex('exception');
const ADVICE_REQUESTED = typeIndex('advice-requested');

/** The map of a case's lists by type name, for a council's rule that reads `ctx.byType`: made only when it does. */
function mapOfLists(lists: readonly (readonly NormalEvent[])[]): ReadonlyMap<EventType, readonly NormalEvent[]> {
  return new Map(TYPES.map((t, i) => [t, lists[i]!]));
}

type CaseView = PooledContext & { record: NormalCase; asOf: number; opts: RunOptions['opts']; reviewedOn: RunOptions['reviewedOn']; pool: EntryPool | undefined; lists: readonly (readonly NormalEvent[])[]; map: ReadonlyMap<EventType, readonly NormalEvent[]> | undefined };

/**
 * A case's context, its map by type name made when first read. A plain object whose `byType` is its
 * own property, so that a council's rule may copy it (`{ ...ctx }`) and still read the events.
 */
function newView(record: NormalCase, run: RunOptions, pool: EntryPool | undefined, lists: readonly (readonly NormalEvent[])[]): CaseView {
  return {
    record, asOf: run.asOf, opts: run.opts, reviewedOn: run.reviewedOn, pool, lists, map: undefined,
    get byType() {
      return (this.map ??= mapOfLists(this.lists));
    },
  };
}

/**
 * The context of an audit's case when its buffers are reused (the library's own rules only, which
 * keep nothing): one object, its fields set for each case. An object with a getter made per case
 * cost more than the rest of the context's work.
 */
let reused: CaseView | undefined;
function reusedView(record: NormalCase, run: RunOptions, pool: EntryPool | undefined, lists: readonly (readonly NormalEvent[])[]): CaseView {
  if (reused === undefined) return (reused = newView(record, run, pool, lists));
  reused.record = record;
  reused.asOf = run.asOf;
  reused.opts = run.opts;
  reused.reviewedOn = run.reviewedOn;
  reused.pool = pool;
  reused.lists = lists;
  reused.map = undefined;
  return reused;
}

/**
 * The deadlines of one valid case, in day numbers, with warnings about its history. With a `pool`
 * (the audit, with the library's own rules), the entries are the pool's and the lists of events by
 * type are refilled from case to case rather than made anew: nothing of them may be kept after the
 * case is counted.
 * @internal
 */
export function runCase(c: NormalCase, run: RunOptions, pool?: EntryPool): { entries: CoreEntry[]; warnings: string[] } {
  const reuse = pool !== undefined;
  pool?.reset();
  const warnings: string[] = [];
  const lists = caseLists;
  // Only the types the previous case filled are reset (a fill of every type is a call per case).
  for (let i = 0; i < filledCount; i++) {
    lists[filled[i]!] = NO_EVENTS;
    perType[filled[i]!] = 0;
  }
  filledCount = 0;
  let keptCount = 0;
  let later = 0;
  let dayStart = 0; // index in c.events of the first event of the current day
  const events = c.events;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.day > run.asOf) {
      later++;
      continue;
    }
    if (i > 0 && events[i - 1]!.day !== e.day) dayStart = i;
    // A repeat is the same type, day and details as an earlier event of that day, wherever it was listed.
    let repeated: NormalEvent | undefined;
    for (let k = dayStart; k < i; k++) {
      const p = events[k]!;
      if (p.type === e.type && sameDetails(p, e)) {
        repeated = p;
        break;
      }
    }
    if (repeated) {
      warnings.push(`Event ${e.index + 1} (${e.type} on ${dayToIso(e.day)}) repeats event ${repeated.index + 1}; it is counted once.`);
      continue;
    }
    const t = typeIndex(e.type);
    if (perType[t] === 0) filled[filledCount++] = t;
    perType[t]!++;
    if (keptCount === keptType.length) {
      const grown = new Int32Array(keptType.length * 2);
      grown.set(keptType);
      keptType = grown;
    }
    keptType[keptCount] = t;
    kept[keptCount++] = e;
  }
  // Each type present gets a list of exactly its count (reused in an audit, new otherwise); the
  // case's types are also set as two 32-bit words (see triggerMasks).
  let typesLo = 0;
  let typesHi = 0;
  for (let i = 0; i < filledCount; i++) {
    const t = filled[i]!;
    if (t < 32) typesLo |= 1 << t;
    else typesHi |= 1 << (t - 32);
    // A list per type and length, each of exactly its length: setting an array's length is a call into the runtime.
    lists[t] = reuse ? exactList(reusedLists[t]!, perType[t]!) : [];
    perType[t] = 0; // from here, the next free place in the type's list
  }
  // The events into their type's list, in the order kept (date order): each list in date order.
  for (let k = 0; k < keptCount; k++) {
    const t = keptType[k]!;
    const list = lists[t] as NormalEvent[];
    if (reuse) list[perType[t]!++] = kept[k]!;
    else {
      list.push(kept[k]!);
      perType[t]!++;
    }
  }
  if (later) warnings.push(`${later} event(s) dated after the as-of date ${dayToIso(run.asOf)} were not counted.`);
  const transferredIn = lists[PLAN_TRANSFERRED]!.length > 0;
  // Indexed loops, not destructuring for-of: per case, the iterators would be garbage at England scale.
  for (let k = 0; k < ORDER_CHECK_INDEXES.length; k++) {
    const check = ORDER_CHECK_INDEXES[k]!;
    const first = lists[check.at]![0];
    if (!first) continue;
    // A plan transferred in was made elsewhere: reviews before it here are its history, not an error.
    if (check.at === REVIEW_MEETING && transferredIn) continue;
    // Impossible in time: every earlier step that is recorded comes after this one.
    let recorded = false;
    let before = false;
    for (let j = 0; j < check.earlierAt.length; j++) {
      const e = lists[check.earlierAt[j]!]![0];
      if (!e) continue;
      recorded = true;
      if (e.day <= first.day) before = true;
    }
    if (recorded && !before) {
      warnings.push(`${check.type} on ${dayToIso(first.day)} comes before any ${check.earlier.join(' or ')}: check the dates (events are taken in date order, not as listed).`);
    }
  }
  const ctx = reuse ? reusedView(c, run, pool, lists) : newView(c, run, undefined, lists.slice());
  // In an audit the pool's list, emptied: its entries are the pool's, and the case is counted before the next.
  const entries: CoreEntry[] = pool === undefined ? [] : pool.list();
  const masks = run.masks;
  for (let r = 0; r < run.rules.length; r++) {
    const rule = run.rules[r]!;
    if (!calls(masks, r, typesLo, typesHi)) continue;
    try {
      rule.collect(ctx, entries);
    } catch (e) {
      if (!(e instanceof SendTimescalesError) || e.code !== 'NOT_IN_FORCE') throw e;
      warnings.push(`${rule.ruleIds.join(', ')}: ${e.message} (${notInForceNote}).`);
    }
  }
  applyExceptions(ctx, entries, schoolClosures(ctx, warnings));
  return { entries, warnings };
}

function sameDetails(a: NormalEvent, b: NormalEvent): boolean {
  return a.aware === b.aware && a.until === b.until && a.decision === b.decision && a.body === b.body && a.order === b.order && a.code === b.code;
}

/**
 * Exceptions lift the limits they apply to (coronavirus relaxes). A limit met on time stays `met`,
 * but keeps the exception code, so that a measure "excluding exceptions" can leave it out.
 */
function applyExceptions(ctx: CaseContext, entries: CoreEntry[], detected: readonly NormalEvent[]): void {
  const recorded = eventsAt(ctx, EXCEPTION);
  const exceptions = detected.length ? [...recorded, ...detected] : recorded;
  if (!exceptions.length) return;
  for (const entry of entries) {
    if (!entry.rule || entry.due === null || entry.status === 'not-applicable' || entry.status === 'not-triggered') continue;
    let start = entry.due;
    let end = entry.due;
    for (const k in entry.trigger) {
      const d = entry.trigger[k]!;
      if (d < start) start = d;
      if (d > end) end = d;
    }
    for (const ex of exceptions) {
      const from = ex.day;
      const to = ex.until ?? ex.day;
      if (to < start || from > end) continue;
      // An exception naming a body (the missed appointment was with the educational psychologist) reaches only that body's deadline.
      if (ex.body !== undefined && entry.body !== undefined && ex.body !== entry.body) continue;
      // SI 2020/471 relaxed a limit only where its own period overlapped 1 May – 25 September 2020.
      const relaxes = ex.code === 'coronavirus' && entry.rule.modifiedBy.some((m) => {
        const mFrom = isoToDay(m.from);
        const mTo = isoToDay(m.to);
        return from <= mTo && to >= mFrom && start <= mTo && end >= mFrom;
      });
      if (!relaxes && !entry.rule.exceptions.includes(ex.code!)) continue;
      entry.exception = ex.code!;
      if (entry.status !== 'met') {
        entry.status = relaxes ? 'relaxed' : 'lifted';
        entry.daysLate = undefined;
      }
      break;
    }
  }
}

/**
 * With the school's term calendar (option `terms`), a request for advice from the head teacher or
 * principal (an `advice-requested` event with `body: 'school'`) made from one week before a closure
 * of at least 4 weeks to one week before the school re-opens is the `school-closure` exception of
 * regs 5(4)(a), 10(4)(a), 13(3) and 27(3)(a), found without being recorded.
 */
function schoolClosures(ctx: CaseContext, warnings: string[]): readonly NormalEvent[] {
  const terms = ctx.opts.terms;
  if (!terms) return NO_EVENTS;
  const found: NormalEvent[] = [];
  for (const e of eventsAt(ctx, ADVICE_REQUESTED)) {
    if (e.body !== 'school') continue;
    try {
      const hit = schoolClosureExceptionOnDay(terms, e.day);
      if (hit) {
        found.push({ ...e, type: 'exception', code: 'school-closure', until: undefined });
        warnings.push(`Advice was requested from the school on ${dayToIso(e.day)}, within one week of its closure from ${hit.closure.start} to ${hit.closure.end} (${terms.name}): the school-closure exception lifts the limits it applies to.`);
      }
    } catch (err) {
      if (!(err instanceof SendTimescalesError)) throw err;
      warnings.push(`The school-closure exception could not be checked for the advice requested on ${dayToIso(e.day)}: ${err.message}`);
    }
  }
  return found;
}

/** The rules a review completes, as the law's review cycle names them: their trace says how a review is dated. */
const reviewedRules: ReadonlySet<string> = new Set(Object.values(statutoryReviewCycle.rules));

function triggerIso(e: CoreEntry): IsoDate | Record<string, string> | null {
  const keys = Object.keys(e.trigger);
  if (keys.length === 0) return null;
  if (keys.length === 1 && keys[0] === 'date') return dayToIso(e.trigger.date!);
  const out: Record<string, string> = {};
  for (const k of keys) out[k] = dayToIso(e.trigger[k]!);
  return out;
}

/**
 * Every deadline of a case, in date order, with its status as of `asOf`.
 * @example
 * timeline({ id: 'C1', events: [
 *   { type: 'request-received', date: '2025-01-06' },
 *   { type: 'final-plan-issued', date: '2025-05-27' },
 * ] }, { asOf: '2025-06-30' }).entries.find((e) => e.ruleId === 'final-plan')
 * // { ruleId: 'final-plan', due: '2025-05-26', done: '2025-05-27', status: 'late', daysLate: 1, … }
 */
export function timeline(caseRecord: unknown, options: TimelineOptions): Timeline {
  const run = checkRunOptions(options);
  const validated = validateCase(caseRecord);
  if (!validated.ok) {
    throw SendTimescalesError.fromIssues(validated.errors.map(caseErrorIssue));
  }
  const { entries, warnings } = runCase(validated.value, run);
  const calendarOption = options.calendar ? { calendar: options.calendar } : {};
  const out = entries.map((e): TimelineEntry => {
    const trigger = triggerIso(e);
    const explained = e.rule && trigger !== null && e.due !== null
      ? deadline(e.ruleId, trigger, {
        ...calendarOption, notice: run.opts.notice, fixedDate: run.opts.fixedDate,
        ...(run.opts.profile ? { profile: run.opts.profile } : {}), ...(run.opts.terms ? { terms: run.opts.terms } : {}),
      })
      : undefined;
    const steps: TraceStep[] = explained ? [...explained.trace] : [];
    if (e.basis) steps.unshift({ step: 'Counted from', detail: e.basis });
    if (e.done !== null) {
      steps.push({ step: 'Done', date: dayToIso(e.done), detail: `The completing event is dated ${dayToIso(e.done)}: ${e.status}${e.daysLate ? `, ${e.daysLate} day(s) late` : ''}.` });
    } else if (e.due !== null && (e.status === 'due' || e.status === 'overdue')) {
      steps.push({ step: 'Not done', date: dayToIso(run.asOf), detail: `No completing event is recorded by the as-of date ${dayToIso(run.asOf)}: ${e.status}.` });
    }
    if (e.exception && (e.status === 'lifted' || e.status === 'relaxed')) {
      const record = exceptionRecords[e.exception];
      steps.push({
        step: e.status === 'lifted' ? 'Lifted by exception' : 'Relaxed',
        detail: `${record.code} (${record.citation.provision}): "${record.wording}". ${e.status === 'lifted' ? 'The exception lifts the time limit; it does not set a later date.' : 'The limit was read as "as soon as reasonably practicable".'}`,
      });
    }
    if (reviewedRules.has(e.ruleId)) {
      steps.push({ step: 'Reviewed on', detail: `A review is taken as done on the day of the ${run.reviewedOn === 'meeting' ? 'review meeting (option reviewedOn: "meeting", the default)' : 'authority\'s decision notice (option reviewedOn: "decision")'}.` });
    }
    return {
      ruleId: e.ruleId,
      title: e.rule?.title ?? e.ruleId,
      trigger,
      due: e.due === null ? null : dayToIso(e.due),
      ...(e.done !== null ? { done: dayToIso(e.done) } : {}),
      status: e.status,
      ...(e.daysLate !== undefined ? { daysLate: e.daysLate } : {}),
      ...(e.exception ? { exception: e.exception } : {}),
      ...(e.body !== undefined ? { body: e.body } : {}),
      ...(e.note ? { note: e.note } : {}),
      ...(e.rule ? { citation: e.rule.citation, force: e.rule.force } : {}),
      ...(e.statutory ? { statutory: { ruleId: e.statutory.ruleId, due: e.statutory.due === null ? null : dayToIso(e.statutory.due) } } : {}),
      trace: steps,
      warnings: explained ? explained.warnings : [],
    };
  });
  out.sort((a, b) => (a.due ?? '9999') < (b.due ?? '9999') ? -1 : (a.due ?? '9999') > (b.due ?? '9999') ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
  return { caseId: validated.value.id, asOf: dayToIso(run.asOf), reviewedOn: run.reviewedOn, entries: out, warnings };
}
