/**
 * Dorset's own compound methods, beside its profile: the review letter ("Let's talk SEND", July
 * 2024) and the end of the autumn term before a September post-16 move (Practice Standard 7.10).
 * Registered by the profile (`dorsetProfile.methods`), not by the library; their 0.4 names,
 * `review-letter` and `end-of-autumn-term`, are still understood (see `src/law/methods/index.ts`).
 */
import { civilFromDays, dayToIso as iso } from '../../day/iso.js';
import { formatLongDay as long } from '../../day/arithmetic.js';
import { SendTimescalesError } from '../../errors.js';
import type { CompoundMethodDefinition } from '../methods/types.js';
import { date, namedFields, oneDate } from '../trigger-shape.js';

/**
 * "by 4 weeks after the Annual Review meeting", and that date "no later than 365 days after the
 * last Annual Review meeting happened". Both counted with the trigger day excluded: meeting + 28,
 * previous meeting + 365; the earlier.
 */
export const dorsetReviewLetterMethod: CompoundMethodDefinition = {
  id: 'dorset-review-letter',
  description: 'The earlier of the review meeting + 4 weeks and the previous review meeting + 365 days (Dorset, "Let\'s talk SEND")',
  trigger: namedFields(
    date('meeting', 'Date of the annual review meeting'),
    date('previousMeeting', 'Date of the previous annual review meeting'),
  ).triggerShape,
  compute({ days, trace }) {
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
    return { due, usesWorkingDays: false };
  },
};

/**
 * Dorset 7.10: a post-16 → post-16 move is reviewed in the autumn term before the September move;
 * due on the last day of that term. Only for a move in September; needs a term calendar. Otherwise
 * (or without that term in the calendar) no date and the reason.
 */
export const dorsetEndOfAutumnTermMethod: CompoundMethodDefinition = {
  id: 'dorset-end-of-autumn-term',
  description: 'The last day of the autumn term before a September move (Dorset 7.10; needs a term calendar)',
  trigger: oneDate('Date of the transfer').triggerShape,
  readsTerms: true,
  compute({ days, terms, trace }) {
    const transfer = days.date!;
    if (civilFromDays(transfer)[1] !== 9) {
      const reason = `The standard concerns a September move; this transfer is on ${long(transfer)}. For a post-16 move at another time, the statutory rule (reg 18(2): at least five months before) applies.`;
      trace?.push({ step: 'Not a September move', detail: reason });
      return { due: null, reason, usesWorkingDays: false };
    }
    if (terms === undefined) {
      const reason = 'The end of the autumn term needs a school term calendar (option terms); without one the library does not guess term dates.';
      trace?.push({ step: 'No term calendar', detail: reason });
      return { due: null, reason, usesWorkingDays: false };
    }
    const found = terms.autumnTermBeforeNumber(transfer);
    if (found === null) {
      const reason = `The term calendar "${terms.name}" (${terms.firstDate} to ${terms.lastDate}) has no autumn term in the year before the transfer on ${iso(transfer)}: give a calendar that holds it.`;
      trace?.push({ step: 'No autumn term', detail: reason });
      return { due: null, reason, usesWorkingDays: false };
    }
    trace?.push({
      step: 'Autumn term before the transfer',
      date: iso(found.end),
      detail: `${found.term.name} of ${terms.name} runs from ${long(found.start)} to ${long(found.end)} (source: ${terms.source}); the review is due by its last day, ${long(found.end)}.`,
    });
    return { due: found.end, usesWorkingDays: false };
  },
};

/** Dorset's methods, as its profile registers them. */
export const dorsetMethods: readonly CompoundMethodDefinition[] = [dorsetReviewLetterMethod, dorsetEndOfAutumnTermMethod];
