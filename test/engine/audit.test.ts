/**
 * audit(): the review figures count every case with a plan to review, including a case whose
 * records begin with a review (the plan's issue date not in the case). Expected values are worked
 * by hand from CFA 2014 s44(1) ("12 months starting with": the day before the corresponding date)
 * and reg 20(10) (4 weeks after the meeting).
 */
import { describe, expect, it } from 'vitest';
import { audit, timeline, type Audit } from '../../src/index.js';

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
