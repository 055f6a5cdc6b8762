/**
 * Law: mediation (src/law/mediation.ts): SEND Regulations 2014 regs 33–42.
 * Bank holidays (England and Wales) used: 2024: 1 Jan, 29 Mar, 1 Apr, 6 May, 27 May, 26 Aug, 25–26 Dec;
 * 2025: 1 Jan, 18 Apr, 21 Apr, 5 May, 26 May, 25 Aug, 25–26 Dec; 2026: 1 Jan, 3 Apr, 6 Apr, 4 May,
 * 25 May, 31 Aug, 25 Dec, 28 Dec.
 *
 * Every expected date was worked by hand from the law (docs/law/conventions.md), with its arithmetic
 * in a comment, never read off the engine. Each describe names where its cases came from: [records]
 * (the hand-worked checks of the rule records) or [independent review] (a second, independent
 * reading of each provision from the statutory text).
 */
import { describe, expect, it } from 'vitest';
import { deadline } from '../../src/index.js';
import { due } from '../support/deadlines.js';

describe('mediation (regs 33–42) [records]', () => {
  it('reg 33: contact the mediation adviser within 2 months after the notice was sent', () => {
    // Sent Thu 31 Oct 2024; "within 2 months after": sending day excluded, corresponding date
    // 31 Dec 2024 (Tue). No roll-forward under the SEND Regulations.
    expect(due('mediation-contact', '2024-10-31')).toBe('2024-12-31');
  });

  it('reg 33: month-end clamping (31 December + 2 months = 28 February)', () => {
    // Sent Tue 31 Dec 2024; 31 Feb 2025 does not exist -> last day of February, Fri 28 Feb 2025.
    expect(due('mediation-contact', '2024-12-31')).toBe('2025-02-28');
  });

  it('reg 34(1) / 39(1) / 39(3): certificate within 3 working days', () => {
    // Informed Thu 19 Dec 2024 (day excluded). Working days after: Fri 20 (1), Mon 23 (2),
    // Tue 24 (3) -> Tue 24 Dec 2024.
    expect(due('mediation-certificate', '2024-12-19')).toBe('2024-12-24');
  });

  it('reg 39(1): certificate within 3 working days of the conclusion, across Christmas', () => {
    // Mediation concluded Mon 23 Dec 2024. Tue 24 (1); Wed 25 Christmas Day and Thu 26 Boxing
    // Day are not working days; Fri 27 (2); Sat 28, Sun 29 skipped; Mon 30 (3) -> Mon 30 Dec.
    expect(due('mediation-certificate', '2024-12-23')).toBe('2024-12-30');
  });

  it('reg 35(2): notify the commissioning body within 3 working days, across Easter', () => {
    // Informed Thu 17 Apr 2025. Fri 18 Good Friday, Sat 19, Sun 20, Mon 21 Easter Monday
    // skipped; Tue 22 (1), Wed 23 (2), Thu 24 (3) -> Thu 24 Apr 2025.
    expect(due('mediation-health-notify', '2025-04-17')).toBe('2025-04-24');
  });

  it('regs 35(3), 35(4), 36(2): arrange mediation within 30 days from the trigger', () => {
    // Informed Wed 15 Jan 2025; calendar days, trigger excluded: 15 Jan + 30 = 14 Feb 2025 (Fri).
    expect(due('mediation-arrange', '2025-01-15')).toBe('2025-02-14');
  });

  it('reg 36(2): 30 calendar days run through Christmas and do not move off a Sunday', () => {
    // Informed Fri 20 Dec 2024; 20 Dec + 30 days = 19 Jan 2025, a Sunday: it stands.
    expect(due('mediation-arrange', '2024-12-20')).toBe('2025-01-19');
  });

  it('reg 37(2): date and place at least 5 working days prior to the mediation', () => {
    // Mediation Fri 14 Jun 2024. The 5 working days strictly between notice and mediation:
    // Thu 13, Wed 12, Tue 11, Mon 10, Fri 7 Jun. Notice must be before Fri 7 -> Thu 6 Jun 2024.
    // Check: strictly between Thu 6 and Fri 14 are 7, 10, 11, 12, 13 = 5 working days.
    expect(due('mediation-notice-of-date', '2024-06-14')).toBe('2024-06-06');
  });

  it('reg 37(2): a bank holiday inside the 5 working days', () => {
    // Mediation Thu 30 May 2024. Working days before it: Wed 29, Tue 28, (Mon 27 May spring bank
    // holiday skipped), Fri 24, Thu 23, Wed 22 -> notice before Wed 22 -> Tue 21 May 2024.
    expect(due('mediation-notice-of-date', '2024-05-30')).toBe('2024-05-21');
  });

  it('reg 37(2): over Christmas and New Year', () => {
    // Mediation Fri 3 Jan 2025. Working days before it: Thu 2 Jan, (Wed 1 Jan holiday),
    // Tue 31 Dec, Mon 30 Dec, Fri 27 Dec, (Thu 26, Wed 25 holidays), Tue 24 Dec -> Mon 23 Dec 2024.
    expect(due('mediation-notice-of-date', '2025-01-03')).toBe('2024-12-23');
  });

  it('reg 42(3): do what the agreement requires within two weeks', () => {
    // Agreement Mon 3 Mar 2025 + 14 days = Mon 17 Mar 2025.
    expect(due('mediation-agreement', '2025-03-03')).toBe('2025-03-17');
  });

  it('reg 42(2): appealable matters, as if the agreement were a Tribunal order', () => {
    // Agreement Mon 3 Mar 2025 standing for an order to make and maintain a plan:
    // 44(2)(c)(ii) 11 weeks -> 3 Mar + 77 days = Mon 19 May 2025.
    expect(due('mediation-agreement-appealable', { agreement: '2025-03-03', order: 'order-make-plan-final' })).toBe(
      '2025-05-19',
    );
    // Standing for an order to change the school named: 44(2)(f) 2 weeks -> Mon 17 Mar 2025.
    expect(due('mediation-agreement-appealable', { agreement: '2025-03-03', order: 'order-amend-placement' })).toBe(
      '2025-03-17',
    );
  });

  it('reg 42(4): commissioning body notifies the local authority within 1 week', () => {
    // Agreement Mon 3 Mar 2025 + 7 days = Mon 10 Mar 2025.
    expect(due('mediation-agreement-notify', '2025-03-03')).toBe('2025-03-10');
  });

  it('reg 35(4) in 2020 with a coronavirus reason: relaxed (SI 2020/471 reg 2A(3)(i))', () => {
    const d = deadline('mediation-arrange', '2020-06-01', { coronavirus: true });
    expect(d.status).toBe('relaxed');
  });
});

describe('mediation (regs 33–42) [independent review]', () => {
  it('reg 33 mediation-contact: 2 months after 31 Dec 2024 → 28 Feb 2025', () => {
    expect(due('mediation-contact', '2024-12-31')).toBe('2025-02-28');
  });
  it('reg 33 mediation-contact: ends in August on a Saturday, no HESC roll-forward', () => {
    // 30 Jun + 2 months = Sat 30 Aug 2025 (SEND Regs: no roll-forward)
    expect(due('mediation-contact', '2025-06-30')).toBe('2025-08-30');
  });
  it('reg 34(1)/39 mediation-certificate: 3 working days after Mon 22 Dec 2025', () => {
    // 23 (1) 24 (2) [25, 26] 29 (3)
    expect(due('mediation-certificate', '2025-12-22')).toBe('2025-12-29');
  });
  it('reg 35(2) mediation-health-notify: 3 working days after Thu 17 Apr 2025', () => {
    // [18 GF, 19, 20, 21 EM] 22 (1) 23 (2) 24 (3)
    expect(due('mediation-health-notify', '2025-04-17')).toBe('2025-04-24');
  });
  it('reg 36(2) mediation-arrange: 30 days from 31 Jan 2025', () => {
    // 31 Jan + 30 = 2 Mar 2025
    expect(due('mediation-arrange', '2025-01-31')).toBe('2025-03-02');
  });
  it('reg 37(2) mediation-notice-of-date: at least 5 working days prior to Mon 6 Jan 2025', () => {
    // working days before 6 Jan: 3 Jan (1) 2 Jan (2) [1 Jan] 31 Dec (3) 30 Dec (4) 27 Dec (5).
    // Strictly between D and 6 Jan there must be 5 → D ≤ Thu 26 Dec 2024.
    expect(due('mediation-notice-of-date', '2025-01-06')).toBe('2024-12-26');
  });
  it('reg 42(3) mediation-agreement: 2 weeks from 20 Dec 2025', () => {
    expect(due('mediation-agreement', '2025-12-20')).toBe('2026-01-03');
  });
  it('reg 42(2) mediation-agreement-appealable: as if an order under 44(2)(c)(ii), 11 weeks', () => {
    // 3 Mar 2025 + 77 = 19 May 2025; 44(2)(a) immediately = 3 Mar; 44(2)(g) no period
    expect(due('mediation-agreement-appealable', { agreement: '2025-03-03', order: 'order-make-plan-final' })).toBe('2025-05-19');
    expect(due('mediation-agreement-appealable', { agreement: '2025-03-03', order: 'order-cease' })).toBe('2025-03-03');
    expect(due('mediation-agreement-appealable', { agreement: '2025-03-03', order: 'order-continue' })).toBeNull();
  });
  it('reg 42(4) mediation-agreement-notify: 1 week from Boxing Day 2025', () => {
    expect(due('mediation-agreement-notify', '2025-12-26')).toBe('2026-01-02');
  });
});
