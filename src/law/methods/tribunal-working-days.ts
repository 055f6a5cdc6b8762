/** HESC r21(1)(c) with r12(3)(b): working days, not counting 25 December–1 January or August. */
import { dayToIso as iso } from '../../day/iso.js';
import { formatLongDay as long } from '../../day/arithmetic.js';
import { oneDate } from '../trigger-shape.js';
import type { CompoundMethodDefinition } from './types.js';

export const tribunalWorkingDaysMethod: CompoundMethodDefinition = {
  id: 'tribunal-working-days',
  description: 'N working days after the trigger (30 unless the rule says), not counting 25 December–1 January or any day in August (HESC r12(3)(b))',
  trigger: oneDate('Date the application notice was received').triggerShape,
  compute({ days, n, calendar, trace, tools }) {
    const received = days.date!;
    const count = n ?? 30;
    const tribunal = tools.tribunalCalendar(calendar);
    const due = tribunal.addWorkingDayNumbers(received, count);
    trace?.push({ step: 'Counting', detail: 'The day of receipt is not counted ("within … after").' });
    trace?.push({
      step: `Add ${count} working days`,
      date: iso(due),
      detail: `The ${count}th counted working day after ${long(received)} is ${long(due)}. HESC r12(3)(b): "the days from 25th December to 1st January inclusive and any day in August must not be counted".`,
    });
    tools.listSkipped(tribunal, received + 1, due, trace);
    return { due, usesWorkingDays: true };
  },
};
