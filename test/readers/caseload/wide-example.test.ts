/**
 * examples/wide-caseload.csv and .xlsx with examples/wide-map.json: a tracker of a dozen cases, one
 * row per case, in the style of a case-management export, read through its column map. The CSV,
 * the workbook (written by openpyxl, dates as date cells) and the same rows in memory give the same
 * cases and the same audit.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { audit } from '../../../src/index.js';
import { readCsvCaseload } from '../../../src/readers/caseload/csv.js';
import { readCaseloadRows } from '../../../src/readers/caseload/rows.js';
import { readXlsxCaseload } from '../../../src/readers/caseload/xlsx.js';

const example = (name: string) => new URL(`../../../examples/${name}`, import.meta.url);
const map = JSON.parse(readFileSync(example('wide-map.json'), 'utf8'));
const text = readFileSync(example('wide-caseload.csv'), 'utf8');

describe('examples/wide-caseload: a one-row-per-case tracker read through its column map', () => {
  it('12 cases in the file = 11 read + 1 set aside (W010: "31/04/2025" is no day), every other column ignored by the map', async () => {
    const caseload = await readCsvCaseload([text], { columns: map, dateFormat: 'dd/MM/yyyy' });
    expect(caseload.warnings).toBeUndefined();
    expect(caseload.rows).toBe(12);
    expect(caseload.cases).toHaveLength(11);
    expect(caseload.setAside).toEqual(['W010']);
    expect(caseload.rowErrors).toEqual([expect.objectContaining({ row: 11, caseId: 'W010', path: 'EHCP Issued', value: '31/04/2025', code: 'INVALID_DATE' })]);
    expect(caseload.cases.find((c) => c.id === 'W001')).toEqual({
      id: 'W001', dateOfBirth: '2016-03-10', events: [
        { type: 'request-received', date: '2025-01-06' },
        { type: 'assessment-decision-notified', date: '2025-02-14', decision: 'assess' },
        { type: 'draft-plan-served', date: '2025-05-01' },
        { type: 'final-plan-issued', date: '2025-05-27' },
      ],
    });
  });

  it('the workbook and the rows in memory give the same cases as the CSV', async () => {
    const fromCsv = await readCsvCaseload([text], { columns: map, dateFormat: 'dd/MM/yyyy' });
    const fromXlsx = readXlsxCaseload(readFileSync(example('wide-caseload.xlsx')), { columns: map, dateFormat: 'dd/MM/yyyy' });
    expect(fromXlsx.cases).toEqual(fromCsv.cases);
    expect(fromXlsx.setAside).toEqual(['W010']);
    const objects = parse(text, { columns: true }) as Record<string, string>[];
    expect(readCaseloadRows(objects, { columns: map, dateFormat: 'dd/MM/yyyy' }).cases).toEqual(fromCsv.cases);
  });

  it('the audit as of 1 November 2025: 7 plans issued, 3 within 20 weeks (reg 13(2): request + 140 days)', async () => {
    const { cases } = await readCsvCaseload([text], { columns: map, dateFormat: 'dd/MM/yyyy' });
    const result = audit(cases, { asOf: '2025-11-01' });
    expect(result.cases).toEqual({ total: 11, valid: 11, rejected: 0 });
    // Within: W004 (20 Jan + 140 = 9 Jun; issued 2 Jun), W006 (10 Feb + 140 = 30 Jun; issued that day),
    // W011 (14 Apr + 140 = 1 Sep; issued 26 Aug). Late: W001 (due 26 May, 27 May), W002, W007, W012.
    expect(result.twentyWeeks.including).toEqual({ plansIssued: 7, withinTwentyWeeks: 3, percent: 42.9 });
    const plans = result.lateCases.filter((l) => l.ruleId === 'final-plan').map((l) => [l.caseId, l.due, l.status, l.daysLate]);
    // W012: 28 Apr + 140 days = 15 Sep, issued 22 Sep: 7 days late. W005: 3 Feb + 140 = 23 Jun, no plan by 1 Nov: 131 days.
    expect(plans).toEqual(expect.arrayContaining([['W001', '2025-05-26', 'late', 1], ['W012', '2025-09-15', 'late', 7], ['W005', '2025-06-23', 'overdue', 131]]));
  });

  it('the map is valid against schemas/column-map.schema.json; a misspelt event is not', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(new URL('../../../schemas/column-map.schema.json', import.meta.url), 'utf8')));
    expect(validate(map)).toBe(true);
    expect(validate({ ...map, events: { 'EHCP Issued': 'final-plan-isued' } })).toBe(false);
  });
});
