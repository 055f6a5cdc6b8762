/**
 * createAuditor(): hand-worked cases for the shapes the auditor's compact tally rebuilds (the late
 * list's rows, the counts, records set aside, repeated ids in a stream).
 */
import { describe, expect, it } from 'vitest';
import { audit, createAuditor, SendTimescalesError, type CaseRecord } from '../../src/index.js';

const late: CaseRecord = { id: 'L1', events: [
  { type: 'request-received', date: '2025-01-06' },
  { type: 'final-plan-issued', date: '2025-05-27' },
] };
const overdue: CaseRecord = { id: 'O1', events: [{ type: 'request-received', date: '2025-01-06' }] };

describe('createAuditor: the late list rebuilt from its compact rows', () => {
  it('reg 13(2): a plan a day late and a plan not issued give one late and one overdue row, in the order added', () => {
    // Request Monday 6 Jan 2025 + 20 weeks (140 days) = Monday 26 May 2025.
    // L1: issued 27 May → late by 1 day. O1: none by 1 Jun 2025 → overdue by 6 days (26 May → 1 Jun).
    // reg 5(1) for O1: 6 Jan + 6 weeks (42 days) = 17 Feb 2025, no decision → overdue by 104 days (17 Feb → 1 Jun).
    const auditor = createAuditor({ asOf: '2025-06-01' });
    auditor.add(late);
    auditor.add(overdue);
    const a = auditor.result();
    expect(a.lateCases.filter((l) => l.ruleId === 'final-plan')).toEqual([
      { caseId: 'L1', ruleId: 'final-plan', due: '2025-05-26', done: '2025-05-27', status: 'late', daysLate: 1 },
      { caseId: 'O1', ruleId: 'final-plan', due: '2025-05-26', done: undefined, status: 'overdue', daysLate: 6 },
    ]);
    expect(a.lateCases.find((l) => l.caseId === 'O1' && l.ruleId === 'assessment-decision'))
      .toEqual({ caseId: 'O1', ruleId: 'assessment-decision', due: '2025-02-17', done: undefined, status: 'overdue', daysLate: 104 });
    expect(a.rules.find((r) => r.ruleId === 'final-plan')).toMatchObject({ applicable: 2, late: 1, overdue: 1, met: 0, percentOnTime: 0 });
    // The 20-week measure: one plan issued, not within 20 weeks.
    expect(a.twentyWeeks.including).toEqual({ plansIssued: 1, withinTwentyWeeks: 0, percent: 0 });
    expect(a).toEqual(audit([late, overdue], { asOf: '2025-06-01' }));
  });

  it('a result taken part way through is not changed by the cases added after it', () => {
    const auditor = createAuditor({ asOf: '2025-06-01' });
    auditor.add(late);
    const first = auditor.result();
    const before = structuredClone(first);
    auditor.add(overdue);
    expect(first).toEqual(before);
    expect(first.cases).toEqual({ total: 1, valid: 1, rejected: 0 });
    // L1: the late plan, and its decision to assess (reg 5(1), due 17 Feb 2025) not recorded.
    expect(first.lateCases.map((l) => [l.caseId, l.ruleId])).toEqual([['L1', 'assessment-decision'], ['L1', 'final-plan']]);
    expect(auditor.result().cases).toEqual({ total: 2, valid: 2, rejected: 0 });
  });
});

describe('createAuditor: every record counted (records in = audited + set aside)', () => {
  it('a record the caller could not read is set aside with its errors; a bad record and a repeated id are set aside too', () => {
    const auditor = createAuditor({ asOf: '2025-06-01' });
    auditor.add(late);
    auditor.setAside('row 7', [{ code: 'INVALID_CASE', field: 'date', value: '03/04/2025', message: 'Row 7: 03/04/2025 is ambiguous.' }]);
    auditor.add({ id: 'B1', events: [{ type: 'request-received', date: '2025-02-30' }] });
    auditor.add({ ...late, events: [late.events[0]!] });
    const a = auditor.result();
    // 4 in: L1 audited; row 7, B1 and the second L1 set aside.
    expect(a.cases).toEqual({ total: 4, valid: 1, rejected: 3 });
    expect(a.rejected.map((r) => r.id)).toEqual(['row 7', 'B1', 'L1']);
    expect(a.rejected[0]!.errors).toEqual([{ code: 'INVALID_CASE', field: 'date', value: '03/04/2025', message: 'Row 7: 03/04/2025 is ambiguous.' }]);
    expect(a.rejected[2]!.errors[0]!.message).toBe('Case id L1 appears again in record 4 (first in record 1, which was audited); a case must be one record, so this one is set aside.');
    // The first L1 stays audited: its late plan is counted once.
    expect(a.lateCases.filter((l) => l.ruleId === 'final-plan')).toHaveLength(1);
  });

  it('setAside refuses what is not a record\'s id and errors', () => {
    const auditor = createAuditor({ asOf: '2025-06-01' });
    expect(() => auditor.setAside(7 as unknown as string, [{ code: 'INVALID_CASE', field: 'id', value: 7, message: 'x' }])).toThrow(SendTimescalesError);
    expect(() => auditor.setAside('row 2', [])).toThrow(/non-empty list/);
    expect(auditor.result().cases).toEqual({ total: 0, valid: 0, rejected: 0 });
  });

  it('createAuditor checks its options at once, as audit() does', () => {
    expect(() => createAuditor({ asOf: '2025-02-30' })).toThrow(SendTimescalesError);
    expect(() => createAuditor({ asOf: '2025-06-01', from: 'soon' })).toThrow(SendTimescalesError);
  });
});
