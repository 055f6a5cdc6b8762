/**
 * Law: unopposed appeals (src/law/unopposed-appeals.ts): SEND Regulations 2014 reg 45, as made
 * (1 September 2014 to 22 March 2015) and as substituted by SI 2015/359 (from 23 March 2015).
 *
 * Every expected date was worked by hand from the law (docs/law/conventions.md), with its arithmetic
 * in a comment, never read off the engine. Each describe names where its cases came from: [records]
 * (the hand-worked checks of the rule records) or [independent review] (a second, independent
 * reading of each provision from the statutory text).
 */
import { describe, expect, it } from 'vitest';
import { deadline } from '../../src/index.js';
import { due, errorCode } from '../support/deadlines.js';

describe('unopposed appeals (reg 45 as substituted by SI 2015/359, from 23 March 2015) [records]', () => {
  const notified = '2025-06-02';

  it('45(3): notify within 2 weeks of the date it notified the Tribunal', () => {
    // 2 Jun + 14 = Mon 16 Jun 2025.
    expect(due('unopposed-assess-notify', notified)).toBe('2025-06-16');
  });

  it('45(3A)(a): decision not to make a plan within 10 weeks', () => {
    // 2 Jun + 70 = Mon 11 Aug 2025.
    expect(due('unopposed-assess-no-plan', notified)).toBe('2025-08-11');
  });

  it('45(3A)(b): finalised plan within 14 weeks', () => {
    // 2 Jun + 98 = Mon 8 Sep 2025.
    expect(due('unopposed-assess-final-plan', notified)).toBe('2025-09-08');
  });

  it('45(4): amended plan within 5 weeks', () => {
    // 2 Jun + 35 = Mon 7 Jul 2025.
    expect(due('unopposed-amend', notified)).toBe('2025-07-07');
  });

  it('45(5)(a): amended school or institution within 2 weeks', () => {
    expect(due('unopposed-placement', notified)).toBe('2025-06-16');
  });

  it('45(5)(b): within 5 weeks where the plan must also be amended under 45(4)', () => {
    expect(due('unopposed-placement-and-amend', notified)).toBe('2025-07-07');
  });

  it('45(6)(a): draft plan within 5 weeks', () => {
    expect(due('unopposed-refusal-draft', notified)).toBe('2025-07-07');
  });

  it('45(6)(b): finalised plan within 11 weeks', () => {
    // 2 Jun + 77 = Mon 18 Aug 2025.
    expect(due('unopposed-refusal-final', notified)).toBe('2025-08-18');
  });

  it('45(6A): continue, and amend where agreed, within 5 weeks', () => {
    expect(due('unopposed-cease-amend', notified)).toBe('2025-07-07');
  });

  it('45(3): in force from 23 March 2015 (the as-made 45(3) was a different duty)', () => {
    expect(errorCode(() => deadline('unopposed-assess-notify', '2015-01-12'))).toBe('NOT_IN_FORCE');
    expect(errorCode(() => deadline('unopposed-refusal-draft', '2015-01-12'))).toBe('NOT_IN_FORCE');
    // Mon 23 Mar 2015 + 14 = Mon 6 Apr 2015.
    expect(due('unopposed-assess-notify', '2015-03-23')).toBe('2015-04-06');
  });
});

describe('unopposed appeals (reg 45 as made, 1 September 2014 to 22 March 2015) [records]', () => {
  it('45(3) as made: carry out the assessment within 4 weeks', () => {
    // Notified Mon 12 Jan 2015 + 28 = Mon 9 Feb 2015.
    expect(due('unopposed-assess', '2015-01-12')).toBe('2015-02-09');
  });

  it('45(4) as made: amended plan within 4 weeks; 5 weeks from 23 March 2015', () => {
    expect(due('unopposed-amend', '2015-01-12')).toBe('2015-02-09');
    // Last day of the as-made version: Sun 22 Mar 2015 + 28 = Sun 19 Apr 2015.
    expect(due('unopposed-amend', '2015-03-22')).toBe('2015-04-19');
    // First day of the substituted version: Mon 23 Mar 2015 + 35 = Mon 27 Apr 2015.
    expect(due('unopposed-amend', '2015-03-23')).toBe('2015-04-27');
  });

  it('45(5) as made: amended school or institution within 2 weeks', () => {
    // Notified Mon 12 Jan 2015 + 14 = Mon 26 Jan 2015.
    expect(due('unopposed-placement', '2015-01-12')).toBe('2015-01-26');
  });

  it('the as-made 45(3) duty ended on 22 March 2015', () => {
    expect(errorCode(() => deadline('unopposed-assess', '2015-03-23'))).toBe('NOT_IN_FORCE');
  });
});

describe('unopposed appeals (reg 45) [independent review]', () => {
  it('reg 45 (as substituted 23 Mar 2015) unopposed, notified Fri 10 Jan 2025', () => {
    expect(due('unopposed-assess-notify', '2025-01-10')).toBe('2025-01-24'); // (3) +14
    expect(due('unopposed-assess-no-plan', '2025-01-10')).toBe('2025-03-21'); // (3A)(a) +70
    expect(due('unopposed-assess-final-plan', '2025-01-10')).toBe('2025-04-18'); // (3A)(b) +98
    expect(due('unopposed-amend', '2025-01-10')).toBe('2025-02-14'); // (4) +35
    expect(due('unopposed-placement', '2025-01-10')).toBe('2025-01-24'); // (5)(a) +14
    expect(due('unopposed-placement-and-amend', '2025-01-10')).toBe('2025-02-14'); // (5)(b) +35
    expect(due('unopposed-refusal-draft', '2025-01-10')).toBe('2025-02-14'); // (6)(a) +35
    expect(due('unopposed-refusal-final', '2025-01-10')).toBe('2025-03-28'); // (6)(b) +77
    expect(due('unopposed-cease-amend', '2025-01-10')).toBe('2025-02-14'); // (6A) +35
  });
  it('reg 45 as made (before 23 Mar 2015): 4 / 4 / 2 weeks; the substituted ids are not in force', () => {
    // notified Fri 20 Mar 2015: +28 = 17 Apr; +14 = 3 Apr
    expect(due('unopposed-assess', '2015-03-20')).toBe('2015-04-17');
    expect(due('unopposed-amend', '2015-03-20')).toBe('2015-04-17');
    expect(due('unopposed-placement', '2015-03-20')).toBe('2015-04-03');
    expect(() => deadline('unopposed-assess-notify', '2015-03-20')).toThrow(expect.objectContaining({ code: 'NOT_IN_FORCE' }));
  });
});
