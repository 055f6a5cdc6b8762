import { describe, expect, it } from 'vitest';
import { sen2PersonToCases } from '../../../src/readers/sen2/to-cases.js';
import { sen2Findings } from '../../../src/readers/sen2/quality.js';
import { timeline } from '../../../src/engine/timeline.js';
import { validateCase } from '../../../src/schema/validate.js';
import { active, person, plan, request } from '../../support/sen2-model.js';

const census = '2026-01-15';
const types = (c: { events: readonly { type: string; date: string }[] }): string[] => c.events.map((e) => `${e.type} ${e.date}`);

describe('Item 2.4 and 3.1, the real letters: Y proceeds, N does not, A is not yet decided, W withdrawn, H historical', () => {
  it('item 2.4 A is "decision yet to be made", not a decision to assess: no decision event, the decision is due', () => {
    const p = person(1, { requests: [request({ receivedDate: '2025-12-01', requestOutcome: 'A' })] });
    const c = sen2PersonToCases(p, { census }).cases[0]!;
    expect(types(c)).toEqual(['request-received 2025-12-01']);
    // 1 Dec 2025 + 42 days (6 weeks, reg 4/5) = 12 Jan 2026, before the census of 15 Jan: overdue by 3 days.
    expect(timeline(c, { asOf: census }).entries.find((e) => e.ruleId === 'assessment-decision')).toMatchObject({ due: '2026-01-12', status: 'overdue', daysLate: 3 });
  });

  it('item 2.4 N (not to assess) is a decision, on RequestOutcomeDate', () => {
    const p = person(2, { requests: [request({ receivedDate: '2025-09-01', requestOutcome: 'N', requestOutcomeDate: '2025-10-06' })] });
    const c = sen2PersonToCases(p, { census }).cases[0]!;
    expect(c.events[1]).toMatchObject({ type: 'assessment-decision-notified', date: '2025-10-06', decision: 'not-assess' });
    // 1 Sep 2025 + 42 days = 13 Oct 2025; notified 6 Oct: met.
    expect(timeline(c, { asOf: census }).entries.find((e) => e.ruleId === 'assessment-decision')).toMatchObject({ due: '2025-10-13', status: 'met' });
  });

  it('item 3.1 A (not yet decided) is no decision: neither plan nor notice, both still due', () => {
    const p = person(3, { requests: [request({ receivedDate: '2025-06-02', requestOutcome: 'Y', requestOutcomeDate: '2025-07-07', assessments: [{ assessmentOutcome: 'A' }] })] });
    const mapped = sen2PersonToCases(p, { census });
    expect(types(mapped.cases[0]!)).toEqual(['request-received 2025-06-02', 'assessment-decision-notified 2025-07-07']);
    expect(mapped.notes.join('\n')).toMatch(/AssessmentOutcome A \(Decision has not yet been made\): no decision event/);
  });

  it('item 3.1 W (withdrawn before the decision whether to issue) with no plan: the request is not audited', () => {
    const p = person(4, { requests: [request({ receivedDate: '2025-03-03', requestOutcome: 'Y', requestOutcomeDate: '2025-04-07', assessments: [{ assessmentOutcome: 'W' }] })] });
    const mapped = sen2PersonToCases(p, { census });
    expect(mapped.cases[0]!.events).toEqual([]);
    expect(mapped.notes.join('\n')).toMatch(/withdrawn \(AssessmentOutcome\)/);
  });

  it('item 2.4 H (decided before the collection period, no date): no request events, so no decision shown overdue; the plan and its review are kept', () => {
    const p = person(5, { requests: [request({
      receivedDate: '2023-09-04', requestOutcome: 'H',
      assessments: [{ assessmentOutcome: 'H', namedPlan: plan({ startDate: '2024-01-22' }) }],
      activePlans: active({ reviewMeeting: '2025-01-13', lastReview: '2025-02-03', reviewOutcome: 'M' }),
    })] });
    const mapped = sen2PersonToCases(p, { census });
    expect(mapped.setAside).toBe(false);
    const c = mapped.cases[0]!;
    expect(types(c)).toEqual(['final-plan-issued 2024-01-22', 'review-meeting 2025-01-13', 'review-decision-notified 2025-02-03']);
    expect(validateCase(c).ok).toBe(true);
    expect(mapped.notes.join('\n')).toMatch(/RequestOutcome H \(historical\): the decision was made before the latest collection period/);
    const entries = timeline(c, { asOf: census }).entries;
    expect(entries.find((e) => e.ruleId === 'assessment-decision')?.status).not.toBe('overdue');
    // Meeting 13 Jan 2025 + 4 weeks (28 days, reg 20(10)) = 10 Feb 2025; decision notified 3 Feb: met.
    expect(entries.find((e) => e.ruleId === 'review-decision')).toMatchObject({ due: '2025-02-10', status: 'met' });
  });

  it('item 3.1 H under a request decided in the period: the request-stage events are still left out (its plan may be another authority\'s)', () => {
    const p = person(6, { requests: [request({
      receivedDate: '2024-11-04', requestOutcome: 'Y', requestOutcomeDate: '2024-12-09',
      assessments: [{ assessmentOutcome: 'H', namedPlan: plan({ startDate: '2025-03-10' }) }],
    })] });
    const mapped = sen2PersonToCases(p, { census });
    expect(types(mapped.cases[0]!)).toEqual(['final-plan-issued 2025-03-10']);
    expect(mapped.notes.join('\n')).toMatch(/AssessmentOutcome H \(historical\)/);
  });

  it('a plan under AssessmentOutcome H is not a contradiction (no plan-without-plan-outcome); under N it is', () => {
    const withPlan = (outcome: string) => person(7, { requests: [request({ receivedDate: '2024-01-08', requestOutcome: 'H', assessments: [{ assessmentOutcome: outcome, namedPlan: plan({ startDate: '2024-05-20' }) }] })] });
    expect(sen2Findings(withPlan('H'), census).map((f) => f.kind)).not.toContain('plan-without-plan-outcome');
    expect(sen2Findings(withPlan('N'), census).map((f) => f.kind)).toContain('plan-without-plan-outcome');
  });

  it('the letters guessed before (B, C, D) are unknown codes: the person is set aside with the element named, never read as the nearest code', () => {
    for (const [letter, element] of [['B', 'RequestOutcome'], ['C', 'RequestOutcome'], ['D', 'RequestOutcome']] as const) {
      const p = person(8, { requests: [request({ receivedDate: '2025-01-06', requestOutcome: letter })] });
      const mapped = sen2PersonToCases(p, { census });
      expect(mapped.setAside).toBe(true);
      expect(mapped.findings.find((f) => f.kind === 'unknown-code')?.path).toBe(`Person[8]/Requests[1]/${element}`);
    }
    const q = person(9, { requests: [request({ receivedDate: '2025-01-06', requestOutcome: 'Y', requestOutcomeDate: '2025-02-03', assessments: [{ assessmentOutcome: 'D' }] })] });
    expect(sen2PersonToCases(q, { census }).findings.find((f) => f.kind === 'unknown-code')?.path).toBe('Person[9]/Requests[1]/Assessment[1]/AssessmentOutcome');
  });

  it('Week20 as the schema\'s yes/no type writes it: true/TRUE record an exception, false/FALSE do not', () => {
    const withWeek20 = (week20: string) => person(10, { requests: [request({ receivedDate: '2025-01-06', requestOutcome: 'Y', requestOutcomeDate: '2025-02-10', assessments: [{ assessmentOutcome: 'Y', assessmentOutcomeDate: '2025-05-26', week20, namedPlan: plan({ startDate: '2025-05-26' }) }] })] });
    for (const yes of ['1', 'true', 'TRUE']) expect(sen2PersonToCases(withWeek20(yes), { census }).cases[0]!.twentyWeekExceptionRecorded).toBe(true);
    for (const no of ['0', 'false', 'FALSE']) expect(sen2PersonToCases(withWeek20(no), { census }).cases[0]!.twentyWeekExceptionRecorded).toBeUndefined();
    expect(sen2PersonToCases(withWeek20('yes'), { census }).setAside).toBe(true);
  });
});
