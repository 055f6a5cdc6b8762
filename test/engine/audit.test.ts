/**
 * audit(): the review figures count every case with a plan to review, including a case whose
 * records begin with a review (the plan's issue date not in the case). Expected values are worked
 * by hand from CFA 2014 s44(1) ("12 months starting with": the day before the corresponding date)
 * and reg 20(10) (4 weeks after the meeting).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { audit, timeline, type Audit } from '../../src/index.js';
import { one } from '../support/timelines.js';
import { badRecordArb, caseArb } from '../support/cases.js';
import { numRuns } from '../support/fc.js';

const cases = [
  // A: the records begin with a review; the plan was issued before them.
  { id: 'A', events: [
    { type: 'review-meeting', date: '2024-11-01' },
    { type: 'review-decision-notified', date: '2024-11-25' },
  ] },
  // B: the plan is recorded.
  { id: 'B', events: [
    { type: 'final-plan-issued', date: '2024-01-10' },
    { type: 'review-meeting', date: '2024-12-20' },
    { type: 'review-decision-notified', date: '2025-01-06' },
  ] },
  // C: no plan yet.
  { id: 'C', events: [{ type: 'request-received', date: '2025-09-01' }] },
];

const row = (a: Audit, ruleId: string) => a.rules.find((r) => r.ruleId === ruleId);

describe('audit: review figures (CFA 2014 s44(1))', () => {
  it('CFA 2014 s44(1)(b): a case that starts with a review is counted in the annual-review figures (reviewedOn "meeting")', () => {
    // A: 2024-11-01 + 12 months starting with = 2025-10-31; none by 1 Dec 2025 → overdue 31 (1 Nov … 1 Dec).
    // B: 2024-01-10 + 12 months starting with = 2025-01-09, met by the meeting of 2024-12-20;
    //    then 2024-12-20 → 2025-12-19: due on 1 Dec 2025.
    // C: no plan → not triggered.
    const a = audit(cases, { asOf: '2025-12-01' });
    expect(a.cases).toEqual({ total: 3, valid: 3, rejected: 0 });
    expect(row(a, 'annual-review')).toMatchObject({ applicable: 3, met: 1, overdue: 1, due: 1, late: 0, notTriggered: 1, percentOnTime: 50 });
    expect(a.lateCases.filter((l) => l.ruleId === 'annual-review')).toEqual([
      { caseId: 'A', ruleId: 'annual-review', due: '2025-10-31', done: undefined, status: 'overdue', daysLate: 31 },
    ]);
    // reg 20(10): A 1 Nov + 28 = 29 Nov 2024 (decision 25 Nov, met); B 20 Dec + 28 = 17 Jan 2025 (6 Jan, met).
    expect(row(a, 'review-decision')).toMatchObject({ applicable: 2, met: 2 });
  });

  it('CFA 2014 s44(1)(b): the same with reviewedOn "decision": A counts from 25 Nov 2024 → due 24 Nov 2025, overdue 7 on 1 Dec', () => {
    // A: 2024-11-25 + 12 months starting with = 2025-11-24; 24 Nov → 1 Dec = 7 days.
    // B: due 2025-01-09, decision 2025-01-06 met; then 2025-01-06 → 2026-01-05: due.
    const a = audit(cases, { asOf: '2025-12-01', reviewedOn: 'decision' });
    expect(row(a, 'annual-review')).toMatchObject({ applicable: 3, met: 1, overdue: 1, due: 1, notTriggered: 1 });
    expect(a.lateCases.filter((l) => l.ruleId === 'annual-review').map((l) => [l.caseId, l.due, l.daysLate])).toEqual([['A', '2025-11-24', 7]]);
  });

  it('CFA 2014 s44(1)(b): before its first period ends, a review-started case is due, not overdue and not dropped', () => {
    // On 1 Jun 2025: A's review is due 31 Oct 2025; B's 19 Dec 2025; nothing overdue (C's request comes later).
    const a = audit(cases, { asOf: '2025-06-01' });
    expect(row(a, 'annual-review')).toMatchObject({ applicable: 3, met: 1, due: 2, overdue: 0, notTriggered: 1 });
  });

  it('CFA 2014 s44(1)(b): the review counts reconcile with the timelines, case by case, and every case is accounted for', () => {
    // 3 good cases + 1 bad record = 4 in: 3 audited + 1 set aside. Per rule, the audit's counts are the
    // timelines' entries by status; the late list is every late or overdue entry.
    const bad = { id: 'D', events: [{ type: 'review-meeting', date: 'not a date' }] };
    for (const reviewedOn of ['meeting', 'decision'] as const) {
      const a = audit([...cases, bad], { asOf: '2025-12-01', reviewedOn });
      expect(a.cases).toEqual({ total: 4, valid: 3, rejected: 1 });
      expect(a.rejected.map((r) => r.id)).toEqual(['D']);
      const entries = cases.flatMap((c) => timeline(c, { asOf: '2025-12-01', reviewedOn }).entries);
      for (const ruleId of ['annual-review', 'review-decision']) {
        const r = row(a, ruleId)!;
        const of = (status: string) => entries.filter((e) => e.ruleId === ruleId && e.status === status).length;
        expect([r.met, r.late, r.overdue, r.due, r.notApplicable, r.notTriggered]).toEqual(
          ['met', 'late', 'overdue', 'due', 'not-applicable', 'not-triggered'].map(of));
        expect(r.met + r.late + r.overdue + r.due + r.lifted + r.relaxed + r.notApplicable + r.notTriggered)
          .toBe(entries.filter((e) => e.ruleId === ruleId).length);
      }
      expect(a.lateCases).toHaveLength(entries.filter((e) => e.status === 'late' || e.status === 'overdue').length);
      // Case A (records begin with a review) is in the annual-review figures, not among the not-triggered.
      expect(entries.filter((e) => e.ruleId === 'annual-review' && e.status === 'not-triggered')).toHaveLength(1); // C only
    }
  });
});

describe('(7) audit [independent cases]', () => {
  const cases: unknown[] = [
    { id: 'A1', events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'final-plan-issued', date: '2025-05-26' }] }, // +140: within
    { id: 'A2', events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'final-plan-issued', date: '2025-05-27' }] }, // +141: not
    { id: 'BAD1', events: [{ type: 'plan-issued', date: '2025-01-06' }] },
    { id: 'A3', events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'final-plan-issued', date: '2025-06-10' }, { type: 'exception', code: 'personal-circumstances', date: '2025-03-01', until: '2025-04-01' }] },
    { id: 'BAD2', events: [{ type: 'request-received', date: '2025-02-30' }] },
    { id: 'A4', events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'final-plan-issued', date: '2025-05-01' }, { type: 'exception', code: 'absent-from-area', date: '2025-02-01', until: '2025-03-15' }] },
    { id: 'A5', events: [{ type: 'request-received', date: '2025-01-06' }] },
    { id: 'A6', events: [{ type: 'request-received', date: '2025-05-01' }] },
    { id: 'A7', events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'assessment-decision-notified', date: '2025-02-10', decision: 'not-assess' }] },
    null,
    { id: 'BAD3', events: [{ type: 'tribunal-order', date: '2025-01-10', order: 'order-nonexistent' }] },
  ];

  it('20 weeks: request + 140 days is within, + 141 is not; with and without exceptions; counts add up; bad records rejected, audit continues', () => {
    const a = audit(cases, { asOf: '2025-06-30' });
    expect(a.cases).toEqual({ total: 11, valid: 7, rejected: 4 });
    expect(a.rejected.map((r) => r.id)).toEqual(['BAD1', 'BAD2', '(no id)', 'BAD3']);
    // including: A1 within, A2 not, A3 (lifted, late) not, A4 within -> 2 of 4.
    expect(a.twentyWeeks.including).toEqual({ plansIssued: 4, withinTwentyWeeks: 2, percent: 50 });
    // excluding exceptions: A1, A2 -> 1 of 2.
    expect(a.twentyWeeks.excludingExceptions).toEqual({ plansIssued: 2, withinTwentyWeeks: 1, percent: 50 });
    const fp = a.rules.find((r) => r.ruleId === 'final-plan')!;
    // met A1, A4; late A2; lifted A3; overdue A5 (26 May < 30 Jun); due A6 (1 May + 140 = 18 Sep); n/a A7.
    expect(fp).toMatchObject({ applicable: 6, met: 2, late: 1, lifted: 1, overdue: 1, due: 1, relaxed: 0, notApplicable: 1, percentOnTime: 50 });
    for (const r of a.rules) expect(r.applicable).toBe(r.met + r.late + r.overdue + r.due + r.lifted + r.relaxed);
    // Every entry of every valid case is counted once.
    const valid = cases.filter((c): c is { id: string } => !!c && typeof c === 'object' && !String((c as { id: string }).id).startsWith('BAD'));
    const entries = valid.reduce((n, c) => n + timeline(c, { asOf: '2025-06-30' }).entries.length, 0);
    expect(a.rules.reduce((n, r) => n + r.applicable + r.notApplicable + r.notTriggered, 0)).toBe(entries);
    expect(a.lateCases.filter((l) => l.ruleId === 'final-plan').map((l) => [l.caseId, l.status, l.daysLate])).toEqual([
      ['A2', 'late', 1], ['A5', 'overdue', 35],
    ]);
  });

  it('from/to select plans by issue date (inclusive)', () => {
    const a = audit(cases, { asOf: '2025-06-30', from: '2025-05-26', to: '2025-05-27' });
    expect(a.twentyWeeks.including).toEqual({ plansIssued: 2, withinTwentyWeeks: 1, percent: 50 });
  });

  // Settled reading (reg 13(2), the 20-week measure): one plan issued counts once, whatever requests it answers.
  it('one plan answering two requests counts once in "plans issued"', () => {
    const a = audit([{ id: 'TwoReq', events: [
      { type: 'request-received', date: '2025-01-06' },
      { type: 'request-received', date: '2025-02-03' },
      { type: 'final-plan-issued', date: '2025-06-10' },
    ] }], { asOf: '2025-07-01' });
    expect(a.twentyWeeks.including.plansIssued).toBe(1);
  });
});

describe('audit: the counts reconcile', () => {
  const request = (id: string, date = '2025-01-06') => ({ id, events: [{ type: 'request-received', date }] });
  const plan = (id: string, issued: string) => ({ id, events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'final-plan-issued', date: issued }] });

  it.each([
    // [caseload, records, in, audited, set aside, why]
    ['all good', [request('A'), plan('B', '2025-05-26'), plan('C', '2025-05-27')], 3, 3, 0, 'three valid records'],
    ['an impossible date', [request('A'), request('B', '2025-02-30')], 2, 1, 1, '30 February 2025 does not exist'],
    ['an unknown event type', [request('A'), { id: 'B', events: [{ type: 'plan-issued', date: '2025-01-06' }] }], 2, 1, 1, 'plan-issued is not an event type'],
    ['no record at all', [request('A'), null, 'text'], 3, 1, 2, 'null and a text are not records'],
    ['a repeated id', [request('A'), request('B'), request('A')], 3, 1, 2, 'both records of A are set aside'],
    ['nothing', [], 0, 0, 0, 'an empty caseload'],
  ] as const)('%s: %i in = %i audited + %i set aside (%s)', (_name, records, total, valid, rejected, _why) => {
    const a = audit(records as readonly unknown[], { asOf: '2025-07-01' });
    expect(a.cases).toEqual({ total, valid, rejected });
    expect(a.rejected).toHaveLength(rejected);
  });

  it('reg 13(2): per rule, applicable = met + late + overdue + due + lifted + relaxed, and the percentage is met of those decided', () => {
    // 6 Jan 2025 + 140 days = Mon 26 May 2025. B issued 26 May (met), C 27 May (late 1), A none by 1 Jul
    // (overdue 5 + 30 + 1 = 36); 1 met of 3 decided = 33.3%. The late list keeps the records' order.
    const a = audit([request('A'), plan('B', '2025-05-26'), plan('C', '2025-05-27')], { asOf: '2025-07-01' });
    const fp = a.rules.find((r) => r.ruleId === 'final-plan')!;
    expect(fp).toMatchObject({ applicable: 3, met: 1, late: 1, overdue: 1, due: 0, lifted: 0, relaxed: 0, percentOnTime: 33.3 });
    expect(a.twentyWeeks.including).toEqual({ plansIssued: 2, withinTwentyWeeks: 1, percent: 50 });
    expect(a.lateCases.filter((l) => l.ruleId === 'final-plan').map((l) => [l.caseId, l.status, l.daysLate])).toEqual([['A', 'overdue', 36], ['C', 'late', 1]]);
  });

  it('any caseload, with bad records mixed in: in = audited + set aside; each rule\'s counts add up; the late list is every late or overdue entry', () => {
    fc.assert(fc.property(fc.array(fc.oneof(caseArb, badRecordArb), { maxLength: 8 }), (records) => {
      const a = audit(records, { asOf: '2026-11-01' });
      expect(a.cases.total).toBe(records.length);
      expect(a.cases.valid + a.cases.rejected).toBe(a.cases.total);
      expect(a.rejected).toHaveLength(a.cases.rejected);
      for (const r of a.rules) {
        expect(r.met + r.late + r.overdue + r.due + r.lifted + r.relaxed).toBe(r.applicable);
        const decided = r.met + r.late + r.overdue;
        expect(r.percentOnTime).toBe(decided === 0 ? null : Math.round((r.met / decided) * 1000) / 10);
        expect(a.lateCases.filter((l) => l.ruleId === r.ruleId)).toHaveLength(r.late + r.overdue);
      }
      expect(a.lateCases).toHaveLength(a.rules.reduce((n, r) => n + r.late + r.overdue, 0));
      for (const m of [a.twentyWeeks.including, a.twentyWeeks.excludingExceptions]) {
        expect(m.withinTwentyWeeks).toBeLessThanOrEqual(m.plansIssued);
        expect(m.percent).toBe(m.plansIssued === 0 ? null : Math.round((m.withinTwentyWeeks / m.plansIssued) * 1000) / 10);
      }
      expect(a.twentyWeeks.excludingExceptions.plansIssued).toBeLessThanOrEqual(a.twentyWeeks.including.plansIssued);
    }), { numRuns: Math.ceil(numRuns / 3) });
  });
});
