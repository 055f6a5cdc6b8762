/**
 * Rules whose due date is not one period from one date. Each method is named in the rule record
 * (`period.method`) and reads the named trigger dates.
 */
import { civilFromDays, daysFromCivil } from '../day/iso.js';
import { addMonthsToDay, endOfMonthsBeginningWith } from '../day/arithmetic.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { TermCalendar } from '../calendar/terms.js';
import { SendTimescalesError } from '../errors.js';
import type { CompoundMethod } from '../law/types.js';
import { addSpan, iso, long, monthsBeginningWithDetail, pushSkipped } from './periods.js';
import type { TraceStep } from './result.js';
import { tribunalCalendar } from '../law/tribunal-calendar.js';

export interface CompoundInput {
  readonly days: Readonly<Record<string, number>>;
  readonly n: number | undefined;
  readonly calendar: WorkingCalendar;
  readonly trace: TraceStep[] | undefined;
  /** The school term calendar, for methods that need term dates. */
  readonly terms?: TermCalendar | undefined;
}

/**
 * Returns the due day (or null with the reason, where the inputs cannot give one), or throws;
 * `usesWorkingDays` tells the caller to check projected years; `limb` names the branch of a rule
 * with two (a modification may reach only one).
 */
export function computeCompound(
  method: Exclude<CompoundMethod, 'as-order'>, input: CompoundInput,
): { due: number | null; reason?: string; usesWorkingDays: boolean; limb?: 'on-the-day' | 'late-awareness' } {
  switch (method) {
    case 'review-letter':
      return { due: reviewLetter(input), usesWorkingDays: false };
    case 'end-of-autumn-term':
      return { ...endOfAutumnTerm(input), usesWorkingDays: false };
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

/**
 * Dorset's annual-review letter ("Let's talk SEND", July 2024): "by 4 weeks after the Annual Review
 * meeting", and that date "no later than 365 days after the last Annual Review meeting happened".
 * Both counted with the trigger day excluded: meeting + 28, previous meeting + 365; the earlier.
 */
function reviewLetter({ days, trace }: CompoundInput): number {
  const meeting = days.meeting!;
  const previous = days.previousMeeting!;
  if (meeting <= previous) {
    throw new SendTimescalesError(
      'INVALID_TRIGGER', 'trigger.meeting', iso(meeting),
      `The review meeting (${iso(meeting)}) must come after the previous review meeting (${iso(previous)}).`,
    );
  }
  const fourWeeks = meeting + 28;
  const cap = previous + 365;
  trace?.push({ step: 'Review meeting', date: iso(meeting), detail: `The annual review meeting was held on ${long(meeting)}, ${meeting - previous} days after the previous one (${long(previous)}).` });
  trace?.push({ step: 'Add 4 weeks', date: iso(fourWeeks), detail: `"by 4 weeks after the Annual Review meeting": ${long(meeting)} + 28 days = ${long(fourWeeks)} (the meeting day not counted).` });
  trace?.push({
    step: 'Cap: 365 days after the last meeting',
    date: iso(cap),
    detail: `"no later than 365 days after the last Annual Review meeting": ${long(previous)} + 365 days = ${long(cap)}. For the letter to have its full 4 weeks, the meeting must be held by ${long(previous + 337)} (previous meeting + 337 days).`,
  });
  const due = Math.min(fourWeeks, cap);
  trace?.push({
    step: 'The earlier of the two',
    date: iso(due),
    detail: due === fourWeeks
      ? `The 4 weeks end first (or on the same day): the letter is due by ${long(due)}.`
      : `The meeting was held ${meeting - previous - 337} day${meeting - previous - 337 === 1 ? '' : 's'} after the 337th day, so the cap shortens the 4 weeks: the letter is due by ${long(due)}.`,
  });
  return due;
}

/**
 * Dorset 7.10: a post-16 → post-16 move is reviewed in the autumn term before the September move;
 * due on the last day of that term. Only for a move in September; needs a term calendar. Otherwise
 * (or without that term in the calendar) no date and the reason.
 */
function endOfAutumnTerm({ days, terms, trace }: CompoundInput): { due: number | null; reason?: string } {
  const transfer = days.date!;
  if (civilFromDays(transfer)[1] !== 9) {
    const reason = `The standard concerns a September move; this transfer is on ${long(transfer)}. For a post-16 move at another time, the statutory rule (reg 18(2): at least five months before) applies.`;
    trace?.push({ step: 'Not a September move', detail: reason });
    return { due: null, reason };
  }
  if (terms === undefined) {
    const reason = 'The end of the autumn term needs a school term calendar (option terms); without one the library does not guess term dates.';
    trace?.push({ step: 'No term calendar', detail: reason });
    return { due: null, reason };
  }
  const found = terms.autumnTermBeforeNumber(transfer);
  if (found === null) {
    const reason = `The term calendar "${terms.name}" (${terms.firstDate} to ${terms.lastDate}) has no autumn term in the year before the transfer on ${iso(transfer)}: give a calendar that holds it.`;
    trace?.push({ step: 'No autumn term', detail: reason });
    return { due: null, reason };
  }
  trace?.push({
    step: 'Autumn term before the transfer',
    date: iso(found.end),
    detail: `${found.term.name} of ${terms.name} runs from ${long(found.start)} to ${long(found.end)} (source: ${terms.source}); the review is due by its last day, ${long(found.end)}.`,
  });
  return { due: found.end };
}
