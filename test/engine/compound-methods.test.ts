/**
 * Engine: compound periods (src/engine/compound.ts applying the methods registered in
 * src/law/methods/ and Dorset's in src/law/profiles/dorset-methods.ts), every method and every
 * branch of each, reached through deadline() as a caller reaches them (so these hold however the
 * methods are registered; test/law/methods/registry.test.ts applies each method on its own).
 * One row per branch, worked by hand from the provision, with the arithmetic in its comment; the
 * trace step that decides the branch is checked too. Bank holidays used: 2024: 25–26 Dec; 2025:
 * 1 Jan, 18 Apr, 21 Apr, 5 May, 26 May, 25 Aug, 25–26 Dec; 2026: 1 Jan.
 */
import { describe, expect, it } from 'vitest';
import { deadline, type DeadlineOptions, type TriggerInput } from '../../src/index.js';
import { exampleTerms } from '../support/examples.js';

/** The due date and the names of the trace steps of a rule for a trigger. */
function run(ruleId: string, trigger: TriggerInput, options?: DeadlineOptions): { due: string | null; steps: string[]; reason?: string } {
  const d = deadline(ruleId, trigger, options);
  return { due: d.due, steps: d.trace.map((s) => s.step), reason: d.reason };
}

describe('plan-transfer (reg 15(2), 15(7)): on the day of the move, or 15 working days beginning with late awareness', () => {
  it.each([
    // [branch, rule, move, aware, due, deciding step, arithmetic]
    ['on the day', 'plan-transfer', '2025-03-24', '2025-02-28', '2025-03-24', 'On the day of the move', 'strictly between Fri 28 Feb and Mon 24 Mar: 3–7, 10–14, 17–21 Mar = 15 ≥ 15'],
    ['late awareness', 'plan-transfer', '2025-03-24', '2025-03-03', '2025-03-21', 'Late awareness', 'strictly between: 4–7, 10–14, 17–21 = 14 < 15; beginning with Mon 3 Mar: 3–7 (5), 10–14 (10), 17–21 (15) → Fri 21 Mar'],
    ['late awareness, after the move', 'health-transfer', '2025-03-05', '2025-03-10', '2025-03-28', 'Late awareness', 'none between; beginning with Mon 10 Mar: 10–14 (5), 17–21 (10), 24–28 (15) → Fri 28 Mar'],
  ] as const)('%s (%s): move %s, aware %s → %s', (_branch, rule, move, aware, due, step, _arithmetic) => {
    const r = run(rule, { move, aware });
    expect(r.due).toBe(due);
    expect(r.steps).toContain(step);
  });
});

describe('later-of-periods (reg 15(5)): the later of 12 months from the last review and 3 months from the transfer', () => {
  it.each([
    // [branch, lastReviewed, transfer, due, arithmetic]
    ['12 months later', '2025-01-31', '2025-02-01', '2026-01-30', '(a) 31 Jan 2025 … 30 Jan 2026; (b) 1 Feb … 30 Apr 2025 → 30 Jan 2026'],
    ['3 months later', '2025-03-10', '2025-12-15', '2026-03-14', '(a) 10 Mar 2025 … 9 Mar 2026; (b) 15 Dec 2025 … 14 Mar 2026 → Sat 14 Mar 2026 (no roll-forward)'],
  ] as const)('%s: last reviewed %s, transferred %s → %s (%s)', (_branch, lastReviewed, transfer, due, _arithmetic) => {
    const r = run('plan-transfer-review', { lastReviewed, transfer });
    expect(r.due).toBe(due);
    expect(r.steps).toEqual(expect.arrayContaining(['12 months beginning with the last review', '3 months beginning with the transfer', 'The later of the two']));
  });
});

describe('appeal (HESC r20(1)(c), r12(2)–(3)): 2 months after the decision (or 1 month from a later certificate), then r12', () => {
  it.each([
    // [branch, decisionSent, certificateIssued, due, deciding step, arithmetic]
    ['a working day, no adjustment', '2025-05-31', undefined, '2025-07-31', 'HESC r12', '31 May + 2 months = Thu 31 Jul 2025, a working day in July'],
    ['r12(2): a Saturday', '2025-03-17', undefined, '2025-05-19', 'HESC r12(2): next working day', '17 Mar + 2 months = Sat 17 May → Mon 19 May 2025'],
    ['r12(3)(a): August', '2025-06-30', undefined, '2025-09-01', 'HESC r12(3)(a): August', '30 Jun + 2 months = Sat 30 Aug → first working day after 31 Aug, Mon 1 Sep 2025'],
    ['r12(3)(a): Christmas, the certificate later', '2024-10-01', '2024-11-29', '2025-01-02', 'HESC r12(3)(a): Christmas', '1 Oct + 2 months = 1 Dec; 29 Nov + 1 month = 29 Dec, later, in 25 Dec–1 Jan → Thu 2 Jan 2025'],
    ['an earlier certificate does not shorten the 2 months', '2025-01-10', '2025-01-20', '2025-03-10', 'The later date', '10 Jan + 2 months = Mon 10 Mar; 20 Jan + 1 month = 20 Feb, earlier → 10 Mar 2025'],
  ] as const)('%s: sent %s, certificate %s → %s', (_branch, decisionSent, certificateIssued, due, step, _arithmetic) => {
    const r = run('appeal', certificateIssued === undefined ? { decisionSent } : { decisionSent, certificateIssued });
    expect(r.due).toBe(due);
    expect(r.steps).toContain(step);
  });
});

describe('tribunal-working-days (HESC r21(1)(c), r12(3)(b)): working days, not counting 25 December–1 January or August', () => {
  it.each([
    // [received, due, arithmetic]
    ['2025-07-14', '2025-09-23', 'July 15–18 (4), 21–25 (9), 28–31 (13); August not counted; Sep 1–5 (18), 8–12 (23), 15–19 (28), 22 (29), Tue 23 (30)'],
    ['2024-12-02', '2025-01-21', 'Dec 3–6 (4), 9–13 (9), 16–20 (14), 23 (15), 24 (16); 25 Dec–1 Jan not counted; Jan 2, 3 (18), 6–10 (23), 13–17 (28), 20 (29), Tue 21 (30)'],
    ['2025-03-03', '2025-04-14', 'no day left out: Mar 4–7 (4), 10–14 (9), 17–21 (14), 24–28 (19), 31 (20); Apr 1–4 (24), 7–11 (29), Mon 14 (30)'],
  ] as const)('received %s → %s (%s)', (received, due, _arithmetic) => {
    const r = run('tribunal-response', received);
    expect(r.due).toBe(due);
    expect(r.steps).toContain('Add 30 working days');
  });
});

describe('as-order (reg 42(2)): a mediation agreement on an appealable matter takes the limit of the order it stands for', () => {
  it.each([
    // [order, due, arithmetic]
    ['order-make-plan-final', '2025-05-19', 'reg 44(2)(c)(ii), 11 weeks: Mon 3 Mar 2025 + 77 days = Mon 19 May 2025'],
    ['order-amend-placement', '2025-03-17', 'reg 44(2)(f), 2 weeks: 3 Mar + 14 = Mon 17 Mar 2025'],
    ['order-cease', '2025-03-03', 'reg 44(2)(a), immediately: the day of the agreement'],
    ['order-continue', null, 'reg 44(2)(g): no period'],
  ] as const)('standing for %s → %s (%s)', (order, due, _arithmetic) => {
    expect(run('mediation-agreement-appealable', { agreement: '2025-03-03', order }).due).toBe(due);
  });
});

describe('review-letter (Dorset): 4 weeks after the meeting, and no later than 365 days after the previous meeting', () => {
  const dorset = { profile: 'dorset' } as const;

  it.each([
    // [branch, meeting, previousMeeting, due, arithmetic]
    ['the 4 weeks end first', '2026-12-01', '2026-01-10', '2026-12-29', '1 Dec 2026 + 28 = 29 Dec 2026; cap 10 Jan 2026 + 365 = 10 Jan 2027; the earlier: 29 Dec'],
    ['the cap shortens the 4 weeks', '2026-12-20', '2026-01-10', '2027-01-10', '20 Dec 2026 + 28 = 17 Jan 2027; cap 10 Jan 2027; the earlier: 10 Jan 2027'],
    ['on the 337th day both agree', '2026-12-13', '2026-01-10', '2027-01-10', '10 Jan 2026 + 337 = 13 Dec 2026; + 28 = 10 Jan 2027 = the cap'],
  ] as const)('%s: meeting %s, previous %s → %s (%s)', (_branch, meeting, previousMeeting, due, _arithmetic) => {
    const r = run('dorset-review-letter', { meeting, previousMeeting }, dorset);
    expect(r.due).toBe(due);
    expect(r.steps).toContain('The earlier of the two');
  });

  it('a meeting on or before the previous one is INVALID_TRIGGER on trigger.meeting', () => {
    expect(() => deadline('dorset-review-letter', { meeting: '2026-01-10', previousMeeting: '2026-01-10' }, dorset))
      .toThrow(expect.objectContaining({ code: 'INVALID_TRIGGER', field: 'trigger.meeting' }));
  });
});

describe('end-of-autumn-term (Dorset 7.10): a September post-16 move is reviewed by the end of the autumn term before it', () => {
  const terms = exampleTerms();

  it('a move on Mon 1 Sep 2025 → the last day of Autumn 2024, Fri 20 Dec 2024', () => {
    const r = run('dorset-post16-transfer', '2025-09-01', { profile: 'dorset', terms });
    expect(r.due).toBe('2024-12-20');
    expect(r.steps).toContain('Autumn term before the transfer');
  });

  it.each([
    // [why there is no date, transfer, with the term calendar, reason]
    ['not a September move', '2026-01-05', true, 'September move'],
    ['no term calendar', '2025-09-01', false, 'needs a school term calendar'],
    ['the calendar holds no autumn term before the move', '2024-09-02', true, 'has no autumn term'],
  ] as const)('%s (transfer %s): no date, and the reason', (_why, transfer, withTerms, reason) => {
    const r = run('dorset-post16-transfer', transfer, withTerms ? { profile: 'dorset', terms } : { profile: 'dorset' });
    expect(r.due).toBeNull();
    expect(r.reason).toContain(reason);
  });
});
