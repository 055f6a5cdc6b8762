import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assessmentOutcomeCodes, ceaseReasonCodes, codeOf, requestOutcomeCodes, reviewOutcomeCodes, week20Codes, type Sen2CodeList,
} from '../../../src/readers/sen2/codes.js';
import { fixturesDir } from '../../support/fixtures.js';

/** The code tables the lists were checked against (test/fixtures/README.md gives their sources). */
interface Table {
  element: string;
  item?: string;
  source: string;
  partial?: boolean;
  codes: { code: string; meaning?: string }[];
}
const fixture = JSON.parse(readFileSync(join(fixturesDir, 'sen2-code-lists.json'), 'utf8')) as {
  sources: Record<string, { year: number | null }>;
  tables: Table[];
};

const lists: readonly Sen2CodeList[] = [requestOutcomeCodes, assessmentOutcomeCodes, reviewOutcomeCodes, ceaseReasonCodes, week20Codes];
const tablesOf = (element: string): Table[] => fixture.tables.filter((t) => t.element === element);
const confirmedCodes = (list: Sen2CodeList): string[] => list.codes.filter((c) => c.unconfirmed === undefined).map((c) => c.code).sort();
const loose = (s: string): string => s.toLowerCase().replace(/[–-]/g, ' ').replace(/\s+/g, ' ').trim();

describe('oracle: the SEN2 code lists agree with the tables copied from their sources', () => {
  it.each(lists.map((l) => [l.element, l] as const))('%s: every complete table has exactly the confirmed codes', (element, list) => {
    const tables = tablesOf(element).filter((t) => !t.partial);
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) expect([...t.codes.map((c) => c.code)].sort(), `${element} per ${t.source}`).toEqual(confirmedCodes(list));
  });

  it.each(lists.map((l) => [l.element, l] as const))('%s: item number as the tables give it', (element, list) => {
    for (const t of tablesOf(element)) expect(t.item).toBe(list.item);
  });

  it.each([requestOutcomeCodes, assessmentOutcomeCodes, reviewOutcomeCodes].map((l) => [l.element, l] as const))(
    '%s: each meaning is the wording of a table, verbatim (the guide\'s where the guide and the schema differ)', (element, list) => {
      const first = tablesOf(element).filter((t) => !t.partial)[0]!;
      for (const c of list.codes.filter((k) => k.unconfirmed === undefined)) {
        expect(c.meaning, `${element} ${c.code}`).toBe(first.codes.find((k) => k.code === c.code)?.meaning);
      }
    });

  it('CeaseReason: each meaning is within the 2025 guide\'s wording of its number (item 4.6)', () => {
    const guide = tablesOf('CeaseReason').find((t) => t.source === 'dfe-guide-2025')!;
    for (const c of ceaseReasonCodes.codes) expect(loose(guide.codes.find((k) => k.code === c.code)!.meaning!)).toContain(loose(c.meaning));
  });

  it('a code the lists keep without a complete table (AssessmentOutcome S) says why, and a partial table names it', () => {
    const s = assessmentOutcomeCodes.codes.find((c) => c.code === 'S')!;
    expect(s.unconfirmed).toMatch(/Capita One/);
    expect(tablesOf('AssessmentOutcome').filter((t) => t.partial).flatMap((t) => t.codes.map((c) => c.code))).toEqual(['S']);
    expect(assessmentOutcomeCodes.codes.filter((c) => c.unconfirmed !== undefined).map((c) => c.code)).toEqual(['S']);
  });

  it.each(lists.map((l) => [l.element, l] as const))('%s: confirmed, with years among those of the schema and guides read', (element, list) => {
    expect(list.confirmed).toBe(true);
    const years = new Set(Object.values(fixture.sources).map((s) => s.year).filter((y): y is number => y !== null));
    expect(list.years.length).toBeGreaterThan(0);
    for (const y of list.years) expect(years.has(y), `${element} ${y}`).toBe(true);
  });

  it('the letters once inferred from summaries and absent from every table are unknown codes now (B, C, D of items 2.4 and 3.1)', () => {
    for (const letter of ['B', 'C', 'D']) {
      expect(codeOf(requestOutcomeCodes, letter)).toBeUndefined();
      expect(codeOf(assessmentOutcomeCodes, letter)).toBeUndefined();
    }
    // A is a code in the real tables, and means the opposite of what it was taken for: no decision yet.
    expect(codeOf(requestOutcomeCodes, 'A')?.effect).toBe('undecided');
    expect(codeOf(assessmentOutcomeCodes, 'A')?.effect).toBe('undecided');
  });
});
