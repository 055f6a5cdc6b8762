/**
 * The hot path of validation: checks a case record against the rules of `caseSchema` by hand and
 * builds the engine's form in one pass, with no intermediate copy. A whole caseload goes through
 * here; only a record it refuses goes through zod, for the messages. A property test keeps the
 * two in agreement (test/schema/agreement.test.ts).
 */
import { isoToDayOrNaN } from '../day/iso.js';
import type { ExceptionCode } from '../law/types.js';
import type { TransferStage } from '../law/age/transfer-stages.js';
import { caseSchema, EVENT_TYPES, eventSchema, type EventType } from './case.js';
import { DECISIONS, EXCEPTION_CODES, TRANSFER_STAGE_NAMES, TRIBUNAL_ORDER_ID, YEAR12_DESTINATIONS } from './vocabulary.js';
import type { NormalCase, NormalEvent } from './normal-case.js';

// The same vocabularies and field names as the zod schemas, as sets for one lookup per value.
const DECISION_SET: ReadonlySet<string> = new Set(DECISIONS);
const CODE_SET: ReadonlySet<string> = new Set(EXCEPTION_CODES);
const STAGE_SET: ReadonlySet<string> = new Set(TRANSFER_STAGE_NAMES);
const DESTINATION_SET: ReadonlySet<string> = new Set(YEAR12_DESTINATIONS);
const CASE_KEYS: ReadonlySet<string> = new Set(Object.keys(caseSchema.shape));
/** A set rather than `Object.hasOwn(EVENT_TYPES, …)`: a lookup by a key that varies goes to the runtime each time. */
const TYPE_SET: ReadonlySet<string> = new Set(Object.keys(EVENT_TYPES));

/** True when every key is one the schema knows. */
function knownKeys(raw: Record<string, unknown>, known: ReadonlySet<string>): boolean {
  for (const k in raw) if (!known.has(k)) return false;
  return true;
}

/** The day number of a real ISO date, or NaN. */
const day = isoToDayOrNaN;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Objects a caller reuses from record to record (see {@link fastValidate}): the events and the
 * list of one case. @internal
 */
export interface CaseBuffer {
  readonly events: Writable<NormalEvent>[];
  /**
   * Lists by length up to 64, each of exactly its length (setting an array's length is a call into
   * the runtime, for every case); a longer case uses the last list, its length set.
   */
  readonly lists: NormalEvent[][];
}

/** An empty {@link CaseBuffer}. @internal */
export function caseBuffer(): CaseBuffer {
  return { events: [], lists: [] };
}

/**
 * One event checked against `eventSchema` by hand, in the engine's form, or null. With `reuse`,
 * that object is overwritten (every field) instead of a new one made. @internal
 */
export function fastEvent(raw: unknown, index: number, reuse?: Writable<NormalEvent>): NormalEvent | null {
  if (!isObject(raw)) return null;
  // One pass over the keys the event has (most have two or three of the nine the schema knows):
  // each value is read once, by the key the loop is on, and an unknown key refuses the event.
  let type: unknown;
  let date = Number.NaN;
  let aware: number | undefined;
  let until: number | undefined;
  let decision: string | undefined;
  let body: string | undefined;
  let order: string | undefined;
  let code: ExceptionCode | undefined;
  for (const k in raw) {
    const v = raw[k];
    switch (k) {
      case 'type':
        type = v;
        break;
      case 'date':
        date = day(v);
        break;
      case 'aware':
        if (v !== undefined) {
          aware = day(v);
          if (aware !== aware) return null;
        }
        break;
      case 'until':
        if (v !== undefined) {
          until = day(v);
          if (until !== until) return null;
        }
        break;
      case 'decision':
        if (v !== undefined) {
          if (typeof v !== 'string' || !DECISION_SET.has(v)) return null;
          decision = v;
        }
        break;
      case 'body':
        if (v !== undefined) {
          if (typeof v !== 'string' || v.length === 0) return null;
          body = v;
        }
        break;
      case 'order':
        if (v !== undefined) {
          if (typeof v !== 'string' || !TRIBUNAL_ORDER_ID.test(v)) return null;
          order = v;
        }
        break;
      case 'code':
        if (v !== undefined) {
          if (typeof v !== 'string' || !CODE_SET.has(v)) return null;
          code = v as ExceptionCode;
        }
        break;
      case 'note':
        if (v !== undefined && typeof v !== 'string') return null;
        break;
      default:
        return null;
    }
  }
  if (typeof type !== 'string' || !TYPE_SET.has(type)) return null;
  if (date !== date) return null;
  if (until !== undefined && until < date) return null;
  // The fields some types cannot do without.
  if (aware === undefined && type === 'moved-la') return null;
  if (order === undefined && (type === 'tribunal-order' || type === 'order-complied')) return null;
  if (code === undefined && type === 'exception') return null;
  // Every field present (undefined when absent): one object shape for all events keeps the engine's reads fast.
  if (reuse === undefined) return { type: type as EventType, day: date, index, aware, until, decision, body, order, code };
  reuse.type = type as EventType;
  reuse.day = date;
  reuse.index = index;
  reuse.aware = aware;
  reuse.until = until;
  reuse.decision = decision;
  reuse.body = body;
  reuse.order = order;
  reuse.code = code;
  return reuse;
}

/**
 * The engine's form of a valid record, or null when the record breaks any rule of `caseSchema`.
 * With a `buffer`, the events and their list are the buffer's, overwritten by the next call: for a
 * caller (the audit) that is done with each case before it reads the next, at England scale.
 */
export function fastValidate(raw: unknown, buffer?: CaseBuffer): NormalCase | null {
  if (!isObject(raw) || !knownKeys(raw, CASE_KEYS)) return null;
  const id = raw.id;
  if (!((typeof id === 'string' && id.length > 0) || (typeof id === 'number' && Number.isFinite(id)))) return null;
  const list = raw.events;
  if (!Array.isArray(list)) return null;
  const n = list.length;
  let events: NormalEvent[];
  if (buffer === undefined) events = new Array(n);
  else {
    events = exactList(buffer.lists, n);
  }
  let sorted = true;
  for (let i = 0; i < n; i++) {
    let reuse: Writable<NormalEvent> | undefined;
    if (buffer !== undefined) {
      reuse = buffer.events[i];
      if (reuse === undefined) buffer.events.push((reuse = { ...BLANK_EVENT }));
    }
    const e = fastEvent(list[i], i, reuse);
    if (e === null) return null;
    if (i > 0 && e.day < events[i - 1]!.day) sorted = false;
    events[i] = e;
  }
  if (!sorted) sortByDay(events);
  const out: { -readonly [K in keyof NormalCase]: NormalCase[K] } = { id: String(id), yearGroupOffset: 0, events };
  if (raw.dateOfBirth !== undefined) {
    const b = day(raw.dateOfBirth);
    // A birth after the case's first event is impossible: zod words the refusal.
    if (b !== b || (events.length > 0 && b > events[0]!.day)) return null;
    out.dateOfBirth = b;
  }
  if (raw.yearGroupOffset !== undefined) {
    const o = raw.yearGroupOffset;
    if (typeof o !== 'number' || !Number.isInteger(o) || o < -3 || o > 3) return null;
    out.yearGroupOffset = o;
  }
  if (raw.transferStages !== undefined) {
    const s = raw.transferStages;
    if (!Array.isArray(s) || !s.every((x) => typeof x === 'string' && STAGE_SET.has(x))) return null;
    out.transferStages = s as TransferStage[];
  }
  if (raw.year12Destination !== undefined) {
    if (typeof raw.year12Destination !== 'string' || !DESTINATION_SET.has(raw.year12Destination)) return null;
    out.year12Destination = raw.year12Destination as NormalCase['year12Destination'];
  }
  if (raw.twentyWeekExceptionRecorded !== undefined) {
    if (typeof raw.twentyWeekExceptionRecorded !== 'boolean') return null;
    if (raw.twentyWeekExceptionRecorded) out.twentyWeekExceptionRecorded = true;
  }
  return out;
}

/**
 * A reused list of exactly `n` slots (see {@link CaseBuffer.lists}): one per length up to 64, made
 * the first time, packed; longer lists share the slot after them, their length set each time.
 * @internal
 */
export function exactList<T>(lists: T[][], n: number): T[] {
  if (n > EXACT_LISTS) {
    const list = (lists[EXACT_LISTS + 1] ??= []);
    list.length = n;
    return list;
  }
  let list = lists[n];
  if (list === undefined) {
    list = [];
    // Filled with undefined, not left with holes, so the list stays packed; the caller writes every slot.
    for (let i = 0; i < n; i++) list.push(undefined as T);
    lists[n] = list;
  }
  return list;
}

const EXACT_LISTS = 64;

/** The shape of every event, for a buffer's new slots. */
const BLANK_EVENT: Writable<NormalEvent> = {
  type: 'request-received', day: 0, index: 0, aware: undefined, until: undefined, decision: undefined, body: undefined, order: undefined, code: undefined,
};

/**
 * Events by day, then by their place in the record: an insertion sort, since a case has a dozen
 * events, nearly in order, and a caseload has hundreds of thousands of cases (the built-in sort
 * with a comparison function allocates for each).
 */
function sortByDay(events: NormalEvent[]): void {
  for (let i = 1; i < events.length; i++) {
    const e = events[i]!;
    let j = i - 1;
    while (j >= 0 && (events[j]!.day > e.day || (events[j]!.day === e.day && events[j]!.index > e.index))) {
      events[j + 1] = events[j]!;
      j--;
    }
    events[j + 1] = e;
  }
}
