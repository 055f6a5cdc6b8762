/**
 * Law: Tribunal orders (src/law/tribunal-orders.ts): SEND Regulations 2014 reg 44.
 *
 * Every expected date was worked by hand from the law (docs/law/conventions.md), with its arithmetic
 * in a comment, never read off the engine. Each describe names where its cases came from: [records]
 * (the hand-worked checks of the rule records) or [independent review] (a second, independent
 * reading of each provision from the statutory text).
 */
import { describe, expect, it } from 'vitest';
import { deadline } from '../../src/index.js';
import { due } from '../support/deadlines.js';

describe('Tribunal orders (reg 44) [records]', () => {
  const order = '2025-01-15';

  it('44(2)(a): cease immediately -> the order day', () => {
    expect(due('order-cease', order)).toBe('2025-01-15');
  });

  it('44(2)(b): notify within 2 weeks of the order being made', () => {
    // 15 Jan + 14 = Wed 29 Jan 2025.
    expect(due('order-assess-notify', order)).toBe('2025-01-29');
  });

  it('44(2)(b)(i): decision not to make a plan within 10 weeks of the order', () => {
    // 15 Jan + 70 = Wed 26 Mar 2025.
    expect(due('order-assess-no-plan', order)).toBe('2025-03-26');
  });

  it('44(2)(b)(ii): finalised plan within 14 weeks of the order', () => {
    // 15 Jan + 98 = Wed 23 Apr 2025.
    expect(due('order-assess-final-plan', order)).toBe('2025-04-23');
  });

  it('44(2)(c)(i): draft plan within 5 weeks of the order', () => {
    // 15 Jan + 35 = Wed 19 Feb 2025.
    expect(due('order-make-plan-draft', order)).toBe('2025-02-19');
  });

  it('44(2)(c)(ii): finalised plan within 11 weeks of the order', () => {
    // 15 Jan + 77 = Wed 2 Apr 2025.
    expect(due('order-make-plan-final', order)).toBe('2025-04-02');
  });

  it('44(2)(d): reconsider within 2 weeks of the order', () => {
    expect(due('order-reconsider', order)).toBe('2025-01-29');
  });

  it('44(2)(d): no roll-forward: 2 weeks ending on Christmas Day stand', () => {
    // Order Wed 11 Dec 2024 + 14 = Wed 25 Dec 2024 (Christmas Day): the SEND Regulations do not
    // move it.
    expect(due('order-reconsider', '2024-12-11')).toBe('2024-12-25');
  });

  it('44(2)(e): amended plan within 5 weeks of the order', () => {
    expect(due('order-amend-provision', order)).toBe('2025-02-19');
  });

  it('44(2)(f): amended school or institution within 2 weeks of the order', () => {
    expect(due('order-amend-placement', order)).toBe('2025-01-29');
  });

  it('44(2)(g): continue to maintain: no period, due null', () => {
    expect(due('order-continue', order)).toBeNull();
  });

  it('44(2)(h): continue and amend within 5 weeks of the order', () => {
    expect(due('order-continue-amend', order)).toBe('2025-02-19');
  });

  it('44(3): an exception lifts the (2)(b) limit', () => {
    const d = deadline('order-assess-notify', order, { exception: 'absent-from-area' });
    expect(d.status).toBe('lifted');
  });
});

describe('Tribunal orders (reg 44) [independent review]', () => {
  it('reg 44(2) orders made Fri 10 Jan 2025', () => {
    expect(due('order-cease', '2025-12-25')).toBe('2025-12-25'); // (a) immediately
    expect(due('order-assess-notify', '2025-01-10')).toBe('2025-01-24'); // (b) +14
    expect(due('order-assess-no-plan', '2025-01-10')).toBe('2025-03-21'); // (b)(i) +70
    expect(due('order-assess-final-plan', '2025-01-10')).toBe('2025-04-18'); // (b)(ii) +98
    expect(due('order-make-plan-draft', '2025-01-10')).toBe('2025-02-14'); // (c)(i) +35
    expect(due('order-make-plan-final', '2025-01-10')).toBe('2025-03-28'); // (c)(ii) +77
    expect(due('order-reconsider', '2025-01-10')).toBe('2025-01-24'); // (d) +14
    expect(due('order-amend-provision', '2025-01-10')).toBe('2025-02-14'); // (e) +35
    expect(due('order-amend-placement', '2025-01-10')).toBe('2025-01-24'); // (f) +14
    expect(due('order-continue', '2025-01-10')).toBeNull(); // (g) no period
    expect(due('order-continue-amend', '2025-01-10')).toBe('2025-02-14'); // (h) +35
  });
  it('reg 44(3): exceptions only for (2)(b) and (c)', () => {
    expect(deadline('order-assess-final-plan', '2025-01-10', { exception: 'absent-from-area' }).status).toBe('lifted');
    expect(() => deadline('order-amend-provision', '2025-01-10', { exception: 'personal-circumstances' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
  });
  it('reg 44(3)(b): a lifted order limit must not quote reg 5(4)(d) (4 weeks) but 44(3)(b) (2 weeks or more)', () => {
    // Settled reading: reg 44(3)(b) has its own absence of "2 weeks or more"; the order's limit cites it, not reg 5(4)(d).
    const r = deadline('order-assess-final-plan', '2025-01-10', { exception: 'absent-from-area' });
    expect(r.exception?.citation.provision).toMatch(/44\(3\)/);
    expect(r.reason).not.toMatch(/4 weeks/);
  });
});
