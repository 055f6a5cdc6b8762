/**
 * `deadline(ruleId, trigger, options)`: one rule applied to one trigger, with the citation, the
 * wording, a step-by-step trace and warnings. Pure: no clock, no zone, no network.
 */
import { SendTimescalesError, show } from '../errors.js';
import { dayToIso, isoToDay } from '../day/iso.js';
import { exceptionRecords } from '../law/exceptions.js';
import { getRule, ruleOnDay } from '../law/index.js';
import type { Modification, Rule } from '../law/types.js';
import { computeCompound } from './compound.js';
import { checkOptions, type CheckedOptions, type DeadlineOptions } from './options.js';
import { addSpan, beforeTarget, fixedDateOf, long } from './periods.js';
import type { Deadline, TraceStep } from './result.js';
import { readTrigger, type ReadTrigger, type TriggerInput } from './trigger.js';

export type { DeadlineOptions } from './options.js';

/**
 * The due date of a rule for a trigger.
 * @example
 * deadline('final-plan', '2025-01-06').due // '2025-05-26' (reg 13(2): 20 weeks; a bank holiday, no roll-forward)
 * deadline('plan-transfer', { move: '2025-03-24', aware: '2025-03-17' }).due // '2025-04-04'
 */
export function deadline(ruleId: string, trigger: TriggerInput, options?: DeadlineOptions): Deadline {
  const opts = checkOptions(options);
  const read = readTrigger(getRule(ruleId), trigger);
  return compute(ruleOnDay(ruleId, read.latest), read, opts);
}

interface Computed {
  due: number | null;
  reason?: string;
  usesWorkingDays: boolean;
  /** The rule whose exceptions apply (reg 42(2) borrows an order's). */
  exceptionsFrom: Rule;
}

function computeDue(rule: Rule, read: ReadTrigger, opts: CheckedOptions, trace: TraceStep[] | undefined): Computed {
  const period = rule.period;
  const trigger = read.days.date;
  if (trigger !== undefined) {
    trace?.push({ step: rule.direction === 'at-least-before' ? 'Target' : 'Trigger', date: dayToIso(trigger), detail: `${triggerLabel(rule)}: ${long(trigger)}.` });
  }
  switch (period.kind) {
    case 'none':
      trace?.push({ step: 'No period', detail: period.reason });
      return { due: null, reason: period.reason, usesWorkingDays: false, exceptionsFrom: rule };
    case 'fixed-date':
      return { due: fixedDateOf(trigger!, period.month, period.day, opts.fixedDate === 'before', trace), usesWorkingDays: false, exceptionsFrom: rule };
    case 'span': {
      if (period.unit === 'school-days' || period.unit === 'hours') {
        throw new SendTimescalesError('INVALID_TRIGGER', 'trigger', read.echo, `${rule.id} counts ${period.unit}, which needs a school term calendar or a time of day.`);
      }
      const usesWorkingDays = period.unit === 'working-days';
      const due = rule.direction === 'within'
        ? addSpan(trigger!, period.n, period.unit, rule.counting, opts.calendar, trace)
        : beforeTarget(trigger!, period.n, period.unit, opts.notice === 'strict', opts.calendar, trace);
      return { due, usesWorkingDays, exceptionsFrom: rule };
    }
    case 'compound': {
      if (period.method === 'as-order') return asOrder(rule, read, opts, trace);
      const { due, usesWorkingDays } = computeCompound(period.method, { days: read.days, n: period.n, calendar: opts.calendar, trace });
      return { due, usesWorkingDays, exceptionsFrom: rule };
    }
  }
}

/** Reg 42(2): a mediation agreement on an appealable matter is complied with "as if" it were the order it stands for. */
function asOrder(rule: Rule, read: ReadTrigger, opts: CheckedOptions, trace: TraceStep[] | undefined): Computed {
  const orderId = read.names.order!;
  const agreement = read.days.agreement!;
  if (!orderId.startsWith('order-')) {
    throw new SendTimescalesError('INVALID_TRIGGER', 'trigger.order', orderId, `trigger.order must name a tribunal order rule (order-…), not ${show(orderId)}.`);
  }
  const order = ruleOnDay(orderId, agreement);
  trace?.push({
    step: 'Mediation agreement',
    date: dayToIso(agreement),
    detail: `Reg 42(2): the agreement of ${long(agreement)} is complied with as if it were an order of the First-tier Tribunal made that day: ${order.title} (${order.citation.provision}, ${order.id}).`,
  });
  const inner = computeDue(order, { ...read, days: { date: agreement } }, opts, trace);
  return { ...inner, exceptionsFrom: order };
}

function compute(rule: Rule, read: ReadTrigger, opts: CheckedOptions): Deadline {
  const warnings: string[] = [];
  const trace: TraceStep[] = [];
  const computed = computeDue(rule, read, opts, trace);
  const { due, reason, usesWorkingDays, exceptionsFrom } = computed;
  const calendar = opts.calendar;

  let first = read.earliest;
  let last = read.latest;
  if (due !== null) {
    if (due < first) first = due;
    if (due > last) last = due;
  }

  let status: Deadline['status'];
  let statusReason: string | undefined;
  let exception: Deadline['exception'];
  let relaxedBy: Modification | undefined;

  // SI 2020/471 and any other temporary modification whose period the computation overlaps.
  const coronavirusAsked = opts.coronavirus || opts.exception === 'coronavirus';
  let overlaps = 0;
  for (const m of rule.modifiedBy) {
    if (first > isoDay(m.to) || last < isoDay(m.from)) continue;
    overlaps++;
    if (coronavirusAsked) {
      status = 'relaxed';
      relaxedBy = m;
      statusReason = `Relaxed to "as soon as reasonably practicable": ${m.instrument} applied from ${m.from} to ${m.to} and the case records a reason relating to coronavirus.`;
    } else {
      warnings.push(
        `This period overlaps ${m.from} to ${m.to}, when ${m.instrument} applied: where a reason relating to coronavirus made the limit impractical, it was relaxed to "as soon as reasonably practicable" (pass coronavirus: true when the case records such a reason).`,
      );
    }
  }
  if (coronavirusAsked && overlaps === 0) {
    warnings.push(
      rule.modifiedBy.length === 0
        ? `The coronavirus option has no effect: ${rule.id} was not modified by the 2020 coronavirus regulations.`
        : 'The coronavirus option has no effect: the period does not overlap 1 May to 25 September 2020, when the relaxation applied.',
    );
  }

  // Exceptions lift a limit; they never move it.
  if (opts.exception !== undefined && opts.exception !== 'coronavirus') {
    if (!exceptionsFrom.exceptions.includes(opts.exception)) {
      throw new SendTimescalesError(
        'INVALID_OPTION', 'exception', opts.exception,
        `The exception "${opts.exception}" does not apply to ${rule.id} (${rule.citation.provision})` +
          (exceptionsFrom.exceptions.length ? `; only ${exceptionsFrom.exceptions.join(', ')} can lift it.` : ': the law gives it no exceptions.'),
      );
    }
    const record = exceptionRecords[opts.exception];
    status = 'lifted';
    statusReason = `Time limit lifted by exception ${record.code} (${record.citation.provision}): the authority "need not comply with the time limit" where ${record.wording}.`;
    exception = { code: record.code, wording: record.wording, citation: record.citation };
  }

  if (usesWorkingDays && last >= calendar.firstProjectedDay) {
    warnings.push(
      `This date depends on bank holidays after ${calendar.lastAnnouncedYear}, the last year officially announced: they are projected from the standing rules, and a proclamation may still change them.`,
    );
  }
  if (rule.verification !== 'primary') {
    warnings.push(
      `The wording quoted for ${rule.citation.provision} was ${rule.verification === 'secondary' ? 'read only in a secondary source' : 'not verified'} (verification: ${rule.verification}); check it against ${rule.citation.url} before quoting it.`,
    );
  }
  if (rule.force === 'guidance') {
    warnings.push('This is Code of Practice guidance ("should"), not a statutory time limit ("must").');
  }

  closingSteps(trace, rule, computed, opts, statusReason, relaxedBy, status === 'lifted');

  const lifted = status === 'lifted' || status === 'relaxed';
  const result: Mutable<Deadline> = {
    ruleId: rule.id,
    title: rule.title,
    trigger: read.echo,
    due: lifted || due === null ? null : dayToIso(due),
    citation: rule.citation,
    wording: rule.wording,
    force: rule.force,
    verification: rule.verification,
    trace,
    warnings,
  };
  if (status) result.status = status;
  if (lifted) result.reason = statusReason!;
  else if (reason !== undefined) result.reason = reason;
  if (lifted && due !== null) result.wouldHaveBeenDue = dayToIso(due);
  if (exception) result.exception = exception;
  return result;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The steps after the arithmetic: the calendar used, no roll-forward, the due day, any relaxation or exception. */
function closingSteps(
  trace: TraceStep[], rule: Rule, { due, usesWorkingDays }: Computed, opts: CheckedOptions,
  statusReason: string | undefined, relaxedBy: Modification | undefined, lifted: boolean,
): void {
  const calendar = opts.calendar;
  if (usesWorkingDays) {
    trace.push({
      step: 'Working days',
      detail: `"Working day" is not defined in the SEND Regulations 2014; this count uses the ${calendar.name} calendar: every day except Saturday, Sunday, Christmas Day, Good Friday and bank holidays (substitute and one-off days included)${calendar.name === 'England and Wales' ? '' : ', with its own closure days'}.`,
    });
  }
  if (due !== null) {
    if (!rule.rollForward && !usesWorkingDays && due >= calendar.firstDay && due <= calendar.lastDay && !calendar.isWorkingDayNumber(due)) {
      trace.push({
        step: 'No roll-forward',
        date: dayToIso(due),
        detail: `${long(due)} is not a working day (${calendar.reasonForDay(due)}), but the instrument does not move a time limit that ends on a non-working day: the date stands.`,
      });
    }
    trace.push({ step: 'Due', date: dayToIso(due), detail: `The last day on which it is done in time: ${long(due)}.` });
  }
  if (relaxedBy) trace.push({ step: 'Relaxed', detail: `${relaxedBy.instrument}: ${relaxedBy.effect}` });
  if (lifted) trace.push({ step: 'Lifted', detail: `${statusReason} An exception lifts the limit; it does not set a later date.` });
}

/** Day numbers of the few fixed dates in rule records (modification periods), parsed once. */
const dayCache = new Map<string, number>();
function isoDay(iso: string): number {
  let d = dayCache.get(iso);
  if (d === undefined) dayCache.set(iso, (d = isoToDay(iso)));
  return d;
}

const labels = new WeakMap<Rule, string>();
/** The rule's trigger, capitalised for a trace line (cached: rules are immutable). */
function triggerLabel(rule: Rule): string {
  let label = labels.get(rule);
  if (label === undefined) labels.set(rule, (label = rule.trigger.charAt(0).toUpperCase() + rule.trigger.slice(1)));
  return label;
}
