/**
 * Validation of case records, once per record at the entry of `timeline` and `audit`. Errors
 * name the case, the event, the field and the value, in plain English, and are plain data.
 */
import type * as z from 'zod';
import { isoToDay } from '../day/iso.js';
import { show, type ErrorIssue } from '../errors.js';
import { caseSchema, EVENT_TYPES, type EventType, type ValidCase } from './case.js';
import { fastValidate, type CaseBuffer } from './fast-validate.js';
import type { NormalCase, NormalEvent } from './normal-case.js';
import type { ExceptionCode } from '../law/types.js';
import type { TransferStage } from '../law/age/transfer-stages.js';

/**
 * One problem with a record: JSON-serialisable. It is an {@link ErrorIssue} under the names the
 * audit's rejected records have always used (`field` for the issue's `path`), which systems
 * reading those records depend on; the library turns one into an issue of its error where it throws.
 * @example
 * const error: CaseError = { code: 'INVALID_CASE', field: 'events[0].date', value: '2025-02-30', message: 'Case C1, event 1 (request-received): …' };
 */
export interface CaseError {
  readonly code: 'INVALID_CASE';
  readonly field: string;
  readonly value: unknown;
  readonly message: string;
}

/**
 * The issue a {@link CaseError} reports, for a {@link SendTimescalesError}.
 * @example
 * caseErrorIssue({ code: 'INVALID_CASE', field: 'event', value: 'plan', message: '…' });
 * // { code: 'INVALID_CASE', path: 'event', value: 'plan', message: '…' }
 */
export function caseErrorIssue(error: CaseError): ErrorIssue {
  return { code: error.code, path: error.field, value: error.value, message: error.message };
}

export type { NormalCase, NormalEvent } from './normal-case.js';

/**
 * The result of `validateCase`: the engine's form of a valid record, or its errors.
 * @example
 * const v: Validated = validateCase({ id: 'C1', events: [] }); // { ok: true, value: { id: 'C1', … } }
 */
export type Validated = { readonly ok: true; readonly value: NormalCase } | { readonly ok: false; readonly id: string; readonly errors: CaseError[] };

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

function describe(input: unknown, id: string, issue: z.core.$ZodIssue): CaseError {
  const path = issue.path;
  const value = valueAt(input, path);
  const field = fieldName(path);
  let where = `Case ${id}`;
  if (path[0] === 'events' && typeof path[1] === 'number') {
    const event = valueAt(input, ['events', path[1]]) as { type?: unknown } | undefined;
    where += `, event ${path[1] + 1}${typeof event?.type === 'string' ? ` (${event.type})` : ''}`;
  }
  let message: string;
  if (issue.code === 'unrecognized_keys') {
    message = `${where}: ${issue.keys.map((k) => `"${k}"`).join(', ')} ${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} of ${path.length ? field : 'a case'}.`;
    return { code: 'INVALID_CASE', field: path.length ? `${field}.${issue.keys[0]}` : issue.keys[0]!, value: valueAt(input, [...path, issue.keys[0]!]), message };
  }
  if (path.at(-1) === 'type' && issue.code === 'invalid_value') {
    message = `${where}: ${show(value)} is not an event type. The types are ${Object.keys(EVENT_TYPES).join(', ')}.`;
    // The contract names the field `event` (the CSV column), whichever event it is; the message says which.
    return { code: 'INVALID_CASE', field: 'event', value, message };
  }
  if (value === undefined && issue.code === 'invalid_type') {
    message = `${where}: ${field} is missing.`;
  } else {
    message = `${where}: ${field || 'the record'} ${show(value)} ${issue.message.replace(/^Invalid input: /, '')}.`.replace(/\.\.$/, '.');
  }
  return { code: 'INVALID_CASE', field: field || 'case', value, message };
}

/**
 * Validates a case record and turns it into day numbers; never throws.
 * @example
 * validateCase({ id: 'C1', events: [{ type: 'plan-issued', date: '2025-01-06' }] })
 * // { ok: false, id: 'C1', errors: [{ code: 'INVALID_CASE', field: 'event', value: 'plan-issued', … }] } The hand-written check runs
 * first (a caseload goes through it); zod, the reference, runs only on what it refuses, to say why.
 */
export function validateCase(input: unknown): Validated {
  return validateCaseReusing(input, undefined);
}

/**
 * `validateCase` whose valid result's events live in `buffer`, overwritten by the next call with
 * the same buffer: for a caller done with each case before it validates the next (the audit).
 * @internal
 */
export function validateCaseReusing(input: unknown, buffer: CaseBuffer | undefined): Validated {
  const fast = fastValidate(input, buffer);
  if (fast !== null) return { ok: true, value: fast };
  return validateCaseBySchema(input);
}

/**
 * `validateCase` by `caseSchema` (zod) alone, the reference the hand-written check must agree with:
 * what it accepts, its engine form, and every error it words.
 * @internal
 */
export function validateCaseBySchema(input: unknown): Validated {
  const given = input !== null && typeof input === 'object' && 'id' in input ? (input as { id: unknown }).id : undefined;
  // The id as the record gave it when it is text or a number; anything else is shown, never coerced.
  const id = given === undefined ? '(no id)' : typeof given === 'string' || typeof given === 'number' ? String(given) : show(given);
  const parsed = caseSchema.safeParse(input);
  if (!parsed.success) return { ok: false, id, errors: parsed.error.issues.map((i) => describe(input, id, i)) };
  return { ok: true, value: normalise(parsed.data) };
}

function normalise(c: ValidCase): NormalCase {
  const events: NormalEvent[] = c.events.map((e, index) => {
    const n: NormalEvent = {
      type: e.type, day: isoToDay(e.date), index,
      aware: e.aware === undefined ? undefined : isoToDay(e.aware),
      until: e.until === undefined ? undefined : isoToDay(e.until),
      decision: e.decision, body: e.body, order: e.order, code: e.code,
    };
    return n;
  });
  events.sort((a, b) => a.day - b.day || a.index - b.index);
  return {
    id: c.id,
    ...(c.dateOfBirth !== undefined ? { dateOfBirth: isoToDay(c.dateOfBirth) } : {}),
    yearGroupOffset: c.yearGroupOffset ?? 0,
    ...(c.transferStages !== undefined ? { transferStages: c.transferStages as TransferStage[] } : {}),
    ...(c.year12Destination !== undefined ? { year12Destination: c.year12Destination } : {}),
    ...(c.twentyWeekExceptionRecorded === true ? { twentyWeekExceptionRecorded: true as const } : {}),
    events,
  };
}
