/**
 * HESC r20(1)(c): within 2 months after the decision notice was sent, or 1 month from the
 * mediation certificate if later; then r12(3)(a) (25 December–1 January, August) or r12(2)
 * (a non-working day → the next working day).
 */
import { civilFromDays, dayToIso as iso, daysFromCivil } from '../../day/iso.js';
import { addMonthsToDay, formatLongDay as long } from '../../day/arithmetic.js';
import { date, namedFields } from '../trigger-shape.js';
import type { CompoundMethodDefinition } from './types.js';

export const appealMethod: CompoundMethodDefinition = {
  id: 'appeal',
  description: 'The later of 2 months after the decision notice was sent and 1 month after a mediation certificate, then HESC r12 (Christmas, August, non-working days)',
  trigger: namedFields(
    date('decisionSent', 'Date written notice of the decision was sent'),
    date('certificateIssued', 'Date the mediation certificate was issued (if any)', { optional: true }),
  ).triggerShape,
  // A rule of another id that runs to the end of this period applies the appeal rule's period.
  periodOf: 'appeal',
  compute({ days, calendar, trace, tools }) {
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
      tools.listSkipped(calendar, jan1 + 1, due - 1, trace);
      return { due, usesWorkingDays: true };
    }
    if (month === 8) {
      const aug31 = daysFromCivil(year, 8, 31);
      const due = calendar.addWorkingDayNumbers(aug31, 1);
      trace?.push({
        step: 'HESC r12(3)(a): August',
        date: iso(due),
        detail: `The time ends on ${long(end)}, in August: the appeal is in time if made on the first working day after 31 August, ${long(due)}.`,
      });
      tools.listSkipped(calendar, aug31 + 1, due - 1, trace);
      return { due, usesWorkingDays: true };
    }
    if (!calendar.isWorkingDayNumber(end)) {
      const due = calendar.addWorkingDayNumbers(end, 1);
      trace?.push({
        step: 'HESC r12(2): next working day',
        date: iso(due),
        detail: `${long(end)} is not a working day (${calendar.reasonForDay(end)}): the act is done in time if done on the next working day, ${long(due)}.`,
      });
      return { due, usesWorkingDays: true };
    }
    trace?.push({ step: 'HESC r12', detail: `${long(end)} is a working day outside 25 December–1 January and August: no adjustment.` });
    return { due: end, usesWorkingDays: true };
  },
};
