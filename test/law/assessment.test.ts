/**
 * Law: assessment (src/law/assessment.ts): SEND Regulations 2014 regs 5, 8 and 10.
 *
 * Every expected date was worked by hand from the law (docs/law/conventions.md), with its arithmetic
 * in a comment, never read off the engine. Each describe names where its cases came from: [records]
 * (the hand-worked checks of the rule records) or [independent review] (a second, independent
 * reading of each provision from the statutory text).
 */
import { describe, expect, it } from 'vitest';
import { deadline } from '../../src/index.js';
import { due, errorCode } from '../support/deadlines.js';

describe('assessment (regs 4, 5, 8, 10) [records]', () => {
  it('reg 5(1): request received Fri 31 Jan 2025 + 6 weeks = Fri 14 Mar 2025', () => {
    // "within 6 weeks of receiving": receipt day excluded; 31 Jan + 42 days = 14 Mar (same weekday).
    expect(due('assessment-decision', '2025-01-31')).toBe('2025-03-14');
  });

  it('reg 5(1): request received Thu 29 Feb 2024 + 6 weeks = Thu 11 Apr 2024', () => {
    // 29 Feb 2024 + 42 days: 0 days left in Feb, 31 in March (→ 31 Mar = +31), + 11 = 11 Apr.
    expect(due('assessment-decision', '2024-02-29')).toBe('2024-04-11');
  });

  it('reg 5(1): a request before 1 September 2014 is NOT_IN_FORCE', () => {
    expect(errorCode(() => deadline('assessment-decision', '2014-08-31'))).toBe('NOT_IN_FORCE');
  });

  it('reg 5(4)(a): advice requested around a 4-week school closure lifts the limit', () => {
    expect(deadline('assessment-decision', '2025-07-01', { exception: 'school-closure' }).status).toBe('lifted');
  });

  it('reg 8(1): request received Fri 19 Dec 2025 + 6 weeks = Fri 30 Jan 2026 (runs through Christmas and New Year)', () => {
    // Calendar weeks: 19 Dec + 42 days = 30 Jan 2026. Holidays do not stop the clock.
    expect(due('advice-response', '2025-12-19')).toBe('2026-01-30');
  });

  it('reg 8(2)(c): a missed appointment lifts the co-operating body\'s limit', () => {
    expect(deadline('advice-response', '2025-03-03', { exception: 'missed-appointment' }).status).toBe('lifted');
  });

  it('reg 10(1): request received Mon 6 Jan 2025 + 16 weeks = Mon 28 Apr 2025', () => {
    // 6 Jan + 112 days = 28 Apr 2025 (Monday; Easter Monday 21 Apr is irrelevant: calendar weeks).
    expect(due('no-plan-notice', '2025-01-06')).toBe('2025-04-28');
  });

  it('reg 10(1): request received Fri 15 Nov 2024 + 16 weeks = Fri 7 Mar 2025 (across the year end)', () => {
    expect(due('no-plan-notice', '2024-11-15')).toBe('2025-03-07');
  });
});

describe('assessment (regs 5, 8, 10) [independent review]', () => {
  it('reg 5(1) assessment-decision: "within 6 weeks of" receiving, Fri 10 Jan 2025', () => {
    // receipt day excluded: 10 Jan + 42 days = 21 Feb 2025 (a Friday, same weekday)
    expect(due('assessment-decision', '2025-01-10')).toBe('2025-02-21');
  });
  it('reg 5(1) assessment-decision: leap day trigger 29 Feb 2024', () => {
    // 29 Feb + 42: Mar has 31 days → 29 Feb + 1 = 1 Mar (1), + 41 more = 11 Apr 2024 (Thu)
    expect(due('assessment-decision', '2024-02-29')).toBe('2024-04-11');
  });
  it('reg 5(1) assessment-decision: commencement day 1 Sep 2014 works, 31 Aug 2014 is NOT_IN_FORCE', () => {
    // 1 Sep 2014 + 42 = 13 Oct 2014
    expect(due('assessment-decision', '2014-09-01')).toBe('2014-10-13');
    expect(() => deadline('assessment-decision', '2014-08-31')).toThrow(expect.objectContaining({ code: 'NOT_IN_FORCE' }));
  });
  it('reg 8(1) advice-response: received Christmas Day 2024', () => {
    // 25 Dec 2024 + 42 = 5 Feb 2025 (calendar days run through holidays)
    expect(due('advice-response', '2024-12-25')).toBe('2025-02-05');
  });
  it('reg 10(1) no-plan-notice: 16 weeks from 25 Dec 2024', () => {
    // + 112 days: Dec 6 left → 31 Dec (6), Jan 31 (37), Feb 28 (65), Mar 31 (96), + 16 = 16 Apr 2025
    expect(due('no-plan-notice', '2024-12-25')).toBe('2025-04-16');
  });
});
