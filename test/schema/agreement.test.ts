import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { caseSchema, validateCase } from '../../src/index.js';
import { fastValidate } from '../../src/schema/fast-validate.js';
import { validateCaseBySchema } from '../../src/schema/validate.js';
import { numRuns } from '../support/fc.js';

/** Values near the edges of every rule of caseSchema: the hand-written check must agree with zod on each. */
const maybe = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const dateish = fc.oneof(
  fc.constantFrom('2025-01-06', '2024-02-29', '2025-02-29', '2025-13-01', '2025-1-6', '06/01/2025', '', '2025-01-06T00:00', '0000-01-01'),
  fc.integer({ min: 0, max: 40000 }).map((n) => new Date(n * 864e5).toISOString().slice(0, 10)),
  fc.integer(),
);
const event = fc.record(
  {
    type: fc.constantFrom('request-received', 'final-plan-issued', 'moved-la', 'exception', 'tribunal-order', 'order-complied', 'plan-issued', 5),
    date: dateish,
    aware: maybe(dateish),
    until: maybe(dateish),
    decision: maybe(fc.constantFrom('assess', 'amend', 'maybe', 1)),
    body: maybe(fc.constantFrom('', 'school', 3)),
    order: maybe(fc.constantFrom('order-make-plan-final', 'order-', 'make-plan', 'order-x1')),
    code: maybe(fc.constantFrom('school-closure', 'coronavirus', 'holiday')),
    note: maybe(fc.constantFrom('n', 7)),
    extra: maybe(fc.constant('x')),
  },
  { requiredKeys: ['type', 'date'] },
);
const record = fc.record(
  {
    id: fc.oneof(fc.constantFrom('C1', '', 0, 1.5, Number.NaN), fc.constant(null)),
    dateOfBirth: maybe(dateish),
    yearGroupOffset: maybe(fc.constantFrom(0, -3, 3, 4, 1.5, '1')),
    transferStages: maybe(fc.constantFrom(['year7'], ['year4'], 'year7', [])),
    year12Destination: maybe(fc.constantFrom('school-sixth-form', 'college')),
    events: fc.oneof(fc.array(event, { maxLength: 4 }), fc.constant('none')),
    other: maybe(fc.constant(1)),
  },
  { requiredKeys: ['events'] },
);

/**
 * Events that are mostly valid, each field now and then wrong or present as undefined: the
 * generator above refuses nearly every record with events, so field-by-field agreement needs this one.
 */
const goodDate = fc.integer({ min: 16000, max: 21000 }).map((n) => new Date(n * 864e5).toISOString().slice(0, 10));
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ weight: 8, arbitrary: good }, { weight: 1, arbitrary: bad }, { weight: 1, arbitrary: fc.constant(undefined) });
const likelyEvent = fc.record(
  {
    type: fc.constantFrom('request-received', 'final-plan-issued', 'moved-la', 'exception', 'tribunal-order', 'order-complied', 'review-meeting', 'advice-requested'),
    date: mostly(goodDate, fc.constantFrom('2025-02-29', '')),
    aware: mostly(goodDate, fc.constant('2025-13-01')),
    until: mostly(goodDate, fc.constant('x')),
    decision: mostly(fc.constantFrom('assess', 'amend', 'continue'), fc.constant('maybe')),
    body: mostly(fc.constantFrom('school', 'health', 'educational psychologist'), fc.constant('')),
    order: mostly(fc.constantFrom('order-make-plan-final', 'order-x1'), fc.constant('make-plan')),
    code: mostly(fc.constantFrom('school-closure', 'coronavirus', 'personal-circumstances'), fc.constant('holiday')),
    note: mostly(fc.constant('a note'), fc.constant(7)),
    extra: fc.oneof({ weight: 15, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant('x') }),
  },
  { requiredKeys: ['type', 'date'] },
).map((e) => Object.fromEntries(Object.entries(e).filter(([k, v]) => k !== 'extra' || v !== undefined)));
const likelyRecord = fc.record({ id: fc.constantFrom('C1', 7), events: fc.array(likelyEvent, { minLength: 1, maxLength: 3 }) });

describe('the fast validator agrees with caseSchema (zod)', () => {
  it('property: on mostly valid events, accepts exactly what zod accepts, with the same engine form', () => {
    let accepted = 0;
    fc.assert(
      fc.property(likelyRecord, (r) => {
        const fast = fastValidate(r);
        const bySchema = validateCaseBySchema(r);
        expect(fast !== null).toBe(bySchema.ok);
        if (fast !== null && bySchema.ok) {
          accepted++;
          expect(fast).toEqual(bySchema.value);
        }
      }),
      { numRuns: numRuns * 3 },
    );
    // The property means something only if many records with events are accepted.
    expect(accepted).toBeGreaterThan(numRuns / 10);
  });

  it('accepts exactly what zod accepts', () => {
    fc.assert(
      fc.property(record, (r) => {
        expect(fastValidate(r) !== null).toBe(caseSchema.safeParse(r).success);
      }),
      { numRuns: numRuns * 3 },
    );
  });

  it('property: where both accept, the same engine form as the zod path, field by field', () => {
    fc.assert(
      fc.property(record, (r) => {
        const fast = fastValidate(r);
        const bySchema = validateCaseBySchema(r);
        if (fast === null || !bySchema.ok) return;
        expect(fast).toEqual(bySchema.value);
      }),
      { numRuns: numRuns * 3 },
    );
  });

  it('gives the same engine form as the zod path', () => {
    const r = { id: 7, dateOfBirth: '2015-05-20', events: [{ type: 'review-meeting', date: '2025-02-03' }, { type: 'final-plan-issued', date: '2022-03-01', note: 'x' }] };
    const v = validateCase(r);
    expect(v.ok && v.value).toMatchObject({ id: '7', yearGroupOffset: 0, events: [{ type: 'final-plan-issued', index: 1 }, { type: 'review-meeting', index: 0 }] });
  });
});
