import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  audit, compulsorySchoolAge, createWorkingCalendar, englandAndWales, isYear9OrAbove, planUpperAge, transfers, year9SchoolYear, yearGroup,
  createTermCalendar, SendTimescalesError,
} from '../../src/index.js';
import { checkOptions } from '../../src/engine/options.js';
import { checkRunOptions } from '../../src/engine/timeline.js';
import {
  auditOptionsSchema, compulsorySchoolAgeOptionsSchema, deadlineOptionsSchema, optionIssues, planUpperAgeOptionsSchema,
  timelineOptionsSchema, transfersOptionsSchema, yearGroupOptionsSchema,
} from '../../src/schema/options.js';
import { TRANSFER_STAGES } from '../../src/law/age/transfer-stages.js';
import { TRANSFER_STAGE_NAMES } from '../../src/schema/vocabulary.js';
import { numRuns } from '../support/fc.js';

/**
 * The options schemas against the functions: each accepts and refuses what its function accepts
 * and refuses, with the same code, field, value and words for the first problem. `deadline()`
 * refuses through the schema, after a fast path of its own that must accept exactly what the
 * schema accepts; the age functions check their options by hand still.
 * What an option is checked against beyond its own value (a date of birth: OUT_OF_RANGE) stays
 * with the function, and is left out of the comparison.
 */
type Outcome = { code: string; path: string; value: unknown; message: string } | null;

function thrown(run: () => unknown): Outcome {
  try {
    run();
    return null;
  } catch (e) {
    // The first problem: the error's code, field and value, and its first issue's words.
    const err = e as SendTimescalesError;
    return { code: err.code, path: err.field, value: err.value, message: err.issues[0]!.message };
  }
}

const terms = createTermCalendar({ name: 'T', source: 'S', terms: [{ start: '2024-09-03', end: '2024-12-20' }] });
const calendar = createWorkingCalendar({ name: 'Council', closures: [{ date: '2025-01-02', name: 'Closure' }] });

/** Each function with its schema, over a pool of values near and at the edge of every option. */
const subjects = {
  deadline: {
    schema: deadlineOptionsSchema,
    hand: (o: unknown) => thrown(() => checkOptions(o as never)),
    keys: {
      fixedDate: ['before', 'on-or-before', 'On-or-before', null, 1],
      notice: ['strict', 'permissive', 'lenient', '', false],
      exception: ['personal-circumstances', 'coronavirus', 'holiday', null, 5],
      coronavirus: [true, false, 'yes', null, 0],
      calendar: [englandAndWales, calendar, 'England and Wales', {}],
      terms: [terms, { name: 'T' }, 'terms'],
      profile: ['dorset'],
      colour: ['blue'],
    },
    wholes: [undefined, null, 'strict', 3, [], ['x'], () => 1],
  },
  timeline: {
    schema: timelineOptionsSchema,
    hand: (o: unknown) => thrown(() => checkRunOptions(o as never)),
    keys: {
      asOf: ['2025-06-30', '2025-02-29', '30/06/2025', 20250630],
      reviewedOn: ['meeting', 'decision', 'Meeting', null],
      notice: ['strict', 'lenient', '', 0],
      fixedDate: ['before', 'after', false],
      calendar: [englandAndWales, 'none', '', 0],
      terms: [terms, 'terms'],
      rules: [[], 'all'],
      from: ['2025-13-01'],
      colour: ['blue'],
    },
    wholes: [null, 'options', 3],
  },
  audit: {
    schema: auditOptionsSchema,
    hand: (o: unknown) => thrown(() => audit([], o as never)),
    keys: {
      asOf: ['2025-06-30', '2025-02-29', undefined],
      reviewedOn: ['decision', 'review'],
      from: ['2025-01-01', '2025-13-01', 1],
      to: ['2025-12-31', '31/12/2025'],
    },
    wholes: [null],
  },
  yearGroup: {
    schema: yearGroupOptionsSchema('yearGroup'),
    hand: (o: unknown) => thrown(() => yearGroup('2015-10-10', '2025-01-06', o as never)),
    keys: { offset: [0, -3, 3, 4, -4, 1.5, '1', null], colour: ['blue'] },
    wholes: [undefined, null, [], 'offset', 1],
  },
  year9SchoolYear: {
    schema: yearGroupOptionsSchema('year9SchoolYear'),
    hand: (o: unknown) => thrown(() => year9SchoolYear('2015-10-10', o as never)),
    keys: { offset: [-1, 9, Number.NaN], age: [9] },
    wholes: [null],
  },
  isYear9OrAbove: {
    schema: yearGroupOptionsSchema('isYear9OrAbove'),
    hand: (o: unknown) => thrown(() => isYear9OrAbove('2015-10-10', '2025-01-06', o as never)),
    keys: { offset: [1, 2.5], year: [9] },
    wholes: [[]],
  },
  compulsorySchoolAge: {
    schema: compulsorySchoolAgeOptionsSchema,
    // 16th birthday 1 Sep 2024: a first day of the autumn term is read between 1 Aug and 31 Oct 2024.
    hand: (o: unknown) => thrown(() => compulsorySchoolAge('2008-09-01', o as never)),
    keys: { autumnTermStart: ['2024-09-04', '2024-02-30', '04/09/2024', null, '2025-09-03'], term: ['autumn'] },
    wholes: [undefined, null, 'autumn'],
  },
  transfers: {
    schema: transfersOptionsSchema,
    hand: (o: unknown) => thrown(() => transfers('2015-10-10', o as never)),
    keys: {
      stages: [['year7'], [], ['year4'], ['year7', 7], 'year7', null, [...TRANSFER_STAGES]],
      offset: [0, -1, 5, 0.5],
      year12Destination: ['post16-institution', 'school-sixth-form', 'college', null],
      colour: ['blue'],
    },
    wholes: [undefined, null, ['year7']],
  },
  planUpperAge: {
    schema: planUpperAgeOptionsSchema,
    // 25th birthday 15 Mar 2026: an end of course before it is read against the date of birth.
    hand: (o: unknown) => thrown(() => planUpperAge('2001-03-15', o as never)),
    keys: {
      setting: ['further-education', 'apprenticeship', 'other', 'university', null],
      endsOn: ['2027-06-30', '2027-06-31', '30/06/2027', 2027],
      colour: ['blue'],
    },
    wholes: [undefined, null, 'other'],
  },
} as const;

type Subject = (typeof subjects)[keyof typeof subjects];
const zodOutcome = (s: Subject, o: unknown): Outcome => optionIssues(o, s.schema)[0] ?? null;

/** Options from the pools: any subset of the keys, each with one of its values. */
function optionsOf(s: Subject): fc.Arbitrary<unknown> {
  const pools = Object.fromEntries(Object.entries(s.keys).map(([k, values]) => [k, fc.constantFrom(...(values as readonly unknown[]))]));
  return fc.oneof({ weight: 5, arbitrary: fc.record(pools, { requiredKeys: [] }) }, { weight: 1, arbitrary: fc.constantFrom(...(s.wholes as readonly unknown[])) });
}

describe('each options schema agrees with the function it checks for', () => {
  for (const [name, s] of Object.entries(subjects) as [string, Subject][]) {
    it(`${name}(): the same options accepted, the same first problem refused`, () => {
      fc.assert(fc.property(optionsOf(s), (o) => {
        const hand = s.hand(o);
        if (hand?.code === 'OUT_OF_RANGE') return; // read against the date of birth, by the function
        expect(zodOutcome(s, o)).toEqual(hand);
      }), { numRuns });
    });
  }
});

describe('options refused as the functions refuse them (table)', () => {
  it.each<[string, Subject, unknown, string, string]>([
    ['deadline: notice "lenient" (only "strict" or "permissive")', subjects.deadline, { notice: 'lenient' }, 'notice', 'INVALID_OPTION'],
    ['deadline: an exception code not in law/README.md §1', subjects.deadline, { exception: 'holiday' }, 'exception', 'INVALID_OPTION'],
    ['deadline: an unknown option', subjects.deadline, { colour: 'blue' }, 'colour', 'INVALID_OPTION'],
    ['deadline: options that are text', subjects.deadline, 'strict', 'options', 'INVALID_OPTION'],
    ['deadline: a calendar that is its name', subjects.deadline, { calendar: 'England and Wales' }, 'calendar', 'INVALID_OPTION'],
    ['deadline: terms that are not a term calendar', subjects.deadline, { terms: { name: 'T' } }, 'terms', 'INVALID_OPTION'],
    ['timeline: no asOf', subjects.timeline, {}, 'asOf', 'INVALID_OPTION'],
    ['timeline: asOf 29 February 2025', subjects.timeline, { asOf: '2025-02-29' }, 'asOf', 'INVALID_DATE'],
    ['timeline: reviewedOn "review"', subjects.timeline, { asOf: '2025-06-30', reviewedOn: 'review' }, 'reviewedOn', 'INVALID_OPTION'],
    ['timeline: rules that are not a list', subjects.timeline, { asOf: '2025-06-30', rules: 'all' }, 'rules', 'INVALID_OPTION'],
    ['audit: from in month 13', subjects.audit, { asOf: '2025-06-30', from: '2025-13-01' }, 'from', 'INVALID_DATE'],
    ['yearGroup: offset 4 (a child is at most 3 years out of year group)', subjects.yearGroup, { offset: 4 }, 'offset', 'INVALID_NUMBER'],
    ['yearGroup: offset 1.5', subjects.yearGroup, { offset: 1.5 }, 'offset', 'INVALID_NUMBER'],
    ['yearGroup: options that are a list', subjects.yearGroup, [], 'options', 'INVALID_OPTION'],
    ['compulsorySchoolAge: autumnTermStart 30 February', subjects.compulsorySchoolAge, { autumnTermStart: '2024-02-30' }, 'autumnTermStart', 'INVALID_DATE'],
    ['transfers: a stage "year4" (reg 18 transfers: reception, years 3, 5, 7, 9, 12)', subjects.transfers, { stages: ['year7', 'year4'] }, 'stages', 'INVALID_OPTION'],
    ['transfers: a Year 12 destination "college"', subjects.transfers, { year12Destination: 'college' }, 'year12Destination', 'INVALID_OPTION'],
    ['planUpperAge: an apprenticeship with no end (reg 46(1)(b))', subjects.planUpperAge, { setting: 'apprenticeship' }, 'endsOn', 'INVALID_DATE'],
    ['planUpperAge: a course ending 31 June (reg 46(1)(c))', subjects.planUpperAge, { setting: 'other', endsOn: '2027-06-31' }, 'endsOn', 'INVALID_DATE'],
    ['planUpperAge: setting "university"', subjects.planUpperAge, { setting: 'university' }, 'setting', 'INVALID_OPTION'],
  ])('%s', (_, s, options, path, code) => {
    const hand = s.hand(options);
    expect(hand).toMatchObject({ path, code });
    expect(zodOutcome(s, options)).toEqual(hand);
  });

  it('transfers names the stage at fault as the value, as it always has', () => {
    expect(zodOutcome(subjects.transfers, { stages: ['year7', 'year4'] })).toMatchObject({ path: 'stages', value: 'year4' });
  });
});

it('the transfer stages of the schemas are those of the age module', () => {
  expect([...TRANSFER_STAGE_NAMES]).toEqual([...TRANSFER_STAGES]);
});

describe('every problem with the options is reported at once', () => {
  it('deadline: an unknown option first, then the options in the order they are read (fixedDate, notice, exception, coronavirus)', () => {
    let error: SendTimescalesError | undefined;
    try {
      checkOptions({ coronavirus: 'yes', notice: 'lenient', colour: 'blue', fixedDate: 'after' } as never);
    } catch (e) {
      error = e as SendTimescalesError;
    }
    expect(error?.issues.map((i) => i.path)).toEqual(['colour', 'fixedDate', 'notice', 'coronavirus']);
    expect([error?.code, error?.field, error?.value]).toEqual(['INVALID_OPTION', 'colour', 'blue']);
  });

  it('timeline: rules of null are the statutory rules, as they were in 0.5', () => {
    expect(checkRunOptions({ asOf: '2025-06-30', rules: null } as never).rules.length).toBe(checkRunOptions({ asOf: '2025-06-30' }).rules.length);
  });
});
