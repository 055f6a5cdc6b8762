/**
 * Law: detained persons (src/law/detained-persons.ts): SI 2015/62, in force from 1 April 2015.
 *
 * Every expected date was worked by hand from the law (docs/law/conventions.md), with its arithmetic
 * in a comment, never read off the engine. Each describe names where its cases came from: [records]
 * (the hand-worked checks of the rule records) or [independent review] (a second, independent
 * reading of each provision from the statutory text).
 */
import { describe, expect, it } from 'vitest';
import { deadline } from '../../src/index.js';
import { due, errorCode } from '../support/deadlines.js';

describe('detained persons (SI 2015/62) [records]', () => {
  it('SI 2015/62 reg 5(1): request Mon 2 Jun 2025 + 6 weeks = Mon 14 Jul 2025', () => {
    expect(due('dp-assessment-decision', '2025-06-02')).toBe('2025-07-14');
  });

  it('SI 2015/62 reg 5(1): a request on 31 Mar 2015 (before 1 Apr 2015) is NOT_IN_FORCE', () => {
    expect(errorCode(() => deadline('dp-assessment-decision', '2015-03-31'))).toBe('NOT_IN_FORCE');
  });

  it('SI 2015/62 reg 10(1): request Wed 1 Apr 2015 (first day in force) + 16 weeks = Wed 22 Jul 2015', () => {
    expect(due('dp-no-plan-notice', '2015-04-01')).toBe('2015-07-22');
  });

  it('SI 2015/62 reg 13(1)(a): draft served Mon 22 Dec 2025 → period ends Mon 5 Jan 2026', () => {
    expect(due('dp-draft-plan-representations', '2025-12-22')).toBe('2026-01-05');
  });

  it('SI 2015/62 reg 13(2): request Mon 2 Jun 2025 + 20 weeks = Mon 20 Oct 2025', () => {
    expect(due('dp-final-plan', '2025-06-02')).toBe('2025-10-20');
  });

  it('SI 2015/62 reg 15(1): came to the authority\'s attention Fri 28 Feb 2025 + 20 weeks = Fri 18 Jul 2025', () => {
    expect(due('dp-release', '2025-02-28')).toBe('2025-07-18');
  });
});

describe('detained persons (SI 2015/62) [independent review]', () => {
  it('DP regs 5(1), 10(1), 13(1)(a), 13(2), 15 from Fri 10 Jan 2025; commencement 1 Apr 2015', () => {
    expect(due('dp-assessment-decision', '2015-04-01')).toBe('2015-05-13'); // +42
    expect(() => deadline('dp-assessment-decision', '2015-03-31')).toThrow(expect.objectContaining({ code: 'NOT_IN_FORCE' }));
    expect(due('dp-no-plan-notice', '2025-01-10')).toBe('2025-05-02'); // +112
    expect(due('dp-draft-plan-representations', '2025-01-10')).toBe('2025-01-24'); // +14
    expect(due('dp-final-plan', '2025-01-10')).toBe('2025-05-30'); // +140
    expect(due('dp-release', '2025-01-10')).toBe('2025-05-30'); // 15(1)(a) +140
  });
});
