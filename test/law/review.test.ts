/**
 * Law: reviews (src/law/review.ts): CFA 2014 s44(1), SEND Regulations 2014 regs 20, 21 and 27(4),
 * and the Code of Practice (9.172, 9.178).
 * Defaults: `notice: 'strict'` (at least N weeks before M → M − 7N − 1) and `fixedDate: 'before'`
 * (before 15 February → 14 February). No SEND Regulations period rolls forward.
 *
 * Every expected date was worked by hand from the law (docs/law/conventions.md), with its arithmetic
 * in a comment, never read off the engine. Each describe names where its cases came from: [records]
 * (the hand-worked checks of the rule records) or [independent review] (a second, independent
 * reading of each provision from the statutory text).
 */
import { describe, expect, it } from 'vitest';
import { deadline } from '../../src/index.js';
import { due } from '../support/deadlines.js';

describe('reviews (CFA s44(1); regs 20, 21, 27(4); CoP 9.172, 9.178) [records]', () => {
  it('CFA s44(1): plan made Fri 10 Jan 2025 → review by Fri 9 Jan 2026 (12 months starting with)', () => {
    // Day 1 is 10 Jan 2025; the period ends the day before the corresponding date 10 Jan 2026.
    expect(due('annual-review', '2025-01-10')).toBe('2026-01-09');
  });

  it('CFA s44(1): reviewed Tue 31 Dec 2024 → by Tue 30 Dec 2025 (year end)', () => {
    expect(due('annual-review', '2024-12-31')).toBe('2025-12-30');
  });

  it('CFA s44(1): reviewed Wed 1 Mar 2023 → by Thu 29 Feb 2024 (the day before 1 Mar 2024, a leap year)', () => {
    expect(due('annual-review', '2023-03-01')).toBe('2024-02-29');
  });

  it('CFA s44(1): reviewed Fri 1 Mar 2024 → by Fri 28 Feb 2025', () => {
    expect(due('annual-review', '2024-03-01')).toBe('2025-02-28');
  });

  // A plan made on 29 Feb 2024 has no corresponding date in 2025. "12 months starting with" must not
  // end a day short of 12 months: the period ends on the last day of February 2025 (the same day a
  // period "after" 28 Feb 2024 would end), and the trace says why.
  it('CFA s44(1): plan made Thu 29 Feb 2024 → by Fri 28 Feb 2025 (no 29 Feb in 2025: the period ends on the last day of the month)', () => {
    expect(due('annual-review', '2024-02-29')).toBe('2025-02-28');
    const steps = deadline('annual-review', '2024-02-29').trace.map((s) => s.detail ?? '').join(' ');
    expect(steps).toContain('February 2025 has no day 29');
  });

  it('reg 27(4): re-assessed plan sent Fri 10 Jan 2025 → review within 12 months: Sat 10 Jan 2026', () => {
    // "within 12 months of": sending day excluded → the corresponding date itself.
    expect(due('review-after-reassessment', '2025-01-10')).toBe('2026-01-10');
  });

  it('reg 27(4): sent Thu 29 Feb 2024 → Fri 28 Feb 2025 (no 29 Feb: last day of the month)', () => {
    expect(due('review-after-reassessment', '2024-02-29')).toBe('2025-02-28');
  });

  it('reg 20(3): meeting Mon 17 Mar 2025: two weeks\' notice, strict → Sun 2 Mar 2025', () => {
    // Strict (clear days): 17 Mar − 15 = 2 Mar.
    expect(due('review-meeting-notice', '2025-03-17')).toBe('2025-03-02');
  });

  it('reg 20(3): meeting Mon 17 Mar 2025 with { notice: \'permissive\' } → Mon 3 Mar 2025', () => {
    // Permissive: 17 Mar − 14 = 3 Mar.
    expect(due('review-meeting-notice', '2025-03-17', { notice: 'permissive' })).toBe('2025-03-03');
  });

  it('reg 20(4): meeting Mon 6 Jan 2025: advice circulated by Sun 22 Dec 2024 (strict, across the year end)', () => {
    // 6 Jan 2025 − 15 days = 22 Dec 2024.
    expect(due('review-advice-circulation', '2025-01-06')).toBe('2024-12-22');
  });

  it('reg 21(4): meeting Thu 14 Mar 2024: advice circulated by Wed 28 Feb 2024 (strict, leap February)', () => {
    // 14 Mar − 14 = 29 Feb 2024; − 15 = 28 Feb 2024.
    expect(due('review-advice-circulation', '2024-03-14')).toBe('2024-02-28');
  });

  it('reg 20(9): meeting Fri 19 Dec 2025 + 2 weeks = Fri 2 Jan 2026 (report prepared and sent)', () => {
    expect(due('review-report', '2025-12-19')).toBe('2026-01-02');
  });

  it('reg 20(10): meeting Thu 31 Jul 2025 + 4 weeks = Thu 28 Aug 2025', () => {
    expect(due('review-decision', '2025-07-31')).toBe('2025-08-28');
  });

  it('reg 21(9): meeting Thu 1 Feb 2024 + 4 weeks = Thu 29 Feb 2024', () => {
    expect(due('review-decision', '2024-02-01')).toBe('2024-02-29');
  });

  it('CoP 9.178: under-5 plan reviewed Sun 31 Aug 2025 → within 6 months: Sat 28 Feb 2026 (no 31 Feb)', () => {
    // Corresponding date 31 Feb 2026 does not exist → last day of February.
    expect(due('under-5-review', '2025-08-31')).toBe('2026-02-28');
  });

  it('CoP 9.178: under-5 plan reviewed Mon 10 Mar 2025 → Wed 10 Sep 2025', () => {
    expect(due('under-5-review', '2025-03-10')).toBe('2025-09-10');
  });

  it('CoP 9.172: term starts Wed 3 Sep 2025 → list to schools by Tue 19 Aug 2025 (strict)', () => {
    // 3 Sep − 15 = 19 Aug.
    expect(due('review-list-to-schools', '2025-09-03')).toBe('2025-08-19');
  });

  it('CoP 9.172: term starts Mon 5 Jan 2026 → by Sun 21 Dec 2025 (strict)', () => {
    expect(due('review-list-to-schools', '2026-01-05')).toBe('2025-12-21');
  });

  it('CoP ch 9: school consulted Fri 14 Feb 2025 + 15 days = Sat 1 Mar 2025 (calendar days, no roll-forward)', () => {
    expect(due('school-consultation-response', '2025-02-14')).toBe('2025-03-01');
  });
});

describe('reviews (CFA s44(1); regs 20, 21, 27(4); Code of Practice) [independent review]', () => {
  it('s44(1) annual-review: "period of 12 months starting with" 10 Jan 2025', () => {
    // day 1 = 10 Jan 2025; the day before the corresponding date → 9 Jan 2026
    expect(due('annual-review', '2025-01-10')).toBe('2026-01-09');
  });
  it('s44(1) annual-review: starting with 1 Mar 2023 ends on the leap day 29 Feb 2024', () => {
    expect(due('annual-review', '2023-03-01')).toBe('2024-02-29');
  });
  it('s44(1) annual-review: year end, 31 Dec 2024 → 30 Dec 2025', () => {
    expect(due('annual-review', '2024-12-31')).toBe('2025-12-30');
  });
  it('s44(1) annual-review: 12 months starting with 29 Feb 2024 end on 28 Feb 2025', () => {
    // "starting with X" = "after X − 1": 28 Feb 2024 + 12 months = 28 Feb 2025. The 12 months are
    // 29 Feb 2024 … 28 Feb 2025 (365 days).
    // Settled reading (CFA 2014 s44(1)): a period starting with 29 Feb never ends a day short of 12 months.
    expect(due('annual-review', '2024-02-29')).toBe('2025-02-28');
  });
  it('reg 27(4) review-after-reassessment: "within 12 months of" = corresponding date', () => {
    // sent 10 Jan 2025 → 10 Jan 2026; sent 29 Feb 2024 → no 29 Feb 2025 → 28 Feb 2025
    expect(due('review-after-reassessment', '2025-01-10')).toBe('2026-01-10');
    expect(due('review-after-reassessment', '2024-02-29')).toBe('2025-02-28');
  });
  it('reg 20(3) review-meeting-notice: at least two weeks before Wed 15 Oct 2025', () => {
    // strict (clear days): 15 Oct − 15 = 30 Sep; permissive: 15 Oct − 14 = 1 Oct
    expect(due('review-meeting-notice', '2025-10-15')).toBe('2025-09-30');
    expect(due('review-meeting-notice', '2025-10-15', { notice: 'permissive' })).toBe('2025-10-01');
  });
  it('reg 20(4) review-advice-circulation: meeting Mon 5 Jan 2026, strict lands on a Sunday', () => {
    // 5 Jan − 15 = Sun 21 Dec 2025 (no roll)
    expect(due('review-advice-circulation', '2026-01-05')).toBe('2025-12-21');
  });
  it('reg 20(9) review-report: 2 weeks after a meeting on 18 Dec 2025', () => {
    // 18 Dec + 14 = 1 Jan 2026 (bank holiday, stands)
    expect(due('review-report', '2025-12-18')).toBe('2026-01-01');
  });
  it('reg 20(10) review-decision: 4 weeks after Fri 31 Jan 2025', () => {
    // 31 Jan + 28 = 28 Feb 2025
    expect(due('review-decision', '2025-01-31')).toBe('2025-02-28');
  });
  it('CoP 9.178 under-5-review: 6 months after 31 Aug 2025 → 28 Feb 2026; before 1 Apr 2015 not in force', () => {
    expect(due('under-5-review', '2025-08-31')).toBe('2026-02-28');
    expect(() => deadline('under-5-review', '2015-03-31')).toThrow(expect.objectContaining({ code: 'NOT_IN_FORCE' }));
  });
  it('CoP 9.172 review-list-to-schools: term starts Wed 3 Sep 2025', () => {
    // strict: 3 Sep − 15 = 19 Aug 2025
    expect(due('review-list-to-schools', '2025-09-03')).toBe('2025-08-19');
  });
  it('CoP school-consultation-response: 15 days after 14 Feb 2025', () => {
    // 14 Feb + 15 = 1 Mar 2025
    expect(due('school-consultation-response', '2025-02-14')).toBe('2025-03-01');
  });
});
