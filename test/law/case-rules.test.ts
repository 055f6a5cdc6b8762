/**
 * The statutory case rules as law data (src/law/case-rules.ts): which events trigger and complete
 * each rule, checked against the table, and a small hand-worked case for each rule, with the
 * arithmetic in a comment (dates in 2025–2026 unless said; no exceptions recorded).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EVENT_TYPES, audit, deadline, ruleIds, statutoryCaseRules, timeline, type TimelineEntry } from '../../src/index.js';
import { planEvents, statutoryCaseRuleData, statutoryReviewCycle, type CaseRuleData } from '../../src/law/case-rules.js';
import { twentyWeekMeasure } from '../../src/law/measures.js';
import { numRuns } from '../support/fc.js';

type Event = { type: string; date: string; [field: string]: string };
const run = (events: Event[], asOf: string, extra: Record<string, unknown> = {}) => timeline({ id: 'T', events, ...extra }, { asOf }).entries;
const of = (entries: readonly TimelineEntry[], ruleId: string) => entries.filter((e) => e.ruleId === ruleId);
const pick = (e: TimelineEntry | undefined) => e && { due: e.due, done: e.done, status: e.status, daysLate: e.daysLate, note: e.note };

/** The rule ids a record of the table produces (an order family is named `order-*`). */
function idsOf(r: CaseRuleData): string[] {
  switch (r.kind) {
    case 'review-cycle': return [...Object.values(r.rules), r.earlyYears.ruleId];
    case 'phase-transfers': return [...r.ruleIds];
    default: return [r.ruleId];
  }
}

/** The event types a record of the table names. */
function eventsOf(r: CaseRuleData): string[] {
  switch (r.kind) {
    case 'on-event': return [...r.on, ...r.done, ...(r.displacedBy ?? []).map((d) => d.event)];
    case 'must-allow': return [r.on, r.endedEarlyBy];
    case 'notice-before': return [r.target, r.done];
    default: return Object.values(r.events);
  }
}

describe('the case-rule table: each rule\'s trigger and completing events', () => {
  it.each([
    // [rule, provision, triggered by, completed by]
    ['assessment-decision', 'reg 5(1)', ['request-received'], ['assessment-decision-notified']],
    ['final-plan', 'reg 13(2)', ['request-received'], ['final-plan-issued']],
    ['no-plan-notice', 'reg 10(1)', ['request-received'], ['decision-not-to-issue']],
    ['advice-response', 'reg 8(1)', ['advice-requested'], ['advice-received']],
    ['review-decision', 'reg 20(10)', ['review-meeting'], ['review-decision-notified']],
    ['review-report', 'reg 20(9)', ['review-meeting'], ['review-report-sent']],
    ['amendment-final', 'reg 22(3), (4)', ['amendment-notice-sent'], ['amended-plan-issued', 'decision-not-to-amend']],
    ['reassessment-decision', 'reg 25(1)', ['reassessment-requested'], ['reassessment-decision-notified']],
    ['reassessment-final-plan', 'reg 27(2)', ['reassessment-decision-notified'], ['reassessment-plan-issued']],
    ['plan-transfer', 'reg 15(2)', ['moved-la'], ['plan-transferred']],
    ['plan-transfer-notice', 'reg 15(4)', ['plan-transferred'], ['transfer-notice-sent']],
    ['mediation-arrange', 'reg 36(2)', ['mediation-requested'], ['mediation-held']],
    ['mediation-certificate', 'regs 34(1), 39(1)', ['mediation-held', 'mediation-declined'], ['mediation-certificate-issued']],
    ['tribunal-response', 'HESC r21', ['appeal-received'], ['appeal-response-sent']],
    ['order-*', 'reg 44', ['tribunal-order'], ['order-complied']],
  ] as const)('%s (%s): triggered by %j, completed by %j', (ruleId, _provision, on, done) => {
    const record = statutoryCaseRuleData.find((r) => r.kind === 'on-event' && r.ruleId === ruleId);
    expect(record).toMatchObject({ on, done });
  });

  it('reg 13(1)(a), reg 20(3) and 20(4): the period to allow and the notices before a meeting', () => {
    expect(statutoryCaseRuleData.filter((r) => r.kind === 'must-allow' || r.kind === 'notice-before').map((r) => [r.kind, r.ruleId])).toEqual([
      ['must-allow', 'draft-plan-representations'],
      ['notice-before', 'review-meeting-notice'],
      ['notice-before', 'review-advice-circulation'],
    ]);
  });

  it('CFA 2014 s44(1), reg 27(4), reg 15(5), CoP 9.178: the review cycle\'s rules by role', () => {
    expect(statutoryReviewCycle.rules).toEqual({ plan: 'annual-review', reassessedPlan: 'review-after-reassessment', transferredPlan: 'plan-transfer-review' });
    expect(statutoryReviewCycle.earlyYears).toEqual({ ruleId: 'under-5-review', underAge: 5 });
    expect(statutoryReviewCycle.events).toBe(planEvents);
  });

  it('every rule id the table names is in the rule table, and every event type is a case event type', () => {
    const known = new Set<string>(ruleIds());
    for (const r of statutoryCaseRuleData) {
      for (const id of idsOf(r)) expect(id === 'order-*' || known.has(id), id).toBe(true);
      for (const type of eventsOf(r)) expect(type in EVENT_TYPES, type).toBe(true);
    }
    // The order family: every order rule is reached through the event's `order`.
    expect(ruleIds().filter((id) => id.startsWith('order-')).length).toBeGreaterThan(0);
  });

  it('statutoryCaseRules is the table, in its order, with its descriptions (docs/cases.md)', () => {
    expect(statutoryCaseRules.map((r) => r.ruleIds)).toEqual(statutoryCaseRuleData.map(idsOf));
    expect(statutoryCaseRules.map((r) => r.description)).toEqual(statutoryCaseRuleData.map((r) => r.description));
  });

  it('reg 13(2): the 20-week measure names the rule started by a request and completed by the final plan', () => {
    expect(twentyWeekMeasure.ruleId).toBe('final-plan');
    expect(statutoryCaseRuleData.find((r) => r.kind === 'on-event' && r.ruleId === twentyWeekMeasure.ruleId)).toMatchObject({
      on: ['request-received'], done: ['final-plan-issued'],
    });
  });
});

describe('each case rule on a hand-worked case', () => {
  it('reg 5(1) assessment-decision: request Mon 6 Jan 2025 + 6 weeks = Mon 17 Feb; decided 18 Feb → late by 1', () => {
    const t = run([{ type: 'request-received', date: '2025-01-06' }, { type: 'assessment-decision-notified', date: '2025-02-18' }], '2025-03-01');
    expect(pick(of(t, 'assessment-decision')[0])).toMatchObject({ due: '2025-02-17', done: '2025-02-18', status: 'late', daysLate: 1 });
  });

  it('reg 13(2) final-plan: 6 Jan 2025 + 20 weeks (140 days) = Mon 26 May; issued that day → met', () => {
    const t = run([{ type: 'request-received', date: '2025-01-06' }, { type: 'final-plan-issued', date: '2025-05-26' }], '2025-06-01');
    expect(pick(of(t, 'final-plan')[0])).toMatchObject({ due: '2025-05-26', done: '2025-05-26', status: 'met' });
  });

  it('reg 13(2) final-plan is displaced by a decision not to assess (10 Feb) or not to issue a plan (1 May), each on or after the request', () => {
    const notAssess = run([
      { type: 'request-received', date: '2025-01-06' },
      { type: 'assessment-decision-notified', date: '2025-02-10', decision: 'not-assess' },
    ], '2025-07-01');
    expect(pick(of(notAssess, 'final-plan')[0])).toMatchObject({
      due: '2025-05-26', status: 'not-applicable', daysLate: undefined,
      note: 'The authority decided not to carry out an assessment (notified 2025-02-10).',
    });
    const noPlan = run([{ type: 'request-received', date: '2025-01-06' }, { type: 'decision-not-to-issue', date: '2025-05-01' }], '2025-07-01');
    expect(pick(of(noPlan, 'final-plan')[0])).toMatchObject({
      status: 'not-applicable', note: 'The authority decided not to issue a plan (notified 2025-05-01); reg 10 applies instead.',
    });
    // A decision to assess does not displace it: 26 May passed with no plan by 1 Jul → overdue 36 (5 + 31).
    const assess = run([{ type: 'request-received', date: '2025-01-06' }, { type: 'assessment-decision-notified', date: '2025-02-10', decision: 'assess' }], '2025-07-01');
    expect(pick(of(assess, 'final-plan')[0])).toMatchObject({ status: 'overdue', daysLate: 36 });
  });

  it('reg 10(1) no-plan-notice: 6 Jan 2025 + 16 weeks (112 days) = Mon 28 Apr; notified 1 May → late by 3; no such decision → not applicable', () => {
    const t = run([{ type: 'request-received', date: '2025-01-06' }, { type: 'decision-not-to-issue', date: '2025-05-01' }], '2025-07-01');
    expect(pick(of(t, 'no-plan-notice')[0])).toMatchObject({ due: '2025-04-28', done: '2025-05-01', status: 'late', daysLate: 3 });
    const none = run([{ type: 'request-received', date: '2025-01-06' }], '2025-07-01');
    expect(pick(of(none, 'no-plan-notice')[0])).toMatchObject({
      status: 'not-applicable', note: 'Applies only where the authority decides, after an assessment, not to issue a plan; no such decision is recorded.',
    });
  });

  it('reg 8(1) advice-response, paired by body: asked 13 Jan 2025 + 6 weeks = 24 Feb; health replied 20 Feb (met), the EP 3 Mar (late by 7)', () => {
    const t = run([
      { type: 'advice-requested', date: '2025-01-13', body: 'ep' },
      { type: 'advice-requested', date: '2025-01-13', body: 'health' },
      { type: 'advice-received', date: '2025-02-20', body: 'health' },
      { type: 'advice-received', date: '2025-03-03', body: 'ep' },
    ], '2025-04-01');
    const byBody = Object.fromEntries(of(t, 'advice-response').map((e) => [e.body, pick(e)]));
    expect(byBody.health).toMatchObject({ due: '2025-02-24', done: '2025-02-20', status: 'met' });
    // Without pairing, the EP's request would be answered by the health reply of 20 Feb.
    expect(byBody.ep).toMatchObject({ due: '2025-02-24', done: '2025-03-03', status: 'late', daysLate: 7 });
  });

  it('reg 13(1)(a) draft-plan-representations: 15 days beginning with Mon 3 Mar 2025 end Mon 17 Mar; finalised 17 Mar is a day early, 18 Mar is met, none is met once they end', () => {
    const early = run([{ type: 'draft-plan-served', date: '2025-03-03' }, { type: 'final-plan-issued', date: '2025-03-17' }], '2025-04-01');
    // due + 1 − finalised = 18 Mar − 17 Mar = 1 day short of the period.
    expect(pick(of(early, 'draft-plan-representations')[0])).toMatchObject({
      due: '2025-03-17', done: '2025-03-17', status: 'late', daysLate: 1,
      note: 'The plan was finalised on 2025-03-17, before the 15 days for representations ended on 2025-03-17.',
    });
    const onTime = run([{ type: 'draft-plan-served', date: '2025-03-03' }, { type: 'final-plan-issued', date: '2025-03-18' }], '2025-04-01');
    expect(pick(of(onTime, 'draft-plan-representations')[0])).toMatchObject({ done: '2025-03-18', status: 'met', note: undefined });
    const none = run([{ type: 'draft-plan-served', date: '2025-03-03' }], '2025-04-01');
    expect(pick(of(none, 'draft-plan-representations')[0])).toMatchObject({
      status: 'met', note: 'The period for representations has ended and no plan was finalised during it.',
    });
    expect(pick(of(run([{ type: 'draft-plan-served', date: '2025-03-03' }], '2025-03-10'), 'draft-plan-representations')[0])).toMatchObject({ status: 'due' });
  });

  it('CFA 2014 s44(1) annual-review: plan 10 Jan 2025 → 12 months starting with it end 9 Jan 2026; reviewed 5 Jan 2026 (met), then due 4 Jan 2027', () => {
    const t = run([{ type: 'final-plan-issued', date: '2025-01-10' }, { type: 'review-meeting', date: '2026-01-05' }], '2026-06-01');
    expect(of(t, 'annual-review').map(pick)).toMatchObject([
      { due: '2026-01-09', done: '2026-01-05', status: 'met' },
      { due: '2027-01-04', status: 'due' },
    ]);
    // The trace says which event dates a review (the cycle's rules only).
    expect(of(t, 'annual-review')[0]!.trace.map((s) => s.step)).toContain('Reviewed on');
  });

  it('reg 27(4) review-after-reassessment: a plan re-assessed on 10 Mar 2025, before the next review fell due, restarts the cycle: 12 months after = 10 Mar 2026, overdue 22 on 1 Apr', () => {
    const t = run([
      { type: 'final-plan-issued', date: '2024-01-10' },
      { type: 'review-meeting', date: '2025-01-06' },
      { type: 'reassessment-plan-issued', date: '2025-03-10' },
    ], '2026-04-01');
    // 10 Jan 2024 → by 9 Jan 2025, met 6 Jan; the period from 6 Jan 2025 (due 5 Jan 2026) gives way to the re-assessed plan.
    expect(of(t, 'annual-review').map(pick)).toMatchObject([{ due: '2025-01-09', done: '2025-01-06', status: 'met' }]);
    expect(of(t, 'review-after-reassessment').map(pick)).toMatchObject([{ due: '2026-03-10', status: 'overdue', daysLate: 22 }]);
    expect(of(t, 'review-after-reassessment')[0]!.trace.map((s) => s.step)).toContain('Reviewed on');
  });

  it('reg 15(5) plan-transfer-review: made 10 Jan 2025, transferred 1 Dec 2025: later of 9 Jan 2026 and 28 Feb 2026 (3 months beginning with 1 Dec); reviewed 20 Feb → met', () => {
    const t = run([
      { type: 'final-plan-issued', date: '2025-01-10' },
      { type: 'plan-transferred', date: '2025-12-01' },
      { type: 'review-meeting', date: '2026-02-20' },
    ], '2026-03-01');
    expect(of(t, 'plan-transfer-review').map(pick)).toMatchObject([{ due: '2026-02-28', done: '2026-02-20', status: 'met' }]);
    // The cycle then runs from that review: 12 months starting with 20 Feb 2026 end 19 Feb 2027.
    expect(of(t, 'annual-review').map(pick)).toMatchObject([{ due: '2027-02-19', status: 'due' }]);
  });

  it('reg 15(5) plan-transfer-review: transferred in with no review recorded before → not triggered, with the reason', () => {
    const t = run([{ type: 'plan-transferred', date: '2025-12-01' }], '2026-03-01');
    expect(pick(of(t, 'plan-transfer-review')[0])).toMatchObject({
      due: null, status: 'not-triggered', note: 'The plan was transferred in, but the date it was made or last reviewed is not recorded (reg 15(5) needs it).',
    });
  });

  it('CoP 9.178 under-5-review: born 1 Jun 2022, plan 10 Jan 2025 (under 5) → 6 months after = 10 Jul 2025; none by 1 Aug → overdue 22', () => {
    const t = run([{ type: 'final-plan-issued', date: '2025-01-10' }], '2025-08-01', { dateOfBirth: '2022-06-01' });
    expect(of(t, 'under-5-review').map(pick)).toMatchObject([{ due: '2025-07-10', status: 'overdue', daysLate: 22 }]);
    // Not a statutory review-cycle rule: its trace does not add the "Reviewed on" step.
    expect(of(t, 'under-5-review')[0]!.trace.map((s) => s.step)).not.toContain('Reviewed on');
    // Born 1 Jun 2019: 5 on 1 Jun 2024, before the plan → no under-5 review.
    expect(of(run([{ type: 'final-plan-issued', date: '2025-01-10' }], '2025-08-01', { dateOfBirth: '2019-06-01' }), 'under-5-review')).toHaveLength(0);
  });

  it('reg 20(10) review-decision and 20(9) review-report: meeting Mon 5 Jan 2026 + 4 weeks = 2 Feb (decided 30 Jan, met); + 2 weeks = 19 Jan (report 20 Jan, late 1)', () => {
    const t = run([
      { type: 'final-plan-issued', date: '2025-01-10' },
      { type: 'review-meeting', date: '2026-01-05' },
      { type: 'review-decision-notified', date: '2026-01-30' },
      { type: 'review-report-sent', date: '2026-01-20' },
    ], '2026-03-01');
    expect(pick(of(t, 'review-decision')[0])).toMatchObject({ due: '2026-02-02', done: '2026-01-30', status: 'met' });
    expect(pick(of(t, 'review-report')[0])).toMatchObject({ due: '2026-01-19', done: '2026-01-20', status: 'late', daysLate: 1 });
    // Reports are tracked only where the case records them.
    expect(of(run([{ type: 'review-meeting', date: '2026-01-05' }], '2026-03-01'), 'review-report')).toHaveLength(0);
  });

  it('reg 20(3), 20(4): notice and advice at least two weeks before Mon 5 Jan 2026 (strict: 5 Jan − 15 days = 21 Dec 2025): notice 22 Dec late 1, advice 19 Dec met', () => {
    const t = run([
      { type: 'final-plan-issued', date: '2025-01-10' },
      { type: 'review-notice-sent', date: '2025-12-22' },
      { type: 'review-advice-circulated', date: '2025-12-19' },
      { type: 'review-meeting', date: '2026-01-05' },
    ], '2026-03-01');
    expect(pick(of(t, 'review-meeting-notice')[0])).toMatchObject({ due: '2025-12-21', done: '2025-12-22', status: 'late', daysLate: 1 });
    expect(pick(of(t, 'review-advice-circulation')[0])).toMatchObject({ due: '2025-12-21', done: '2025-12-19', status: 'met' });
  });

  it('reg 18 phase-transfer: born 1 Mar 2014, Year 7 on 1 Sep 2025 → before 15 Feb 2025 (strict: 14 Feb); decided to amend 5 Feb, amended 10 Mar → late 24; Year 12 (2030) listed as due by 30 Mar 2030', () => {
    const t = run([
      { type: 'final-plan-issued', date: '2023-01-10' },
      { type: 'review-decision-notified', date: '2025-02-05', decision: 'amend' },
      { type: 'amended-plan-issued', date: '2025-03-10' },
    ], '2025-10-01', { dateOfBirth: '2014-03-01' });
    // The amend decision is completed only by the amended plan: 14 Feb → 10 Mar = 14 + 10 = 24 days.
    expect(of(t, 'phase-transfer').map(pick)).toMatchObject([{ due: '2025-02-14', done: '2025-03-10', status: 'late', daysLate: 24 }]);
    expect(of(t, 'phase-transfer-post16').map(pick)).toMatchObject([{ due: '2030-03-30', status: 'due' }]);
  });

  it('reg 18 phase-transfer: a plan made after the reg 18 date (made 1 Mar 2025 for a 1 Sep 2025 transfer) → not applicable, with the reason', () => {
    const t = run([{ type: 'final-plan-issued', date: '2025-03-01' }], '2025-10-01', { dateOfBirth: '2014-03-01' });
    expect(pick(of(t, 'phase-transfer')[0])).toMatchObject({ status: 'not-applicable', note: 'The plan was made on 2025-03-01, after the reg 18 date.' });
  });

  it('reg 22(3), (4) amendment-final: notice 3 Mar 2025 + 8 weeks = 28 Apr; a decision not to amend that day completes it → met', () => {
    const t = run([{ type: 'amendment-notice-sent', date: '2025-03-03' }, { type: 'decision-not-to-amend', date: '2025-04-28' }], '2025-06-01');
    expect(pick(of(t, 'amendment-final')[0])).toMatchObject({ due: '2025-04-28', done: '2025-04-28', status: 'met' });
  });

  it('reg 25(1), 27(2): re-assessment requested 3 Mar 2025 + 15 days = 18 Mar (decided 19 Mar, late 1); + 14 weeks from 19 Mar = Wed 25 Jun; "not-reassess" starts nothing', () => {
    const t = run([
      { type: 'reassessment-requested', date: '2025-03-03' },
      { type: 'reassessment-decision-notified', date: '2025-03-19', decision: 'reassess' },
      { type: 'reassessment-plan-issued', date: '2025-06-25' },
    ], '2025-07-01');
    expect(pick(of(t, 'reassessment-decision')[0])).toMatchObject({ due: '2025-03-18', done: '2025-03-19', status: 'late', daysLate: 1 });
    expect(pick(of(t, 'reassessment-final-plan')[0])).toMatchObject({ due: '2025-06-25', done: '2025-06-25', status: 'met' });
    const refused = run([
      { type: 'reassessment-requested', date: '2025-03-03' },
      { type: 'reassessment-decision-notified', date: '2025-03-19', decision: 'not-reassess' },
    ], '2025-07-01');
    expect(of(refused, 'reassessment-final-plan')).toHaveLength(0);
  });

  it('reg 15(2) plan-transfer: moved 1 Sep 2025, aware Thu 28 Aug: 15 working days beginning with 28 Aug = Wed 17 Sep; transferred 29 Aug (before the move) → met', () => {
    // 28, 29 Aug (2); 1–5 Sep (7); 8–12 Sep (12); 15, 16, 17 Sep (15).
    const t = run([{ type: 'moved-la', date: '2025-09-01', aware: '2025-08-28' }, { type: 'plan-transferred', date: '2025-08-29' }], '2025-10-01');
    expect(of(t, 'plan-transfer').map((e) => ({ trigger: e.trigger, ...pick(e) }))).toMatchObject([
      { trigger: { move: '2025-09-01', aware: '2025-08-28' }, due: '2025-09-17', done: '2025-08-29', status: 'met' },
    ]);
  });

  it('reg 15(4) plan-transfer-notice: transferred 17 Sep 2025 + 6 weeks = 29 Oct; told 30 Oct → late 1 (tracked when recorded)', () => {
    const t = run([{ type: 'plan-transferred', date: '2025-09-17' }, { type: 'transfer-notice-sent', date: '2025-10-30' }], '2025-12-01');
    expect(pick(of(t, 'plan-transfer-notice')[0])).toMatchObject({ due: '2025-10-29', done: '2025-10-30', status: 'late', daysLate: 1 });
    expect(of(run([{ type: 'plan-transferred', date: '2025-09-17' }], '2025-12-01'), 'plan-transfer-notice')).toHaveLength(0);
  });

  it('reg 36(2), regs 34(1)/39(1): mediation requested 3 Mar 2025 + 30 days = 2 Apr (held then, met); certificates 3 working days after Wed 2 Apr (Mon 7 Apr) and after a decline on Thu 17 Apr (Good Friday and Easter Monday skipped: Thu 24 Apr)', () => {
    const t = run([
      { type: 'mediation-requested', date: '2025-03-03' },
      { type: 'mediation-held', date: '2025-04-02' },
      { type: 'mediation-certificate-issued', date: '2025-04-07' },
      { type: 'mediation-declined', date: '2025-04-17' },
      { type: 'mediation-certificate-issued', date: '2025-04-24' },
    ], '2025-06-01');
    expect(pick(of(t, 'mediation-arrange')[0])).toMatchObject({ due: '2025-04-02', done: '2025-04-02', status: 'met' });
    expect(of(t, 'mediation-certificate').map(pick)).toMatchObject([
      { due: '2025-04-07', done: '2025-04-07', status: 'met' },
      { due: '2025-04-24', done: '2025-04-24', status: 'met' },
    ]);
  });

  it('HESC r21 tribunal-response: received Mon 7 Jul 2025 + 30 working days, August not counted = Tue 16 Sep', () => {
    // July 8–31: 18 working days; August skipped; 1–12 Sep: 10 (28); 15, 16 Sep (30).
    const t = run([{ type: 'appeal-received', date: '2025-07-07' }, { type: 'appeal-response-sent', date: '2025-09-16' }], '2025-10-01');
    expect(pick(of(t, 'tribunal-response')[0])).toMatchObject({ due: '2025-09-16', done: '2025-09-16', status: 'met' });
  });

  it('reg 44 orders: each order is its own rule and paired by `order`: make-plan-final 3 Mar 2025 + 11 weeks = 19 May (complied 20 May, late 1); cease at once (3 Mar, complied 10 Mar, late 7)', () => {
    const t = run([
      { type: 'tribunal-order', date: '2025-03-03', order: 'order-make-plan-final' },
      { type: 'tribunal-order', date: '2025-03-03', order: 'order-cease' },
      { type: 'order-complied', date: '2025-03-10', order: 'order-cease' },
      { type: 'order-complied', date: '2025-05-20', order: 'order-make-plan-final' },
    ], '2025-06-01');
    expect(pick(of(t, 'order-make-plan-final')[0])).toMatchObject({ due: '2025-05-19', done: '2025-05-20', status: 'late', daysLate: 1 });
    expect(pick(of(t, 'order-cease')[0])).toMatchObject({ due: '2025-03-03', done: '2025-03-10', status: 'late', daysLate: 7 });
  });
});

describe('case rules from data: invariants', () => {
  /** The one-date rules of the table whose first trigger and completing events make a case of two events. */
  const simple = statutoryCaseRuleData.filter((r) => r.kind === 'on-event' && !('trigger' in r) && !('ruleIdFrom' in r));
  const start = Date.UTC(2015, 0, 1) / 86_400_000;
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

  it('an event-triggered rule: due as deadline() gives it; met when done on or before the due day, otherwise late by the difference', () => {
    fc.assert(fc.property(
      fc.constantFrom(...simple), fc.integer({ min: 0, max: 365 * 12 }), fc.integer({ min: 0, max: 400 }),
      (rule, offset, after) => {
        if (rule.kind !== 'on-event') return;
        const trigger = iso(start + offset);
        const done = iso(start + offset + after);
        const entry = of(run([{ type: rule.on[0], date: trigger }, { type: rule.done[0], date: done }], '2028-12-31'), rule.ruleId)[0]!;
        const due = deadline(rule.ruleId, trigger).due!;
        expect(entry.due).toBe(due);
        if (done <= due) expect(entry.status).toBe('met');
        else expect(entry).toMatchObject({ status: 'late', daysLate: (Date.parse(done) - Date.parse(due)) / 86_400_000 });
      },
    ), { numRuns });
  });

  it('a timeline gives only the rule ids its case rules declare (an order family by its prefix)', () => {
    const declared = new Set(statutoryCaseRules.flatMap((r) => r.ruleIds));
    const event = fc.record({
      type: fc.constantFrom(...Object.keys(EVENT_TYPES).filter((t) => !['exception', 'moved-la', 'tribunal-order', 'order-complied'].includes(t))),
      date: fc.integer({ min: 0, max: 365 * 10 }).map((d) => iso(start + d)),
    });
    fc.assert(fc.property(fc.array(event, { maxLength: 12 }), fc.option(fc.integer({ min: 0, max: 365 * 10 })), (events, born) => {
      const extra = born === null ? {} : { dateOfBirth: iso(start - 365 * 12 + born) };
      for (const e of run(events, '2026-01-01', extra)) expect(declared.has(e.ruleId) || (declared.has('order-*') && e.ruleId.startsWith('order-')), e.ruleId).toBe(true);
    }), { numRuns: Math.min(numRuns, 200) });
  });

  it('reg 13(2): the audit\'s 20-week measure counts each plan completing the measured rule once', () => {
    // Two requests answered by one plan (counted once) and a late plan: 6 Jan + 140 days = 26 May (met); 3 Feb + 140 = 23 Jun (1 Jul: late).
    const cases = [
      { id: 'A', events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'request-received', date: '2025-01-13' }, { type: 'final-plan-issued', date: '2025-05-26' }] },
      { id: 'B', events: [{ type: 'request-received', date: '2025-02-03' }, { type: 'final-plan-issued', date: '2025-07-01' }] },
    ];
    const a = audit(cases, { asOf: '2025-12-01' });
    expect(a.twentyWeeks.including).toEqual({ plansIssued: 2, withinTwentyWeeks: 1, percent: 50 });
    expect(a.rules.find((r) => r.ruleId === twentyWeekMeasure.ruleId)).toMatchObject({ met: 2, late: 1 });
  });
});
