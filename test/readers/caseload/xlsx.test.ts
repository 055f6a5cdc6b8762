/**
 * Issue 16 §2, .xlsx input: the first visible sheet or the sheet named; dates as Excel serials in
 * the workbook's own date system or as text; blank rows; a missing sheet named with the sheets the
 * workbook has. Workbooks are built part by part (build-xlsx.ts) and, for an independent writer,
 * one made by openpyxl is committed beside this file (fixtures/README.md says how).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readXlsxCaseload } from '../../../src/readers/caseload/xlsx.js';
import { InputError } from '../../../src/readers/caseload/input-error.js';
import { buildXlsx } from './build-xlsx.js';

const LONG = ['case_id', 'event', 'date'];

describe('issue 16 §2: dates in a workbook', () => {
  // Serials: 45658 is 2025-01-01 in the 1900 system, so 6 Jan 2025 = 45663 and 27 May 2025 =
  // 45658 + 146 = 45804 (31 + 28 + 31 + 30 + 26 days after 1 Jan). The 1904 system counts from
  // 1 January 1904, 1,462 days later: 45663 − 1462 = 44201 and 45804 − 1462 = 44342.
  it.each([
    ['1900 date system', false, 45663, 45804],
    ['1904 date system (workbookPr date1904)', true, 44201, 44342],
  ])('%s: serials are read in the workbook\'s own system', (_, date1904, request, plan) => {
    const bytes = buildXlsx([{ name: 'Cases', rows: [LONG, ['C1', 'request-received', request], ['C1', 'final-plan-issued', plan]] }], { date1904 });
    const caseload = readXlsxCaseload(bytes);
    expect(caseload.kind).toBe('xlsx');
    expect(caseload.cases).toEqual([{ id: 'C1', events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'final-plan-issued', date: '2025-05-27' }] }]);
  });

  it('a workbook written by openpyxl in the 1904 date system (fixtures/mac-1904.xlsx): date cells, a text date, a blank row', () => {
    // openpyxl wrote 6 Jan 2025 as 44201 and 27 May 2025 as 44342, the serials worked above.
    const caseload = readXlsxCaseload(readFileSync(new URL('./fixtures/mac-1904.xlsx', import.meta.url)));
    expect(caseload.cases).toEqual([
      { id: 'M1', events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'final-plan-issued', date: '2025-05-27' }] },
      { id: 'M2', events: [{ type: 'request-received', date: '2025-02-03' }] },
    ]);
    expect(caseload.rows).toBe(3);
  });

  it('serial 60, Excel\'s fictitious 29 February 1900, is a row issue, never a day', () => {
    const caseload = readXlsxCaseload(buildXlsx([{ name: 'Cases', rows: [LONG, ['C1', 'request-received', 60]] }]));
    expect(caseload.rowErrors[0]).toMatchObject({ row: 2, path: 'date', value: 60, code: 'INVALID_DATE' });
    expect(caseload.setAside).toEqual(['C1']);
  });

  it('text dates are read as in a CSV: 03/04/2025 refused without a format, read with dd/MM/yyyy', () => {
    const bytes = buildXlsx([{ name: 'Cases', rows: [LONG, ['C1', 'request-received', '03/04/2025'], ['C2', 'request-received', { inline: '2025-01-06' }], ['C3', 'request-received', { isoDate: '2025-01-07T00:00:00' }]] }]);
    const plain = readXlsxCaseload(bytes);
    expect(plain.rowErrors).toEqual([expect.objectContaining({ row: 2, code: 'AMBIGUOUS_DATE', value: '03/04/2025' })]);
    expect(plain.cases.map((c) => c.events[0]!.date)).toEqual(['2025-01-06', '2025-01-07']);
    const dayFirst = readXlsxCaseload(bytes, { dateFormat: 'dd/MM/yyyy' });
    expect(dayFirst.cases.map((c) => c.events[0]!.date)).toEqual(['2025-04-03', '2025-01-06', '2025-01-07']);
  });

  it('numbers in text columns are text: a case id of 1001 is "1001"', () => {
    const caseload = readXlsxCaseload(buildXlsx([{ name: 'Cases', rows: [LONG, [1001, 'request-received', 45663]] }]));
    expect(caseload.cases[0]!.id).toBe('1001');
  });
});

describe('issue 16 §2: sheets and rows of a workbook', () => {
  const two = buildXlsx([
    { name: 'Read me', rows: [['This workbook lists open cases.']], hidden: true },
    { name: 'Open cases', rows: [undefined, undefined, LONG, ['O1', 'request-received', 45663], undefined, ['', null, ''], ['O2', 'request-received', 45664]] },
    { name: 'Closed', rows: [LONG, ['X1', 'request-received', 45663]] },
  ]);

  it('the first sheet that is not hidden; blank rows skipped; the header is the first row with anything in it; rows numbered as the sheet shows them', () => {
    const caseload = readXlsxCaseload(two);
    expect(caseload.cases.map((c) => c.id)).toEqual(['O1', 'O2']);
    expect(caseload.rows).toBe(2);
  });

  it('a second sheet chosen by name (and by name whatever its case)', () => {
    expect(readXlsxCaseload(two, { sheet: 'Closed' }).cases.map((c) => c.id)).toEqual(['X1']);
    expect(readXlsxCaseload(two, { sheet: 'closed' }).cases.map((c) => c.id)).toEqual(['X1']);
  });

  it('a sheet name the workbook does not have: a clear error listing its sheets', () => {
    expect(() => readXlsxCaseload(two, { sheet: 'Cases 2025' })).toThrow(expect.objectContaining({ code: 'INPUT', field: 'sheet', value: 'Cases 2025', message: 'The workbook has no sheet "Cases 2025"; its sheets are "Read me", "Open cases", "Closed".' }));
  });

  it('a bad row is reported by its sheet row; the others are read; counts reconcile', () => {
    const caseload = readXlsxCaseload(buildXlsx([{ name: 'S', rows: [LONG, ['A', 'request-received', 45663], ['B', 'plan-issued', 45663], undefined, ['C', 'request-received', 'soon']] }]));
    expect(caseload.rowErrors.map((r) => [r.row, r.caseId, r.path])).toEqual([[3, 'B', 'event'], [5, 'C', 'date']]);
    expect(caseload.cases.length + caseload.setAside.length).toBe(3);
  });

  it('element names with a namespace prefix (as some tools write them) are read alike', () => {
    const caseload = readXlsxCaseload(buildXlsx([{ name: 'S', rows: [LONG, ['A', 'request-received', 45663]] }], { prefix: 'x' }));
    expect(caseload.cases).toHaveLength(1);
  });

  it('bytes that are not a workbook, or a damaged one, are an InputError, not a crash', () => {
    expect(() => readXlsxCaseload(new TextEncoder().encode('case_id,event,date\n'))).toThrow(InputError);
    const cut = two.slice(0, Math.floor(two.length / 2));
    expect(() => readXlsxCaseload(cut)).toThrow(InputError);
  });
});
