/**
 * Issue 16 §2, headers: a heading matches whatever its case, spacing, underscores or punctuation;
 * two headings for one column are refused naming both; an unknown column is ignored with one
 * warning naming it, or refused with strict columns.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readCsvCaseload } from '../../../src/readers/caseload/csv.js';
import { InputError } from '../../../src/readers/caseload/input-error.js';
import { matchKey } from '../../../src/schema/column-map.js';
import { numRuns } from '../../support/fc.js';

const csv = (text: string, options = {}) => readCsvCaseload([text], options);
const refusal = async (text: string, options = {}) => {
  try {
    await csv(text, options);
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  throw new Error('not refused');
};

describe('issue 16 §2: headings matched whatever their case, spacing, underscores or punctuation', () => {
  it.each([
    ['case_id,event,date'],
    ['Case ID,Event,Date'],
    ['case-id,EVENT, date '],
    ['CaseId,event.,"Date"'],
  ])('%s reads as case_id,event,date', async (header) => {
    const caseload = await csv(`${header}\nC1,request-received,2025-01-06\n`);
    expect(caseload.cases).toEqual([{ id: 'C1', events: [{ type: 'request-received', date: '2025-01-06' }] }]);
    expect(caseload.warnings).toBeUndefined();
  });

  it('matchKey: any mix of case, spaces, underscores, hyphens and punctuation around the same letters is one key', () => {
    const separators = fc.constantFrom(' ', '_', '-', '.', '/', '  ', '');
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 4 }), fc.array(separators, { minLength: 5, maxLength: 5 }), fc.boolean(), (words, seps, upper) => {
      const written = words.map((w, i) => (upper && i % 2 === 0 ? w.toUpperCase() : w)).join(seps[0]!);
      expect(matchKey(`${seps[1]}${written}${seps[2]}`)).toBe(words.join(''));
    }), { numRuns });
  });

  it('two headings that come to one column are refused, naming both', async () => {
    expect(await refusal('Case ID,case_id,event,date\n')).toBe('Line 1: the columns "Case ID" and "case_id" both name the column case_id (headings are matched whatever their case, spacing or punctuation); each column may appear once (which of the two would be meant cannot be guessed).');
    // The same heading twice keeps the message it always had.
    expect(await refusal('case_id,event,date,date\n')).toContain('the column "date" is named twice');
  });

  it('unknown columns are ignored with one warning naming them all; every case is still read', async () => {
    const caseload = await csv('Case ID,Colour,event,date,Caseworker\nC1,red,request-received,2025-01-06,A. Person\n');
    expect(caseload.cases).toHaveLength(1);
    expect(caseload.warnings).toEqual([{
      code: 'UNKNOWN_COLUMNS',
      columns: ['Colour', 'Caseworker'],
      message: expect.stringMatching(/^Line 1: unknown column\(s\) "Colour", "Caseworker" ignored: their cells were not read\./),
    }]);
  });

  it('strict columns refuse an unknown column, as the reader always did', async () => {
    expect(await refusal('case_id,event,date,colour\n', { strictColumns: true })).toBe('Line 1: unknown column(s) "colour". The columns are case_id, event, date, note, aware, decision, code, until, body, order, date_of_birth, year_group_offset, transfer_stages, year12_destination.');
  });

  it('a column listed under "ignore" in the map is neither read nor warned about', async () => {
    const caseload = await csv('case_id,event,date,Caseworker\nC1,request-received,2025-01-06,A. Person\n', { columns: { ignore: ['caseworker'] }, strictColumns: true });
    expect(caseload.warnings).toBeUndefined();
    expect(caseload.cases).toHaveLength(1);
  });

  it('a file of one row per case cannot also have the one-row-per-event columns', async () => {
    expect(await refusal('case_id,event,date,final_plan_issued\n')).toContain('a file has one layout or the other');
  });
});
