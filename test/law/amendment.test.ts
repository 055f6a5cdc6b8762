/**
 * Law: amendments (src/law/amendment.ts): SEND Regulations 2014 reg 22.
 *
 * Every expected date was worked by hand from the law (docs/law/conventions.md), with its arithmetic
 * in a comment, never read off the engine. Each describe names where its cases came from: [records]
 * (the hand-worked checks of the rule records) or [independent review] (a second, independent
 * reading of each provision from the statutory text).
 */
import { describe, expect, it } from 'vitest';
import { due } from '../support/deadlines.js';

describe('amendments (reg 22) [records]', () => {
  it('reg 22(2)(c): proposed amendments served Wed 24 Dec 2025 → period ends Wed 7 Jan 2026', () => {
    // Service day is day 1: 24 Dec + 14 = 7 Jan 2026 (calendar days through Christmas).
    expect(due('amendment-representations', '2025-12-24')).toBe('2026-01-07');
  });

  it('reg 22(3): copy plan sent Mon 3 Mar 2025 + 8 weeks = Mon 28 Apr 2025', () => {
    expect(due('amendment-final', '2025-03-03')).toBe('2025-04-28');
  });

  it('reg 22(3): copy plan sent Tue 31 Dec 2024 + 8 weeks = Tue 25 Feb 2025', () => {
    expect(due('amendment-final', '2024-12-31')).toBe('2025-02-25');
  });

  it('reg 22(4): copy plan sent Mon 3 Mar 2025 + 8 weeks = Mon 28 Apr 2025 (decision not to amend)', () => {
    expect(due('amendment-not-proceeding', '2025-03-03')).toBe('2025-04-28');
  });
});

describe('amendment (reg 22) [independent review]', () => {
  it('reg 22(2)(c) amendment-representations: 15 days beginning with 20 Feb 2025', () => {
    // 20 Feb + 14 = 6 Mar 2025
    expect(due('amendment-representations', '2025-02-20')).toBe('2025-03-06');
  });
  it('reg 22(3), 22(4): 8 weeks after 1 Dec 2025', () => {
    // 1 Dec + 56 = 26 Jan 2026
    expect(due('amendment-final', '2025-12-01')).toBe('2026-01-26');
    expect(due('amendment-not-proceeding', '2025-12-01')).toBe('2026-01-26');
  });
});
