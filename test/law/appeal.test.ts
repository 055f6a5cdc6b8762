/**
 * Law: appeals (src/law/appeal.ts): HESC Rules 2008 r20(1)(c), r21(1)(c) and r12(2)–(3);
 * SI 2017/1306 regs 6(3), 7(1).
 * Bank holidays (England and Wales) used: 2024: 1 Jan, 29 Mar, 1 Apr, 6 May, 27 May, 26 Aug, 25–26 Dec;
 * 2025: 1 Jan, 18 Apr, 21 Apr, 5 May, 26 May, 25 Aug, 25–26 Dec; 2026: 1 Jan, 3 Apr, 6 Apr, 4 May,
 * 25 May, 31 Aug, 25 Dec, 28 Dec.
 * Also 2022: 26–27 Dec; 2023: 2 Jan; 2027: 1 Jan; 2028: 3 Jan.
 *
 * Every expected date was worked by hand from the law (docs/law/conventions.md), with its arithmetic
 * in a comment, never read off the engine. Each describe names where its cases came from: [records]
 * (the hand-worked checks of the rule records) or [independent review] (a second, independent
 * reading of each provision from the statutory text).
 */
import { describe, expect, it } from 'vitest';
import { deadline } from '../../src/index.js';
import { due, errorCode } from '../support/deadlines.js';

describe('appeal (HESC Rules r20(1)(c), r12(2)–(3)) [records]', () => {
  it('r20(1)(c)(i) + r12(3)(a): decision sent 30 June ends in August -> 1 September', () => {
    // Sent Mon 30 Jun 2025 + 2 months = Sat 30 Aug 2025, a day in August -> "the first working
    // day after ... 31st August": Mon 1 Sep 2025.
    expect(due('appeal', { decisionSent: '2025-06-30' })).toBe('2025-09-01');
  });

  it('r12(3)(a): August end, and 31 August itself a bank holiday, in 2026', () => {
    // Sent Tue 30 Jun 2026 + 2 months = Sun 30 Aug 2026 (August). First working day after
    // 31 Aug (Mon 31 Aug 2026 is the summer bank holiday, but it is not "after") -> Tue 1 Sep 2026.
    expect(due('appeal', { decisionSent: '2026-06-30' })).toBe('2026-09-01');
  });

  it('r12(3)(a): August end, 1 September a Sunday -> Monday 2 September', () => {
    // Sent Sun 2 Jun 2024 + 2 months = Fri 2 Aug 2024 (August). 1 Sep 2024 is a Sunday, so the
    // first working day after 31 August is Mon 2 Sep 2024.
    expect(due('appeal', { decisionSent: '2024-06-02' })).toBe('2024-09-02');
  });

  it('r20(1)(c)(ii) + r12(3)(a): certificate month ends 25 Dec–1 Jan (IPSEA example)', () => {
    // Sent Tue 1 Oct 2024 + 2 months = Sun 1 Dec 2024. Certificate Fri 29 Nov 2024 + 1 month =
    // Sun 29 Dec 2024, later, so it counts. 29 Dec is within 25 Dec–1 Jan -> first working day
    // after 1 January: Thu 2 Jan 2025.
    expect(due('appeal', { decisionSent: '2024-10-01', certificateIssued: '2024-11-29' })).toBe('2025-01-02');
  });

  it('r12(3)(a): 30 December end; 2 January a substitute bank holiday -> 3 January', () => {
    // Sent Sun 30 Oct 2022 + 2 months = Fri 30 Dec 2022 (within 25 Dec–1 Jan). 1 Jan 2023 was a
    // Sunday, so Mon 2 Jan 2023 was the New Year substitute holiday -> Tue 3 Jan 2023.
    expect(due('appeal', { decisionSent: '2022-10-30' })).toBe('2023-01-03');
  });

  it('r12(3)(a): 28 December end (a substitute holiday itself); 2 January a Saturday -> 4 January', () => {
    // Sent Wed 28 Oct 2026 + 2 months = Mon 28 Dec 2026 (within 25 Dec–1 Jan). After 1 Jan 2027:
    // Sat 2, Sun 3 -> Mon 4 Jan 2027.
    expect(due('appeal', { decisionSent: '2026-10-28' })).toBe('2027-01-04');
  });

  it('r12(2): ends on a Saturday -> the next working day (Monday)', () => {
    // Sent Mon 17 Mar 2025 + 2 months = Sat 17 May 2025 -> Mon 19 May 2025.
    expect(due('appeal', { decisionSent: '2025-03-17' })).toBe('2025-05-19');
  });

  it('r12(2): ends on a bank holiday -> the next working day', () => {
    // Sent Wed 26 Mar 2025 + 2 months = Mon 26 May 2025 (spring bank holiday) -> Tue 27 May 2025.
    expect(due('appeal', { decisionSent: '2025-03-26' })).toBe('2025-05-27');
  });

  it('r20(1)(c)(ii): a certificate later than the 2-month point', () => {
    // Sent Fri 10 Jan 2025 + 2 months = Mon 10 Mar 2025. Certificate Mon 3 Mar 2025 + 1 month =
    // Thu 3 Apr 2025, later -> Thu 3 Apr 2025 (a working day, not in August or 25 Dec–1 Jan).
    expect(due('appeal', { decisionSent: '2025-01-10', certificateIssued: '2025-03-03' })).toBe('2025-04-03');
  });

  it('r20(1)(c)(ii): an early certificate does not shorten the 2 months', () => {
    // Sent Fri 10 Jan 2025 + 2 months = Mon 10 Mar 2025. Certificate Mon 20 Jan 2025 + 1 month =
    // Thu 20 Feb 2025, earlier: the 2-month date stands -> Mon 10 Mar 2025.
    expect(due('appeal', { decisionSent: '2025-01-10', certificateIssued: '2025-01-20' })).toBe('2025-03-10');
  });

  it('r20(1)(c)(i): month-end clamping, 31 December + 2 months = 28 February', () => {
    // Sent Tue 31 Dec 2024 -> no 31 Feb 2025 -> Fri 28 Feb 2025 (working day).
    expect(due('appeal', { decisionSent: '2024-12-31' })).toBe('2025-02-28');
  });

  it('r20(1)(c)(i): month-end clamping in a leap year, 31 December 2023 -> 29 February 2024', () => {
    // Sent Sun 31 Dec 2023 + 2 months -> Thu 29 Feb 2024 (2024 is a leap year).
    expect(due('appeal', { decisionSent: '2023-12-31' })).toBe('2024-02-29');
  });

  it('r20(1)(c)(ii): certificate 31 January + 1 month clamps to 28 February and is later', () => {
    // Sent Fri 20 Dec 2024 + 2 months = Thu 20 Feb 2025. Certificate Fri 31 Jan 2025 + 1 month ->
    // no 31 Feb -> Fri 28 Feb 2025, later -> Fri 28 Feb 2025.
    expect(due('appeal', { decisionSent: '2024-12-20', certificateIssued: '2025-01-31' })).toBe('2025-02-28');
  });

  it('r20(1)(c) as substituted from 1 September 2014: earlier decisions are not in force', () => {
    expect(errorCode(() => deadline('appeal', { decisionSent: '2014-08-29' }))).toBe('NOT_IN_FORCE');
  });
});

describe('tribunal-response (HESC r21(1)(c), r12(3)(b)) [records]', () => {
  it('r21(1)(c) + r12(3)(b): 30 working days, no August day counted', () => {
    // Received Mon 14 Jul 2025 (excluded). July: 15–18 (4), 21–25 (9), 28–31 (13). Every day in
    // August skipped. September: 1–5 (18), 8–12 (23), 15–19 (28), Mon 22 (29), Tue 23 (30)
    // -> Tue 23 Sep 2025.
    expect(due('tribunal-response', '2025-07-14')).toBe('2025-09-23');
  });

  it('r21(1)(c) + r12(3)(b): 30 working days, 25 December–1 January not counted', () => {
    // Received Mon 2 Dec 2024. December: 3–6 (4), 9–13 (9), 16–20 (14), Mon 23 (15), Tue 24 (16).
    // 25 Dec–1 Jan not counted (so Fri 27, Mon 30, Tue 31 Dec are skipped too). January 2025:
    // Thu 2, Fri 3 (18), 6–10 (23), 13–17 (28), Mon 20 (29), Tue 21 (30) -> Tue 21 Jan 2025.
    expect(due('tribunal-response', '2024-12-02')).toBe('2025-01-21');
  });

  it('r21(1)(c): 30 working days with no excluded days, ending before Easter', () => {
    // Received Mon 3 Mar 2025. March: 4–7 (4), 10–14 (9), 17–21 (14), 24–28 (19), Mon 31 (20).
    // April: 1–4 (24), 7–11 (29), Mon 14 (30) -> Mon 14 Apr 2025 (Good Friday 18 Apr is later).
    expect(due('tribunal-response', '2025-03-03')).toBe('2025-04-14');
  });
});

describe('recommendation-response (SI 2017/1306 regs 6(3), 7(1)) [records]', () => {
  it('regs 6(3), 7(1): 5 weeks beginning with the recommendation = recommendation + 34 days', () => {
    // Recommendation Mon 3 Mar 2025 is day 1; day 35 is 3 Mar + 34 = Sun 6 Apr 2025. No
    // roll-forward in SI 2017/1306: a Sunday stands.
    expect(due('recommendation-response', '2025-03-03')).toBe('2025-04-06');
  });

  it('regs 6(3), 7(1): across a leap-year February', () => {
    // Thu 1 Feb 2024 + 34 days: 1 Feb + 28 = 29 Feb, + 6 = Wed 6 Mar 2024.
    expect(due('recommendation-response', '2024-02-01')).toBe('2024-03-06');
  });

  it('reg 1: in force 3 April 2018', () => {
    expect(errorCode(() => deadline('recommendation-response', '2018-04-02'))).toBe('NOT_IN_FORCE');
    // Tue 3 Apr 2018 + 34 days = Mon 7 May 2018.
    expect(due('recommendation-response', '2018-04-03')).toBe('2018-05-07');
  });
});

describe('appeal and tribunal (HESC r20(1)(c), r12, r21; SI 2017/1306) [independent review]', () => {
  it('r20(1)(c) + r12(3)(a) appeal: IPSEA example, certificate later, ends 29 Dec 2024', () => {
    // 1 Oct + 2 months = Sun 1 Dec; certificate 29 Nov + 1 month = 29 Dec (later);
    // in 25 Dec–1 Jan → first working day after 1 Jan 2025 = Thu 2 Jan 2025
    expect(due('appeal', { decisionSent: '2024-10-01', certificateIssued: '2024-11-29' })).toBe('2025-01-02');
  });
  it('r20(1)(c)(ii) appeal: certificate period earlier is ignored', () => {
    // 1 Mar + 2 months = Thu 1 May 2025; 5 Mar + 1 month = 5 Apr (earlier)
    expect(due('appeal', { decisionSent: '2025-03-01', certificateIssued: '2025-03-05' })).toBe('2025-05-01');
  });
  it('r20(1)(c) appeal: 31 Dec + 2 months = 28 Feb 2025 (a Friday)', () => {
    expect(due('appeal', { decisionSent: '2024-12-31' })).toBe('2025-02-28');
  });
  it('r12(3)(a) appeal: ends Sat 30 Aug 2025 → first working day after 31 Aug = Mon 1 Sep', () => {
    expect(due('appeal', { decisionSent: '2025-06-30' })).toBe('2025-09-01');
  });
  it('r12(3)(a) appeal: certificate makes it end on 15 Aug 2025 → 1 Sep', () => {
    // 1 Jun + 2 months = 1 Aug; 15 Jul + 1 month = 15 Aug (later) → Mon 1 Sep 2025
    expect(due('appeal', { decisionSent: '2025-06-01', certificateIssued: '2025-07-15' })).toBe('2025-09-01');
  });
  it('r20(1)(c) appeal: ends Thu 31 Jul 2025, a working day, no change', () => {
    expect(due('appeal', { decisionSent: '2025-05-31' })).toBe('2025-07-31');
  });
  it('r12(2) appeal: ends Sat 31 Jul 2027 → next working day Mon 2 Aug (time did not end in August)', () => {
    expect(due('appeal', { decisionSent: '2027-05-31' })).toBe('2027-08-02');
  });
  it('r12(2) appeal: ends Sat 24 Dec 2022 → next working day Wed 28 Dec 2022', () => {
    // 25 Sun, 26 Boxing Day, 27 Christmas substitute → Wed 28 Dec
    expect(due('appeal', { decisionSent: '2022-10-24' })).toBe('2022-12-28');
  });
  it('r12(3)(a) appeal: ends Thu 1 Jan 2026 → Fri 2 Jan 2026', () => {
    expect(due('appeal', { decisionSent: '2025-11-01' })).toBe('2026-01-02');
  });
  it('r12(3)(a) appeal: ends Fri 25 Dec 2026; 2 Jan 2027 is a Saturday → Mon 4 Jan 2027', () => {
    expect(due('appeal', { decisionSent: '2026-10-25' })).toBe('2027-01-04');
  });
  it('r12(3)(a) appeal: 1 Jan 2022 a Saturday, Mon 3 Jan substitute → Tue 4 Jan 2022', () => {
    // 28 Oct 2021 + 2 months = 28 Dec 2021 → first working day after 1 Jan 2022
    expect(due('appeal', { decisionSent: '2021-10-28' })).toBe('2022-01-04');
  });
  it('r12(3)(a) appeal: 1 Jan 2028 a Saturday → Tue 4 Jan 2028', () => {
    // 27 Oct 2027 + 2 months = 27 Dec 2027 → Sun 2, Mon 3 (substitute) → Tue 4 Jan 2028
    expect(due('appeal', { decisionSent: '2027-10-27' })).toBe('2028-01-04');
  });
  it('r12(2) appeal: ends on Good Friday 3 Apr 2026 → Tue 7 Apr 2026', () => {
    // 3 Feb + 2 months = 3 Apr 2026 (Good Friday); Sat, Sun, Easter Monday → Tue 7 Apr
    expect(due('appeal', { decisionSent: '2026-02-03' })).toBe('2026-04-07');
  });
  it('r12(2) appeal: ends Sat 13 Dec 2025 → Mon 15 Dec', () => {
    expect(due('appeal', { decisionSent: '2025-10-13' })).toBe('2025-12-15');
  });
  it('r20(1)(c) appeal: before 1 Sep 2014 is NOT_IN_FORCE', () => {
    expect(() => deadline('appeal', { decisionSent: '2014-08-29' })).toThrow(expect.objectContaining({ code: 'NOT_IN_FORCE' }));
  });
  it('r21(1)(c) + r12(3)(b) tribunal-response: received Mon 1 Dec 2025', () => {
    // 2–5 (4) 8–12 (9) 15–19 (14) 22–24 (17) [25 Dec–1 Jan not counted] 2 Jan (18) 5–9 (23) 12–16 (28) 19 (29) 20 (30)
    expect(due('tribunal-response', '2025-12-01')).toBe('2026-01-20');
  });
  it('r21(1)(c) + r12(3)(b) tribunal-response: received Mon 14 Jul 2025, August skipped', () => {
    // 15–18 (4) 21–25 (9) 28–31 (13) [August] 1–5 Sep (18) 8–12 (23) 15–19 (28) 22 (29) 23 (30)
    expect(due('tribunal-response', '2025-07-14')).toBe('2025-09-23');
  });
  it('r21(1)(c) tribunal-response: received in August (Wed 6 Aug 2025)', () => {
    // counting starts 1 Sep: 1–5 (5) 8–12 (10) 15–19 (15) 22–26 (20) 29 Sep–3 Oct (25) 6–10 Oct (30)
    expect(due('tribunal-response', '2025-08-06')).toBe('2025-10-10');
  });
  it('r21(1)(c) tribunal-response: Christmas 2027 on a Saturday and New Year substitute 3 Jan 2028', () => {
    // after Mon 13 Dec 2027: 14–17 (4) 20–24 (9) [25 Dec–1 Jan] [Mon 3 Jan BH] 4–7 (13) 10–14 (18)
    // 17–21 (23) 24–28 (28) 31 Jan (29) 1 Feb (30) → Tue 1 Feb 2028
    expect(due('tribunal-response', '2027-12-13')).toBe('2028-02-01');
  });
  it('SI 2017/1306 regs 6(3), 7(1) recommendation-response: 5 weeks beginning with', () => {
    // 10 Jan 2025 + 34 = 13 Feb 2025; 3 Apr 2018 + 34 = 7 May 2018 (bank holiday, stands)
    expect(due('recommendation-response', '2025-01-10')).toBe('2025-02-13');
    expect(due('recommendation-response', '2018-04-03')).toBe('2018-05-07');
    expect(() => deadline('recommendation-response', '2018-04-02')).toThrow(expect.objectContaining({ code: 'NOT_IN_FORCE' }));
  });
});
