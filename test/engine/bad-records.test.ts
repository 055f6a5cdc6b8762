/**
 * Bad records never lose good ones, and timeline, audit and validateCase say the same of a record:
 * a date of birth after the case's events, and case ids repeated across records.
 */
import { describe, expect, it } from 'vitest';
import { audit, timeline, validateCase, SendTimescalesError, type CaseRecord } from '../../src/index.js';

const AS_OF = '2025-06-01';
const request = (id: string, date = '2025-01-06'): CaseRecord => ({ id, events: [{ type: 'request-received', date }] });

function thrown(call: () => unknown): SendTimescalesError {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(SendTimescalesError);
    return e as SendTimescalesError;
  }
  throw new Error('nothing was thrown');
}

describe('a date of birth after the case\'s events is INVALID_CASE on dateOfBirth, wherever the record is read', () => {
  it('9999-12-31: timeline refuses it with the ISO text as value (never a day number) and audit sets the record aside', () => {
    const record = { ...request('C1'), dateOfBirth: '9999-12-31' };
    const err = thrown(() => timeline(record, { asOf: AS_OF }));
    expect([err.code, err.field, err.value]).toEqual(['INVALID_CASE', 'dateOfBirth', '9999-12-31']);
    expect(err.message).toMatch(/after the case's first event \(request-received on 2025-01-06\)/);
    const a = audit([record], { asOf: AS_OF });
    expect(a.cases).toEqual({ total: 1, valid: 0, rejected: 1 });
    expect(a.rejected[0]!.errors[0]).toMatchObject({ code: 'INVALID_CASE', field: 'dateOfBirth', value: '9999-12-31' });
    expect(validateCase(record).ok).toBe(false);
  });

  it('a birth one day after the first event is refused; on the day of the first event it is accepted', () => {
    // Events: request 6 Jan 2025. Born 7 Jan 2025: the request came before the birth, impossible.
    expect(thrown(() => timeline({ ...request('C1'), dateOfBirth: '2025-01-07' }, { asOf: AS_OF })).field).toBe('dateOfBirth');
    expect(timeline({ ...request('C1'), dateOfBirth: '2025-01-06' }, { asOf: AS_OF }).caseId).toBe('C1');
  });

  it('the first event counts, whatever order the events are listed in', () => {
    const record: CaseRecord = {
      id: 'C1', dateOfBirth: '2025-01-10',
      events: [{ type: 'assessment-decision-notified', date: '2025-02-17' }, { type: 'request-received', date: '2025-01-06' }],
    };
    expect(validateCase(record)).toMatchObject({ ok: false, errors: [{ field: 'dateOfBirth', value: '2025-01-10' }] });
  });

  it('a case with no events yet keeps a late date of birth: timeline and audit agree it is valid', () => {
    const record = { id: 'C1', dateOfBirth: '9999-12-31', events: [] };
    expect(timeline(record, { asOf: AS_OF }).caseId).toBe('C1');
    expect(audit([record], { asOf: AS_OF }).cases).toEqual({ total: 1, valid: 1, rejected: 0 });
  });
});

describe('audit: a case is one record; every record sharing a repeated id is set aside', () => {
  it('records 3 and 7 share C1: both are rejected on field id, naming the positions; the rest are audited', () => {
    const records = ['A', 'B', 'C1', 'D', 'E', 'F', 'C1'].map((id) => request(id));
    const a = audit(records, { asOf: AS_OF });
    // 7 records in = 5 audited + 2 set aside.
    expect(a.cases).toEqual({ total: 7, valid: 5, rejected: 2 });
    expect(a.rejected).toHaveLength(2);
    for (const r of a.rejected) {
      expect(r.id).toBe('C1');
      expect(r.errors).toEqual([{
        code: 'INVALID_CASE', field: 'id', value: 'C1',
        message: 'Case id C1 appears in records 3 and 7; a case must be one record, so none of them is audited.',
      }]);
    }
  });

  it('an id given as a number and as text is the same case', () => {
    const a = audit([{ id: 7, events: [] }, { id: '7', events: [] }], { asOf: AS_OF });
    expect(a.cases).toEqual({ total: 2, valid: 0, rejected: 2 });
  });

  it('a record rejected for another reason keeps its own error, and still makes the id repeated', () => {
    const a = audit([request('C1'), { id: 'C1', events: [{ type: 'request-received', date: '2025-02-30' }] }], { asOf: AS_OF });
    expect(a.cases).toEqual({ total: 2, valid: 0, rejected: 2 });
    expect(a.rejected.map((r) => r.errors[0]!.field)).toEqual(['id', 'events[0].date']);
  });

  it('a stream (not a list) cannot be looked ahead: the first record is audited, each repeat is set aside naming it', () => {
    function* stream(): Generator<CaseRecord> {
      yield request('C1');
      yield request('C2');
      yield request('C1', '2025-01-07');
    }
    const a = audit(stream(), { asOf: AS_OF });
    expect(a.cases).toEqual({ total: 3, valid: 2, rejected: 1 });
    expect(a.rejected[0]!.errors[0]).toMatchObject({
      field: 'id', message: 'Case id C1 appears again in record 3 (first in record 1, which was audited); a case must be one record, so this one is set aside.',
    });
  });

  it('records in = audited + set aside, for any mix of ids', () => {
    const ids = ['A', 'B', 'A', 'C', 'B', 'B', 'D'];
    const a = audit(ids.map((id) => request(id)), { asOf: AS_OF });
    // A twice, B three times: 5 set aside; C and D audited.
    expect(a.cases).toEqual({ total: 7, valid: 2, rejected: 5 });
    expect(a.cases.valid + a.cases.rejected).toBe(ids.length);
  });
});
