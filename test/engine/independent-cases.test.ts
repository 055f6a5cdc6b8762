/**
 * Independent reviewer's hand-worked cases. Every expected value below was worked by hand from
 * docs/law/ (conventions.md, statutory-rules.md, ages-and-transfers.md, dorset.md) and the specs (issues 7 and 9), NOT read off the library's output.
 * Arithmetic is in the comments. Tests marked "EXPECTED TO FAIL (reviewer believes the library is
 * wrong)" record a discrepancy; the reasoning is in the comment above each.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { audit, createTermCalendar, deadline, timeline, type TimelineEntry } from '../../src/index.js';

type EventRecord = { type: string; date: string; [k: string]: unknown };
const all = (entries: readonly TimelineEntry[], ruleId: string) => entries.filter((e) => e.ruleId === ruleId);
const one = (entries: readonly TimelineEntry[], ruleId: string, n = 0) => all(entries, ruleId)[n];
const pick = (e: TimelineEntry | undefined) =>
  e && { due: e.due, done: e.done, status: e.status, daysLate: e.daysLate, exception: e.exception };

// ------------------------------------------------------------------------------------------------
// (5) The school-closure exception from a term calendar (examples/terms-example.json)
// ------------------------------------------------------------------------------------------------
describe('(5) school-closure exception found from the term calendar', () => {
  // Summer 2025 term ends Wed 23 Jul; school closed 24 Jul - 2 Sep (41 days >= 4 weeks), re-opens 3 Sep.
  // Window: one week before the closure (24 Jul - 7 = 17 Jul) to one week before re-opening (3 Sep - 7 = 27 Aug).
  const terms = createTermCalendar(JSON.parse(readFileSync('examples/terms-example.json', 'utf8')));
  const run = (adviceDay: string) => one(timeline({ id: 'SC', events: [
    { type: 'request-received', date: '2025-06-02' },
    { type: 'advice-requested', date: adviceDay, body: 'school' },
    { type: 'final-plan-issued', date: '2025-11-03' }, // due 2 Jun + 140 = 20 Oct: 14 days late
  ] }, { asOf: '2025-12-01', terms }).entries, 'final-plan');
  it.each([
    ['2025-07-16', 'late'], ['2025-07-17', 'lifted'], ['2025-08-27', 'lifted'], ['2025-08-28', 'late'],
  ])('advice asked of the school on %s -> final-plan %s', (day, status) => {
    expect(pick(run(day))).toMatchObject({ due: '2025-10-20', status });
  });
});

// ------------------------------------------------------------------------------------------------
// (8) Dorset
// ------------------------------------------------------------------------------------------------
describe('(8) Dorset profile in timeline and audit', () => {
  const d1 = { id: 'D1', dateOfBirth: '2014-05-20', events: [
    { type: 'request-received', date: '2024-08-22' },
    { type: 'final-plan-issued', date: '2025-01-10' },
    { type: 'review-meeting', date: '2026-01-10' },
    { type: 'review-decision-notified', date: '2026-02-01' },
    { type: 'review-meeting', date: '2026-12-20' },
    { type: 'review-decision-notified', date: '2027-01-15' },
  ] };

  it('7.4: first review by 10 Jan 2026 (statute 9 Jan); meeting 10 Jan 2026 = Dorset met, statute late 1; later review by 10 Jan 2027 (statute 9 Jan)', () => {
    const t = timeline(d1, { asOf: '2027-03-01', profile: 'dorset' });
    expect(pick(one(t.entries, 'annual-review'))).toMatchObject({ due: '2026-01-09', status: 'late', daysLate: 1 });
    expect(all(t.entries, 'dorset-first-review').map((e) => [e.due, e.status, e.statutory])).toEqual([
      ['2026-01-10', 'met', { ruleId: 'annual-review', due: '2026-01-09' }],
    ]);
    expect(all(t.entries, 'dorset-annual-review').map((e) => [e.trigger, e.due, e.status])).toEqual([
      ['2026-01-10', '2027-01-10', 'met'], ['2026-12-20', '2027-12-20', 'due'],
    ]);
  });

  it('review letter: meeting 20 Dec 2026, previous 10 Jan 2026 -> min(20 Dec + 28 = 17 Jan 2027, 10 Jan 2026 + 365 = 10 Jan 2027) = 10 Jan 2027; decision 15 Jan 2027: Dorset late 5, statute met', () => {
    const t = timeline(d1, { asOf: '2027-03-01', profile: 'dorset' });
    expect(all(t.entries, 'dorset-review-letter').map((e) => [e.due, e.status, e.daysLate, e.statutory])).toEqual([
      ['2027-01-10', 'late', 5, { ruleId: 'review-decision', due: '2027-01-17' }],
    ]);
    expect(pick(one(t.entries, 'review-decision', 1))).toMatchObject({ due: '2027-01-17', status: 'met' });
    // Meeting on day 325 (1 Dec 2026): 4 weeks end first, 29 Dec 2026.
    expect(deadline('dorset-review-letter', { meeting: '2026-12-01', previousMeeting: '2026-01-10' }, { profile: 'dorset' }).due).toBe('2026-12-29');
  });

  it('7.10: phase transfer by 15 Feb 2025 on or before (statute strict 14 Feb): decision 15 Feb = Dorset met, statute late 1', () => {
    const t = timeline({ id: 'D2', dateOfBirth: '2014-05-20', events: [
      { type: 'final-plan-issued', date: '2022-01-10' },
      { type: 'review-meeting', date: '2025-01-20' },
      { type: 'review-decision-notified', date: '2025-02-15', decision: 'continue' },
    ] }, { asOf: '2025-06-01', profile: 'dorset' });
    expect(pick(one(t.entries, 'phase-transfer'))).toMatchObject({ due: '2025-02-14', status: 'late', daysLate: 1 });
    expect(pick(one(t.entries, 'dorset-phase-transfer'))).toMatchObject({ due: '2025-02-15', status: 'met' });
  });

  it('audit with Dorset: local rules counted beside statute, with how many fell later than the law', () => {
    const a = audit([d1], { asOf: '2027-03-01', profile: 'dorset' });
    const row = (id: string) => a.rules.find((r) => r.ruleId === id)!;
    expect(row('dorset-first-review')).toMatchObject({ met: 1, local: { statutory: 'annual-review', laterThanLaw: 1 } });
    expect(row('dorset-annual-review')).toMatchObject({ met: 1, due: 1, local: { statutory: 'annual-review', laterThanLaw: 2 } });
    expect(row('dorset-review-letter')).toMatchObject({ late: 1, local: { statutory: 'review-decision', laterThanLaw: 0 } });
    expect(row('annual-review')).toMatchObject({ met: 1, late: 1, due: 1 });
  });
});
