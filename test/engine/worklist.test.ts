import { describe, expect, it } from 'vitest';
import { SendTimescalesError, worklist } from '../../src/index.js';

const request = (id: string, date: string) => ({ id, events: [{ type: 'request-received', date }] });

describe('worklist: open deadlines due within N days, soonest first', () => {
  it('reg 5(1): a request on Mon 6 Jan 2025 is decided by Mon 17 Feb (6 weeks); on 3 Feb that is 14 days and 10 working days away', () => {
    // 3 Feb + 14 days = 17 Feb; working days after 3 Feb up to 17 Feb: 4–7, 10–14, 17 Feb = 10 (no bank holiday).
    const w = worklist([request('C1', '2025-01-06')], { asOf: '2025-02-03', within: 14 });
    expect(w.until).toBe('2025-02-17');
    expect(w.items).toEqual([{ caseId: 'C1', ruleId: 'assessment-decision', title: expect.any(String), due: '2025-02-17', daysLeft: 14, workingDaysLeft: 10 }]);
    // One day short of the due day: nothing falls in the window.
    expect(worklist([request('C1', '2025-01-06')], { asOf: '2025-02-03', within: 13 }).items).toEqual([]);
  });

  it('sorted by due day then case; overdue deadlines are not on it; a bad record is rejected, not fatal', () => {
    // C2 (request 13 Jan) is due 24 Feb, C1 (6 Jan) 17 Feb, C3 (1 Dec 2024) was due 12 Jan: overdue on 3 Feb.
    const w = worklist([request('C2', '2025-01-13'), request('C1', '2025-01-06'), request('C3', '2024-12-01'), { id: 'BAD', events: [{ type: 'nope', date: '2025-01-01' }] }], { asOf: '2025-02-03', within: 30 });
    expect(w.items.filter((i) => i.ruleId === 'assessment-decision').map((i) => `${i.caseId} ${i.due}`)).toEqual(['C1 2025-02-17', 'C2 2025-02-24']);
    expect(w.items.map((i) => i.due)).toEqual([...w.items.map((i) => i.due)].sort());
    expect(w.rejected.map((r) => r.id)).toEqual(['BAD']);
  });

  it('within must be a whole number of days from 0: INVALID_OPTION otherwise', () => {
    for (const within of [-1, 1.5, Number.NaN, '30' as unknown as number]) {
      expect(() => worklist([], { asOf: '2025-02-03', within })).toThrow(SendTimescalesError);
    }
  });
});
