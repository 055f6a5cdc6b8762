import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  createTermCalendar, termCalendarFromCsv, TermCalendarError, SendTimescalesError, SCHOOL_CLOSURE_WORDING,
  exceptionRecords, createWorkingCalendar, type TermCalendarData,
} from '../../src/index.js';

const example = JSON.parse(readFileSync(new URL('../../examples/terms-example.json', import.meta.url), 'utf8')) as TermCalendarData;
const terms = createTermCalendar(example);

function problem(f: () => unknown): { problem: string; code: string; field: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof TermCalendarError) return { problem: e.problem, code: e.code, field: e.field };
    throw e;
  }
  throw new Error('expected a TermCalendarError');
}

describe('examples/terms-example.json', () => {
  it('is marked as example data, not official, with its sources', () => {
    expect(example.name).toMatch(/EXAMPLE/);
    expect(example.source).toMatch(/EXAMPLE data, not official/);
    expect(example.source).toMatch(/check your school's own dates/);
    expect(example.note).toMatch(/primarytimes\.co\.uk/);
    expect(terms.terms.map((t) => t.name)).toEqual(['Autumn 2024', 'Spring 2025', 'Summer 2025', 'Autumn 2025', 'Spring 2026', 'Summer 2026']);
    expect([terms.firstDate, terms.lastDate]).toEqual(['2024-09-03', '2026-07-22']);
  });
});

describe('school days: weekdays in a term, not in its half term, not a bank holiday (England and Wales calendar)', () => {
  it.each([
    ['2024-09-03', true, null],                          // Tuesday, first day of the autumn term
    ['2024-09-07', false, 'Saturday'],
    ['2024-10-28', false, 'half term (Autumn 2024)'],    // Monday of half term
    ['2024-11-04', true, null],                          // back after half term
    ['2024-12-23', false, 'school holiday between Autumn 2024 and Spring 2025'],
    ['2025-05-05', false, 'Early May bank holiday'],     // a bank holiday inside the summer term
    ['2025-05-26', false, 'half term (Summer 2025)'],    // the spring bank holiday falls in half term: half term is said first
    ['2025-07-23', true, null],                          // Wednesday, last day of the summer term
  ])('%s → %s (%s)', (date, school, why) => {
    expect(terms.isSchoolDay(date)).toBe(school);
    expect(terms.whyNotSchoolDay(date)).toBe(why);
  });

  it('outside the calendar is OUT_OF_RANGE, not a guess', () => {
    expect(() => terms.isSchoolDay('2024-09-02')).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => terms.isSchoolDay('2026-07-23')).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
  });

  it('a council calendar\'s closure days are not school days either, when that calendar is given', () => {
    const council = createWorkingCalendar({ name: 'Council', closures: [{ date: '2024-11-04', name: 'Council closure' }] });
    const withClosure = createTermCalendar(example, { calendar: council });
    expect(withClosure.isSchoolDay('2024-11-04')).toBe(false);
    expect(withClosure.whyNotSchoolDay('2024-11-04')).toBe('Council closure');
  });
});

describe('the N-th school day after a day ("the sixth school day following the day on which …")', () => {
  it('SI 2007/1870 reg 4(3)(a): excluded Friday 10 January 2025 → day 1 is Monday 13 January, day 6 is Monday 20 January', () => {
    // Mon 13 (1), Tue 14 (2), Wed 15 (3), Thu 16 (4), Fri 17 (5), [Sat 18, Sun 19], Mon 20 (6).
    expect(terms.nthSchoolDayAfter('2025-01-10', 1)).toBe('2025-01-13');
    expect(terms.nthSchoolDayAfter('2025-01-10', 6)).toBe('2025-01-20');
  });
  it('across a half term: excluded Wednesday 12 February 2025 → Thu 13 (1), Fri 14 (2), half term 17–21 Feb, Mon 24 (3) … Thu 27 (6)', () => {
    expect(terms.nthSchoolDayAfter('2025-02-12', 6)).toBe('2025-02-27');
  });
  it('from a day in the holidays: the first school day of the next term is day 1', () => {
    // Summer holiday 2025 → Wed 3 Sep (1), Thu 4 (2), Fri 5 (3), Mon 8 (4), Tue 9 (5), Wed 10 (6).
    expect(terms.nthSchoolDayAfter('2025-08-01', 6)).toBe('2025-09-10');
  });
  it('the day itself never counts, even when it is a school day', () => {
    expect(terms.nthSchoolDayAfter('2025-01-13', 1)).toBe('2025-01-14');
  });
  it('past the last term is OUT_OF_RANGE; n must be a whole number ≥ 1', () => {
    expect(() => terms.nthSchoolDayAfter('2026-07-20', 6)).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(() => terms.nthSchoolDayAfter('2025-01-10', 0)).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER' }));
    expect(() => terms.nthSchoolDayAfter('2025-01-10', 1.5)).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER' }));
  });
  it('schoolDaysBetween counts start < d ≤ end', () => {
    expect(terms.schoolDaysBetween('2025-01-10', '2025-01-20')).toBe(6);
    expect(terms.schoolDaysBetween('2025-01-20', '2025-01-10')).toBe(-6);
  });
});

describe('the first day of next term', () => {
  it.each([
    ['2024-12-20', '2025-01-06'],  // last day of the autumn term
    ['2024-12-25', '2025-01-06'],  // in the holidays
    ['2024-09-03', '2025-01-06'],  // the first day of a term: the NEXT term
    ['2025-07-23', '2025-09-03'],
  ])('%s → %s', (date, next) => expect(terms.nextTermStart(date)).toBe(next));
  it('null when the calendar has no later term', () => expect(terms.nextTermStart('2026-05-01')).toBeNull());
  it('termOf and autumnTermBefore', () => {
    expect(terms.termOf('2024-10-30')?.name).toBe('Autumn 2024'); // half term is inside its term's dates
    expect(terms.termOf('2024-12-25')).toBeNull();
    expect(terms.autumnTermBefore('2025-09-01')?.name).toBe('Autumn 2024');
    expect(terms.autumnTermBefore('2026-09-01')?.name).toBe('Autumn 2025');
    expect(terms.autumnTermBefore('2027-09-01')).toBeNull(); // autumn 2026 is not in the calendar; autumn 2025 is too old
  });
});

describe('closures of at least 4 weeks', () => {
  it('only the 2025 summer holiday: Thursday 24 July to Tuesday 2 September 2025, 41 days', () => {
    // 24 Jul–31 Jul = 8 days, August 31, 1–2 Sep = 2: 41 closed days; re-opens Wednesday 3 September.
    expect(terms.closures()).toEqual([
      { start: '2025-07-24', end: '2025-09-02', days: 41, reopens: '2025-09-03', after: 'Summer 2025', before: 'Autumn 2025' },
    ]);
  });
  it('shorter thresholds find Christmas, Easter and the half terms with their weekends', () => {
    const two = terms.closures(14).map((c) => [c.start, c.end, c.days]);
    // Christmas 2024: Sat 21 Dec–Sun 5 Jan = 16 days; Easter 2025: Sat 5 Apr–Mon 21 Apr (Easter Monday) = 17 days;
    // Christmas 2025: Sat 20 Dec–Sun 4 Jan = 16; Easter 2026: Sat 28 Mar–Sun 12 Apr = 16.
    expect(two).toEqual([
      ['2024-12-21', '2025-01-05', 16], ['2025-04-05', '2025-04-21', 17], ['2025-07-24', '2025-09-02', 41],
      ['2025-12-20', '2026-01-04', 16], ['2026-03-28', '2026-04-12', 16],
    ]);
    // A half term with its weekends: Sat 26 Oct–Sun 3 Nov 2024 = 9 days.
    expect(terms.closures(9)[0]).toMatchObject({ start: '2024-10-26', end: '2024-11-03', days: 9 });
  });
  it('minDays must be a whole number ≥ 1', () => {
    expect(() => terms.closures(0)).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER' }));
  });
});

describe('regs 5(4)(a), 10(4)(a), 27(3)(a): advice requested around a closure of at least 4 weeks', () => {
  // "during a period beginning one week before any date on which that school or institution was closed for a
  // continuous period of not less than 4 weeks from that date and ending one week before the date on which it re-opens".
  // Counting: "one week before" a date = that date − 7 days (the same weekday the week before); the period includes
  // its first and last days. Closure: first closed day C = Thu 24 Jul 2025 (the summer term ends Wed 23 Jul);
  // re-opens R = Wed 3 Sep 2025. Window: C − 7 = Thu 17 Jul 2025 to R − 7 = Wed 27 Aug 2025.
  it.each([
    ['2025-07-16', false, 'the day before the window (C − 8)'],
    ['2025-07-17', true, 'one week before the closure starts (C − 7)'],
    ['2025-07-24', true, 'the first closed day'],
    ['2025-08-27', true, 'one week before the school re-opens (R − 7)'],
    ['2025-08-28', false, 'the day after that (R − 6)'],
    ['2025-09-03', false, 'the day it re-opens'],
  ])('advice requested %s → %s (%s)', (date, lifted) => {
    const found = terms.adviceClosureException(date);
    if (!lifted) {
      expect(found).toBeNull();
      return;
    }
    expect(found).toMatchObject({
      code: 'school-closure',
      closure: { start: '2025-07-24', end: '2025-09-02', days: 41, reopens: '2025-09-03' },
      window: { start: '2025-07-17', end: '2025-08-27' },
      provisions: ['reg 5(4)(a)', 'reg 10(4)(a)', 'reg 13(3)', 'reg 27(3)(a)'],
    });
    expect(found!.detail).toContain('Thursday 17 July 2025');
  });
  it('the Christmas holiday (16 days) gives no exception', () => {
    expect(terms.adviceClosureException('2024-12-16')).toBeNull();
    expect(terms.adviceClosureException('2024-12-30')).toBeNull();
  });
  it('quotes reg 5(4)(a) exactly as the exception record does', () => {
    expect(SCHOOL_CLOSURE_WORDING).toBe(exceptionRecords['school-closure'].wording);
    expect(terms.adviceClosureException('2025-08-01')!.wording).toBe(SCHOOL_CLOSURE_WORDING);
  });
  it('too near the ends of the calendar to know: OUT_OF_RANGE, not "no"', () => {
    // The last school day is Wed 22 Jul 2026: a closure after it may start Thu 23 Jul, whose window would start Thu 16 Jul.
    expect(terms.adviceClosureException('2026-07-15')).toBeNull();
    expect(() => terms.adviceClosureException('2026-07-16')).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE', field: 'adviceRequested' }));
    // The first school day is Tue 3 Sep 2024: a closure before it would re-open then, its window ending Tue 27 Aug.
    expect(() => terms.adviceClosureException('2024-08-27')).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
    expect(terms.adviceClosureException('2024-08-28')).toBeNull();
  });
});

describe('the data is checked, with typed errors', () => {
  const base = { name: 'Test school', source: 'test' };
  const autumn = { start: '2024-09-03', end: '2024-12-20' };
  it.each([
    ['not an object', () => createTermCalendar(null as never), 'not-an-object', 'terms'],
    ['unknown field', () => createTermCalendar({ ...base, terms: [{ ...autumn, halfterm: {} }] } as never), 'unknown-field', 'terms[0].halfterm'],
    ['unknown top-level field', () => createTermCalendar({ ...base, year: 2024, terms: [autumn] } as never), 'unknown-field', 'year'],
    ['missing source', () => createTermCalendar({ name: 'x', terms: [autumn] } as never), 'missing-field', 'source'],
    ['missing end', () => createTermCalendar({ ...base, terms: [{ start: '2024-09-03' }] } as never), 'missing-field', 'terms[0].end'],
    ['impossible date', () => createTermCalendar({ ...base, terms: [{ start: '2024-09-03', end: '2025-02-29' }] }), 'invalid-date', 'terms[0].end'],
    ['end before start', () => createTermCalendar({ ...base, terms: [{ start: '2024-12-20', end: '2024-09-03' }] }), 'end-before-start', 'terms[0].end'],
    ['half term ends before it starts', () => createTermCalendar({ ...base, terms: [{ ...autumn, halfTerm: { start: '2024-11-01', end: '2024-10-28' } }] }), 'end-before-start', 'terms[0].halfTerm.end'],
    ['half term outside its term', () => createTermCalendar({ ...base, terms: [{ ...autumn, halfTerm: { start: '2024-12-16', end: '2024-12-27' } }] }), 'half-term-outside-term', 'terms[0].halfTerm'],
    ['overlap', () => createTermCalendar({ ...base, terms: [{ start: '2025-01-06', end: '2025-04-04' }, { start: '2024-09-03', end: '2025-01-06' }] }), 'overlap', 'terms[0].start'],
    ['a missing term', () => createTermCalendar({ ...base, terms: [autumn, { start: '2025-04-22', end: '2025-07-23' }] }), 'gap', 'terms[1].start'],
    ['no terms', () => createTermCalendar({ ...base, terms: [] }), 'no-terms', 'terms'],
    ['outside the holiday calendar', () => createTermCalendar({ ...base, terms: [{ start: '1960-09-03', end: '1960-12-20' }] }), 'out-of-range', 'terms'],
  ])('%s', (_, f, expected, field) => {
    const e = problem(f);
    expect(e.problem).toBe(expected);
    expect(e.field).toBe(field);
  });
  it('errors are SendTimescalesErrors with a code (INVALID_DATE for a bad date), and serialise with the problem', () => {
    try {
      createTermCalendar({ ...base, terms: [{ start: '2024-09-03', end: '2025-02-29' }] });
    } catch (e) {
      expect(e).toBeInstanceOf(SendTimescalesError);
      expect((e as TermCalendarError).code).toBe('INVALID_DATE');
      expect(JSON.parse(JSON.stringify(e))).toMatchObject({ code: 'INVALID_DATE', field: 'terms[0].end', problem: 'invalid-date' });
    }
  });
  it('terms may be given in any order; default names are season and year', () => {
    const t = createTermCalendar({ ...base, terms: [{ start: '2025-01-06', end: '2025-04-04' }, autumn] });
    expect(t.terms.map((x) => x.name)).toEqual(['Autumn 2024', 'Spring 2025']);
    expect(t.toJSON().terms).toHaveLength(2);
  });
});

describe('CSV', () => {
  const csv = [
    '# EXAMPLE data',
    'term,start,end,half_term_start,half_term_end',
    'Autumn 2024,2024-09-03,2024-12-20,2024-10-28,2024-11-01',
    '"Spring, 2025",2025-01-06,2025-04-04,,',
    '',
  ].join('\n');
  it('reads term,start,end,half_term_start,half_term_end into the JSON data', () => {
    const data = termCalendarFromCsv(csv, { name: 'CSV school', source: 'test' });
    expect(data.terms).toEqual([
      { name: 'Autumn 2024', start: '2024-09-03', end: '2024-12-20', halfTerm: { start: '2024-10-28', end: '2024-11-01' } },
      { name: 'Spring, 2025', start: '2025-01-06', end: '2025-04-04' },
    ]);
    expect(createTermCalendar(data).isSchoolDay('2024-10-28')).toBe(false);
  });
  it.each([
    ['a wrong header', 'term,from,to\n'],
    ['a short row', 'term,start,end,half_term_start,half_term_end\nAutumn,2024-09-03\n'],
    ['half a half term', 'term,start,end,half_term_start,half_term_end\nAutumn,2024-09-03,2024-12-20,2024-10-28,\n'],
    ['an unclosed quote', 'term,start,end,half_term_start,half_term_end\n"Autumn,2024-09-03,2024-12-20,,\n'],
  ])('refuses %s', (_, text) => {
    expect(problem(() => termCalendarFromCsv(text, { name: 'x', source: 'y' })).problem).toBe('csv');
  });
});
