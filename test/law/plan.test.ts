/**
 * Law: plans (src/law/plan.ts): SEND Regulations 2014 regs 13 and 47.
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

describe('plans (regs 13, 47) [records]', () => {
  it('reg 13(1)(a): draft served Thu 20 Feb 2025: 15 days beginning with service end Thu 6 Mar 2025', () => {
    // Service day is day 1: 20 Feb + 14 = 6 Mar.
    expect(due('draft-plan-representations', '2025-02-20')).toBe('2025-03-06');
  });

  it('reg 13(1)(a): draft served Thu 15 Feb 2024: the period ends Thu 29 Feb 2024', () => {
    // 15 Feb + 14 = 29 Feb in a leap year.
    expect(due('draft-plan-representations', '2024-02-15')).toBe('2024-02-29');
  });

  it('reg 13(2): request received Mon 6 Jan 2025 + 20 weeks = Mon 26 May 2025 (a bank holiday: no roll-forward)', () => {
    // 6 Jan + 140 days = 26 May 2025, the spring bank holiday; the date stands.
    expect(due('final-plan', '2025-01-06')).toBe('2025-05-26');
  });

  it('reg 13(2): request received Fri 9 Aug 2024 + 20 weeks = Fri 27 Dec 2024', () => {
    expect(due('final-plan', '2024-08-09')).toBe('2024-12-27');
  });

  it('reg 13(3): exceptional personal circumstances lift the 20-week limit', () => {
    expect(deadline('final-plan', '2025-01-06', { exception: 'personal-circumstances' }).status).toBe('lifted');
  });

  it('reg 13(2) in 2020: request Mon 2 Mar 2020 + 20 weeks = Mon 20 Jul 2020, overlapping SI 2020/471', () => {
    // 2 Mar + 140 days = 20 Jul 2020. The period overlaps 1 May–25 Sep 2020: a warning names the
    // coronavirus regulations; with a coronavirus reason the limit is relaxed.
    const d = deadline('final-plan', '2020-03-02');
    expect(d.due).toBe('2020-07-20');
    expect(d.warnings.some((w: string) => /2020\/471|coronavirus/i.test(w))).toBe(true);
    expect(deadline('final-plan', '2020-03-02', { coronavirus: true }).status).toBe('relaxed');
  });

  it('reg 47: asked Thu 10 Apr 2025 + 15 working days = Tue 6 May 2025', () => {
    // Working days after 10 Apr: 11 (1), 14–17 (5), [18 Good Friday, 21 Easter Monday],
    // 22–25 (9), 28–30 Apr, 1–2 May (14), [5 May bank holiday], 6 May (15).
    expect(due('plan-disclosure-higher-education', '2025-04-10')).toBe('2025-05-06');
  });

  it('reg 47: asked Fri 12 Dec 2025 + 15 working days = Wed 7 Jan 2026', () => {
    // 15–19 Dec (5), 22–24 (8), [25, 26 Dec], 29–31 (11), [1 Jan], 2 Jan (12), 5–7 Jan (15).
    expect(due('plan-disclosure-higher-education', '2025-12-12')).toBe('2026-01-07');
  });
});

describe('plan (regs 13, 47) [independent review]', () => {
  it('reg 13(1)(a) draft-plan-representations: at least 15 days beginning with service on 25 Dec 2024', () => {
    // service day is day 1: 25 Dec + 14 = 8 Jan 2025
    expect(due('draft-plan-representations', '2024-12-25')).toBe('2025-01-08');
  });
  it('reg 13(2) final-plan: 20 weeks, due on a bank holiday stands (no roll-forward)', () => {
    // 6 Jan 2025 + 140 = 26 May 2025 (Spring bank holiday, Monday)
    expect(due('final-plan', '2025-01-06')).toBe('2025-05-26');
  });
  it('reg 13(2) final-plan: across the year end, 14 Aug 2025', () => {
    // 14 Aug + 140: → 31 Aug (17), 30 Sep (47), 31 Oct (78), 30 Nov (108), 31 Dec (139), 1 Jan 2026 (140)
    expect(due('final-plan', '2025-08-14')).toBe('2026-01-01');
  });
  it('reg 13(2) final-plan + SI 2020/471: overlap warns; coronavirus reason relaxes', () => {
    // 2 Mar 2020 + 140 = 20 Jul 2020, inside 1 May–25 Sep 2020
    const r = deadline('final-plan', '2020-03-02');
    expect(r.due).toBe('2020-07-20');
    expect(r.warnings.join(' ')).toMatch(/2020-05-01 to 2020-09-25/);
    const c = deadline('final-plan', '2020-03-02', { coronavirus: true });
    expect(c.status).toBe('relaxed');
    expect(c.due).toBeNull();
  });
  it('reg 47 plan-disclosure-higher-education: 15 working days across Christmas 2024', () => {
    // after Fri 20 Dec 2024: 23(1) 24(2) [25,26 hol] 27(3) 30(4) 31(5) [1 Jan] 2(6) 3(7)
    // 6(8) 7(9) 8(10) 9(11) 10(12) 13(13) 14(14) 15(15) → Wed 15 Jan 2025
    expect(due('plan-disclosure-higher-education', '2024-12-20')).toBe('2025-01-15');
  });
  it('reg 47 plan-disclosure-higher-education: 15 working days across Easter and early May 2025', () => {
    // after Thu 17 Apr: [18 GF, 21 EM] 22(1) 23 24 25(4) 28 29 30 1 2(9) [5 May BH] 6 7 8 9(13) 12(14) 13(15)
    expect(due('plan-disclosure-higher-education', '2025-04-17')).toBe('2025-05-13');
  });
  it('reg 47: a date in a projected year (2030) warns', () => {
    // after Thu 20 Dec 2029: 21(1) 24(2) [25,26] 27(3) 28(4) 31(5) [1 Jan 2030] 2 3 4(8) 7-11(13) 14(14) 15(15)
    const r = deadline('plan-disclosure-higher-education', '2029-12-20');
    expect(r.due).toBe('2030-01-15');
    expect(r.warnings.join(' ')).toMatch(/projected/);
  });
});
