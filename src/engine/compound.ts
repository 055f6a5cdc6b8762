/**
 * Rules whose due date is not one period from one date. Each method is named in the rule record
 * (`period.method`) and reads the named trigger dates.
 */
import { civilFromDays, daysFromCivil } from '../day/iso.js';
import { addMonthsToDay, endOfMonthsBeginningWith } from '../day/arithmetic.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { CompoundMethod } from '../law/types.js';
import { addSpan, iso, long, monthsBeginningWithDetail, pushSkipped } from './periods.js';
import type { TraceStep } from './result.js';
import { tribunalCalendar } from './tribunal-calendar.js';

export interface CompoundInput {
  readonly days: Readonly<Record<string, number>>;
  readonly n: number | undefined;
  readonly calendar: WorkingCalendar;
  readonly trace: TraceStep[] | undefined;
}

/**
 * Returns the due day, or throws; `usesWorkingDays` tells the caller to check projected years;
 * `limb` names the branch of a rule with two (a modification may reach only one).
 */
export function computeCompound(
  method: Exclude<CompoundMethod, 'as-order'>, input: CompoundInput,
): { due: number; usesWorkingDays: boolean; limb?: 'on-the-day' | 'late-awareness' } {
  switch (method) {
    case 'plan-transfer':
      return planTransfer(input);
    case 'later-of-periods':
      return { due: laterOfPeriods(input), usesWorkingDays: false };
    case 'appeal':
      return { due: appeal(input), usesWorkingDays: true };
    case 'tribunal-working-days':
      return { due: tribunalWorkingDays(input), usesWorkingDays: true };
  }
}

/**
 * Reg 15(2) / 15(7): on the day of the move, unless the body was not aware of the move at least
 * 15 working days before it; then within 15 working days beginning with the day it became aware.
 * "At least 15 working days prior to" is counted strictly between the two days (law/README.md §1).
 */
function planTransfer({ days, calendar, trace }: CompoundInput): { due: number; usesWorkingDays: true; limb: 'on-the-day' | 'late-awareness' } {
  const move = days.move!;
  const aware = days.aware!;
  trace?.push({ step: 'Move', date: iso(move), detail: `The child or young person moves on ${long(move)}.` });
  trace?.push({ step: 'Aware', date: iso(aware), detail: `The authority became aware of the move on ${long(aware)}.` });
  const between = aware < move - 1 ? calendar.workingDaysBetweenNumbers(aware, move - 1) : 0;
  trace?.push({
    step: 'Notice of the move',
    detail: `Working days strictly between ${long(aware)} and ${long(move)} (neither day counted): ${between}. The regulation asks whether the authority was aware "at least 15 working days prior to" the move.`,
  });
  if (between >= 15) {
    trace?.push({ step: 'On the day of the move', date: iso(move), detail: `At least 15 working days' notice: the duty falls on the day of the move, ${long(move)}.` });
    return { due: move, usesWorkingDays: true, limb: 'on-the-day' };
  }
  trace?.push({ step: 'Late awareness', detail: 'Fewer than 15 working days\' notice: the period is 15 working days beginning with the day the authority became aware.' });
  return { due: addSpan(aware, 15, 'working-days', 'beginning-with', calendar, trace), usesWorkingDays: true, limb: 'late-awareness' };
}

/** Reg 15(5): before the expiry of the later of 12 months from the last review and 3 months from the transfer. */
function laterOfPeriods({ days, trace }: CompoundInput): number {
  const reviewed = days.lastReviewed!;
  const transfer = days.transfer!;
  const a = endOfMonthsBeginningWith(reviewed, 12);
  const b = endOfMonthsBeginningWith(transfer, 3);
  trace?.push({
    step: '12 months beginning with the last review',
    date: iso(a),
    detail: `The plan was made or last reviewed on ${long(reviewed)}. ${monthsBeginningWithDetail(reviewed, 12, a)}`,
  });
  trace?.push({
    step: '3 months beginning with the transfer',
    date: iso(b),
    detail: `The plan was transferred on ${long(transfer)}. ${monthsBeginningWithDetail(transfer, 3, b)}`,
  });
  const due = Math.max(a, b);
  trace?.push({ step: 'The later of the two', date: iso(due), detail: `The review must take place before the later period expires: by ${long(due)}.` });
  return due;
}

/**
 * HESC r20(1)(c): within 2 months after the decision notice was sent, or 1 month from the
 * mediation certificate if later; then r12(3)(a) (25 December–1 January, August) or r12(2)
 * (a non-working day → the next working day).
 */
function appeal({ days, calendar, trace }: CompoundInput): number {
  const sent = days.decisionSent!;
  const twoMonths = addMonthsToDay(sent, 2);
  trace?.push({ step: 'Decision notice sent', date: iso(sent), detail: `Written notice of the decision was sent on ${long(sent)}.` });
  trace?.push({
    step: 'Add 2 months',
    date: iso(twoMonths),
    detail: `"within 2 months after" the notice was sent: the corresponding date is ${long(twoMonths)} (the day of sending not counted).`,
  });
  let end = twoMonths;
  const certificate = days.certificateIssued;
  if (certificate !== undefined) {
    const oneMonth = addMonthsToDay(certificate, 1);
    trace?.push({
      step: 'Mediation certificate',
      date: iso(oneMonth),
      detail: `The mediation certificate was issued on ${long(certificate)}; "within 1 month from" its issue ends on ${long(oneMonth)}.`,
    });
    end = Math.max(twoMonths, oneMonth);
    trace?.push({ step: 'The later date', date: iso(end), detail: `The certificate period counts only "if that date would be a later date": the time ends on ${long(end)}.` });
  }
  const [year, month, day] = civilFromDays(end);
  if ((month === 12 && day >= 25) || (month === 1 && day === 1)) {
    const jan1 = daysFromCivil(month === 12 ? year + 1 : year, 1, 1);
    const due = calendar.addWorkingDayNumbers(jan1, 1);
    trace?.push({
      step: 'HESC r12(3)(a): Christmas',
      date: iso(due),
      detail: `The time ends on ${long(end)}, between 25 December and 1 January: the appeal is in time if made on the first working day after 1 January, ${long(due)}.`,
    });
    pushSkipped(calendar, jan1 + 1, due - 1, trace);
    return due;
  }
  if (month === 8) {
    const aug31 = daysFromCivil(year, 8, 31);
    const due = calendar.addWorkingDayNumbers(aug31, 1);
    trace?.push({
      step: 'HESC r12(3)(a): August',
      date: iso(due),
      detail: `The time ends on ${long(end)}, in August: the appeal is in time if made on the first working day after 31 August, ${long(due)}.`,
    });
    pushSkipped(calendar, aug31 + 1, due - 1, trace);
    return due;
  }
  if (!calendar.isWorkingDayNumber(end)) {
    const due = calendar.addWorkingDayNumbers(end, 1);
    trace?.push({
      step: 'HESC r12(2): next working day',
      date: iso(due),
      detail: `${long(end)} is not a working day (${calendar.reasonForDay(end)}): the act is done in time if done on the next working day, ${long(due)}.`,
    });
    return due;
  }
  trace?.push({ step: 'HESC r12', detail: `${long(end)} is a working day outside 25 December–1 January and August: no adjustment.` });
  return end;
}

/** HESC r21(1)(c) with r12(3)(b): working days, not counting 25 December–1 January or August. */
function tribunalWorkingDays({ days, n, calendar, trace }: CompoundInput): number {
  const received = days.date!;
  const count = n ?? 30;
  const tribunal = tribunalCalendar(calendar);
  const due = tribunal.addWorkingDayNumbers(received, count);
  trace?.push({ step: 'Counting', detail: 'The day of receipt is not counted ("within … after").' });
  trace?.push({
    step: `Add ${count} working days`,
    date: iso(due),
    detail: `The ${count}th counted working day after ${long(received)} is ${long(due)}. HESC r12(3)(b): "the days from 25th December to 1st January inclusive and any day in August must not be counted".`,
  });
  pushSkipped(tribunal, received + 1, due, trace);
  return due;
}
