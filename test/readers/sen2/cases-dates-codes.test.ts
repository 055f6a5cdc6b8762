import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sen2Date } from '../../../src/readers/sen2/dates.js';
import { assessmentOutcomeCodes, ceaseReasonCodes, codeOf, requestOutcomeCodes, reviewOutcomeCodes, week20Codes } from '../../../src/readers/sen2/codes.js';
import { dayToIso } from '../../../src/day/iso.js';
import { SendTimescalesError } from '../../../src/errors.js';
import { numRuns } from '../../support/fc.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

describe('SEN2 dates: the XML layout and the CSV export layout, nothing else', () => {
  it.each([
    ['2025-03-14', '2025-03-14'],
    ['2025-Mar-14 00:00:00', '2025-03-14'],
    ['2022-Sep-28 00:00:00', '2022-09-28'], // the export's own example (witan.sen2 csv.clj)
    ['2024-Feb-29 00:00:00', '2024-02-29'], // a leap day
    ['2025-Mar-14', '2025-03-14'], // the export's date without its time
    ['  2025-03-14 ', '2025-03-14'],
  ])('%s is %s', (text, iso) => {
    expect(sen2Date(text, 'ReceivedDate')).toBe(iso);
  });

  it.each([
    '14/03/2025', // day/month order is never guessed
    '03/14/2025',
    '2025-02-29', // not a leap year
    '2025-Feb-29 00:00:00',
    '2025-Apr-31 00:00:00',
    '2025-Sept-14 00:00:00', // not the export's spelling
    '2025-Mar-14 13:45:00', // an instant, not a date
    '2025-Mar-14T00:00:00',
    '',
  ])('%j is an INVALID_DATE naming the element', (text) => {
    let caught: unknown;
    try {
      sen2Date(text, 'ReceivedDate');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(SendTimescalesError);
    expect((caught as SendTimescalesError).code).toBe('INVALID_DATE');
    expect((caught as SendTimescalesError).field).toBe('ReceivedDate');
  });

  it('both layouts of any day read to that day (property)', () => {
    fc.assert(fc.property(fc.integer({ min: -25567, max: 47482 }), (day) => {
      const iso = dayToIso(day);
      const [y, m, d] = iso.split('-');
      const exported = `${y}-${MONTHS[Number(m) - 1]}-${d} 00:00:00`;
      expect(sen2Date(iso)).toBe(iso);
      expect(sen2Date(exported)).toBe(iso);
    }), { numRuns });
  });
});

describe('SEN2 code lists: data with meanings, unknown codes never matched', () => {
  it('each list has distinct codes, each with a meaning and an effect', () => {
    for (const list of [requestOutcomeCodes, assessmentOutcomeCodes, reviewOutcomeCodes, ceaseReasonCodes, week20Codes]) {
      const codes = list.codes.map((c) => c.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const c of list.codes) {
        expect(c.meaning.length).toBeGreaterThan(0);
        expect(c.effect.length).toBeGreaterThan(0);
      }
      expect(list.source.length).toBeGreaterThan(0);
    }
  });

  it('ReviewOutcome (item 5.5): A amend, C cease, M maintain (a review decision "continue")', () => {
    expect(reviewOutcomeCodes.codes.map((c) => [c.code, c.effect])).toEqual([['A', 'amend'], ['C', 'cease'], ['M', 'continue']]);
  });

  it('CeaseReason (item 4.6): 1 to 9, 5 transferred to another authority', () => {
    expect(ceaseReasonCodes.codes.map((c) => c.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(codeOf(ceaseReasonCodes, '5')?.effect).toBe('transferred-out');
  });

  it('Week20 (item 3.7): 1 recorded, 0 none; AssessmentOutcome S is a plan issued', () => {
    expect(codeOf(week20Codes, '1')?.effect).toBe('recorded');
    expect(codeOf(week20Codes, '0')?.effect).toBe('none');
    expect(codeOf(assessmentOutcomeCodes, 'S')?.effect).toBe('plan');
  });

  it('a value not in the list is unknown, whatever its case or nearness', () => {
    expect(codeOf(reviewOutcomeCodes, 'm')).toBeUndefined();
    expect(codeOf(reviewOutcomeCodes, 'Maintain')).toBeUndefined();
    expect(codeOf(ceaseReasonCodes, '10')).toBeUndefined();
    expect(codeOf(reviewOutcomeCodes, ' M ')?.code).toBe('M');
  });
});
