/**
 * Engine: the review cycle of a case (src/engine/review-cycle.ts): CFA 2014 s44(1) annual reviews
 * restarting from each review, reg 27(4) after a re-assessment, reg 15(5) after a transfer in, the
 * Code of Practice 9.178 six-monthly reviews of a child under 5, and records that begin with a review.
 *
 * Expected values were worked by hand from the law (docs/law/), with the arithmetic in a comment.
 * [independent cases]: cases worked by an independent reviewer, not read off the library's output.
 */
import { describe, expect, it } from 'vitest';
import { addDays, deadline, timeline } from '../../src/index.js';
import { all, one, pick, type EventRecord } from '../support/timelines.js';

describe('(2) review cycles [independent cases]', () => {
  const cycle: EventRecord[] = [
    { type: 'final-plan-issued', date: '2024-03-15' },
    { type: 'review-meeting', date: '2025-03-10' },
    { type: 'review-decision-notified', date: '2025-04-10' },
    { type: 'review-meeting', date: '2026-03-20' },
    { type: 'review-decision-notified', date: '2026-04-01' },
  ];

  it('plan 15 Mar 2024: reviews restart from each meeting (due 14 Mar 2025 met; 9 Mar 2026 late 11; 19 Mar 2027 due); decision 4 weeks after meeting (7 Apr 2025, late 3)', () => {
    const t = timeline({ id: 'R1', events: cycle }, { asOf: '2026-06-01' });
    expect(all(t.entries, 'annual-review').map(pick)).toEqual([
      { due: '2025-03-14', done: '2025-03-10', status: 'met', daysLate: undefined, exception: undefined },
      { due: '2026-03-09', done: '2026-03-20', status: 'late', daysLate: 11, exception: undefined },
      { due: '2027-03-19', done: undefined, status: 'due', daysLate: undefined, exception: undefined },
    ]);
    // reg 20(10): 10 Mar 2025 + 28 = 7 Apr 2025; notified 10 Apr -> late 3. 20 Mar 2026 + 28 = 17 Apr 2026: met.
    expect(all(t.entries, 'review-decision').map((e) => [e.due, e.status, e.daysLate])).toEqual([
      ['2025-04-07', 'late', 3], ['2026-04-17', 'met', undefined],
    ]);
    expect(t.reviewedOn).toBe('meeting');
  });

  it('reviewedOn "decision": reviewed on 10 Apr 2025 (late 27 against 14 Mar), then due 9 Apr 2026 met by 1 Apr 2026, then due 31 Mar 2027', () => {
    // 14 Mar -> 31 Mar = 17, + 10 = 27.
    const t = timeline({ id: 'R2', events: cycle }, { asOf: '2026-06-01', reviewedOn: 'decision' });
    expect(all(t.entries, 'annual-review').map((e) => [e.trigger, e.due, e.status, e.daysLate])).toEqual([
      ['2024-03-15', '2025-03-14', 'late', 27],
      ['2025-04-10', '2026-04-09', 'met', undefined],
      ['2026-04-01', '2027-03-31', 'due', undefined],
    ]);
    expect(JSON.stringify(one(t.entries, 'annual-review')!.trace)).toContain('decision');
  });

  it('a review missed: plan 10 Jan 2023, due 9 Jan 2024, held 1 Jun 2024 (late 144); next due 31 May 2025, held 1 Jul 2025 (late 31)', () => {
    // 9 Jan 2024 -> 1 Jun 2024: 22 + 29 + 31 + 30 + 31 + 1 = 144 (2024 is a leap year).
    const t = timeline({ id: 'R3', events: [
      { type: 'final-plan-issued', date: '2023-01-10' },
      { type: 'review-meeting', date: '2024-06-01' },
      { type: 'review-meeting', date: '2025-07-01' },
    ] }, { asOf: '2025-08-01' });
    expect(all(t.entries, 'annual-review').map((e) => [e.due, e.status, e.daysLate])).toEqual([
      ['2024-01-09', 'late', 144], ['2025-05-31', 'late', 31], ['2026-06-30', 'due', undefined],
    ]);
  });

  it('never reviewed: plan 10 Jan 2022, judged 1 Aug 2025 -> one annual review overdue by 935 days', () => {
    // 9 Jan 2023 -> 9 Jan 2025 = 731 (2024 leap); 9 Jan 2025 -> 1 Aug 2025 = 22+28+31+30+31+30+31+1 = 204.
    const t = timeline({ id: 'R4', events: [{ type: 'final-plan-issued', date: '2022-01-10' }] }, { asOf: '2025-08-01' });
    expect(all(t.entries, 'annual-review').map((e) => [e.due, e.status, e.daysLate])).toEqual([['2023-01-09', 'overdue', 935]]);
  });

  it('re-assessment: re-assessed plan sent 20 Jun 2024 -> next review "within 12 months of" it: 20 Jun 2025 (reg 27(4), corresponding date), replacing the s44 review due 4 Jan 2025', () => {
    const t = timeline({ id: 'R5', events: [
      { type: 'final-plan-issued', date: '2023-01-10' },
      { type: 'review-meeting', date: '2024-01-05' },
      { type: 'reassessment-requested', date: '2024-03-01' },
      { type: 'reassessment-decision-notified', date: '2024-03-14' },
      { type: 'reassessment-plan-issued', date: '2024-06-20' },
      { type: 'review-meeting', date: '2025-06-20' },
    ] }, { asOf: '2025-08-01' });
    // reg 25(1): 1 Mar + 15 = 16 Mar. reg 27(2): 14 Mar + 98 = 20 Jun (17 + 30 + 31 + 20).
    expect(pick(one(t.entries, 'reassessment-decision'))).toMatchObject({ due: '2024-03-16', status: 'met' });
    expect(pick(one(t.entries, 'reassessment-final-plan'))).toMatchObject({ due: '2024-06-20', status: 'met' });
    expect(all(t.entries, 'review-after-reassessment').map((e) => [e.trigger, e.due, e.status])).toEqual([['2024-06-20', '2025-06-20', 'met']]);
    expect(all(t.entries, 'annual-review').map((e) => [e.trigger, e.due, e.status])).toEqual([
      ['2023-01-10', '2024-01-09', 'met'], ['2025-06-20', '2026-06-19', 'due'],
    ]);
  });

  // Settled reading: a re-assessment needs a plan, so a plan before a re-assessment request is the normal order.
  it('no "impossible order" warning for a plan followed by a later re-assessment request', () => {
    const t = timeline({ id: 'R5w', events: [
      { type: 'final-plan-issued', date: '2023-01-10' },
      { type: 'reassessment-requested', date: '2024-03-01' },
    ] }, { asOf: '2024-04-01' });
    expect(t.warnings.filter((w) => w.includes('final-plan-issued'))).toEqual([]);
  });

  it('plan transferred in on 1 Feb 2025, last reviewed 15 Nov 2024: reg 15(5) later of 14 Nov 2025 (12 months beginning with) and 30 Apr 2025 (3 months beginning with) = 14 Nov 2025', () => {
    const t = timeline({ id: 'R6', events: [
      { type: 'review-meeting', date: '2024-11-15' },
      { type: 'plan-transferred', date: '2025-02-01' },
      { type: 'review-meeting', date: '2025-10-01' },
    ] }, { asOf: '2025-12-01' });
    expect(all(t.entries, 'plan-transfer-review').map((e) => [e.due, e.status])).toEqual([['2025-11-14', 'met']]);
    expect(all(t.entries, 'annual-review').map((e) => [e.due, e.status])).toEqual([['2026-09-30', 'due']]);
  });

  it('reg 15(5), the 3-month limb wins: last reviewed 1 Mar 2024, transferred 15 Feb 2025 -> max(28 Feb 2025, 14 May 2025) = 14 May 2025', () => {
    const t = timeline({ id: 'R7', events: [
      { type: 'review-meeting', date: '2024-03-01' },
      { type: 'plan-transferred', date: '2025-02-15' },
    ] }, { asOf: '2025-04-01' });
    expect(pick(one(t.entries, 'plan-transfer-review'))).toMatchObject({ due: '2025-05-14', status: 'due' });
    expect(deadline('plan-transfer-review', { lastReviewed: '2024-03-01', transfer: '2025-02-15' }).due).toBe('2025-05-14');
  });

  // Settled reading (reg 15(5)): the review before a transfer in is what the rule counts from, not an impossible order.
  it('recording the last review before a transfer in (needed by reg 15(5)) is not reported as an impossible order', () => {
    const t = timeline({ id: 'R6w', events: [
      { type: 'review-meeting', date: '2024-11-15' },
      { type: 'plan-transferred', date: '2025-02-01' },
    ] }, { asOf: '2025-03-01' });
    expect(t.warnings.filter((w) => w.includes('review-meeting on 2024-11-15'))).toEqual([]);
  });

  // Settled reading (CFA 2014 s44(1), reg 15(5)): reg 15(5) governs the new authority's review and cannot cure a
  // review already missed: s44(1) due 9 Jan 2025, overdue on 1 Apr 2025 by 22 + 28 + 31 + 1 = 82 days.
  it('a review already overdue before a transfer out is not silently dropped', () => {
    const t = timeline({ id: 'R8', events: [
      { type: 'final-plan-issued', date: '2024-01-10' },
      { type: 'moved-la', date: '2025-03-03', aware: '2025-02-24' },
      { type: 'plan-transferred', date: '2025-03-14' },
    ] }, { asOf: '2025-04-01' });
    // reg 15(2): aware Mon 24 Feb, fewer than 15 working days before 3 Mar -> 15 working days beginning with 24 Feb = Fri 14 Mar.
    expect(pick(one(t.entries, 'plan-transfer'))).toMatchObject({ due: '2025-03-14', status: 'met' });
    expect(pick(one(t.entries, 'plan-transfer-review'))).toMatchObject({ due: '2025-06-13', status: 'due' });
    expect(all(t.entries, 'annual-review').map((e) => [e.due, e.status, e.daysLate])).toEqual([['2025-01-09', 'overdue', 82]]);
  });

  // Settled reading (CFA 2014 s44, reg 18): once the plan has ceased there is no plan to review or amend.
  it('plan ceased 1 Dec 2024: no annual review (due 9 Jan 2025) or reg 18 review (14 Feb 2025) is overdue afterwards', () => {
    const t = timeline({ id: 'R9', dateOfBirth: '2014-05-20', events: [
      { type: 'final-plan-issued', date: '2024-01-10' },
      { type: 'cease-decision', date: '2024-11-01' },
      { type: 'plan-ceased', date: '2024-12-01' },
    ] }, { asOf: '2025-06-01' });
    const open = t.entries.filter((e) => (e.ruleId === 'annual-review' || e.ruleId === 'phase-transfer') && (e.status === 'overdue' || e.status === 'due'));
    expect(open.map((e) => [e.ruleId, e.due, e.status])).toEqual([]);
  });
});

describe('(3) under-5 reviews (CoP 9.178: 6 months) and their end at age 5 [independent cases]', () => {
  it('born 1 Mar 2021: 6-monthly reviews from each meeting until the 5th birthday (1 Mar 2026), none after', () => {
    const t = timeline({ id: 'U1', dateOfBirth: '2021-03-01', events: [
      { type: 'final-plan-issued', date: '2024-01-15' },
      { type: 'review-meeting', date: '2024-07-10' },
      { type: 'review-meeting', date: '2025-01-20' },
      { type: 'review-meeting', date: '2025-07-15' },
      { type: 'review-meeting', date: '2026-01-10' },
      { type: 'review-meeting', date: '2026-06-01' },
    ] }, { asOf: '2026-08-01' });
    const u5 = all(t.entries, 'under-5-review').map((e) => [e.trigger, e.due, e.status, e.daysLate]);
    // 15 Jan 2024 + 6 months = 15 Jul 2024 (met 10 Jul); 10 Jul 2024 -> 10 Jan 2025 (20 Jan: late 10);
    // 20 Jan 2025 -> 20 Jul 2025 (met); 15 Jul 2025 -> 15 Jan 2026 (met); 10 Jan 2026 -> 10 Jul 2026 (met 1 Jun).
    expect(u5.slice(0, 4)).toEqual([
      ['2024-01-15', '2024-07-15', 'met', undefined],
      ['2024-07-10', '2025-01-10', 'late', 10],
      ['2025-01-20', '2025-07-20', 'met', undefined],
      ['2025-07-15', '2026-01-15', 'met', undefined],
    ]);
    // No under-5 period starts on or after the 5th birthday (the meeting of 1 Jun 2026).
    expect(all(t.entries, 'under-5-review').every((e) => (e.trigger as string) < '2026-03-01')).toBe(true);
    // The statutory cycle continues regardless: last due = 12 months starting with 1 Jun 2026 = 31 May 2027.
    expect(all(t.entries, 'annual-review').at(-1)).toMatchObject({ due: '2027-05-31', status: 'due' });
  });

  // Settled reading: CoP 9.178 (in force 1 Apr 2015) not applying to a 2014 plan never removes the statutory s44(1) reviews.
  it('born 1 Jan 2012, plan 1 Oct 2014: the s44 annual reviews are still tracked (30 Sep 2015 met, 14 Sep 2016 met, 9 Sep 2017 met, 31 Aug 2018 due)', () => {
    const t = timeline({ id: 'U2', dateOfBirth: '2012-01-01', events: [
      { type: 'final-plan-issued', date: '2014-10-01' },
      { type: 'review-meeting', date: '2015-09-15' },
      { type: 'review-meeting', date: '2016-09-10' },
      { type: 'review-meeting', date: '2017-09-01' },
    ] }, { asOf: '2018-01-01' });
    expect(all(t.entries, 'annual-review').map((e) => [e.due, e.status])).toEqual([
      ['2015-09-30', 'met'], ['2016-09-14', 'met'], ['2017-09-09', 'met'], ['2018-08-31', 'due'],
    ]);
  });
});

describe('timeline: a plan whose issue date is not in the case (CFA 2014 s44(1)(b))', () => {
  // The case begins with a review: the plan was issued before the records start.
  const reviewed = [
    { type: 'review-meeting', date: '2024-11-01' },
    { type: 'review-decision-notified', date: '2024-11-25' },
  ];

  it('CFA 2014 s44(1)(b): review decision notified Mon 25 Nov 2024, reviewedOn "decision" → next review due Mon 24 Nov 2025', () => {
    // 2024-11-25 + 12 months starting with = 2025-11-24 (the day before the corresponding date 2025-11-25).
    const t = timeline({ id: 'S1', events: reviewed }, { asOf: '2025-06-01', reviewedOn: 'decision' });
    const reviews = t.entries.filter((e) => e.ruleId === 'annual-review');
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ trigger: '2024-11-25', due: '2025-11-24', status: 'due' });
    expect(reviews[0]!.note).toContain("The plan's issue date is not in the case");
    expect(reviews[0]!.note).toContain('review decision notice recorded on 2024-11-25');
    expect(reviews[0]!.trace[0]).toMatchObject({ step: 'Counted from' });
    expect(reviews[0]!.trace[0]!.detail).toContain('s44(1)(b)');
  });

  it('CFA 2014 s44(1)(b): review meeting Fri 1 Nov 2024, reviewedOn "meeting" (default) → next review due Fri 31 Oct 2025', () => {
    // 2024-11-01 + 12 months starting with = 2025-10-31.
    const t = timeline({ id: 'S2', events: reviewed }, { asOf: '2025-06-01' });
    expect(t.entries.filter((e) => e.ruleId === 'annual-review').map((e) => [e.trigger, e.due, e.status])).toEqual([['2024-11-01', '2025-10-31', 'due']]);
    expect(one(t.entries, 'review-decision')).toMatchObject({ due: '2024-11-29', done: '2024-11-25', status: 'met' }); // 1 Nov + 28 days
    expect(t.warnings).toEqual([]);
  });

  it('CFA 2014 s44(1)(a)/(b): the first review, due 12 months from the unknown issue date, is never reported, so never overdue; the recorded review starts the cycle', () => {
    // Judged on 15 Dec 2025 with no later review: 31 Oct 2025 overdue by 1 (31 Oct→1 Nov) + 30 (Nov) + 14 = 45 days.
    const t = timeline({ id: 'S3', events: reviewed }, { asOf: '2025-12-15' });
    expect(t.entries.filter((e) => e.ruleId === 'annual-review').map((e) => [e.trigger, e.due, e.status, e.daysLate])).toEqual([['2024-11-01', '2025-10-31', 'overdue', 45]]);
    expect(t.entries.filter((e) => e.status === 'overdue' && (e.trigger === null || e.trigger < '2024-11-01'))).toEqual([]);
  });

  it('CFA 2014 s44(1)(b): the cycle goes on from each later review; only the first period carries the note', () => {
    // 1 Nov 2024 → due 31 Oct 2025, met by the meeting of 20 Oct 2025; 20 Oct 2025 → due 19 Oct 2026.
    const t = timeline({ id: 'S4', events: [...reviewed, { type: 'review-meeting', date: '2025-10-20' }] }, { asOf: '2026-01-01' });
    const reviews = t.entries.filter((e) => e.ruleId === 'annual-review');
    expect(reviews.map((e) => [e.trigger, e.due, e.status])).toEqual([['2024-11-01', '2025-10-31', 'met'], ['2025-10-20', '2026-10-19', 'due']]);
    expect(reviews[1]!.note).toBeUndefined();
    expect(reviews[1]!.trace.map((s) => s.step)).not.toContain('Counted from');
  });

  it('CFA 2014 s44(1)(b): only a review meeting recorded, reviewedOn "decision": not triggered, and the reason says why (not "no plan")', () => {
    const t = timeline({ id: 'S5', events: [{ type: 'review-meeting', date: '2024-11-01' }] }, { asOf: '2025-06-01', reviewedOn: 'decision' });
    const e = one(t.entries, 'annual-review')!;
    expect(e).toMatchObject({ status: 'not-triggered', due: null });
    expect(e.note).toContain("The plan's issue date is not in the case, and no review decision notice is recorded");
    // With no review or plan at all, the old reason stands.
    expect(one(timeline({ id: 'S6', events: [{ type: 'request-received', date: '2025-01-06' }] }, { asOf: '2025-06-01' }).entries, 'annual-review')!.note).toBe('No plan has been issued yet.');
  });

  it('CFA 2014 s44(1)(a): a new plan issued after the first recorded review starts its own 12 months; the period it interrupts is not applicable', () => {
    // Review 10 May 2023 → 12 months starting with = 9 May 2024; the new plan of 1 Mar 2024 comes first,
    // so that review was no longer owed. Plan 1 Mar 2024 → 12 months starting with = 28 Feb 2025.
    const t = timeline({ id: 'S7', events: [
      { type: 'review-meeting', date: '2023-05-10' },
      { type: 'final-plan-issued', date: '2024-03-01' },
    ] }, { asOf: '2024-06-01' });
    expect(t.entries.filter((e) => e.ruleId === 'annual-review').map((e) => [e.trigger, e.due, e.status])).toEqual([
      ['2023-05-10', '2024-05-09', 'not-applicable'],
      ['2024-03-01', '2025-02-28', 'due'],
    ]);
    expect(one(t.entries, 'annual-review')!.note).toBe('A new plan was issued on 2024-03-01, before this review was due: the 12 months start again from its issue (CFA 2014 s44(1)(a)).');
    expect(t.warnings.join(' ')).toContain('review-meeting on 2023-05-10 comes before any final-plan-issued');
  });

  it('CFA 2014 s44(1)(a): a plan recorded before any review counts from its issue, as before (no "not in the case" note)', () => {
    // Plan 10 Jan 2024 → 12 months starting with = 9 Jan 2025, met by the meeting of 20 Dec 2024; 20 Dec 2024 → 19 Dec 2025.
    const t = timeline({ id: 'S7b', events: [
      { type: 'final-plan-issued', date: '2024-01-10' },
      { type: 'review-meeting', date: '2024-12-20' },
    ] }, { asOf: '2025-06-01' });
    expect(t.entries.filter((e) => e.ruleId === 'annual-review').map((e) => [e.trigger, e.due, e.status, e.note])).toEqual([
      ['2024-01-10', '2025-01-09', 'met', undefined],
      ['2024-12-20', '2025-12-19', 'due', undefined],
    ]);
  });

  it('CFA 2014 s44(1)(b), reviewedOn "decision": records that begin with a review and record later ones count the next review from the latest', () => {
    // Decisions 25 Nov 2024 → due 24 Nov 2025, met 10 Nov 2025; 10 Nov 2025 → 12 months starting with = 9 Nov 2026.
    const t = timeline({ id: 'S11', events: [
      ...reviewed,
      { type: 'review-meeting', date: '2025-10-20' },
      { type: 'review-decision-notified', date: '2025-11-10' },
    ] }, { asOf: '2026-01-01', reviewedOn: 'decision' });
    expect(t.entries.filter((e) => e.ruleId === 'annual-review').map((e) => [e.trigger, e.due, e.done, e.status])).toEqual([
      ['2024-11-25', '2025-11-24', '2025-11-10', 'met'],
      ['2025-11-10', '2026-11-09', undefined, 'due'],
    ]);
  });

  it('CFA 2014 s44(1)(b) with s44 in force from 1 Sep 2014: a statement review before then is not counted; the cycle starts at the first EHC plan review', () => {
    // Statement reviewed 1 May 2014 (before s44); plan reviewed 20 Apr 2015 → due 19 Apr 2016, met 10 Apr 2016 → next due 9 Apr 2017.
    const t = timeline({ id: 'S12', events: [
      { type: 'review-meeting', date: '2014-05-01' },
      { type: 'review-meeting', date: '2015-04-20' },
      { type: 'review-meeting', date: '2016-04-10' },
    ] }, { asOf: '2016-06-01' });
    const reviews = t.entries.filter((e) => e.ruleId === 'annual-review');
    expect(reviews.map((e) => [e.trigger, e.due, e.status])).toEqual([['2015-04-20', '2016-04-19', 'met'], ['2016-04-10', '2017-04-09', 'due']]);
    expect(reviews[0]!.note).toContain('Reviews recorded before 2015-04-20 came before s44 was in force');
  });

  it('reg 27(4): records that begin with a re-assessed plan count the first review from it (not "no plan")', () => {
    // Re-assessed plan sent 1 May 2024 → "within 12 months of" = 1 May 2025; none by 1 Jun 2025 → overdue 31 days.
    const t = timeline({ id: 'S13', events: [{ type: 'reassessment-plan-issued', date: '2024-05-01' }] }, { asOf: '2025-06-01' });
    expect(one(t.entries, 'review-after-reassessment')).toMatchObject({ trigger: '2024-05-01', due: '2025-05-01', status: 'overdue', daysLate: 31 });
    expect(one(t.entries, 'annual-review')).toBeUndefined();
  });

  it('reg 15(5) and s44(1)(b), one rule: a plan transferred in counts from the last review recorded before the transfer, and says so', () => {
    // Reviewed 15 Nov 2024, transferred 1 Feb 2025: later of 14 Nov 2025 (12 months beginning with) and 30 Apr 2025 (3 months) = 14 Nov 2025.
    const t = timeline({ id: 'S8', events: [
      { type: 'review-meeting', date: '2024-11-15' },
      { type: 'plan-transferred', date: '2025-02-01' },
    ] }, { asOf: '2025-06-01' });
    const e = one(t.entries, 'plan-transfer-review')!;
    expect(e).toMatchObject({ due: '2025-11-14', status: 'due' });
    expect(e.note).toContain('transferred in on 2025-02-01');
    expect(e.trace[0]).toMatchObject({ step: 'Counted from' });
  });

  it('reg 18(1)(a) with s44(1)(b): born 10 Mar 2009, Year 12 from 1 Sep 2025; the case begins with the review of Nov 2024 → before 31 Mar 2025 = Sun 30 Mar 2025, met by the decision of 25 Nov 2024', () => {
    // Attains 16 on 10 Mar 2025 (2024/25, Year 11). Decision 25 Nov 2024 is within the 12 months before 1 Sep 2025.
    const t = timeline({ id: 'S9', dateOfBirth: '2009-03-10', events: reviewed }, { asOf: '2025-06-01' });
    expect(one(t.entries, 'phase-transfer-post16')).toMatchObject({ trigger: '2025-09-01', due: '2025-03-30', done: '2024-11-25', status: 'met' });
    // Records that begin after the reg 18 date cannot show whether it was met: not-applicable, with the reason.
    const late = timeline({ id: 'S10', dateOfBirth: '2009-03-10', events: [{ type: 'review-meeting', date: '2025-05-01' }] }, { asOf: '2025-06-01' });
    const e = one(late.entries, 'phase-transfer-post16')!;
    expect(e).toMatchObject({ due: '2025-03-30', status: 'not-applicable' });
    expect(e.note).toContain('its records begin with a review on 2025-05-01');
  });
});

describe('a long history of reviews (CFA 2014 s44(1): reviewed at least every 12 months)', () => {
  it('a plan issued 5 Jan 2015 and reviewed every 4 weeks, 60 times: 60 periods met, and the 61st (from the last review, 12 months on) listed', () => {
    // Review k is on 5 Jan 2015 + 28k days; each is within 12 months of the one before (met). The
    // review cycle once stopped at 40 periods, leaving the rest of such a history out.
    const reviews = Array.from({ length: 60 }, (_, k) => ({ type: 'review-meeting', date: addDays('2015-01-05', 28 * (k + 1)) }));
    const entries = timeline({ id: 'R', events: [{ type: 'final-plan-issued', date: '2015-01-05' }, ...reviews] }, { asOf: '2026-11-01' }).entries
      .filter((e) => e.ruleId === 'annual-review');
    expect(entries).toHaveLength(61);
    expect(entries.slice(0, 60).every((e) => e.status === 'met')).toBe(true);
    // The last review: 5 Jan 2015 + 1,680 days = 12 Aug 2019; 12 months on, and not reviewed since: overdue.
    expect(entries[60]).toMatchObject({ trigger: '2019-08-12', status: 'overdue' });
  });
});
