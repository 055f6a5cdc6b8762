/**
 * Law: transfers between authorities and commissioning bodies (src/law/transfer.ts): SEND
 * Regulations 2014 regs 15 and 16, and SI 2020/471 on their late-awareness limbs.
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

describe('transfers (regs 15, 16) [records]', () => {
  it('reg 15(2): aware Tue 1 Jul 2025 of a move on Mon 1 Sep 2025: transfer on the day of the move', () => {
    // Far more than 15 working days' notice → the day of the move.
    expect(due('plan-transfer', { move: '2025-09-01', aware: '2025-07-01' })).toBe('2025-09-01');
  });

  it('reg 15(2): aware Tue 22 Apr 2025 of a move on Fri 2 May 2025: 15th working day beginning with awareness = Tue 13 May 2025', () => {
    // Working days strictly between 22 Apr and 2 May: 23, 24, 25, 28, 29, 30 Apr, 1 May = 7 < 15.
    // Late limb, awareness day = day 1: 22 (1), 23, 24, 25 (4), 28, 29, 30, 1 May, 2 May (9),
    // [5 May bank holiday], 6, 7, 8, 9 (13), 12 (14), 13 May (15).
    expect(due('plan-transfer', { move: '2025-05-02', aware: '2025-04-22' })).toBe('2025-05-13');
  });

  it('reg 15(2): aware Fri 28 Feb 2025, move Mon 24 Mar 2025: exactly 15 working days between → day of the move', () => {
    // Strictly between: 3–7, 10–14, 17–21 March = 15 → "at least 15 working days prior".
    expect(due('plan-transfer', { move: '2025-03-24', aware: '2025-02-28' })).toBe('2025-03-24');
  });

  it('reg 15(2): aware Mon 3 Mar 2025, move Mon 24 Mar 2025: 14 between → late limb ends Fri 21 Mar 2025', () => {
    // Strictly between: 4–7, 10–14, 17–21 March = 14 < 15 (docs/law/conventions.md: neither end counts).
    // 15 working days beginning with Mon 3 Mar: 3–7 (5), 10–14 (10), 17–21 (15) → Fri 21 Mar,
    // the working day before the move (see the note on the rule: the strict count is the earlier date).
    expect(due('plan-transfer', { move: '2025-03-24', aware: '2025-03-03' })).toBe('2025-03-21');
  });

  it('reg 15(2): aware on Sat 12 Apr 2025 (not a working day), move Fri 25 Apr 2025 → Wed 7 May 2025', () => {
    // Between: 14–17, 22–24 Apr = 7. Counting starts Mon 14 Apr: 14–17 (4), [18, 21 Easter],
    // 22–25 (8), 28–30, 1–2 May (13), [5 May], 6 (14), 7 May (15).
    expect(due('plan-transfer', { move: '2025-04-25', aware: '2025-04-12' })).toBe('2025-05-07');
  });

  it('reg 15(2): aware Mon 22 Dec 2025, after a move on Fri 19 Dec 2025 → Wed 14 Jan 2026', () => {
    // 22, 23, 24 (3), [25, 26 Dec, weekend], 29, 30, 31 (6), [1 Jan], 2 (7), 5–9 (12), 12, 13, 14 Jan (15).
    expect(due('plan-transfer', { move: '2025-12-19', aware: '2025-12-22' })).toBe('2026-01-14');
  });

  it('reg 15(4): transfer Wed 31 Dec 2025 + 6 weeks = Wed 11 Feb 2026', () => {
    expect(due('plan-transfer-notice', '2025-12-31')).toBe('2026-02-11');
  });

  it('reg 15(5): made/reviewed Mon 10 Mar 2025, transfer Mon 15 Dec 2025 → later period ends Sat 14 Mar 2026', () => {
    // (a) 12 months beginning with 10 Mar 2025 end 9 Mar 2026; (b) 3 months beginning with
    // 15 Dec 2025 end 14 Mar 2026. The later: 14 Mar 2026 (a Saturday; no roll-forward).
    expect(due('plan-transfer-review', { lastReviewed: '2025-03-10', transfer: '2025-12-15' })).toBe('2026-03-14');
  });

  it('reg 15(5): made Fri 31 Jan 2025, transfer Sat 1 Feb 2025 → the 12-month period (Fri 30 Jan 2026) is later', () => {
    // (a) 31 Jan 2025 … 30 Jan 2026; (b) 1 Feb … 30 Apr 2025. Later: 30 Jan 2026.
    expect(due('plan-transfer-review', { lastReviewed: '2025-01-31', transfer: '2025-02-01' })).toBe('2026-01-30');
  });

  it('reg 15(7): aware Tue 1 Jul 2025 of a move on Mon 1 Sep 2025: notify on the day of the move', () => {
    expect(due('health-transfer', { move: '2025-09-01', aware: '2025-07-01' })).toBe('2025-09-01');
  });

  it('reg 15(7): aware Wed 20 Aug 2025 of a move on Mon 1 Sep 2025 → Wed 10 Sep 2025', () => {
    // Between: 21, 22, 26–29 Aug (25 Aug bank holiday) = 6 < 15. Beginning on 20 Aug: 20, 21, 22 (3),
    // [25 Aug], 26–29 (7), 1–5 Sep (12), 8, 9, 10 Sep (15).
    expect(due('health-transfer', { move: '2025-09-01', aware: '2025-08-20' })).toBe('2025-09-10');
  });

  it('reg 15(8): aware Mon 18 Aug 2025 + 15 working days beginning with = Mon 8 Sep 2025', () => {
    // 18–22 (5), [25 Aug bank holiday], 26–29 (9), 1–5 Sep (14), 8 Sep (15).
    expect(due('health-transfer-request', '2025-08-18')).toBe('2025-09-08');
  });

  it('reg 16(2): aware Sat 20 Dec 2025 (not a working day) → 15th working day = Wed 14 Jan 2026', () => {
    // Counting starts Mon 22 Dec: 22–24 (3), [25, 26], 29–31 (6), [1 Jan], 2 (7), 5–9 (12), 12–14 Jan (15).
    expect(due('health-change-notify', '2025-12-20')).toBe('2026-01-14');
  });

  it('reg 16(3): aware Fri 11 Apr 2025 → Tue 6 May 2025 (Easter and early May)', () => {
    // 11 (1), 14–17 (5), [18, 21], 22–25 (9), 28–30, 1–2 May (14), [5 May], 6 May (15).
    expect(due('health-change-request', '2025-04-11')).toBe('2025-05-06');
  });
});

describe('moves between authorities (regs 15, 16) [independent review]', () => {
  it('reg 15(2) plan-transfer: exactly 14 working days strictly between → late limb, day before the move', () => {
    // aware Mon 3 Mar, move Mon 24 Mar 2025: strictly between 4–7 (4) 10–14 (9) 17–21 (14) < 15
    // 15 working days beginning with 3 Mar: 3–7 (5) 10–14 (10) 17–21 (15) → Fri 21 Mar 2025
    expect(due('plan-transfer', { move: '2025-03-24', aware: '2025-03-03' })).toBe('2025-03-21');
  });
  it('reg 15(2) plan-transfer: exactly 15 working days strictly between → on the day of the move', () => {
    // aware Fri 28 Feb: strictly between 3–21 Mar = 15 → day of move, 24 Mar 2025
    expect(due('plan-transfer', { move: '2025-03-24', aware: '2025-02-28' })).toBe('2025-03-24');
  });
  it('reg 15(2) plan-transfer: late awareness across Christmas 2024', () => {
    // aware Mon 16 Dec 2024, move Mon 6 Jan 2025: between 17–20(4) 23,24(6) 27(7) 30,31(9) 2,3(11) < 15
    // beginning with 16 Dec: 16–20(5) 23,24(7) 27(8) 30,31(10) 2,3(12) 6,7,8(15) → Wed 8 Jan 2025
    expect(due('plan-transfer', { move: '2025-01-06', aware: '2024-12-16' })).toBe('2025-01-08');
  });
  it('reg 15(2) plan-transfer: awareness on a Saturday, day 1 is the Monday', () => {
    // aware Sat 1 Mar 2025: day 1 = Mon 3 Mar; 3–7 (5) 10–14 (10) 17–21 (15) → Fri 21 Mar
    expect(due('plan-transfer', { move: '2025-03-05', aware: '2025-03-01' })).toBe('2025-03-21');
  });
  it('reg 15(2) plan-transfer: awareness after the move', () => {
    // aware Mon 10 Mar (move 5 Mar): 10–14 (5) 17–21 (10) 24–28 (15) → Fri 28 Mar 2025
    expect(due('plan-transfer', { move: '2025-03-05', aware: '2025-03-10' })).toBe('2025-03-28');
  });
  it('reg 15(2) + SI 2020/471 reg 2A(3)(a): the day-of-move limb was NOT relaxed', () => {
    // aware Mon 4 May 2020, move Mon 29 Jun 2020: 37 working days strictly between ≥ 15, so the
    // duty is "on the day of the move". SI 2020/471 relaxed reg 15(2) only "in relation to the
    // second reference to 15 working days" (the late limb). Due stays 29 Jun 2020, not relaxed.
    const r = deadline('plan-transfer', { move: '2020-06-29', aware: '2020-05-04' }, { coronavirus: true });
    expect(r.status).toBeUndefined();
    expect(r.due).toBe('2020-06-29');
  });
  it('reg 15(2) + SI 2020/471: the late limb IS relaxed', () => {
    // aware Mon 22 Jun, move Mon 29 Jun 2020: 4 working days between → late limb, relaxed
    expect(deadline('plan-transfer', { move: '2020-06-29', aware: '2020-06-22' }, { coronavirus: true }).status).toBe('relaxed');
  });
  it('reg 15(7) health-transfer + SI 2020/471: day-of-move limb not relaxed', () => {
    // same facts as reg 15(2) above; 2A(3)(a) names 15(7) "in relation to the second reference to 15 working days"
    const r = deadline('health-transfer', { move: '2020-06-29', aware: '2020-05-04' }, { coronavirus: true });
    expect(r.status).toBeUndefined();
    expect(r.due).toBe('2020-06-29');
  });
  it('reg 15(7) health-transfer: 14 / 15 working-day boundary as reg 15(2)', () => {
    expect(due('health-transfer', { move: '2025-03-24', aware: '2025-03-03' })).toBe('2025-03-21');
    expect(due('health-transfer', { move: '2025-03-24', aware: '2025-02-28' })).toBe('2025-03-24');
  });
  it('reg 15(4) plan-transfer-notice: 6 weeks after the transfer', () => {
    // 31 Jan 2025 + 42 = 14 Mar 2025
    expect(due('plan-transfer-notice', '2025-01-31')).toBe('2025-03-14');
  });
  it('reg 15(5) plan-transfer-review: the 3-month limb is later', () => {
    // (a) 12 months beginning with 10 Jun 2024 → 9 Jun 2025; (b) 3 months beginning with 20 May 2025 → 19 Aug 2025
    expect(due('plan-transfer-review', { lastReviewed: '2024-06-10', transfer: '2025-05-20' })).toBe('2025-08-19');
  });
  it('reg 15(5) plan-transfer-review: the 12-month limb is later', () => {
    // (a) 1 Oct 2024 → 30 Sep 2025; (b) 15 Jan 2025 → 14 Apr 2025
    expect(due('plan-transfer-review', { lastReviewed: '2024-10-01', transfer: '2025-01-15' })).toBe('2025-09-30');
  });
  it('reg 15(5)(b) plan-transfer-review: 3 months beginning with 31 Mar 2025 end on 30 Jun 2025', () => {
    // "beginning with X" = "after X − 1": 30 Mar 2025 + 3 months = 30 Jun 2025 (the period 31 Mar–30 Jun).
    // (a) 12 months beginning with 1 Jun 2024 → 31 May 2025. Later = 30 Jun 2025.
    // Settled reading (reg 15(5)(b)): clamping 31 Mar + 3 months to 30 Jun and then taking a day off would end a day short.
    expect(due('plan-transfer-review', { lastReviewed: '2024-06-01', transfer: '2025-03-31' })).toBe('2025-06-30');
  });
  it('reg 15(5)(b) plan-transfer-review: 3 months beginning with 30 Nov 2024 end on 28 Feb 2025', () => {
    // 29 Nov 2024 + 3 months = 29 Feb 2025 → none → 28 Feb 2025 (cf. unfair dismissal: EDT 30 Nov → 28 Feb).
    // (a) 12 months beginning with 15 Jan 2024 → 14 Jan 2025. Later = 28 Feb 2025, not 27 Feb (reg 15(5)(b): never a day short).
    expect(due('plan-transfer-review', { lastReviewed: '2024-01-15', transfer: '2024-11-30' })).toBe('2025-02-28');
  });
  it('reg 15(8) health-transfer-request: 15 working days beginning with Wed 24 Dec 2025', () => {
    // 24 Dec (1) [25, 26] 29 30 31 (4) [1 Jan] 2 (5) 5–9 (10) 12–16 (15) → Fri 16 Jan 2026
    expect(due('health-transfer-request', '2025-12-24')).toBe('2026-01-16');
  });
  it('reg 16(2) health-change-notify: aware on Good Friday 18 Apr 2025', () => {
    // not a working day; day 1 = Tue 22 Apr: 22–25 (4) 28–2 May (9) [5 May] 6–9 (13) 12 (14) 13 (15)
    expect(due('health-change-notify', '2025-04-18')).toBe('2025-05-13');
  });
  it('reg 16(3) health-change-request: aware on the August bank holiday 2025', () => {
    // Mon 25 Aug not working; day 1 = Tue 26: 26–29 (4) 1–5 Sep (9) 8–12 (14) 15 (15)
    expect(due('health-change-request', '2025-08-25')).toBe('2025-09-15');
  });
});
