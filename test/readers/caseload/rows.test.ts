/**
 * Issue 16 §2, rows in memory: the same reading for council systems that already hold rows,
 * objects keyed by heading or arrays with the header row first.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readCaseloadRows } from '../../../src/readers/caseload/rows.js';
import { SendTimescalesError } from '../../../src/errors.js';
import { numRuns } from '../../support/fc.js';

describe('issue 16 §2: readCaseloadRows', () => {
  it('objects keyed by heading and arrays with a header row read alike; rows are numbered as a sheet shows them', () => {
    const objects = [
      { 'Case ID': 'C1', Event: 'request-received', Date: '2025-01-06' },
      { 'Case ID': 'C2', Event: 'request-received', Date: '06/01/2025' },
    ];
    const arrays = [['Case ID', 'Event', 'Date'], ['C1', 'request-received', '2025-01-06'], ['C2', 'request-received', '06/01/2025']];
    for (const rows of [objects, arrays]) {
      const caseload = readCaseloadRows(rows);
      expect(caseload.kind).toBe('rows');
      expect(caseload.cases).toEqual([{ id: 'C1', events: [{ type: 'request-received', date: '2025-01-06' }] }]);
      expect(caseload.rowErrors).toEqual([expect.objectContaining({ row: 3, code: 'AMBIGUOUS_DATE', caseId: 'C2' })]);
      expect(readCaseloadRows(rows, { dateFormat: 'dd/MM/yyyy' }).cases).toHaveLength(2);
    }
  });

  it('numbers in date cells are serials only in the system the caller names (45663 = 6 Jan 2025 in Excel\'s 1900 system)', () => {
    const rows = [{ case_id: 'C1', event: 'request-received', date: 45663 }];
    expect(readCaseloadRows(rows).rowErrors[0]).toMatchObject({ code: 'INVALID_DATE', value: 45663 });
    expect(readCaseloadRows(rows, { serials: 'excel1900' }).cases[0]!.events[0]!.date).toBe('2025-01-06');
    expect(readCaseloadRows(rows, { serials: 'sheets' }).cases[0]!.events[0]!.date).toBe('2025-01-06');
  });

  it('a Date object is not guessed at: the row is reported and its case set aside', () => {
    const caseload = readCaseloadRows([{ case_id: 'C1', event: 'request-received', date: new Date(Date.UTC(2025, 0, 6)) }]);
    expect(caseload.setAside).toEqual(['C1']);
    expect(caseload.rowErrors[0]!.message).toContain('not text, a number or empty');
  });

  it('bad arguments and options are SendTimescalesError with their code', () => {
    expect(() => readCaseloadRows('rows' as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => readCaseloadRows([{ a: 1 }, ['b']] as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', field: 'rows[1]' }));
    expect(() => readCaseloadRows([], { serials: 'lotus' as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', field: 'serials' }));
    expect(() => readCaseloadRows([], { columns: { events: { X: 'nope' } } as never })).toThrow(SendTimescalesError);
  });

  it('property: cases in the rows = cases read + cases set aside, and every bad row is reported', () => {
    const cell = fc.constantFrom('2025-01-06', '2025-02-30', '03/04/2025', '', 'soon');
    const event = fc.constantFrom('request-received', 'final-plan-issued', 'plan-issued', '');
    const row = fc.record({ case_id: fc.constantFrom('A', 'B', 'C', 'D', ''), event, date: cell });
    fc.assert(fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
      const caseload = readCaseloadRows(rows);
      // A row of empty cells only is a blank row, not read; any other row belongs to its case.
      const ids = new Set(rows.filter((r) => r.case_id !== '').map((r) => r.case_id));
      expect(caseload.cases.length + caseload.setAside.length).toBe(ids.size);
      expect(new Set(caseload.rowErrors.filter((r) => r.caseId !== '').map((r) => r.caseId))).toEqual(new Set(caseload.setAside));
      expect(caseload.rowsWithoutCase).toBe(rows.filter((r) => r.case_id === '' && !(r.event === '' && r.date === '')).length);
    }), { numRuns });
  });
});
