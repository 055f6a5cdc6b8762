import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auditSen2 } from '../../../src/readers/sen2/audit.js';
import { audit } from '../../../src/engine/audit.js';
import { SendTimescalesError } from '../../../src/errors.js';
import type { Sen2Person } from '../../../src/readers/sen2/model.js';
import { active, header, person, plan, planned, request, workedReturnPersons } from '../../support/sen2-model.js';
import { numRuns } from '../../support/fc.js';

describe('audit(): a plan whose case records an exception without its kind or dates (twentyWeekExceptionRecorded)', () => {
  it('counts in "including" by its dates, as "exception recorded", and is left out of "excluding exceptions"', () => {
    const a = audit([
      // 6 Jan + 140 = 26 May: within; 6 Jan to 1 Jul = 176 days: beyond, with an exception recorded.
      { id: 'on-time', events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'final-plan-issued', date: '2025-05-26' }] },
      { id: 'flagged', twentyWeekExceptionRecorded: true, events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'final-plan-issued', date: '2025-07-01' }] },
    ], { asOf: '2026-01-15' });
    expect(a.twentyWeeks.including).toEqual({ plansIssued: 2, withinTwentyWeeks: 1, percent: 50, exceptionRecorded: 1 });
    expect(a.twentyWeeks.excludingExceptions).toEqual({ plansIssued: 1, withinTwentyWeeks: 1, percent: 100 });
  });

  it('without the field, the audit is as before (no exceptionRecorded key)', () => {
    const a = audit([{ id: 'x', events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'final-plan-issued', date: '2025-05-26' }] }], { asOf: '2026-01-15' });
    expect(a.twentyWeeks.including).toEqual({ plansIssued: 1, withinTwentyWeeks: 1, percent: 100 });
  });

  it('the field must be a boolean', () => {
    const a = audit([{ id: 'x', twentyWeekExceptionRecorded: 'yes', events: [] }], { asOf: '2026-01-15' });
    expect(a.rejected[0]?.errors[0]?.field).toBe('twentyWeekExceptionRecorded');
  });
});

// The worked return of test/support/sen2-model.ts (`workedReturnPersons`), hand-worked there.
const persons = workedReturnPersons();

describe('auditSen2: a return end to end, hand-worked', () => {
  const result = auditSen2(persons, header('2026-01-15'));

  it('persons in = audited + set aside, with the findings that set each aside', () => {
    expect(result.persons).toEqual({ total: 7, audited: 6, setAside: 1 });
    expect(result.setAside).toHaveLength(1);
    expect(result.setAside[0]).toMatchObject({ position: 5, personId: 'A000000000005', caseIds: [] });
    // Its AssessmentOutcomeDate is 1 March too: before the request and before the decision to assess.
    expect(result.setAside[0]!.findings.map((f) => f.kind)).toEqual(['outcome-before-request', 'plan-outcome-before-decision', 'plan-before-request']);
  });

  it('the Department\'s measures, statutory reading: 1 of 4 within 20 weeks; 1 of 3 excluding exceptions', () => {
    const m = result.measures;
    expect(m.census).toBe('2026-01-15');
    expect(m.reading.id).toBe('statutory');
    expect(m.plans).toMatchObject({ year: 2025, issued: 4, transferredInLeftOut: 0, exceptionsRecorded: 1 });
    expect(m.plans.including).toEqual({ plans: 4, withinTwentyWeeks: 1, percent: 25, bands: { withinTwentyWeeks: 1, twentyToFiftyTwoWeeks: 2, overFiftyTwoWeeks: 1 } });
    expect(m.plans.excludingExceptions).toEqual({ plans: 3, withinTwentyWeeks: 1, percent: 33.3, bands: { withinTwentyWeeks: 1, twentyToFiftyTwoWeeks: 1, overFiftyTwoWeeks: 1 } });
    // (140 + 141 + 182 + 365) / 4 / 7 = 29.57 weeks.
    expect(m.plans.averageWeeks).toBe(29.6);
    expect(m.reviews).toMatchObject({ meetings: 1, decidedWithinFourWeeks: 1, percent: 100 });
  });

  it('the Day 1 reading names itself and counts one day stricter', () => {
    const m = auditSen2(persons, header('2026-01-15'), { reading: 'request-day-one' }).measures;
    expect(m.reading.citation.instrument).toMatch(/LG Inform/);
    expect(m.plans.including.withinTwentyWeeks).toBe(0);
  });

  it('the engine\'s audit of the cases agrees, as of the census, over the same calendar year', () => {
    const a = result.audit;
    expect(a.asOf).toBe('2026-01-15');
    // The transferred-in plan has no request or plan event here; the set-aside person is not audited.
    expect(a.twentyWeeks.including).toEqual({ plansIssued: 4, withinTwentyWeeks: 1, percent: 25, exceptionRecorded: 1 });
    expect(a.twentyWeeks.excludingExceptions).toEqual({ plansIssued: 3, withinTwentyWeeks: 1, percent: 33.3 });
    expect(a.cases).toEqual({ total: 6, valid: 6, rejected: 0 });
  });

  it('notes say what the return could not tell', () => {
    const notes = result.audited.flatMap((p) => p.notes).join('\n');
    expect(notes).toMatch(/transferred in from 201/);
    expect(notes).toMatch(/Week20 = 1/);
    expect(notes).toMatch(/RequestOutcome A/);
  });
});

describe('auditSen2: what cannot be audited is said, never dropped', () => {
  it('a UPN given to two persons: both set aside', () => {
    const r = auditSen2([planned(1, '2025-01-06', '2025-05-26', { upn: 'A1' }), planned(2, '2025-02-03', '2025-06-02', { upn: 'A1' })], header());
    expect(r.persons).toEqual({ total: 2, audited: 0, setAside: 2 });
    expect(r.setAside.flatMap((p) => p.findings.map((f) => f.kind))).toEqual(['repeated-id', 'repeated-id']);
  });

  it('a person with no requests is set aside: nothing to audit', () => {
    const r = auditSen2([person(1)], header());
    expect(r.setAside[0]!.findings[0]!.kind).toBe('no-requests');
  });

  it('a plan whose request has no ReceivedDate is listed as untimed', () => {
    const p = person(1, { requests: [request({ assessments: [{ assessmentOutcome: 'Y', namedPlan: plan({ startDate: '2025-05-26' }) }] })] });
    const r = auditSen2([p], header());
    expect(r.persons.audited).toBe(1);
    expect(r.untimedPlans).toEqual([{ caseId: '1', path: 'Person[1]/Requests[1]/Assessment[1]/NamedPlan/StartDate' }]);
  });

  it('no census date: an error naming the header element; the option supplies it', () => {
    expect(() => auditSen2([], {})).toThrow(SendTimescalesError);
    expect(() => auditSen2([], { referenceDate: '15/01/2026' })).toThrow(/ReferenceDate/);
    expect(auditSen2([], {}, { census: '2026-01-15' }).persons).toEqual({ total: 0, audited: 0, setAside: 0 });
    expect(auditSen2([], { referenceDate: '2026-Jan-15 00:00:00' }).census).toBe('2026-01-15');
  });

  it('persons in = audited + set aside, whatever the data (property)', () => {
    const dateText = fc.oneof(
      fc.integer({ min: 19000, max: 20600 }).map((d) => new Date(d * 86400000).toISOString().slice(0, 10)),
      fc.constantFrom('', '2025-02-30', '01/02/2025', '2025-Mar-14 00:00:00'),
    );
    const code = (codes: string[]) => fc.option(fc.constantFrom(...codes), { nil: undefined });
    const personArb = fc.record({
      upn: fc.option(fc.constantFrom('A1', 'A2', 'A3', 'B4'), { nil: undefined }),
      birth: fc.option(dateText, { nil: undefined }),
      requests: fc.array(fc.record({
        received: fc.option(dateText, { nil: undefined }),
        outcome: code(['Y', 'N', 'A', 'W', 'H', 'Z']),
        outcomeDate: fc.option(dateText, { nil: undefined }),
        start: fc.option(dateText, { nil: undefined }),
        week20: code(['0', '1', '2']),
        meeting: fc.option(dateText, { nil: undefined }),
        decision: fc.option(dateText, { nil: undefined }),
        transferLa: fc.option(fc.constant('201'), { nil: undefined }),
      }), { maxLength: 3 }),
    });
    fc.assert(fc.property(fc.array(personArb, { maxLength: 12 }), (specs) => {
      const list: Sen2Person[] = specs.map((s, i) => person(i + 1, {
        ...(s.upn ? { upn: s.upn } : {}), ...(s.birth !== undefined ? { personBirthDate: s.birth } : {}),
        requests: s.requests.map((r) => request({
          ...(r.received !== undefined ? { receivedDate: r.received } : {}),
          ...(r.outcome !== undefined ? { requestOutcome: r.outcome } : {}),
          ...(r.outcomeDate !== undefined ? { requestOutcomeDate: r.outcomeDate } : {}),
          assessments: r.start === undefined ? [] : [{ assessmentOutcome: 'Y', ...(r.week20 ? { week20: r.week20 } : {}), namedPlan: plan({ startDate: r.start }) }],
          activePlans: active({ ...(r.meeting ? { reviewMeeting: r.meeting } : {}), ...(r.decision ? { lastReview: r.decision } : {}), ...(r.transferLa ? { transferLa: r.transferLa } : {}) }),
        })),
      }));
      const r = auditSen2(list, header('2026-01-15'));
      expect(r.persons.total).toBe(list.length);
      expect(r.persons.audited + r.persons.setAside).toBe(r.persons.total);
      expect(r.setAside.length).toBe(r.persons.setAside);
      for (const p of r.setAside) expect(p.findings.some((f) => f.severity === 'set-aside')).toBe(true);
      // Every case of an audited person was audited, none rejected.
      expect(r.audit.cases.rejected).toBe(0);
    }), { numRuns: Math.min(numRuns, 200) });
  });
});
