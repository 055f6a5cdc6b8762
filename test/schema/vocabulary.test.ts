import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { exceptionRecords } from '../../src/law/exceptions.js';
import { isoToDay, isoToDayOrNaN } from '../../src/day/iso.js';
import { caseSchema, eventSchema } from '../../src/schema/case.js';
import { DECISIONS, EXCEPTION_CODES, TRANSFER_STAGE_NAMES, YEAR12_DESTINATIONS } from '../../src/schema/vocabulary.js';
import { fieldAt, issuesFromZod } from '../../src/schema/issues.js';
import { numRuns } from '../support/fc.js';

describe('each vocabulary is defined once and read by the schemas', () => {
  it('the exception codes are the law\'s (law/README.md §1), in its order', () => {
    expect([...EXCEPTION_CODES]).toEqual(Object.keys(exceptionRecords));
  });

  it('the event schema and the case schema offer exactly the vocabularies', () => {
    expect(eventSchema.shape.code.unwrap().options).toEqual([...EXCEPTION_CODES]);
    expect(eventSchema.shape.decision.unwrap().options).toEqual([...DECISIONS]);
    expect(caseSchema.shape.transferStages.unwrap().element.options).toEqual([...TRANSFER_STAGE_NAMES]);
    expect(caseSchema.shape.year12Destination.unwrap().options).toEqual([...YEAR12_DESTINATIONS]);
  });
});

describe('isoToDayOrNaN reads what isoToDay reads, without throwing', () => {
  it('gives the same day number, or NaN exactly where isoToDay throws', () => {
    const text = fc.oneof(
      fc.integer({ min: -800000, max: 2900000 }).map((n) => new Date(n * 864e5).toISOString().slice(0, 10)),
      fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(fc.property(fc.oneof(text, fc.anything()), (value) => {
      let expected: number;
      try {
        expected = isoToDay(value);
      } catch {
        expected = Number.NaN;
      }
      expect(isoToDayOrNaN(value)).toBe(expected);
    }), { numRuns });
  });

  it('every day 00 to 32 of every month of the years 1899 to 2201 (the table of month starts covers 1900 to 2199, and its edges): the same as isoToDay', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    for (let y = 1899; y <= 2201; y++) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const text = `${y}-${two(m)}-${two(d)}`;
          let expected: number;
          try {
            expected = isoToDay(text);
          } catch {
            expected = Number.NaN;
          }
          if (!Object.is(isoToDayOrNaN(text), expected)) expect({ text, day: isoToDayOrNaN(text) }).toEqual({ text, day: expected });
        }
      }
    }
  });

  it('table: 1970-01-02 is day 1; 29 February only in a leap year (2024, not 2025, 1900 or 2100; 2000 is one)', () => {
    expect(isoToDayOrNaN('1970-01-02')).toBe(1);
    expect(isoToDayOrNaN('2024-02-29')).toBe(isoToDay('2024-02-28') + 1);
    expect(isoToDayOrNaN('2000-02-29')).toBe(isoToDay('2000-02-28') + 1);
    for (const text of ['2025-02-29', '1900-02-29', '2100-02-29', '0000-01-01', '2025-1-06', ' 2025-01-06']) expect(isoToDayOrNaN(text)).toBeNaN();
  });
});

describe('issuesFromZod', () => {
  const ctx = { root: 'thing', code: 'INVALID_OPTION' as const, fold: { 'list.#.tags': 'self' as const } };
  const schema = z.strictObject({ a: z.string(), list: z.array(z.strictObject({ tags: z.array(z.string()) })) });

  it('names an unknown field before the problems inside the same object, and keeps zod\'s order otherwise', () => {
    const input = { a: 1, list: [{ tags: [1] }], extra: true };
    const issues = issuesFromZod(input, schema.safeParse(input).error!.issues, ctx);
    expect(issues.map((i) => i.path)).toEqual(['thing.extra', 'thing.a', 'thing.list[0].tags']);
    expect(issues[0]).toMatchObject({ code: 'INVALID_OPTION', value: true });
  });

  it('reports a problem inside a folded list on the list, with the list as the value', () => {
    const input = { a: 'x', list: [{ tags: ['t', 2] }] };
    const [issue] = issuesFromZod(input, schema.safeParse(input).error!.issues, ctx);
    expect(issue).toMatchObject({ path: 'thing.list[0].tags', value: ['t', 2] });
  });

  it('names fields as a caller writes them', () => {
    expect(fieldAt(ctx, ['list', 2, 'tags'])).toBe('thing.list[2].tags');
    expect(fieldAt({ root: '', code: 'INVALID_OPTION' }, ['terms', 0, 'start'])).toBe('terms[0].start');
    expect(fieldAt({ root: '', whole: 'options', code: 'INVALID_OPTION' }, [])).toBe('options');
  });
});
