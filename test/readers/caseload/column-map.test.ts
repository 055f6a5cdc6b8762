/**
 * Issue 16 §2, column maps: a council's headings and words for the library's, so that a wide
 * export (one row per case, one column of dates per event) reads as well as the long layout.
 */
import { describe, expect, it } from 'vitest';
import { SendTimescalesError } from '../../../src/errors.js';
import { readCsvCaseload } from '../../../src/readers/caseload/csv.js';
import { checkColumnMap, type ColumnMap } from '../../../src/schema/column-map.js';

const thrown = (call: () => unknown): SendTimescalesError => {
  try {
    call();
  } catch (e) {
    if (e instanceof SendTimescalesError) return e;
    throw e;
  }
  throw new Error('nothing thrown');
};

const WIDE_MAP: ColumnMap = {
  columns: { 'Child ID': 'case_id', DOB: 'date_of_birth' },
  events: {
    'Date Request Received': 'request-received',
    'Decision to Assess': { event: 'assessment-decision-notified', decision: 'Assessment Outcome' },
    'EHCP Issued': 'final-plan-issued',
  },
  decisions: { 'Agreed to assess': 'assess', 'Refused': 'not-assess' },
  ignore: ['Caseworker'],
};

describe('issue 16 §2: a wide export read through a column map', () => {
  it('each date cell is one event; an empty cell is no event; the decision comes from its own column', async () => {
    const text = [
      'Child ID,DOB,Date Request Received,Decision to Assess,Assessment Outcome,EHCP Issued,Caseworker',
      'W1,10/03/2016,06/01/2025,14/02/2025,Agreed to assess,27/05/2025,A. Person',
      'W2,02/11/2012,03/03/2025,25/04/2025,Refused,,B. Person',
      'W3,,07/07/2025,,,,',
    ].join('\n');
    const caseload = await readCsvCaseload([text], { columns: WIDE_MAP, dateFormat: 'dd/MM/yyyy' });
    expect(caseload.rowErrors).toEqual([]);
    expect(caseload.warnings).toBeUndefined();
    expect(caseload.cases).toEqual([
      { id: 'W1', dateOfBirth: '2016-03-10', events: [
        { type: 'request-received', date: '2025-01-06' },
        { type: 'assessment-decision-notified', date: '2025-02-14', decision: 'assess' },
        { type: 'final-plan-issued', date: '2025-05-27' },
      ] },
      { id: 'W2', dateOfBirth: '2012-11-02', events: [
        { type: 'request-received', date: '2025-03-03' },
        { type: 'assessment-decision-notified', date: '2025-04-25', decision: 'not-assess' },
      ] },
      { id: 'W3', events: [{ type: 'request-received', date: '2025-07-07' }] },
    ]);
  });

  it('a cell that is not a date is a row issue naming the column; its case is set aside; counts reconcile', async () => {
    const text = 'Child ID,Date Request Received,EHCP Issued\nW1,2025-01-06,2025-05-27\nW2,2025-01-06,TBC\nW3,2025-02-30,\n';
    const caseload = await readCsvCaseload([text], { columns: WIDE_MAP });
    expect(caseload.rowErrors.map((r) => [r.row, r.caseId, r.path, r.value, r.code])).toEqual([
      [3, 'W2', 'EHCP Issued', 'TBC', 'INVALID_DATE'],
      [4, 'W3', 'Date Request Received', '2025-02-30', 'INVALID_DATE'],
    ]);
    expect(caseload.setAside).toEqual(['W2', 'W3']);
    expect(caseload.cases.length + caseload.setAside.length).toBe(3);
  });

  it('headings named after event types make a wide file without a map', async () => {
    const caseload = await readCsvCaseload(['Case ID,Request received,Final plan issued\nW1,2025-01-06,2025-05-27\n']);
    expect(caseload.cases[0]!.events.map((e) => e.type)).toEqual(['request-received', 'final-plan-issued']);
  });

  it('the long layout: a council\'s event words and decision words through eventLabels and decisions', async () => {
    const text = 'Ref,Stage,Stage Date,Outcome\nL1,New Request,2025-01-06,\nL1,Decision,2025-02-14,Agreed to assess\nL1,EHCP Finalised,2025-05-27,\n';
    const caseload = await readCsvCaseload([text], {
      columns: {
        columns: { Ref: 'case_id', Stage: 'event', 'Stage Date': 'date', Outcome: 'decision' },
        eventLabels: { 'New Request': 'request-received', Decision: 'assessment-decision-notified', 'EHCP finalised': 'final-plan-issued' },
        decisions: { 'Agreed to assess': 'assess' },
      },
    });
    expect(caseload.rowErrors).toEqual([]);
    expect(caseload.cases[0]!.events).toEqual([
      { type: 'request-received', date: '2025-01-06' },
      { type: 'assessment-decision-notified', date: '2025-02-14', decision: 'assess' },
      { type: 'final-plan-issued', date: '2025-05-27' },
    ]);
  });

  it('a word the map does not give is reported under the file\'s heading, never guessed', async () => {
    const caseload = await readCsvCaseload(['Ref,Stage,Stage Date\nL1,Tribunal hearing,2025-01-06\n'], {
      columns: { columns: { Ref: 'case_id', Stage: 'event', 'Stage Date': 'date' }, eventLabels: { 'New Request': 'request-received' } },
    });
    expect(caseload.rowErrors[0]).toMatchObject({ path: 'Stage', value: 'Tribunal hearing', row: 2 });
    expect(caseload.setAside).toEqual(['L1']);
  });
});

describe('issue 16 §2: the map is an outside input, refused with paths into it', () => {
  it.each([
    [{ events: { 'EHCP Issued': 'plan-issued' } }, 'columnMap.events["EHCP Issued"]', 'plan-issued'],
    [{ columns: { 'Child ID': 'child' } }, 'columnMap.columns["Child ID"]', 'child'],
    [{ decisions: { Yes: 'maybe' } }, 'columnMap.decisions["Yes"]', 'maybe'],
    [{ events: { X: { event: 'final-plan-issued', outcome: 'Y' } } }, 'columnMap.events["X"].outcome', 'Y'],
    [{ colums: {} }, 'columnMap.colums', {}],
    [{ ignore: ['Notes', 42] }, 'columnMap.ignore[1]', 42],
  ])('%j → %s', (map, path, value) => {
    const e = thrown(() => checkColumnMap(map));
    expect(e.code).toBe('INVALID_OPTION');
    expect(e.issues[0]).toMatchObject({ path, value });
  });

  it('two headings that match alike, or one heading given two meanings, are each an issue', () => {
    const e = thrown(() => checkColumnMap({ columns: { 'Child ID': 'case_id' }, events: { 'child_id': 'request-received', 'EHCP Issued': 'final-plan-issued', 'ehcp issued': 'final-plan-issued' } }));
    expect(e.issues.map((i) => i.path)).toEqual(['columnMap.events["child_id"]', 'columnMap.events["ehcp issued"]']);
    expect(e.issues[0]!.message).toContain('matches columns "Child ID"');
  });

  it('a decision column the file does not have is refused when the header is read', async () => {
    await expect(readCsvCaseload(['Child ID,Decision to Assess\n'], { columns: WIDE_MAP })).rejects.toThrow('which the file does not have');
  });
});
