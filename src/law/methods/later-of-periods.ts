/** Reg 15(5): before the expiry of the later of 12 months from the last review and 3 months from the transfer. */
import { dayToIso as iso } from '../../day/iso.js';
import { endOfMonthsBeginningWith, formatLongDay as long } from '../../day/arithmetic.js';
import { date, namedFields } from '../trigger-shape.js';
import type { CompoundMethodDefinition } from './types.js';

export const laterOfPeriodsMethod: CompoundMethodDefinition = {
  id: 'later-of-periods',
  description: 'The later of 12 months beginning with the last review and 3 months beginning with the transfer (reg 15(5))',
  trigger: namedFields(
    date('lastReviewed', 'Date the plan was made or last reviewed'),
    date('transfer', 'Date the plan was transferred'),
  ).triggerShape,
  compute({ days, trace, tools }) {
    const reviewed = days.lastReviewed!;
    const transfer = days.transfer!;
    const a = endOfMonthsBeginningWith(reviewed, 12);
    const b = endOfMonthsBeginningWith(transfer, 3);
    trace?.push({
      step: '12 months beginning with the last review',
      date: iso(a),
      detail: `The plan was made or last reviewed on ${long(reviewed)}. ${tools.monthsBeginningWithDetail(reviewed, 12, a)}`,
    });
    trace?.push({
      step: '3 months beginning with the transfer',
      date: iso(b),
      detail: `The plan was transferred on ${long(transfer)}. ${tools.monthsBeginningWithDetail(transfer, 3, b)}`,
    });
    const due = Math.max(a, b);
    trace?.push({ step: 'The later of the two', date: iso(due), detail: `The review must take place before the later period expires: by ${long(due)}.` });
    return { due, usesWorkingDays: false };
  },
};
