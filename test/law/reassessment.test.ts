/**
 * Law: re-assessments (src/law/reassessment.ts): SEND Regulations 2014 regs 25 and 27.
 *
 * Every expected date was worked by hand from the law (docs/law/conventions.md), with its arithmetic
 * in a comment, never read off the engine. Each describe names where its cases came from: [records]
 * (the hand-worked checks of the rule records) or [independent review] (a second, independent
 * reading of each provision from the statutory text).
 */
import { describe, expect, it } from 'vitest';
import { deadline } from '../../src/index.js';
import { due } from '../support/deadlines.js';

describe('re-assessments (regs 25, 27) [records]', () => {
  it('reg 25(1): request received Fri 14 Feb 2025 + 15 days = Sat 1 Mar 2025 (calendar days, no roll-forward)', () => {
    expect(due('reassessment-decision', '2025-02-14')).toBe('2025-03-01');
  });

  it('reg 25(1): request received Wed 14 Feb 2024 + 15 days = Thu 29 Feb 2024', () => {
    expect(due('reassessment-decision', '2024-02-14')).toBe('2024-02-29');
  });

  it('reg 27(2): notification Fri 31 Jan 2025 + 14 weeks = Fri 9 May 2025', () => {
    // 31 Jan + 98 days = 9 May 2025.
    expect(due('reassessment-final-plan', '2025-01-31')).toBe('2025-05-09');
  });

  it('reg 27(2): notification Fri 17 Oct 2025 + 14 weeks = Fri 23 Jan 2026', () => {
    expect(due('reassessment-final-plan', '2025-10-17')).toBe('2026-01-23');
  });

  it('reg 27(3)(d): absence from the area for 4 weeks lifts the 14-week limit', () => {
    expect(deadline('reassessment-final-plan', '2025-10-17', { exception: 'absent-from-area' }).status).toBe('lifted');
  });
});

describe('re-assessment (regs 25, 27) [independent review]', () => {
  it('reg 25(1) reassessment-decision: 15 days of receiving, into the leap day', () => {
    // 14 Feb 2024 + 15 = 29 Feb 2024
    expect(due('reassessment-decision', '2024-02-14')).toBe('2024-02-29');
  });
  it('reg 27(2) reassessment-final-plan: 14 weeks after 10 Jan 2025', () => {
    // + 98 days = 18 Apr 2025 (Good Friday; stands)
    expect(due('reassessment-final-plan', '2025-01-10')).toBe('2025-04-18');
  });
});
