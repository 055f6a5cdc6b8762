import { describe, expect, it } from 'vitest';
import { sen2CaseId, sen2PersonToCases } from '../../../src/readers/sen2/to-cases.js';
import { timeline } from '../../../src/engine/timeline.js';
import { validateCase } from '../../../src/schema/validate.js';
import { active, person, plan, planned, request } from '../../support/sen2-model.js';

const census = '2026-01-15';
const types = (c: { events: readonly { type: string; date: string }[] }): string[] => c.events.map((e) => `${e.type} ${e.date}`);

describe('From the return to cases: element → event', () => {
  it('a request to a plan: ReceivedDate, RequestOutcome Y, NamedPlan/StartDate; the id is the UPN', () => {
    const mapped = sen2PersonToCases(planned(1, '2025-01-06', '2025-05-26', { upn: 'A123456789012' }), { census });
    expect(mapped.setAside).toBe(false);
    expect(mapped.cases).toHaveLength(1);
    expect(mapped.cases[0]!.id).toBe('A123456789012');
    expect(types(mapped.cases[0]!)).toEqual([
      'request-received 2025-01-06', 'assessment-decision-notified 2025-01-06', 'final-plan-issued 2025-05-26',
    ]);
    expect(mapped.cases[0]!.events[1]).toMatchObject({ decision: 'assess' });
    expect(validateCase(mapped.cases[0]).ok).toBe(true);
  });

  it('no UPN: the position in the return; several requests: one case each, #1, #2', () => {
    const p = person(7, { requests: [request({ receivedDate: '2023-02-01', requestOutcome: 'W' }), request({ receivedDate: '2025-03-03', requestOutcome: 'N', requestOutcomeDate: '2025-04-10' })] });
    const mapped = sen2PersonToCases(p, { census });
    expect(mapped.personId).toBe('7');
    expect(mapped.cases.map((c) => c.id)).toEqual(['7#1', '7#2']);
    // The withdrawn request's deadlines no longer run: its dates are left out, and the notes say so.
    expect(types(mapped.cases[0]!)).toEqual([]);
    expect(mapped.notes.join('\n')).toMatch(/7#1: the request or its assessment was withdrawn \(RequestOutcome W\)/);
    expect(mapped.cases[1]!.events[1]).toMatchObject({ type: 'assessment-decision-notified', decision: 'not-assess', date: '2025-04-10' });
    expect(sen2CaseId('7', 1, 1)).toBe('7');
  });

  it('one case per request: a withdrawn request is not "answered" by a later request\'s plan', () => {
    // In one case per person, the 2023 request's 20 weeks would be completed by the 2025 plan, 800 days late.
    const p = person(2, { requests: [
      request({ receivedDate: '2023-02-01', requestOutcome: 'W' }),
      request({ receivedDate: '2025-01-06', requestOutcome: 'Y', requestOutcomeDate: '2025-02-10', assessments: [{ assessmentOutcome: 'Y', assessmentOutcomeDate: '2025-05-20', week20: '0', namedPlan: plan({ startDate: '2025-05-26' }) }] }),
    ] });
    const [first, second] = sen2PersonToCases(p, { census }).cases;
    expect(timeline(first, { asOf: census }).entries.filter((e) => e.status === 'late' || e.status === 'overdue')).toEqual([]);
    const met = timeline(second, { asOf: census }).entries.find((e) => e.ruleId === 'final-plan');
    expect(met).toMatchObject({ due: '2025-05-26', done: '2025-05-26', status: 'met' }); // 6 Jan + 140 days
  });

  it('RequestOutcome A (undecided): the request is open, so its decision is due or overdue', () => {
    const p = person(9, { requests: [request({ receivedDate: '2025-11-03', requestOutcome: 'A' })] });
    const mapped = sen2PersonToCases(p, { census });
    expect(types(mapped.cases[0]!)).toEqual(['request-received 2025-11-03']);
    // 3 Nov + 42 days = 15 Dec 2025, before the census: the decision is overdue by 31 days.
    expect(timeline(mapped.cases[0], { asOf: census }).entries.find((e) => e.ruleId === 'assessment-decision')).toMatchObject({ due: '2025-12-15', status: 'overdue', daysLate: 31 });
  });

  it('AssessmentOutcome N: decision-not-to-issue on AssessmentOutcomeDate', () => {
    const p = person(3, { requests: [request({ receivedDate: '2025-01-06', requestOutcome: 'Y', requestOutcomeDate: '2025-02-10', assessments: [{ assessmentOutcome: 'N', assessmentOutcomeDate: '2025-04-28' }] })] });
    expect(types(sen2PersonToCases(p, { census }).cases[0]!)).toContain('decision-not-to-issue 2025-04-28');
  });

  it('Week20 = 1: the case carries twentyWeekExceptionRecorded, and no invented exception event', () => {
    const mapped = sen2PersonToCases(planned(4, '2025-01-06', '2025-07-01', { week20: '1' }), { census });
    const c = mapped.cases[0]!;
    expect(c.twentyWeekExceptionRecorded).toBe(true);
    expect(c.events.some((e) => e.type === 'exception')).toBe(false);
    expect(mapped.notes.join('\n')).toMatch(/Week20 = 1/);
  });

  it('TransferLA: request and plan dates are the first authority\'s, not audited here; reviews are', () => {
    const p = person(5, { requests: [request({
      receivedDate: '2019-03-01', requestOutcome: 'Y', requestOutcomeDate: '2019-04-01',
      assessments: [{ assessmentOutcome: 'Y', assessmentOutcomeDate: '2019-07-01', week20: '0', namedPlan: plan({ startDate: '2019-07-15' }) }],
      activePlans: active({ transferLa: '201', reviewMeeting: '2025-06-10', lastReview: '2025-07-01', reviewOutcome: 'M' }),
    })] });
    const mapped = sen2PersonToCases(p, { census });
    expect(types(mapped.cases[0]!)).toEqual(['review-meeting 2025-06-10', 'review-decision-notified 2025-07-01']);
    expect(mapped.cases[0]!.events[1]).toMatchObject({ decision: 'continue' });
    expect(mapped.notes.join('\n')).toMatch(/transferred in from 201/);
  });

  it('the latest review cycle, a phase transfer\'s final amended plan, and a ceased plan', () => {
    const p = person(6, { personBirthDate: '2014-05-01', requests: [request({
      receivedDate: '2024-09-02', requestOutcome: 'Y', requestOutcomeDate: '2024-10-07',
      assessments: [{ assessmentOutcome: 'Y', assessmentOutcomeDate: '2025-01-06', week20: '0', namedPlan: plan({ startDate: '2025-01-13', ceaseDate: '2026-01-09', ceaseReason: '7' }) }],
      activePlans: active({ reviewMeeting: '2025-11-03', lastReview: '2025-11-24', reviewOutcome: 'A', phaseTransferDueDate: '2026-02-15', phaseTransferFinalDate: '2025-12-15' }),
    })] });
    const mapped = sen2PersonToCases(p, { census });
    const c = mapped.cases[0]!;
    expect(c.dateOfBirth).toBe('2014-05-01');
    expect(types(c)).toEqual([
      'request-received 2024-09-02', 'assessment-decision-notified 2024-10-07', 'final-plan-issued 2025-01-13',
      'plan-ceased 2026-01-09', 'review-meeting 2025-11-03', 'review-decision-notified 2025-11-24', 'amended-plan-issued 2025-12-15',
    ]);
    expect(c.events.find((e) => e.type === 'review-decision-notified')).toMatchObject({ decision: 'amend' });
    expect(c.events.find((e) => e.type === 'plan-ceased')?.note).toMatch(/CeaseReason 7: Moved outside England/);
    expect(mapped.notes.join('\n')).toMatch(/PhaseTransferDueDate 2026-02-15/);
  });

  it('only the latest review is carried: a plan started more than 12 months before it begins at that review', () => {
    const p = person(8, { requests: [request({
      receivedDate: '2018-01-08', requestOutcome: 'Y', requestOutcomeDate: '2018-02-12',
      assessments: [{ assessmentOutcome: 'Y', assessmentOutcomeDate: '2018-05-01', week20: '0', namedPlan: plan({ startDate: '2018-05-21' }) }],
      activePlans: active({ reviewMeeting: '2025-05-12', lastReview: '2025-06-02', reviewOutcome: 'M' }),
    })] });
    const mapped = sen2PersonToCases(p, { census });
    expect(types(mapped.cases[0]!)).toEqual(['review-meeting 2025-05-12', 'review-decision-notified 2025-06-02']);
    const t = timeline(mapped.cases[0], { asOf: census });
    // No review between 2018 and 2025 is reported late: the engine counts the next review from the one carried.
    expect(t.entries.filter((e) => e.status === 'late' || e.status === 'overdue')).toEqual([]);
  });
});
