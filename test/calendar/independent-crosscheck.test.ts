import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bankHolidays } from '../../src/index.js';

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/python-holidays-england-1971-2060.json', import.meta.url), 'utf8'),
) as { dates: string[] };

/**
 * Where the independent encoding departs from the primary sources (each checked):
 * - 1974-01-01: New Year's Day was first a bank holiday in 1974 (proclaimed October 1973; HC Deb
 *   18 February 1975); the library starts it in 1975.
 * - 1977-05-30 / 1977-06-06: the Spring bank holiday was moved to Monday 6 June 1977 (HC Deb
 *   19 January 1977 vol 924 cc191-3W); the library keeps 30 May.
 */
const onlyHere = ['1974-01-01', '1977-06-06'];
const onlyThere = ['1977-05-30'];

describe('cross-check: an independent holiday encoding, 1971–2060', () => {
  it('agrees on every non-working weekday except the documented, sourced differences', () => {
    const ours: string[] = [];
    for (let y = 1971; y <= 2060; y++) ours.push(...bankHolidays(y).map((h) => h.date));
    const theirs = new Set(fixture.dates);
    const mine = new Set(ours);
    expect(ours.filter((d) => !theirs.has(d))).toEqual(onlyHere);
    expect(fixture.dates.filter((d) => !mine.has(d))).toEqual(onlyThere);
  });
});
