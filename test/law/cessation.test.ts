/**
 * Law: cessation (src/law/cessation.ts): CFA 2014 s45(4), the plan maintained while an appeal
 * can be brought (HESC Rules r20(1)(c), r12).
 *
 * Every expected date was worked by hand from the law (docs/law/conventions.md), with its arithmetic
 * in a comment, never read off the engine. Each describe names where its cases came from: [records]
 * (the hand-worked checks of the rule records) or [independent review] (a second, independent
 * reading of each provision from the statutory text).
 */
import { describe, expect, it } from 'vitest';
import { due } from '../support/deadlines.js';

describe('cessation (CFA s45(4)) [records]', () => {
  it('s45(4): decision sent Fri 10 Jan 2025 → maintained until the appeal period ends Mon 10 Mar 2025', () => {
    // HESC r20(1)(c)(i): within 2 months after sending → corresponding date 10 Mar 2025 (a Monday).
    expect(due('cease-pending-appeal', { decisionSent: '2025-01-10' })).toBe('2025-03-10');
  });

  it('s45(4): with a mediation certificate Sat 1 Mar 2025 → Tue 1 Apr 2025 (the later period)', () => {
    // (i) 10 Mar 2025; (ii) 1 month from 1 Mar = 1 Apr 2025 (a Tuesday). Later: 1 Apr.
    expect(due('cease-pending-appeal', { decisionSent: '2025-01-10', certificateIssued: '2025-03-01' })).toBe('2025-04-01');
  });

  it('s45(4): decision sent Mon 10 Mar 2025 → 10 May 2025 is a Saturday → Mon 12 May 2025 (r12(2))', () => {
    expect(due('cease-pending-appeal', { decisionSent: '2025-03-10' })).toBe('2025-05-12');
  });

  it('s45(4): decision sent Fri 20 Jun 2025 → 20 Aug 2025 is in August → Mon 1 Sep 2025 (r12(3)(a))', () => {
    expect(due('cease-pending-appeal', { decisionSent: '2025-06-20' })).toBe('2025-09-01');
  });

  it('s45(4): decision sent Mon 27 Oct 2025 → 27 Dec 2025 → first working day after 1 Jan: Fri 2 Jan 2026', () => {
    expect(due('cease-pending-appeal', { decisionSent: '2025-10-27' })).toBe('2026-01-02');
  });
});

describe('cessation (CFA s45(4)) [independent review]', () => {
  it('CFA s45(4) cease-pending-appeal: same last day as the appeal', () => {
    expect(due('cease-pending-appeal', { decisionSent: '2024-10-01', certificateIssued: '2024-11-29' })).toBe('2025-01-02');
    expect(due('cease-pending-appeal', { decisionSent: '2025-06-30' })).toBe('2025-09-01');
  });
});
