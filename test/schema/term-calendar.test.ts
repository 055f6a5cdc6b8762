import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTermCalendar, englandAndWales } from '../../src/index.js';
import { createTermCalendarSchema, termCalendarIssues } from '../../src/schema/term-calendar.js';
import { numRuns } from '../support/fc.js';

/**
 * The term calendar schema against the hand checker it will replace (`createTermCalendar`): both
 * accept and refuse the same calendars, and a calendar with one fault gets the same code, field,
 * value, words and problem from both.
 */
const schema = createTermCalendarSchema(() => englandAndWales);

type Json = Record<string, unknown>;
const example = JSON.parse(readFileSync(new URL('../../examples/terms-example.json', import.meta.url), 'utf8')) as Json;
const base = (): Json => structuredClone(example);
const term = (c: Json, i = 0): Json => (c.terms as Json[])[i]!;

function byHand(data: unknown) {
  try {
    createTermCalendar(data as never);
    return null;
  } catch (e) {
    const err = e as { code: string; field: string; value: unknown; message: string; problem: string };
    return { code: err.code, path: err.field, value: err.value, message: err.message, problem: err.problem };
  }
}
const byZod = (data: unknown) => termCalendarIssues(data, schema)[0] ?? null;

it('accepts the example term calendar (examples/terms-example.json), as createTermCalendar does', () => {
  expect(byHand(example)).toBeNull();
  expect(termCalendarIssues(example, schema)).toEqual([]);
});

// Each row: a fault, the field both name, the problem.
const faults: [string, (c: Json) => void, string, string][] = [
  ['an unknown field', (c) => { c.year = 2025; }, 'year', 'unknown-field'],
  ['no name', (c) => { delete c.name; }, 'name', 'missing-field'],
  ['a blank source', (c) => { c.source = ' '; }, 'source', 'not-an-object'],
  ['a note that is a number', (c) => { c.note = 1; }, 'note', 'not-an-object'],
  ['no terms', (c) => { delete c.terms; }, 'terms', 'missing-field'],
  ['an empty list of terms', (c) => { c.terms = []; }, 'terms', 'no-terms'],
  ['terms that are not a list', (c) => { c.terms = 'autumn'; }, 'terms', 'no-terms'],
  ['a term that is text', (c) => { (c.terms as unknown[])[1] = 'Spring 2025'; }, 'terms[1]', 'not-an-object'],
  ['an unknown field of a term', (c) => { term(c).inset = ['2024-09-02']; }, 'terms[0].inset', 'unknown-field'],
  ['a term with no start', (c) => { delete term(c).start; }, 'terms[0].start', 'missing-field'],
  ['a term with no end', (c) => { delete term(c, 2).end; }, 'terms[2].end', 'missing-field'],
  ['an impossible end (31 November)', (c) => { term(c).end = '2024-11-31'; }, 'terms[0].end', 'invalid-date'],
  ['a start in another layout', (c) => { term(c).start = '03/09/2024'; }, 'terms[0].start', 'invalid-date'],
  ['a start that is a number', (c) => { term(c).start = 45538; }, 'terms[0].start', 'invalid-date'],
  ['a term that ends before it starts', (c) => { term(c).end = '2024-09-01'; }, 'terms[0].end', 'end-before-start'],
  ['a blank term name', (c) => { term(c).name = ''; }, 'terms[0].name', 'not-an-object'],
  ['a half term that is text', (c) => { term(c).halfTerm = 'October'; }, 'terms[0].halfTerm', 'not-an-object'],
  ['an unknown field of a half term', (c) => { term(c).halfTerm = { start: '2024-10-28', end: '2024-11-01', days: 5 }; }, 'terms[0].halfTerm.days', 'unknown-field'],
  ['a half term with no end', (c) => { term(c).halfTerm = { start: '2024-10-28' }; }, 'terms[0].halfTerm.end', 'missing-field'],
  ['a half term that ends before it starts', (c) => { term(c).halfTerm = { start: '2024-10-28', end: '2024-10-25' }; }, 'terms[0].halfTerm.end', 'end-before-start'],
  ['a half term outside its term', (c) => { term(c).halfTerm = { start: '2025-01-06', end: '2025-01-10' }; }, 'terms[0].halfTerm', 'half-term-outside-term'],
  ['two overlapping terms', (c) => { term(c, 1).start = term(c, 0).end; }, 'terms[1].start', 'overlap'],
  ['a missing term (a gap of more than 12 weeks)', (c) => { (c.terms as Json[]).splice(1, 2); }, 'terms[1].start', 'gap'],
  ['terms outside the England and Wales calendar', (c) => { c.terms = [{ start: '1890-09-01', end: '1890-12-19' }]; }, 'terms', 'out-of-range'],
];

describe('termCalendarSchema refuses what createTermCalendar refuses, in the same words', () => {
  it.each(faults)('%s', (_, change, path, problem) => {
    const c = base();
    change(c);
    const hand = byHand(c);
    expect(hand).toMatchObject({ path, problem });
    expect(byZod(c)).toEqual(hand);
  });

  it('a term calendar that is not an object', () => {
    for (const data of [null, 'terms', [], 7]) {
      expect(byHand(data)).toMatchObject({ path: 'terms', problem: 'not-an-object' });
      expect(byZod(data)).toEqual(byHand(data));
    }
  });

  it('terms given out of order are read by their dates', () => {
    const c = base();
    (c.terms as Json[]).reverse();
    expect(byHand(c)).toBeNull();
    expect(byZod(c)).toBeNull();
  });
});

describe('termCalendarSchema and createTermCalendar agree on generated calendars', () => {
  const faulty = fc.uniqueArray(fc.nat({ max: faults.length - 1 }), { maxLength: 3 }).map((picked) => {
    const c = base();
    const applied = picked.filter((i) => {
      try {
        faults[i]![1](c);
        return true;
      } catch {
        return false; // a fault that no longer applies (its term replaced by text, say)
      }
    });
    return { c, applied };
  });

  it('accept and refuse exactly the same calendars', () => {
    fc.assert(fc.property(faulty, ({ c }) => {
      expect(byZod(c) === null).toBe(byHand(c) === null);
    }), { numRuns });
  });

  it('name the same first problem when there is one fault', () => {
    fc.assert(fc.property(faulty.filter(({ applied }) => applied.length === 1), ({ c }) => {
      expect(byZod(c)).toEqual(byHand(c));
    }), { numRuns });
  });

  // With several faults in one term the two may name different ones first (the hand checker reads
  // a term's end against its start before its half term's dates): they agree on refusing it.
  it('accept and refuse the same terms of any dates: real or not, in order or not, overlapping or far apart', () => {
    const day = fc.integer({ min: 19000, max: 21000 }).map((n) => new Date(n * 864e5).toISOString().slice(0, 10));
    const someDate = fc.oneof(day, fc.constantFrom('2025-02-29', '2024-02-29', '2025-13-01', ''));
    const aTerm = fc.record({ start: someDate, end: someDate, halfTerm: fc.option(fc.record({ start: someDate, end: someDate }), { nil: undefined }) }, { requiredKeys: ['start', 'end'] });
    fc.assert(fc.property(fc.array(aTerm, { minLength: 1, maxLength: 4 }), (terms) => {
      const c = { name: 'n', source: 's', terms: terms.map((t) => (t.halfTerm === undefined ? { start: t.start, end: t.end } : t)) };
      const hand = byHand(c);
      const zod = byZod(c);
      expect(zod === null).toBe(hand === null);
      // Faults between terms (overlap, gap, range) are read only once every term is sound: the same one is named.
      if (hand !== null && ['overlap', 'gap', 'out-of-range'].includes(hand.problem)) expect(zod).toEqual(hand);
    }), { numRuns });
  });
});
