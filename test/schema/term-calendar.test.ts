import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTermCalendar, createWorkingCalendar, englandAndWales, SendTimescalesError, TermCalendarError } from '../../src/index.js';
import { isoToDayOrNaN } from '../../src/day/iso.js';
import { createTermCalendarSchema, termCalendarIssues } from '../../src/schema/term-calendar.js';
import { numRuns } from '../support/fc.js';

/**
 * The term calendar schema is the one check of a term calendar (`createTermCalendar`). It refuses
 * every calendar 0.5's hand-written checker refused, with the same code, field, value, words and
 * problem: what that checker answered for each fault is recorded in
 * fixtures/term-calendar-refusals.json.
 */
const schema = createTermCalendarSchema(() => englandAndWales);

type Json = Record<string, unknown>;
type Outcome = { code: string; path: string; value?: unknown; message: string; problem: string } | null;
const example = JSON.parse(readFileSync(new URL('../../examples/terms-example.json', import.meta.url), 'utf8')) as Json;
const recorded = JSON.parse(readFileSync(new URL('./fixtures/term-calendar-refusals.json', import.meta.url), 'utf8')) as Record<string, Outcome>;
const base = (): Json => structuredClone(example);
const term = (c: Json, i = 0): Json => (c.terms as Json[])[i]!;

/** The error createTermCalendar throws, as its first issue with the problem; null when it accepts. */
function refusal(data: unknown, options?: Parameters<typeof createTermCalendar>[1]): Outcome {
  try {
    createTermCalendar(data as never, options);
    return null;
  } catch (e) {
    if (!(e instanceof TermCalendarError)) throw e;
    return { code: e.code, path: e.field, value: e.value, message: e.issues[0]!.message, problem: e.problem };
  }
}
const byZod = (data: unknown) => termCalendarIssues(data, schema)[0] ?? null;

it('accepts the example term calendar (examples/terms-example.json), as 0.5 did', () => {
  expect(refusal(example)).toBeNull();
  expect(termCalendarIssues(example, schema)).toEqual([]);
});

// Each row: a fault, the field named, the problem.
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

describe('createTermCalendar refuses what 0.5 refused, in the same words', () => {
  it.each(faults)('%s', (label, change, path, problem) => {
    const c = base();
    change(c);
    expect(recorded[label]).toMatchObject({ path, problem });
    expect(refusal(c)).toEqual(recorded[label]);
    expect(byZod(c)).toEqual(recorded[label]);
  });

  it('a term calendar that is not an object', () => {
    for (const data of [null, 'terms', [], 7]) {
      expect(refusal(data)).toMatchObject({ path: 'terms', problem: 'not-an-object' });
      expect(refusal(data)).toEqual(recorded[`not an object: ${JSON.stringify(data)}`]);
    }
  });

  it('terms given out of order are read by their dates', () => {
    const c = base();
    (c.terms as Json[]).reverse();
    expect(refusal(c)).toBeNull();
    expect(byZod(c)).toBeNull();
  });
});

describe('every problem is reported at once, in a stated order', () => {
  function thrown(data: unknown, options?: Parameters<typeof createTermCalendar>[1]): TermCalendarError {
    try {
      createTermCalendar(data as never, options);
    } catch (e) {
      if (e instanceof TermCalendarError) return e;
      throw e;
    }
    throw new Error('accepted');
  }

  it('unknown fields first, then the fields in the order of the format; the first issue is on the error', () => {
    const c = base();
    c.source = ' ';
    c.year = 2025;
    term(c).end = '2024-11-31';
    const e = thrown(c);
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([['year', 'INVALID_OPTION'], ['source', 'INVALID_OPTION'], ['terms[0].end', 'INVALID_DATE']]);
    expect([e.code, e.field, e.value, e.problem]).toEqual(['INVALID_OPTION', 'year', 2025, 'unknown-field']);
    expect(e.message).toBe(e.issues.map((i) => i.message).join(' '));
    expect(e instanceof SendTimescalesError).toBe(true);
    expect(e.toJSON()).toMatchObject({ problem: 'unknown-field', issues: e.issues.map((i) => ({ path: i.path })) });
  });

  it('one problem: one issue, serialised as before (no issues list)', () => {
    const c = base();
    c.year = 2025;
    const e = thrown(c);
    expect(e.issues).toHaveLength(1);
    expect(Object.keys(e.toJSON()).sort()).toEqual(['code', 'field', 'message', 'problem', 'value']);
  });

  it('the calendar option is read first: without a working-day calendar the range of the terms cannot be judged', () => {
    const c = base();
    c.year = 2025;
    const e = thrown(c, { calendar: 'England and Wales' as never });
    expect([e.field, e.problem, e.issues.length]).toEqual(['calendar', 'not-an-object', 1]);
  });

  it('the range is read against the calendar given: a council calendar of the library holds the example', () => {
    const council = createWorkingCalendar({ name: 'Council', closures: [{ date: '2025-01-02', name: 'Closure' }] });
    expect(refusal(example, { calendar: council })).toBeNull();
  });
});

/**
 * What 0.5 refused, as a model: inside a term, a date that is not real, a term or half term that
 * ends before it starts, a half term outside its term; once every term is sound, two terms that
 * overlap, a gap of more than 12 weeks (84 days) between terms, or terms outside the England and
 * Wales calendar.
 */
function modelProblems(terms: readonly { start: string; end: string; halfTerm?: { start: string; end: string } }[]): { inside: Set<string>; between: string | null } {
  const inside = new Set<string>();
  const days = terms.map((t) => {
    const [s, e] = [isoToDayOrNaN(t.start), isoToDayOrNaN(t.end)];
    if (Number.isNaN(s) || Number.isNaN(e)) inside.add('invalid-date');
    else if (e < s) inside.add('end-before-start');
    if (t.halfTerm) {
      const [hs, he] = [isoToDayOrNaN(t.halfTerm.start), isoToDayOrNaN(t.halfTerm.end)];
      if (Number.isNaN(hs) || Number.isNaN(he)) inside.add('invalid-date');
      else if (he < hs) inside.add('end-before-start');
      else if (hs < s || he > e) inside.add('half-term-outside-term');
    }
    return [s, e] as const;
  });
  if (inside.size > 0) return { inside, between: null };
  const sorted = [...days].sort((a, b) => a[0] - b[0]);
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k]![0] <= sorted[k - 1]![1]) return { inside, between: 'overlap' };
    if (sorted[k]![0] - sorted[k - 1]![1] - 1 > 84) return { inside, between: 'gap' };
  }
  const outside = sorted[0]![0] < englandAndWales.firstDay || sorted.at(-1)![1] > englandAndWales.lastDay;
  return { inside, between: outside ? 'out-of-range' : null };
}

describe('createTermCalendar on generated calendars', () => {
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

  it('refuses a calendar exactly when it has a fault (0.5 refused every pair of faults of the table too)', () => {
    fc.assert(fc.property(faulty, ({ c, applied }) => {
      expect(refusal(c) === null).toBe(applied.length === 0);
    }), { numRuns });
  });

  it('names the recorded problem when there is one fault', () => {
    fc.assert(fc.property(faulty.filter(({ applied }) => applied.length === 1), ({ c, applied }) => {
      expect(refusal(c)).toEqual(recorded[faults[applied[0]!]![0]]);
    }), { numRuns });
  });

  it('accepts and refuses terms of any dates as 0.5 did: real or not, in order or not, overlapping or far apart', () => {
    const day = fc.integer({ min: 19000, max: 21000 }).map((n) => new Date(n * 864e5).toISOString().slice(0, 10));
    const someDate = fc.oneof(day, fc.constantFrom('2025-02-29', '2024-02-29', '2025-13-01', ''));
    const aTerm = fc.record({ start: someDate, end: someDate, halfTerm: fc.option(fc.record({ start: someDate, end: someDate }), { nil: undefined }) }, { requiredKeys: ['start', 'end'] });
    fc.assert(fc.property(fc.array(aTerm, { minLength: 1, maxLength: 4 }), (list) => {
      const terms = list.map((t) => (t.halfTerm === undefined ? { start: t.start, end: t.end } : t));
      const { inside, between } = modelProblems(terms);
      const made = refusal({ name: 'n', source: 's', terms });
      expect(made === null).toBe(inside.size === 0 && between === null);
      // A fault inside a term is named first; one between terms only once every term is sound.
      if (made !== null) expect(inside.size > 0 ? inside.has(made.problem) : made.problem === between).toBe(true);
    }), { numRuns });
  });
});
