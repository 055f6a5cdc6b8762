import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { timeline, type TimelineEntry } from '../../src/index.js';

const find = (entries: readonly TimelineEntry[], ruleId: string, n = 0) => entries.filter((e) => e.ruleId === ruleId)[n];

describe('timeline: hand-worked cases', () => {
  it('request 6 Jan 2025, plan issued 27 May 2025: final-plan late by 1 day (reg 13(2): 20 weeks = Mon 26 May 2025)', () => {
    const t = timeline(
      { id: 'C1', events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'final-plan-issued', date: '2025-05-27' }] },
      { asOf: '2025-06-30' },
    );
    expect(find(t.entries, 'final-plan')).toMatchObject({ due: '2025-05-26', done: '2025-05-27', status: 'late', daysLate: 1 });
    expect(find(t.entries, 'final-plan')!.trace.map((s) => s.step)).toContain('Done');
  });

  it('met, due and overdue: decision on time (6 weeks = Mon 17 Feb 2025), plan not yet issued', () => {
    // reg 5(1): 6 Jan + 42 days = 17 Feb; reg 13(2): 26 May. Judged on 1 May: plan due; on 1 June: overdue by 6 days.
    const record = { id: 'C2', events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'assessment-decision-notified', date: '2025-02-17' }] };
    const may = timeline(record, { asOf: '2025-05-01' });
    expect(find(may.entries, 'assessment-decision')).toMatchObject({ due: '2025-02-17', status: 'met' });
    expect(find(may.entries, 'final-plan')).toMatchObject({ due: '2025-05-26', status: 'due' });
    expect(find(timeline(record, { asOf: '2025-06-01' }).entries, 'final-plan')).toMatchObject({ status: 'overdue', daysLate: 6 });
  });

  it('not-triggered: no plan yet, so no annual review; not-applicable: the authority decided not to assess', () => {
    const t = timeline(
      { id: 'C3', events: [{ type: 'request-received', date: '2025-10-06' }, { type: 'assessment-decision-notified', date: '2025-11-10', decision: 'not-assess' }] },
      { asOf: '2026-06-01' },
    );
    expect(find(t.entries, 'annual-review')).toMatchObject({ status: 'not-triggered', due: null });
    expect(find(t.entries, 'final-plan')).toMatchObject({ status: 'not-applicable' });
    expect(find(t.entries, 'assessment-decision')).toMatchObject({ due: '2025-11-17', status: 'met' });
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
    expect(find(t.entries, 'final-plan')).toMatchObject({ due: '2025-07-21', done: '2025-09-01', status: 'lifted', exception: 'personal-circumstances' });
    expect(find(t.entries, 'final-plan')!.daysLate).toBeUndefined();
    // 3 Mar + 6 weeks = 14 Apr; the decision came 11 days late, before the exception began.
    expect(find(t.entries, 'assessment-decision')).toMatchObject({ due: '2025-04-14', status: 'late', daysLate: 11 });
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
    expect(find(t.entries, 'final-plan')).toMatchObject({ due: '2020-07-20', status: 'relaxed', exception: 'coronavirus' });
    expect(find(t.entries, 'final-plan')!.warnings.join(' ')).toContain('SI 2020/471');
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
    expect(find(t.entries, 'under-5-review', 0)).toMatchObject({ due: '2025-07-13', status: 'met' });
    expect(find(t.entries, 'under-5-review', 1)).toMatchObject({ due: '2025-12-30', done: '2026-02-10', status: 'late', daysLate: 42 });
    // CFA s44(1): 12 months starting with 30 Jun 2025 → 29 Jun 2026; met on 10 Feb 2026.
    expect(find(t.entries, 'annual-review', 1)).toMatchObject({ due: '2026-06-29', status: 'met' });
    expect(find(t.entries, 'under-5-review')!.force).toBe('guidance');
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
    expect(find(t.entries, 'phase-transfer')).toMatchObject({ trigger: '2026-09-01', due: '2026-02-14', done: '2026-03-02', status: 'late', daysLate: 16 });
    const onOrBefore = timeline({ id: 'C7', dateOfBirth: '2015-05-20', events: [{ type: 'final-plan-issued', date: '2022-03-01' }] }, { asOf: '2026-04-01', fixedDate: 'on-or-before' });
    expect(find(onOrBefore.entries, 'phase-transfer')!.due).toBe('2026-02-15');
  });

  it('a move between authorities: reg 15(2) transfer within 15 working days of late awareness, then reg 15(5) review', () => {
    const record = JSON.parse(readFileSync(new URL('../../examples/case.json', import.meta.url), 'utf8'));
    const t = timeline(record, { asOf: '2026-03-01' });
    // Aware Wed 20 Aug 2025, move Mon 1 Sep: 6 working days between (25 Aug a bank holiday) → 15 working days beginning 20 Aug = Wed 10 Sep.
    expect(find(t.entries, 'plan-transfer')).toMatchObject({ trigger: { move: '2025-09-01', aware: '2025-08-20' }, due: '2025-09-10', status: 'met' });
    // Later of 12 months beginning 20 Jan 2025 (19 Jan 2026) and 3 months beginning 10 Sep 2025 (9 Dec 2025).
    expect(find(t.entries, 'plan-transfer-review')).toMatchObject({ due: '2026-01-19', done: '2026-01-15', status: 'met' });
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
    expect(find(t.entries, 'reassessment-decision')).toMatchObject({ due: '2024-06-18', status: 'met' });
    expect(find(t.entries, 'reassessment-final-plan')).toMatchObject({ due: '2024-09-20', status: 'met' });
    expect(find(t.entries, 'annual-review')).toBeUndefined();
    expect(find(t.entries, 'review-after-reassessment')).toMatchObject({ trigger: '2024-09-02', due: '2025-09-02', status: 'overdue', daysLate: 29 });
  });

  it('reviewedOn: "decision" restarts the cycle from the decision notice, and says so in the trace', () => {
    const events = [
      { type: 'final-plan-issued', date: '2024-01-10' },
      { type: 'review-meeting', date: '2024-12-20' },
      { type: 'review-decision-notified', date: '2025-01-15' },
    ];
    const byMeeting = timeline({ id: 'C9', events }, { asOf: '2025-03-01' });
    const byDecision = timeline({ id: 'C9', events }, { asOf: '2025-03-01', reviewedOn: 'decision' });
    expect(find(byMeeting.entries, 'annual-review', 0)).toMatchObject({ due: '2025-01-09', done: '2024-12-20', status: 'met' });
    expect(find(byDecision.entries, 'annual-review', 0)).toMatchObject({ due: '2025-01-09', done: '2025-01-15', status: 'late', daysLate: 6 });
    expect(find(byDecision.entries, 'annual-review', 1)!.due).toBe('2026-01-14');
    expect(find(byDecision.entries, 'annual-review', 0)!.trace.at(-1)!.detail).toContain('decision');
  });

  it('events out of order are ordered by date; duplicates and impossible orders are warnings, not errors', () => {
    const events = [
      { type: 'final-plan-issued', date: '2025-05-27' },
      { type: 'request-received', date: '2025-01-06' },
      { type: 'request-received', date: '2025-01-06' },
    ];
    const t = timeline({ id: 'C10', events }, { asOf: '2025-06-30' });
    expect(find(t.entries, 'final-plan')).toMatchObject({ status: 'late', daysLate: 1 });
    expect(t.warnings.join(' ')).toContain('repeats');
    const impossible = timeline({ id: 'C11', events: [{ type: 'request-received', date: '2025-06-01' }, { type: 'final-plan-issued', date: '2025-05-27' }] }, { asOf: '2025-07-01' });
    expect(impossible.warnings.join(' ')).toContain('comes before any request-received');
    const later = timeline({ id: 'C12', events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'final-plan-issued', date: '2025-05-27' }] }, { asOf: '2025-03-01' });
    expect(later.warnings.join(' ')).toContain('after the as-of date');
    expect(find(later.entries, 'final-plan')!.status).toBe('due');
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

describe('timeline: the next phase transfer is known from the date of birth', () => {
  it('a Year 5 child on 1 Jun 2025 (born 1 Mar 2015): Year 7 from Sept 2026, reg 18 date 14 Feb 2026 shown as due; Year 12 (2030) not yet listed', () => {
    const t = timeline({ id: 'Y5', dateOfBirth: '2015-03-01', events: [{ type: 'final-plan-issued', date: '2022-01-10' }] }, { asOf: '2025-06-01' });
    const transfers = t.entries.filter((e) => e.ruleId.startsWith('phase-transfer'));
    expect(transfers).toHaveLength(1);
    expect(transfers[0]).toMatchObject({ ruleId: 'phase-transfer', trigger: '2026-09-01', due: '2026-02-14', status: 'due' });
  });
});

describe('timeline: reg 18 dates and the commencement of the Regulations (SEND Regs 2014 reg 1)', () => {
  it('SEND Regs 2014 reg 1 / reg 18(3): born 12 Mar 1999, Year 12 from Tue 1 Sep 2015 → before 31 May 2015 = Sat 30 May 2015, met; no "not in force" warning', () => {
    // Attains 16 on 12 Mar 2015 (school year 2014/15, Year 11) → post-16 transfer 1 Sep 2015: reg 18(3).
    // The Regulations, reg 18(3) included, came into force on 1 Sep 2014 (reg 1): 30 May 2015 is after it.
    // The plan finalised on 10 Oct 2014, within the 12 months before the transfer, answers reg 18.
    const t = timeline({ id: 'P15', dateOfBirth: '1999-03-12', events: [
      { type: 'final-plan-issued', date: '2014-10-10' },
      { type: 'review-decision-notified', date: '2015-05-20' },
    ] }, { asOf: '2015-06-01' });
    const e = find(t.entries, 'phase-transfer-post16')!;
    expect(e).toMatchObject({ trigger: '2015-09-01', due: '2015-05-30', done: '2014-10-10', status: 'met' });
    expect(e.citation!.provision).toBe('reg 18(3)');
    expect(e.warnings).toEqual([]);
  });

  it('SEND Regs 2014 reg 1 / reg 18(1)(a): Year 12 from Mon 1 Sep 2014 → before 31 Mar 2014 = Sun 30 Mar 2014, before the Regulations came into force: the entry warns', () => {
    // Born 31 Aug 1998: attains 16 on 31 Aug 2014, in school year 2013/14 → Year 12 from 1 Sep 2014.
    // 30 Mar 2014 < 1 Sep 2014 (reg 1); the plan (29 Aug 2014) came after that date too: not-applicable.
    const t = timeline({ id: 'P14', dateOfBirth: '1998-08-31', events: [{ type: 'final-plan-issued', date: '2014-08-29' }] }, { asOf: '2014-10-01' });
    const e = find(t.entries, 'phase-transfer-post16')!;
    expect(e).toMatchObject({ trigger: '2014-09-01', due: '2014-03-30', status: 'not-applicable' });
    expect(e.warnings).toContain('The date named in reg 18(1)(a) (2014-03-30) is before the regulation came into force on 2014-09-01: it did not apply to this transfer.');
  });
});
