/**
 * The calculator's table: a dozen rules across the trigger shapes, each date worked by hand from
 * its provision (the arithmetic in the comment). The browser test enters each on the page and
 * checks the page's date against this table and against the library's `deadline()`.
 */
import type { DeadlineOptions } from '../../../src/engine/options.js';

/** A trigger as the calculator's fields take it: one value, or a value per named field. */
export type CalculatorTrigger = string | Readonly<Record<string, string>>;

export interface CalculatorCase {
  /** What the case shows, for the test's name. */
  readonly shape: string;
  readonly ruleId: string;
  readonly provision: string;
  readonly trigger: CalculatorTrigger;
  /** Options passed to `deadline()`: only a profile, which the page takes from the rule chosen. */
  readonly options?: DeadlineOptions;
  /** The hand-worked due date. */
  readonly due: string;
  /** The same date in long form, as the page shows it. */
  readonly dueLong: string;
}

export const CALCULATOR_CASES: readonly CalculatorCase[] = [
  // reg 13(2): the plan within 20 weeks of the request, the day of the request not counted.
  // Mon 6 Jan 2025 + 140 days = Mon 26 May 2025, the Spring bank holiday: reg 13 does not move a
  // limit that ends on a non-working day, so the date stands.
  { shape: 'a plain date', ruleId: 'final-plan', provision: 'reg 13(2)', trigger: '2025-01-06', due: '2025-05-26', dueLong: 'Monday 26 May 2025' },
  // reg 5(1): 6 weeks after the request. Mon 3 Mar 2025 + 42 days = Mon 14 Apr 2025.
  { shape: 'a plain date', ruleId: 'assessment-decision', provision: 'reg 5(1)', trigger: '2025-03-03', due: '2025-04-14', dueLong: 'Monday 14 April 2025' },
  // reg 13(1)(a): 15 days beginning with the day the draft is served, so that day is day 1:
  // Mon 10 Feb 2025 + 14 days = Mon 24 Feb 2025.
  { shape: 'a plain date, beginning with', ruleId: 'draft-plan-representations', provision: 'reg 13(1)(a)', trigger: '2025-02-10', due: '2025-02-24', dueLong: 'Monday 24 February 2025' },
  // reg 33: 2 months after 31 Dec 2024: February 2025 has no 31st, so the corresponding date is
  // clamped to the month's last day, Fri 28 Feb 2025.
  { shape: 'a plain date, month end', ruleId: 'mediation-contact', provision: 'reg 33', trigger: '2024-12-31', due: '2025-02-28', dueLong: 'Friday 28 February 2025' },
  // s44(1): a review every 12 months beginning with the day the plan was last reviewed: the
  // corresponding date 10 Mar 2026, less the day counted at the start: Mon 9 Mar 2026.
  { shape: 'a plain date, months beginning with', ruleId: 'annual-review', provision: 's44(1)', trigger: '2025-03-10', due: '2026-03-09', dueLong: 'Monday 9 March 2026' },
  // reg 18(1)(b): a transfer on 1 Sep 2026 is reviewed "before 15 February" of 2026; the strict
  // (default) reading is the day before, Sat 14 Feb 2026.
  { shape: 'a fixed date', ruleId: 'phase-transfer', provision: 'reg 18(1)(b)', trigger: '2026-09-01', due: '2026-02-14', dueLong: 'Saturday 14 February 2026' },
  // reg 20(3): notice at least 2 weeks before a review meeting on Fri 20 Jun 2025; strict
  // (clear days, the default): meeting − 15 days = Thu 5 Jun 2025.
  { shape: 'a notice counted back from a target', ruleId: 'review-meeting-notice', provision: 'reg 20(3)', trigger: '2025-06-20', due: '2025-06-05', dueLong: 'Thursday 5 June 2025' },
  // reg 18(2): at least 5 months before a transfer on 1 Sep 2026: 1 Apr 2026, less one for clear
  // time (strict): Tue 31 Mar 2026.
  { shape: 'a notice counted back from a target', ruleId: 'post16-transfer', provision: 'reg 18(2)', trigger: '2026-09-01', due: '2026-03-31', dueLong: 'Tuesday 31 March 2026' },
  // regs 34(1), 39(1): 3 working days after Wed 16 Apr 2025: Thu 17 (1); Good Friday 18, the
  // weekend and Easter Monday 21 are not working days; Tue 22 (2), Wed 23 Apr 2025 (3).
  { shape: 'working days over a bank holiday', ruleId: 'mediation-certificate', provision: 'reg 34(1)', trigger: '2025-04-16', due: '2025-04-23', dueLong: 'Wednesday 23 April 2025' },
  // reg 15(8): 15 working days beginning with Mon 15 Dec 2025: 15–19 Dec (5), 22–24 Dec (8),
  // Christmas and Boxing Day out, 29–31 Dec (11), 1 Jan out, Fri 2 Jan (12), 5–7 Jan (15):
  // Wed 7 Jan 2026.
  { shape: 'working days over Christmas', ruleId: 'health-transfer-request', provision: 'reg 15(8)', trigger: '2025-12-15', due: '2026-01-07', dueLong: 'Wednesday 7 January 2026' },
  // HESC r21(1)(c), r12(3)(b): 30 working days after Tue 1 Jul 2025, August not counted: 2–31 Jul
  // give 22, 1–29 Aug are out, 1–5 Sep (27), 8–10 Sep (30): Wed 10 Sep 2025.
  { shape: "the tribunal's working days", ruleId: 'tribunal-response', provision: 'HESC r21(1)(c)', trigger: '2025-07-01', due: '2025-09-10', dueLong: 'Wednesday 10 September 2025' },
  // reg 15(2): the authority became aware on Mon 10 Mar 2025 of a move on Mon 3 Mar, fewer than 15
  // working days before it, so 15 working days beginning with the day it became aware:
  // 10–14 Mar (5), 17–21 (10), 24–28 (15): Fri 28 Mar 2025.
  { shape: 'a compound trigger of two dates', ruleId: 'plan-transfer', provision: 'reg 15(2)', trigger: { move: '2025-03-03', aware: '2025-03-10' }, due: '2025-03-28', dueLong: 'Friday 28 March 2025' },
  // HESC r20(1)(c), r12(2): 2 months after the decision sent Thu 1 May 2025 is Tue 1 Jul; 1 month
  // after the certificate of Fri 20 Jun is Sun 20 Jul, the later; a Sunday, so the next working
  // day: Mon 21 Jul 2025.
  { shape: 'a compound trigger with an optional date', ruleId: 'appeal', provision: 'HESC r20(1)(c)', trigger: { decisionSent: '2025-05-01', certificateIssued: '2025-06-20' }, due: '2025-07-21', dueLong: 'Monday 21 July 2025' },
  // reg 42(2): an agreement that stands for an order to make a plan (reg 44(2)(c)(ii), 11 weeks):
  // Tue 1 Apr 2025 + 77 days = Tue 17 Jun 2025.
  { shape: 'a rule-id field', ruleId: 'mediation-agreement-appealable', provision: 'reg 42(2)', trigger: { agreement: '2025-04-01', order: 'order-make-plan-final' }, due: '2025-06-17', dueLong: 'Tuesday 17 June 2025' },
  // Dorset para 11.2: casework recorded within 48 hours of Fri 28 Mar 2025 16:30 GMT: 48 elapsed
  // hours end Sun 30 Mar 2025 17:30 BST (the clocks went forward that morning).
  { shape: 'an instant (Dorset profile)', ruleId: 'dorset-casework-recording', provision: 'Dorset para 11.2', trigger: '2025-03-28T16:30', options: { profile: 'dorset' }, due: '2025-03-30', dueLong: 'Sunday 30 March 2025' },
  // Dorset's review letter: the earlier of the meeting (Tue 30 Dec 2025) + 28 = Tue 27 Jan 2026 and
  // the previous meeting (Wed 15 Jan 2025) + 365 = Thu 15 Jan 2026: Thu 15 Jan 2026.
  { shape: 'a Dorset profile rule of two dates', ruleId: 'dorset-review-letter', provision: 'Dorset, Annual Reviews', trigger: { meeting: '2025-12-30', previousMeeting: '2025-01-15' }, options: { profile: 'dorset' }, due: '2026-01-15', dueLong: 'Thursday 15 January 2026' },
];
