import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { timeline } from '../../src/index.js';
import { all, one, pick, type EventRecord } from '../support/timelines.js';

describe('timeline: hand-worked cases', () => {
  it('request 6 Jan 2025, plan issued 27 May 2025: final-plan late by 1 day (reg 13(2): 20 weeks = Mon 26 May 2025)', () => {
    const t = timeline(
      { id: 'C1', events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'final-plan-issued', date: '2025-05-27' }] },
      { asOf: '2025-06-30' },
    );
    expect(one(t.entries, 'final-plan')).toMatchObject({ due: '2025-05-26', done: '2025-05-27', status: 'late', daysLate: 1 });
    expect(one(t.entries, 'final-plan')!.trace.map((s) => s.step)).toContain('Done');
  });

  it('met, due and overdue: decision on time (6 weeks = Mon 17 Feb 2025), plan not yet issued', () => {
    // reg 5(1): 6 Jan + 42 days = 17 Feb; reg 13(2): 26 May. Judged on 1 May: plan due; on 1 June: overdue by 6 days.
    const record = { id: 'C2', events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'assessment-decision-notified', date: '2025-02-17' }] };
    const may = timeline(record, { asOf: '2025-05-01' });
    expect(one(may.entries, 'assessment-decision')).toMatchObject({ due: '2025-02-17', status: 'met' });
    expect(one(may.entries, 'final-plan')).toMatchObject({ due: '2025-05-26', status: 'due' });
    expect(one(timeline(record, { asOf: '2025-06-01' }).entries, 'final-plan')).toMatchObject({ status: 'overdue', daysLate: 6 });
  });

  it('not-triggered: no plan yet, so no annual review; not-applicable: the authority decided not to assess', () => {
    const t = timeline(
      { id: 'C3', events: [{ type: 'request-received', date: '2025-10-06' }, { type: 'assessment-decision-notified', date: '2025-11-10', decision: 'not-assess' }] },
      { asOf: '2026-06-01' },
    );
    expect(one(t.entries, 'annual-review')).toMatchObject({ status: 'not-triggered', due: null });
    expect(one(t.entries, 'final-plan')).toMatchObject({ status: 'not-applicable' });
    expect(one(t.entries, 'assessment-decision')).toMatchObject({ due: '2025-11-17', status: 'met' });
  });

  it('lifted: exceptional personal circumstances during the 20 weeks lift reg 13(2) (reg 13(3) → 10(4)(c)), not reg 5(1) after its period', () => {
    const t = timeline(
      {
        id: 'C4',
        events: [
          { type: 'request-received', date: '2025-03-03' },
          { type: 'assessment-decision-notified', date: '2025-04-25' },
          { type: 'exception', date: '2025-06-10', until: '2025-07-15', code: 'personal-circumstances' },
          { type: 'final-plan-issued', date: '2025-09-01' },
        ],
      },
      { asOf: '2025-10-01' },
    );
    expect(one(t.entries, 'final-plan')).toMatchObject({ due: '2025-07-21', done: '2025-09-01', status: 'lifted', exception: 'personal-circumstances' });
    expect(one(t.entries, 'final-plan')!.daysLate).toBeUndefined();
    // 3 Mar + 6 weeks = 14 Apr; the decision came 11 days late, before the exception began.
    expect(one(t.entries, 'assessment-decision')).toMatchObject({ due: '2025-04-14', status: 'late', daysLate: 11 });
  });

  it('relaxed: the 2020 coronavirus window (SI 2020/471) with a recorded coronavirus reason', () => {
    // Request Mon 2 Mar 2020 + 20 weeks = Mon 20 Jul 2020, inside 1 May – 25 Sep 2020.
    const t = timeline(
      {
        id: 'C5',
        events: [
          { type: 'request-received', date: '2020-03-02' },
          { type: 'exception', date: '2020-05-01', until: '2020-09-25', code: 'coronavirus' },
          { type: 'final-plan-issued', date: '2020-08-20' },
        ],
      },
      { asOf: '2020-12-01' },
    );
    expect(one(t.entries, 'final-plan')).toMatchObject({ due: '2020-07-20', status: 'relaxed', exception: 'coronavirus' });
    expect(one(t.entries, 'final-plan')!.warnings.join(' ')).toContain('SI 2020/471');
  });

  it('the under-5 cycle (CoP 9.178): reviews every 6 months for a child under 5, beside the 12-month statutory cycle', () => {
    const t = timeline(
      {
        id: 'C6',
        dateOfBirth: '2022-06-15',
        events: [
          { type: 'final-plan-issued', date: '2025-01-13' },
          { type: 'review-meeting', date: '2025-06-30' },
          { type: 'review-meeting', date: '2026-02-10' },
        ],
      },
      { asOf: '2026-03-01' },
    );
    // 13 Jan 2025 + 6 months = 13 Jul 2025 (met 30 Jun); 30 Jun 2025 + 6 months = 30 Dec 2025 (late: 10 Feb 2026, 42 days).
    expect(one(t.entries, 'under-5-review', 0)).toMatchObject({ due: '2025-07-13', status: 'met' });
    expect(one(t.entries, 'under-5-review', 1)).toMatchObject({ due: '2025-12-30', done: '2026-02-10', status: 'late', daysLate: 42 });
    // CFA s44(1): 12 months starting with 30 Jun 2025 → 29 Jun 2026; met on 10 Feb 2026.
    expect(one(t.entries, 'annual-review', 1)).toMatchObject({ due: '2026-06-29', status: 'met' });
    expect(one(t.entries, 'under-5-review')!.force).toBe('guidance');
  });

  it('a phase-transfer year: born 20 May 2015, Year 7 from Sept 2026 → review and amendment before 15 Feb 2026 (reg 18(1)(b)): amended plan 2 Mar 2026 is 16 days late', () => {
    const t = timeline(
      {
        id: 'C7',
        dateOfBirth: '2015-05-20',
        events: [
          { type: 'final-plan-issued', date: '2022-03-01' },
          { type: 'review-meeting', date: '2025-02-03' },
          { type: 'review-meeting', date: '2025-11-20' },
          { type: 'review-decision-notified', date: '2025-12-10', decision: 'amend' },
          { type: 'amended-plan-issued', date: '2026-03-02' },
        ],
      },
      { asOf: '2026-04-01' },
    );
    expect(one(t.entries, 'phase-transfer')).toMatchObject({ trigger: '2026-09-01', due: '2026-02-14', done: '2026-03-02', status: 'late', daysLate: 16 });
    const onOrBefore = timeline({ id: 'C7', dateOfBirth: '2015-05-20', events: [{ type: 'final-plan-issued', date: '2022-03-01' }] }, { asOf: '2026-04-01', fixedDate: 'on-or-before' });
    expect(one(onOrBefore.entries, 'phase-transfer')!.due).toBe('2026-02-15');
  });

  it('a move between authorities: reg 15(2) transfer within 15 working days of late awareness, then reg 15(5) review', () => {
    const record = JSON.parse(readFileSync(new URL('../../examples/case.json', import.meta.url), 'utf8'));
    const t = timeline(record, { asOf: '2026-03-01' });
    // Aware Wed 20 Aug 2025, move Mon 1 Sep: 6 working days between (25 Aug a bank holiday) → 15 working days beginning 20 Aug = Wed 10 Sep.
    expect(one(t.entries, 'plan-transfer')).toMatchObject({ trigger: { move: '2025-09-01', aware: '2025-08-20' }, due: '2025-09-10', status: 'met' });
    // Later of 12 months beginning 20 Jan 2025 (19 Jan 2026) and 3 months beginning 10 Sep 2025 (9 Dec 2025).
    expect(one(t.entries, 'plan-transfer-review')).toMatchObject({ due: '2026-01-19', done: '2026-01-15', status: 'met' });
  });

  it('a re-assessment restarts the cycle from the day the re-assessed plan is sent (reg 27(4): within 12 months of)', () => {
    const t = timeline(
      {
        id: 'C8',
        events: [
          { type: 'final-plan-issued', date: '2024-01-10' },
          { type: 'reassessment-requested', date: '2024-06-03' },
          { type: 'reassessment-decision-notified', date: '2024-06-14', decision: 'reassess' },
          { type: 'reassessment-plan-issued', date: '2024-09-02' },
        ],
      },
      { asOf: '2025-10-01' },
    );
    expect(one(t.entries, 'reassessment-decision')).toMatchObject({ due: '2024-06-18', status: 'met' });
    expect(one(t.entries, 'reassessment-final-plan')).toMatchObject({ due: '2024-09-20', status: 'met' });
    expect(one(t.entries, 'annual-review')).toBeUndefined();
    expect(one(t.entries, 'review-after-reassessment')).toMatchObject({ trigger: '2024-09-02', due: '2025-09-02', status: 'overdue', daysLate: 29 });
  });

  it('reviewedOn: "decision" restarts the cycle from the decision notice, and says so in the trace', () => {
    const events = [
      { type: 'final-plan-issued', date: '2024-01-10' },
      { type: 'review-meeting', date: '2024-12-20' },
      { type: 'review-decision-notified', date: '2025-01-15' },
    ];
    const byMeeting = timeline({ id: 'C9', events }, { asOf: '2025-03-01' });
    const byDecision = timeline({ id: 'C9', events }, { asOf: '2025-03-01', reviewedOn: 'decision' });
    expect(one(byMeeting.entries, 'annual-review', 0)).toMatchObject({ due: '2025-01-09', done: '2024-12-20', status: 'met' });
    expect(one(byDecision.entries, 'annual-review', 0)).toMatchObject({ due: '2025-01-09', done: '2025-01-15', status: 'late', daysLate: 6 });
    expect(one(byDecision.entries, 'annual-review', 1)!.due).toBe('2026-01-14');
    expect(one(byDecision.entries, 'annual-review', 0)!.trace.at(-1)!.detail).toContain('decision');
  });

  it('events out of order are ordered by date; duplicates and impossible orders are warnings, not errors', () => {
    const events = [
      { type: 'final-plan-issued', date: '2025-05-27' },
      { type: 'request-received', date: '2025-01-06' },
      { type: 'request-received', date: '2025-01-06' },
    ];
    const t = timeline({ id: 'C10', events }, { asOf: '2025-06-30' });
    expect(one(t.entries, 'final-plan')).toMatchObject({ status: 'late', daysLate: 1 });
    expect(t.warnings.join(' ')).toContain('repeats');
    const impossible = timeline({ id: 'C11', events: [{ type: 'request-received', date: '2025-06-01' }, { type: 'final-plan-issued', date: '2025-05-27' }] }, { asOf: '2025-07-01' });
    expect(impossible.warnings.join(' ')).toContain('comes before any request-received');
    const later = timeline({ id: 'C12', events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'final-plan-issued', date: '2025-05-27' }] }, { asOf: '2025-03-01' });
    expect(later.warnings.join(' ')).toContain('after the as-of date');
    expect(one(later.entries, 'final-plan')!.status).toBe('due');
  });

  it('the result is plain JSON-serialisable data', () => {
    const t = timeline({ id: 'C1', events: [{ type: 'request-received', date: '2025-01-06' }] }, { asOf: '2025-06-30' });
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });

  it('invalid records are INVALID_CASE errors naming the case, the event, the field and the value', () => {
    expect(() => timeline({ id: 'C1', events: [{ type: 'request-received', date: '2025-02-30' }] }, { asOf: '2025-06-30' })).toThrow(
      /Case C1, event 1 \(request-received\): events\[0\]\.date "2025-02-30"/,
    );
    expect(() => timeline({ id: 'C1', events: [{ type: 'moved-la', date: '2025-02-03' }] }, { asOf: '2025-06-30' })).toThrow(/became aware/);
    expect(() => timeline({ id: 'C1', events: [] }, { asOf: '30/06/2025' })).toThrow(/asOf/);
  });
});

describe('(1) assessment path: met / late / due / overdue / not-applicable / not-triggered / lifted / relaxed [independent cases]', () => {
  const path: EventRecord[] = [
    { type: 'request-received', date: '2025-01-06' }, // Monday
    { type: 'assessment-decision-notified', date: '2025-02-18' },
    { type: 'advice-requested', date: '2025-02-20', body: 'health' },
    { type: 'advice-received', date: '2025-04-03', body: 'health' },
    { type: 'advice-requested', date: '2025-02-20', body: 'social-care' },
    { type: 'draft-plan-served', date: '2025-05-01' },
    { type: 'final-plan-issued', date: '2025-05-27' },
  ];

  it('request Mon 6 Jan 2025: decision 18 Feb late 1, health advice met, social-care advice overdue 88, draft reps met, plan 27 May late 1, annual review due 26 May 2026', () => {
    const t = timeline({ id: 'P1', events: path }, { asOf: '2025-06-30' });
    // reg 5(1): 6 Jan + 42 = Mon 17 Feb; done 18 Feb -> late 1.
    expect(pick(one(t.entries, 'assessment-decision'))).toMatchObject({ due: '2025-02-17', done: '2025-02-18', status: 'late', daysLate: 1 });
    const advice = all(t.entries, 'advice-response');
    expect(advice).toHaveLength(2);
    // reg 8(1): 20 Feb + 42 = Thu 3 Apr (Feb 20 + 8 = Feb 28, + 31 = Mar 31, + 3 = Apr 3).
    expect(advice.map((e) => e.due)).toEqual(['2025-04-03', '2025-04-03']);
    // health: received 3 Apr = met. social-care: none by 30 Jun -> overdue 27 (Apr) + 31 (May) + 30 (Jun) = 88.
    expect(advice.map((e) => e.status).sort()).toEqual(['met', 'overdue']);
    expect(advice.find((e) => e.status === 'overdue')!.daysLate).toBe(88);
    // reg 13(1)(a): 15 days beginning with 1 May end 15 May; plan finalised 27 May, after -> met.
    expect(pick(one(t.entries, 'draft-plan-representations'))).toMatchObject({ due: '2025-05-15', status: 'met' });
    // reg 13(2): 6 Jan + 140 = Mon 26 May 2025 (a bank holiday; no roll-forward). Issued 27 May -> late 1.
    expect(pick(one(t.entries, 'final-plan'))).toMatchObject({ due: '2025-05-26', done: '2025-05-27', status: 'late', daysLate: 1 });
    // reg 10(1) applies only where the authority decides not to issue a plan.
    expect(one(t.entries, 'no-plan-notice')!.status).toBe('not-applicable');
    // s44(1): 12 months starting with 27 May 2025 end 26 May 2026; asOf 30 Jun 2025 -> due.
    expect(pick(one(t.entries, 'annual-review'))).toMatchObject({ due: '2026-05-26', status: 'due' });
  });

  it('decided not to assess: final-plan not-applicable, annual-review not-triggered (no plan)', () => {
    const t = timeline({ id: 'P2', events: [
      { type: 'request-received', date: '2025-01-06' },
      { type: 'assessment-decision-notified', date: '2025-02-10', decision: 'not-assess' },
    ] }, { asOf: '2025-06-30' });
    expect(one(t.entries, 'assessment-decision')!.status).toBe('met'); // 10 Feb <= 17 Feb
    expect(one(t.entries, 'final-plan')!.status).toBe('not-applicable');
    expect(one(t.entries, 'annual-review')!.status).toBe('not-triggered');
  });

  const base: EventRecord[] = [
    { type: 'request-received', date: '2025-01-06' },
    { type: 'assessment-decision-notified', date: '2025-03-01' }, // due 17 Feb: 12 days late
    { type: 'advice-requested', date: '2025-02-20', body: 'health' },
    { type: 'advice-received', date: '2025-04-20', body: 'health' }, // due 3 Apr: 17 days late
    { type: 'final-plan-issued', date: '2025-06-20' }, // due 26 May: 25 days late
    { type: 'review-meeting', date: '2026-07-01' }, // due 19 Jun 2026: 12 days late
  ];

  it('personal-circumstances 1-10 Feb 2025 lifts reg 5(1) and 13(2) (periods overlap), not reg 8(1) (advice period 20 Feb-3 Apr does not overlap) and never s44 annual review', () => {
    const t = timeline({ id: 'E1', events: [...base, { type: 'exception', code: 'personal-circumstances', date: '2025-02-01', until: '2025-02-10' }] }, { asOf: '2026-08-01' });
    expect(pick(one(t.entries, 'assessment-decision'))).toMatchObject({ status: 'lifted', exception: 'personal-circumstances' });
    expect(pick(one(t.entries, 'final-plan'))).toMatchObject({ status: 'lifted', exception: 'personal-circumstances' });
    expect(pick(one(t.entries, 'advice-response'))).toMatchObject({ status: 'late', daysLate: 17 });
    // 12 months starting with 20 Jun 2025 end 19 Jun 2026; meeting 1 Jul 2026 -> late 12. No exception for s44.
    expect(pick(one(t.entries, 'annual-review'))).toMatchObject({ due: '2026-06-19', status: 'late', daysLate: 12 });
    expect(one(t.entries, 'annual-review')!.exception).toBeUndefined();
  });

  it('an exception that starts after the 20-week due day does not lift it (1 Jun 2025 - 1 Jun 2026: plan stays late 25)', () => {
    const t = timeline({ id: 'E4', events: [...base, { type: 'exception', code: 'personal-circumstances', date: '2025-06-01', until: '2026-06-01' }] }, { asOf: '2026-08-01' });
    expect(pick(one(t.entries, 'final-plan'))).toMatchObject({ status: 'late', daysLate: 25 });
    expect(pick(one(t.entries, 'assessment-decision'))).toMatchObject({ status: 'late', daysLate: 12 });
  });

  it('missed-appointment (reg 8(2)(c) only) lifts advice-response, not reg 5(1) or reg 13(2)', () => {
    const t = timeline({ id: 'E2', events: [...base, { type: 'exception', code: 'missed-appointment', date: '2025-03-10' }] }, { asOf: '2026-08-01' });
    expect(pick(one(t.entries, 'advice-response'))).toMatchObject({ status: 'lifted', exception: 'missed-appointment' });
    expect(pick(one(t.entries, 'assessment-decision'))).toMatchObject({ status: 'late', daysLate: 12 });
    expect(pick(one(t.entries, 'final-plan'))).toMatchObject({ status: 'late', daysLate: 25 });
  });

  // Settled reading (reg 8(2)(c)): a missed appointment lifts only the limit of the body that made the appointment.
  it('missed appointment with the EP (body ep) does not lift the social-care advice limit', () => {
    const t = timeline({ id: 'E6', events: [
      ...path,
      { type: 'advice-requested', date: '2025-02-20', body: 'ep' },
      { type: 'advice-received', date: '2025-05-01', body: 'ep' },
      { type: 'exception', code: 'missed-appointment', date: '2025-03-10', body: 'ep' },
    ] }, { asOf: '2025-06-30' });
    const advice = all(t.entries, 'advice-response');
    // health met; ep late (1 May > 3 Apr) -> lifted by its own missed appointment; social-care overdue 88.
    expect(advice.map((e) => e.status).sort()).toEqual(['lifted', 'met', 'overdue']);
  });

  // Settled reading (docs/law/conventions.md): a lifted limit says which exception lifted it, in the trace an auditor reads.
  it('a lifted entry\'s trace names the exception that lifted it', () => {
    const t = timeline({ id: 'E7', events: [
      { type: 'request-received', date: '2025-01-06' },
      { type: 'exception', code: 'personal-circumstances', date: '2025-02-01' },
      { type: 'final-plan-issued', date: '2025-06-01' },
    ] }, { asOf: '2025-07-01' });
    const f = one(t.entries, 'final-plan')!;
    expect(f.status).toBe('lifted');
    expect(JSON.stringify(f.trace)).toMatch(/personal-circumstances|personal circumstances/);
  });

  it('2020: request 2 Mar 2020, plan 1 Sep 2020 (due 20 Jul) with a coronavirus reason 1 May-25 Sep 2020 -> relaxed; the 6-week decision (due 13 Apr, before SI 2020/471) stays late 7', () => {
    // 2 Mar + 140: Mar 31 (+29), Apr 30 (+59), May 31 (+90), Jun 30 (+120), Jul 20 (+140).
    const t = timeline({ id: 'CV1', events: [
      { type: 'request-received', date: '2020-03-02' },
      { type: 'assessment-decision-notified', date: '2020-04-20' },
      { type: 'final-plan-issued', date: '2020-09-01' },
      { type: 'exception', code: 'coronavirus', date: '2020-05-01', until: '2020-09-25' },
    ] }, { asOf: '2020-12-01' });
    expect(pick(one(t.entries, 'final-plan'))).toMatchObject({ due: '2020-07-20', status: 'relaxed', exception: 'coronavirus' });
    expect(pick(one(t.entries, 'assessment-decision'))).toMatchObject({ due: '2020-04-13', status: 'late', daysLate: 7 });
  });

  // Settled reading (SI 2020/471, in effect 1 May – 25 Sep 2020): only a period that overlaps those dates is relaxed.
  it('a coronavirus record of 1 Mar - 31 Dec 2020 relaxes nothing whose period lies wholly outside 1 May - 25 Sep 2020', () => {
    const wide = { type: 'exception', code: 'coronavirus', date: '2020-03-01', until: '2020-12-31' };
    const before = timeline({ id: 'CV2', events: [
      { type: 'request-received', date: '2020-03-02' },
      { type: 'assessment-decision-notified', date: '2020-04-20' }, // period 2 Mar - 13 Apr 2020
      wide,
    ] }, { asOf: '2020-12-01' });
    expect(pick(one(before.entries, 'assessment-decision'))).toMatchObject({ due: '2020-04-13', status: 'late', daysLate: 7 });
    const after = timeline({ id: 'CV3', events: [
      { type: 'request-received', date: '2020-10-05' },
      { type: 'assessment-decision-notified', date: '2020-11-30' }, // 5 Oct + 42 = 16 Nov: late 14
      wide,
    ] }, { asOf: '2021-01-10' });
    expect(pick(one(after.entries, 'assessment-decision'))).toMatchObject({ due: '2020-11-16', status: 'late', daysLate: 14 });
  });
});

describe('(9) events out of order, duplicated, after asOf [independent cases]', () => {
  const ev: EventRecord[] = [
    { type: 'request-received', date: '2025-01-06' },
    { type: 'assessment-decision-notified', date: '2025-02-10' },
    { type: 'final-plan-issued', date: '2025-05-20' },
    { type: 'review-meeting', date: '2026-05-01' },
    { type: 'review-decision-notified', date: '2026-05-10' },
  ];

  it('listing order carries no meaning (reversed list gives the same timeline)', () => {
    expect(timeline({ id: 'O', events: [...ev].reverse() }, { asOf: '2026-06-01' })).toEqual(timeline({ id: 'O', events: ev }, { asOf: '2026-06-01' }));
  });

  it('an adjacent duplicate is warned about and counted once; an event after asOf is warned about and not counted', () => {
    const t = timeline({ id: 'Dup', events: [...ev, { type: 'review-meeting', date: '2026-05-01' }, { type: 'review-meeting', date: '2027-04-01' }] }, { asOf: '2026-06-01' });
    expect(all(t.entries, 'review-decision')).toHaveLength(1);
    expect(t.warnings.some((w) => w.includes('repeats'))).toBe(true);
    expect(t.warnings.some((w) => w.includes('after the as-of date'))).toBe(true);
    expect(one(t.entries, 'annual-review', 1)).toMatchObject({ due: '2027-04-30', status: 'due' });
  });

  // Settled reading: a duplicate is found whatever the listing order, so the timeline never depends on it.
  it('a duplicate separated by another event of the same day is still warned about and counted once', () => {
    const t = timeline({ id: 'Dup2', events: [
      { type: 'request-received', date: '2025-01-06' },
      { type: 'final-plan-issued', date: '2025-05-20' },
      { type: 'review-meeting', date: '2026-05-01' },
      { type: 'review-report-sent', date: '2026-05-01' },
      { type: 'review-meeting', date: '2026-05-01' },
    ] }, { asOf: '2026-06-01' });
    expect(all(t.entries, 'review-decision')).toHaveLength(1);
    expect(t.warnings.some((w) => w.includes('repeats'))).toBe(true);
  });

  it('a final plan dated before its request is warned about (and does not complete the request)', () => {
    const t = timeline({ id: 'I2', events: [{ type: 'final-plan-issued', date: '2024-12-20' }, { type: 'request-received', date: '2025-01-06' }] }, { asOf: '2025-07-01' });
    expect(t.warnings.some((w) => w.includes('final-plan-issued on 2024-12-20'))).toBe(true);
    // 26 May -> 1 Jul = 36.
    expect(pick(one(t.entries, 'final-plan'))).toMatchObject({ due: '2025-05-26', status: 'overdue', daysLate: 36 });
  });

  // Settled reading (api.md: a history impossible in time is a warning): a draft plan before any request is one.
  it('a draft plan served before any request is warned about', () => {
    const t = timeline({ id: 'I1', events: [
      { type: 'request-received', date: '2025-01-06' },
      { type: 'draft-plan-served', date: '2024-12-01' },
      { type: 'final-plan-issued', date: '2025-05-20' },
    ] }, { asOf: '2025-07-01' });
    expect(t.warnings.some((w) => w.includes('draft-plan-served'))).toBe(true);
  });
});
