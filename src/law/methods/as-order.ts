/**
 * Reg 42(2): a mediation agreement on an appealable matter is complied with "as if" it were the
 * tribunal order it stands for: that order's period, from the day of the agreement, with that
 * order's exceptions.
 */
import { SendTimescalesError, show } from '../../errors.js';
import { dayToIso } from '../../day/iso.js';
import { formatLongDay as long } from '../../day/arithmetic.js';
import { ruleOnDay } from '../index.js';
import { date, namedFields, ruleIdField } from '../trigger-shape.js';
import type { CompoundMethodDefinition } from './types.js';

/** The ids of the tribunal order rules (tribunal-orders.ts) begin so. */
const ORDER_PREFIX = 'order-';

export const asOrderMethod: CompoundMethodDefinition = {
  id: 'as-order',
  description: 'The period of the tribunal order a mediation agreement stands for, from the day of the agreement (reg 42(2))',
  trigger: namedFields(
    date('agreement', 'Date of the mediation agreement'),
    ruleIdField('order', 'The tribunal order the agreement stands for (its rule id, e.g. order-make-plan-final)'),
  ).triggerShape,
  compute({ days, names, trace, apply }) {
    const orderId = names.order!;
    const agreement = days.agreement!;
    if (!orderId.startsWith(ORDER_PREFIX)) {
      throw new SendTimescalesError('INVALID_TRIGGER', 'trigger.order', orderId, `trigger.order must name a tribunal order rule (order-…), not ${show(orderId)}.`);
    }
    const order = ruleOnDay(orderId, agreement);
    trace?.push({
      step: 'Mediation agreement',
      date: dayToIso(agreement),
      detail: `Reg 42(2): the agreement of ${long(agreement)} is complied with as if it were an order of the First-tier Tribunal made that day: ${order.title} (${order.citation.provision}, ${order.id}).`,
    });
    return { ...apply(order, { date: agreement }), exceptionsFrom: order };
  },
};
