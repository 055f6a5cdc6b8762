/**
 * measures.csv and findings.csv of an SEN2 return's audit (src/report/audit-files.ts, `sen2Files`):
 * one writer for the command line's --output-dir and the page's downloads. Each measure's row is
 * the measure's value, and every finding of every person is one row, in the return's order.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { auditSen2 } from '../../src/readers/sen2/audit.js';
import { sen2Files } from '../../src/report/audit-files.js';
import { syntheticHeader, syntheticReturn } from '../support/sen2-synthetic.js';

const sen2 = syntheticReturn(60, 11);
const result = auditSen2(sen2.persons, syntheticHeader(), { reading: 'statutory' });
const rows = (text: string) => parse(text, { columns: true }) as Record<string, string>[];

describe('sen2Files: measures.csv and findings.csv', () => {
  const files = sen2Files({ result }, (iso) => iso);
  const measures = Object.fromEntries(rows(files['measures.csv']!).map((r) => [r.measure, r.value]));
  const m = result.measures;

  it('measures.csv: the reading and its citation, the window, and each measure as the audit gives it', () => {
    expect(measures.reading).toBe('statutory');
    expect(measures.reading_citation).toBe(`${m.reading.citation.instrument}, ${m.reading.citation.provision}`);
    expect([measures.census_date, measures.plans_from, measures.plans_to]).toEqual([m.census, m.plans.from, m.plans.to]);
    expect(Number(measures.plans_issued)).toBe(m.plans.issued);
    expect(Number(measures.including_plans)).toBe(m.plans.including.plans);
    expect(Number(measures.including_within_20_weeks)).toBe(m.plans.including.withinTwentyWeeks);
    expect(Number(measures.excluding_within_20_weeks)).toBe(m.plans.excludingExceptions.withinTwentyWeeks);
    // The bands add up to the plans counted, including and excluding exceptions.
    for (const side of ['including', 'excluding'] as const) {
      const within = Number(measures[`${side}_within_20_weeks`]);
      expect(within + Number(measures[`${side}_20_to_52_weeks`]) + Number(measures[`${side}_over_52_weeks`])).toBe(Number(measures[`${side}_plans`]));
    }
    expect(Number(measures.review_meetings)).toBe(m.reviews.meetings);
  });

  it('findings.csv: every finding of every person once, persons in the return\'s order', () => {
    const found = rows(files['findings.csv']!);
    const expected = [...result.setAside, ...result.audited].reduce((n, p) => n + p.findings.length, 0);
    expect(expected).toBeGreaterThan(0);
    expect(found).toHaveLength(expected);
    const positions = found.map((r) => Number(r.position));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(found.map((r) => r.severity))).toEqual(new Set([...result.setAside, ...result.audited].flatMap((p) => p.findings.map((f) => f.severity))));
  });

  it('dates are written in the layout asked for (as --date-format gives)', () => {
    const uk = sen2Files({ result }, (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`);
    const census = rows(uk['measures.csv']!).find((r) => r.measure === 'census_date')!.value;
    expect(census).toBe(`${m.census.slice(8, 10)}/${m.census.slice(5, 7)}/${m.census.slice(0, 4)}`);
  });
});
