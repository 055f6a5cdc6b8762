/**
 * Reg 15(2) / 15(7): on the day of the move, unless the body was not aware of the move at least
 * 15 working days before it; then within 15 working days beginning with the day it became aware.
 * "At least 15 working days prior to" is counted strictly between the two days (docs/rules.md, plan-transfer).
 */
import { dayToIso as iso } from '../../day/iso.js';
import { formatLongDay as long } from '../../day/arithmetic.js';
import { date, namedFields } from '../trigger-shape.js';
import type { CompoundMethodDefinition } from './types.js';

export const planTransferMethod: CompoundMethodDefinition = {
  id: 'plan-transfer',
  description: 'On the day of the move, or, without 15 working days\' notice, 15 working days beginning with the day of awareness (reg 15(2), 15(7))',
  trigger: namedFields(
    date('move', 'Date of the move'),
    date('aware', 'Date the authority or body became aware of the move'),
  ).triggerShape,
  compute({ days, calendar, trace, tools }) {
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
    return { due: tools.addSpan(aware, 15, 'working-days', 'beginning-with', calendar, trace), usesWorkingDays: true, limb: 'late-awareness' };
  },
};
