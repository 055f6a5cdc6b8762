/**
 * A caseload CSV read one case at a time (streamCsvCaseload) and audited by an auditor fed as it
 * reads must say exactly what reading the file whole (readCsvCaseload) and audit() say: the same
 * audit, row issues, cases set aside, warnings and counts, whether the file is grouped by case or
 * its rows are shuffled, bad rows and all.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, audit, createAuditor, type CaseRecord } from '../../../src/index.js';
import { readCsvCaseload } from '../../../src/readers/caseload/csv.js';
import { streamCsvCaseload } from '../../../src/readers/caseload/csv-stream.js';
import { numRuns } from '../../support/fc.js';

const AS_OF = '2026-11-01';
const TYPES = ['request-received', 'assessment-decision-notified', 'draft-plan-served', 'final-plan-issued', 'review-meeting', 'plan-ceased'] as const;

const goodDate = fc.integer({ min: 0, max: 3600 }).map((n) => addDays('2016-01-04', n));
/** A row's cells after its case id: mostly good; now and then an impossible date, an unknown event or a stray cell. */
const rowCells = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(fc.constantFrom(...TYPES), goodDate).map(([t, d]) => `${t},${d}`) },
  { weight: 1, arbitrary: fc.constantFrom('request-received,2025-02-30', 'no-such-event,2025-01-06', 'final-plan-issued,2025-01-06,stray') },
);
/** Case ids from a small set, so that shuffled rows often split a case; now and then a row with no case id. */
const caseId = fc.oneof({ weight: 12, arbitrary: fc.constantFrom('C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8') }, { weight: 1, arbitrary: fc.constant('') });
const rows = fc.array(fc.tuple(caseId, rowCells).map(([id, cells]) => `${id},${cells}`), { maxLength: 30 });

/** The rows grouped by case (each case's rows together, in order of first appearance), as exports come. */
function grouped(lines: readonly string[]): string[] {
  const byId = new Map<string, string[]>();
  for (const line of lines) {
    const id = line.slice(0, line.indexOf(','));
    byId.set(id, [...(byId.get(id) ?? []), line]);
  }
  return [...byId.values()].flat();
}

/** Whether no case is named again after another case's rows began (rows without a case id end no group). */
function isGrouped(lines: readonly string[]): boolean {
  const ended = new Set<string>();
  let current: string | undefined;
  for (const line of lines) {
    const id = line.slice(0, line.indexOf(','));
    if (id === '' || id === current) continue;
    if (ended.has(id)) return false;
    if (current !== undefined) ended.add(current);
    current = id;
  }
  return true;
}

/** The text cut into pieces at the given places, so that rows and cells are split across pieces. */
function pieces(text: string, cuts: readonly number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((from, i) => text.slice(from, at[i] ?? text.length));
}

async function both(lines: readonly string[], header: string, cuts: readonly number[]) {
  const text = `${header}\n${lines.join('\n')}\n`;
  const whole = await readCsvCaseload([text]);
  const expected = audit(whole.cases, { asOf: AS_OF });
  let handed: CaseRecord[] = [];
  let auditor = createAuditor({ asOf: AS_OF });
  let readings = 0;
  let saidNotGrouped = 0;
  const streamed = await streamCsvCaseload(() => pieces(text, cuts), { onNotGrouped: () => saidNotGrouped++ }, () => {
    readings++;
    handed = [];
    const current = (auditor = createAuditor({ asOf: AS_OF }));
    return (record) => {
      handed.push(record);
      current.add(record);
    };
  });
  return { whole, expected, streamed, handed, actual: auditor.result(), readings, saidNotGrouped };
}

describe('streamCsvCaseload: one case at a time, the same caseload and audit as reading the file whole', () => {
  it('grouped or shuffled, with bad rows: audit, row issues, set-aside cases, warnings and counts are those of readCsvCaseload + audit()', async () => {
    await fc.assert(
      fc.asyncProperty(rows, fc.boolean(), fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), async (shuffled, group, extraColumn, cuts) => {
        const lines = group ? grouped(shuffled) : shuffled;
        const header = extraColumn ? 'case_id,event,date,colour' : 'case_id,event,date';
        const r = await both(lines, header, cuts);
        expect(r.actual).toEqual(r.expected);
        expect(r.handed).toEqual(r.whole.cases);
        const { cases, ...rest } = r.whole;
        const { grouped: wasGrouped, cases: count, ...streamedRest } = r.streamed;
        expect(streamedRest).toEqual(rest);
        // in = processed + set aside: every case of the file is handed on or set aside, once.
        expect(count).toBe(cases.length);
        expect(wasGrouped).toBe(isGrouped(lines));
        // A file not grouped by case is read a second time, from its start, and said so once.
        expect(r.readings).toBe(wasGrouped ? 1 : 2);
        expect(r.saidNotGrouped).toBe(wasGrouped ? 0 : 1);
      }),
      { numRuns },
    );
  });

  it('a case named again after its rows ended (C1, C2, C1) is not split: it is read whole, grouped in memory', async () => {
    const r = await both(['C1,request-received,2025-01-06', 'C2,request-received,2025-01-07', 'C1,final-plan-issued,2025-05-27'], 'case_id,event,date', []);
    expect(r.streamed.grouped).toBe(false);
    expect(r.handed.map((c) => [c.id, c.events.length])).toEqual([['C1', 2], ['C2', 1]]);
    expect(r.actual).toEqual(r.expected);
  });

  it('a bad row sets its whole case aside, as soon as its group ends (C1 twice, the second row an impossible date)', async () => {
    const r = await both(['C1,request-received,2025-01-06', 'C1,final-plan-issued,2025-02-30', 'C2,request-received,2025-01-07'], 'case_id,event,date', []);
    expect(r.streamed.grouped).toBe(true);
    expect(r.streamed.setAside).toEqual(['C1']);
    expect(r.handed.map((c) => c.id)).toEqual(['C2']);
    expect(r.streamed.cases + r.streamed.setAside.length).toBe(2);
  });

  it('rows with no case id between a case\'s rows end no group (C1, no id, C1 is grouped)', async () => {
    const r = await both(['C1,request-received,2025-01-06', ',request-received,2025-01-07', 'C1,final-plan-issued,2025-05-27'], 'case_id,event,date', []);
    expect(r.streamed.grouped).toBe(true);
    expect(r.streamed.rowsWithoutCase).toBe(1);
    expect(r.handed).toEqual(r.whole.cases);
  });

  it('a header that cannot be read is refused as readCsvCaseload refuses it', async () => {
    await expect(streamCsvCaseload(() => ['case_id,"event\n'], {}, () => () => undefined)).rejects.toThrow(/header/);
  });
});
