/**
 * One error shape: every error carries its issues ({ code, path, value, message, row? }); the
 * first issue's code, path (as field) and value stay on the error; term-calendar errors, the
 * command line's errors and its bad rows are the same shape.
 */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  SendTimescalesError, TermCalendarError, createTermCalendar, errorCodes, timeline, type ErrorCode,
} from '../src/index.js';
import type { ErrorIssue } from '../src/errors.js';
import { InputError, UsageError } from '../src/cli/io.js';
import { readCaseload } from '../src/cli/caseload.js';
import { numRuns } from './support/fc.js';

function thrown(call: () => unknown): SendTimescalesError {
  try {
    call();
  } catch (e) {
    if (e instanceof SendTimescalesError) return e;
    throw e;
  }
  throw new Error('nothing was thrown');
}

const dateIssue: ErrorIssue = { code: 'INVALID_DATE', path: 'events[0].date', value: '2025-02-30', message: 'Event 1: February 2025 has 28 days.' };
const typeIssue: ErrorIssue = { code: 'INVALID_CASE', path: 'events[1].type', value: 'plan', message: 'Event 2: "plan" is not an event type.' };

describe('an error with one issue (the constructor every module uses)', () => {
  const e = new SendTimescalesError('INVALID_DATE', 'date', '2025-02-30', 'date "2025-02-30" is not a real date.');
  it('has one issue: its code, field as path, value and message', () => {
    expect(e.issues).toEqual([{ code: 'INVALID_DATE', path: 'date', value: '2025-02-30', message: 'date "2025-02-30" is not a real date.' }]);
    expect(e.issues[0]!.row).toBeUndefined();
  });
  it('serialises exactly as before issues existed', () => {
    expect(JSON.parse(JSON.stringify(e))).toEqual({ code: 'INVALID_DATE', field: 'date', value: '2025-02-30', message: 'date "2025-02-30" is not a real date.' });
  });
  it('its issues cannot be changed', () => {
    expect(Object.isFrozen(e.issues)).toBe(true);
    expect(Object.isFrozen(e.issues[0])).toBe(true);
  });
});

describe('SendTimescalesError.fromIssues: one error for several problems', () => {
  const e = SendTimescalesError.fromIssues([dateIssue, typeIssue]);
  it('code, field and value are the first issue\'s; the message says each in turn', () => {
    expect([e.code, e.field, e.value]).toEqual(['INVALID_DATE', 'events[0].date', '2025-02-30']);
    expect(e.message).toBe('Event 1: February 2025 has 28 days. Event 2: "plan" is not an event type.');
    expect(e.issues).toEqual([dateIssue, typeIssue]);
  });
  it('takes a message of its own', () => {
    expect(SendTimescalesError.fromIssues([dateIssue, typeIssue], 'Case C1 has 2 problems.').message).toBe('Case C1 has 2 problems.');
  });
  it('toJSON includes the issues when there are several, or a row', () => {
    expect(e.toJSON()).toEqual({ code: 'INVALID_DATE', field: 'events[0].date', value: '2025-02-30', message: e.message, issues: [dateIssue, typeIssue] });
    const rowed = SendTimescalesError.fromIssues([{ ...dateIssue, row: 7 }]);
    expect(JSON.parse(JSON.stringify(rowed))).toMatchObject({ code: 'INVALID_DATE', issues: [{ path: 'events[0].date', row: 7 }] });
  });
  it('an issue value JSON cannot hold is given as its description, and toJSON never throws', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const odd = SendTimescalesError.fromIssues([dateIssue, { ...typeIssue, value: 10n }, { ...typeIssue, value: cyclic }]);
    expect(JSON.parse(JSON.stringify(odd)).issues.map((i: ErrorIssue) => i.value)).toEqual(['2025-02-30', '10n', 'an object']);
  });
  it('refuses an empty list: an error needs something wrong', () => {
    expect(thrown(() => SendTimescalesError.fromIssues([]))).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'issues' });
  });
  it('keeps Object.keys of the error as they were (issues are not an own property)', () => {
    expect(Object.keys(e).sort()).toEqual(['code', 'field', 'name', 'value']);
  });
  it('property: for any non-empty list, the first issue is on the error, all are kept in order, and JSON holds them', () => {
    const issue = fc.record({
      code: fc.constantFrom(...(Object.keys(errorCodes) as ErrorCode[])),
      path: fc.string(),
      value: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean()),
      message: fc.string(),
    });
    fc.assert(fc.property(fc.array(issue, { minLength: 1, maxLength: 8 }), (issues) => {
      const err = SendTimescalesError.fromIssues(issues);
      expect(err).toBeInstanceOf(SendTimescalesError);
      expect([err.code, err.field, err.value]).toEqual([issues[0]!.code, issues[0]!.path, issues[0]!.value]);
      expect(err.issues).toEqual(issues);
      expect(err.message).toBe(issues.map((i) => i.message).join(' '));
      const json = JSON.parse(JSON.stringify(err)) as { issues?: unknown[] };
      expect(json.issues === undefined).toBe(issues.length === 1);
    }), { numRuns });
  });
});

describe('instanceof across subclasses, copies and the deprecated TermCalendarError', () => {
  it('an error of another copy of the library, built from issues, is an instance with its issues', async () => {
    vi.resetModules();
    const other = await import('../src/errors.js');
    expect(other.SendTimescalesError).not.toBe(SendTimescalesError);
    const theirs = other.SendTimescalesError.fromIssues([dateIssue, typeIssue]);
    expect(theirs instanceof SendTimescalesError).toBe(true);
    expect(theirs.issues).toHaveLength(2);
  });
  it('a term calendar\'s error: a SendTimescalesError and a TermCalendarError, with one issue and its problem', () => {
    const e = thrown(() => createTermCalendar({ name: 'x', source: 'y', terms: [{ start: '2024-09-03', end: '2025-02-29' }] }));
    expect(e instanceof TermCalendarError).toBe(true);
    expect((e as TermCalendarError).problem).toBe('invalid-date');
    expect(e.issues).toEqual([{ code: 'INVALID_DATE', path: 'terms[0].end', value: '2025-02-29', message: e.message }]);
    expect(JSON.parse(JSON.stringify(e))).toEqual({ code: 'INVALID_DATE', field: 'terms[0].end', value: '2025-02-29', message: e.message, problem: 'invalid-date' });
  });
  it('the 0.5 constructor of TermCalendarError still works: problem and code as given', () => {
    const e = new TermCalendarError('overlap', 'INVALID_OPTION', 'terms[1].start', '2025-01-06', 'terms[1] overlaps terms[0].');
    expect([e.problem, e.code, e.field]).toEqual(['overlap', 'INVALID_OPTION', 'terms[1].start']);
    expect(e.issues).toEqual([{ code: 'INVALID_OPTION', path: 'terms[1].start', value: '2025-01-06', message: 'terms[1] overlaps terms[0].' }]);
    expect(e instanceof SendTimescalesError).toBe(true);
  });
  it('the command line\'s usage and input errors are the same shape, with the codes USAGE and INPUT', () => {
    const usage = new UsageError('--format must be one of table, json, not "xml".', 'format', 'xml');
    const input = new InputError('cases.json is not valid JSON: Unexpected end of JSON input');
    expect(usage instanceof SendTimescalesError && input instanceof SendTimescalesError).toBe(true);
    expect(usage instanceof InputError || input instanceof UsageError).toBe(false);
    expect(usage.issues).toEqual([{ code: 'USAGE', path: 'format', value: 'xml', message: '--format must be one of table, json, not "xml".' }]);
    // A missing value serialises as its description, as for every error.
    expect(input.toJSON()).toEqual({ code: 'INPUT', field: 'input', value: 'nothing', message: 'cases.json is not valid JSON: Unexpected end of JSON input' });
  });
});

describe('timeline of a record with several problems: one error, one issue each', () => {
  it('two bad events: code, field and value of the first; the message is both, as before', () => {
    const e = thrown(() => timeline({ id: 'C1', events: [{ type: 'request-received', date: '2025-02-30' }, { type: 'plan-issued', date: '2025-01-06' }] }, { asOf: '2025-06-01' }));
    expect(e.code).toBe('INVALID_CASE');
    expect(e.issues.length).toBe(2);
    expect(e.issues.map((i) => i.path)).toEqual([e.field, 'event']);
    expect(e.issues.map((i) => i.value)).toEqual([e.value, 'plan-issued']);
    expect(e.message).toBe(e.issues.map((i) => i.message).join(' '));
    expect(e.issues.every((i) => i.message.startsWith('Case C1, event '))).toBe(true);
  });
});

describe('the command line\'s bad rows are issues with their row', () => {
  it('an audit of a CSV with bad rows: each set-aside row\'s issue has code, path, value, message and row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'send-timescales-rows-'));
    const file = join(dir, 'cases.csv');
    writeFileSync(file, [
      'case_id,event,date',
      'C1,request-received,2025-01-06',
      'C2,request-received,2025-02-30',
      'C3,plan-issued,2025-01-06',
      ',request-received,2025-01-06',
      'C4,request-received,03/04/2025',
      '',
    ].join('\n'));
    const caseload = await readCaseload(file, undefined);
    expect(caseload.setAside).toEqual(['C2', 'C3', 'C4']);
    expect(caseload.rowErrors.map((r) => [r.row, r.code, r.path, r.value])).toEqual([
      [3, 'INVALID_DATE', 'date', '2025-02-30'],
      [4, 'INVALID_CASE', 'event', 'plan-issued'],
      [5, 'INVALID_CASE', 'case_id', ''],
      [6, 'AMBIGUOUS_DATE', 'date', '03/04/2025'],
    ]);
    for (const r of caseload.rowErrors) {
      expect(r.message.length).toBeGreaterThan(10);
      // The names the command's JSON output has always used, beside the issue's.
      expect([r.line, r.field, r.reason]).toEqual([r.row, r.path, r.message]);
    }
  });
  it('a JSON caseload\'s bad record is an issue too, by its position (record) rather than a row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'send-timescales-records-'));
    const file = join(dir, 'cases.json');
    writeFileSync(file, JSON.stringify([{ id: 'C1', events: [] }, 42]));
    const caseload = await readCaseload(file, undefined);
    expect(caseload.rowErrors).toEqual([expect.objectContaining({ code: 'INVALID_CASE', path: 'record', value: 42, record: 2, message: expect.stringContaining('must be an object') })]);
    expect(caseload.rowErrors[0]!.row).toBeUndefined();
  });
});
