/**
 * The hot path of validation: checks a case record against the rules of `caseSchema` by hand and
 * builds the engine's form in one pass, with no intermediate copy. A whole caseload goes through
 * here; only a record it refuses goes through zod, for the messages. A property test keeps the
 * two in agreement (test/schema/agreement.test.ts).
 */
import { daysFromCivil, daysInMonth } from '../day/iso.js';
import type { ExceptionCode } from '../law/types.js';
import type { TransferStage } from '../law/age/transfer-stages.js';
import { EVENT_TYPES, type EventType } from './case.js';
import type { NormalCase, NormalEvent } from './validate.js';

const DECISIONS = new Set(['assess', 'not-assess', 'continue', 'amend', 'cease', 'reassess', 'not-reassess']);
const CODES = new Set(['school-closure', 'early-years-closure', 'personal-circumstances', 'absent-from-area', 'missed-appointment', 'coronavirus']);
const STAGES = new Set(['reception', 'year3', 'year5', 'year7', 'year9', 'year12']);
const DESTINATIONS = new Set(['post16-institution', 'school-sixth-form']);
const ORDER = /^order-[a-z-]+$/;

/** True when every key is one `eventSchema` knows (a switch: this runs for every event of a caseload). */
function knownEventKeys(raw: Record<string, unknown>): boolean {
  for (const k in raw) {
    switch (k) {
      case 'type': case 'date': case 'aware': case 'decision': case 'body': case 'order': case 'code': case 'until': case 'note':
        continue;
      default:
        return false;
    }
  }
  return true;
}

function knownCaseKeys(raw: Record<string, unknown>): boolean {
  for (const k in raw) {
    switch (k) {
      case 'id': case 'dateOfBirth': case 'yearGroupOffset': case 'transferStages': case 'year12Destination': case 'events':
        continue;
      default:
        return false;
    }
  }
  return true;
}

/** The day number of a real ISO date, or NaN. */
function day(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return NaN;
  const y = d(value, 0) * 1000 + d(value, 1) * 100 + d(value, 2) * 10 + d(value, 3);
  const m = d(value, 5) * 10 + d(value, 6);
  const dd = d(value, 8) * 10 + d(value, 9);
  return y >= 1 && m >= 1 && m <= 12 && dd >= 1 && dd <= daysInMonth(y, m) ? daysFromCivil(y, m, dd) : NaN;
}

function d(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One event checked against `eventSchema` by hand, in the engine's form, or null. @internal */
export function fastEvent(raw: unknown, index: number): NormalEvent | null {
  if (!isObject(raw) || !knownEventKeys(raw)) return null;
  const type = raw.type;
  if (typeof type !== 'string' || !Object.hasOwn(EVENT_TYPES, type)) return null;
  const date = day(raw.date);
  if (date !== date) return null;
  // Every field present (undefined when absent): one object shape for all events keeps the engine's reads fast.
  const e: { -readonly [K in keyof NormalEvent]: NormalEvent[K] } = {
    type: type as EventType, day: date, index, aware: undefined, until: undefined, decision: undefined, body: undefined, order: undefined, code: undefined,
  };
  if (raw.aware !== undefined) {
    const a = day(raw.aware);
    if (a !== a) return null;
    e.aware = a;
  } else if (type === 'moved-la') return null;
  if (raw.until !== undefined) {
    const u = day(raw.until);
    if (u !== u || u < date) return null;
    e.until = u;
  }
  if (raw.decision !== undefined) {
    if (typeof raw.decision !== 'string' || !DECISIONS.has(raw.decision)) return null;
    e.decision = raw.decision;
  }
  if (raw.body !== undefined) {
    if (typeof raw.body !== 'string' || raw.body.length === 0) return null;
    e.body = raw.body;
  }
  if (raw.order !== undefined) {
    if (typeof raw.order !== 'string' || !ORDER.test(raw.order)) return null;
    e.order = raw.order;
  } else if (type === 'tribunal-order' || type === 'order-complied') return null;
  if (raw.code !== undefined) {
    if (typeof raw.code !== 'string' || !CODES.has(raw.code)) return null;
    e.code = raw.code as ExceptionCode;
  } else if (type === 'exception') return null;
  if (raw.note !== undefined && typeof raw.note !== 'string') return null;
  return e;
}

/** The engine's form of a valid record, or null when the record breaks any rule of `caseSchema`. */
export function fastValidate(raw: unknown): NormalCase | null {
  if (!isObject(raw) || !knownCaseKeys(raw)) return null;
  const id = raw.id;
  if (!((typeof id === 'string' && id.length > 0) || (typeof id === 'number' && Number.isFinite(id)))) return null;
  const list = raw.events;
  if (!Array.isArray(list)) return null;
  const events: NormalEvent[] = new Array(list.length);
  let sorted = true;
  for (let i = 0; i < list.length; i++) {
    const e = fastEvent(list[i], i);
    if (e === null) return null;
    if (i > 0 && e.day < events[i - 1]!.day) sorted = false;
    events[i] = e;
  }
  if (!sorted) events.sort((a, b) => a.day - b.day || a.index - b.index);
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
    if (!Array.isArray(s) || !s.every((x) => typeof x === 'string' && STAGES.has(x))) return null;
    out.transferStages = s as TransferStage[];
  }
  if (raw.year12Destination !== undefined) {
    if (typeof raw.year12Destination !== 'string' || !DESTINATIONS.has(raw.year12Destination)) return null;
    out.year12Destination = raw.year12Destination as NormalCase['year12Destination'];
  }
  return out;
}
