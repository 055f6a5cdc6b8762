/**
 * The arithmetic of one period, on day numbers, with the trace steps that show it. Every
 * function here returns the due day and appends what it did to `trace`, so that the date can be
 * checked by hand.
 */
import { civilFromDays, civilInto, daysInMonth, dayToIso, daysFromCivil, MONTH_NAMES } from '../day/iso.js';
import { addMonthsToDay, endOfMonthsBeginningWith, formatLongDay } from '../day/arithmetic.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { TermCalendar } from '../calendar/terms.js';
import type { Counting, Period } from '../law/types.js';
import type { TraceStep } from './result.js';

type SpanUnit = Extract<Period, { kind: 'span' }>['unit'];

export const long = formatLongDay;
export const iso = dayToIso;

function plural(n: number, unit: string): string {
  const singular = unit.endsWith('s') ? unit.slice(0, -1) : unit;
  return `${n} ${n === 1 ? singular : unit}`;
}

export function unitWords(n: number, unit: SpanUnit): string {
  return plural(n, unit === 'working-days' ? 'working days' : unit === 'school-days' ? 'school days' : unit);
}

/** The words for "N months beginning with X", with the month-end case spelled out. */
export function monthsBeginningWithDetail(trigger: number, n: number, due: number): string {
  const corresponding = addMonthsToDay(trigger, n);
  const [, , d] = civilFromDays(trigger);
  const [y, m] = civilFromDays(corresponding);
  return d > daysInMonth(y, m)
    ? `${MONTH_NAMES[m - 1]} ${y} has no day ${d}: the period of ${unitWords(n, 'months')} beginning with ${long(trigger)} ends on the last day of that month, ${long(due)} (it cannot end a day short of the full ${unitWords(n, 'months')}).`
    : `The corresponding date ${unitWords(n, 'months')} after ${long(trigger)} is ${long(corresponding)}; the period beginning with ${long(trigger)} ends the day before, ${long(due)}.`;
}

/** Whether the month arithmetic was clamped to a shorter month's end. */
function clampNote(from: number, months: number): string {
  const [, , d] = civilFromDays(from);
  const [y, m] = civilFromDays(addMonthsToDay(from, months));
  return d > daysInMonth(y, m)
    ? ` ${MONTH_NAMES[m - 1]} ${y} has no day ${d}, so the corresponding date is its last day (Dodds v Walker; Interpretation Act 1978 Sch 1).`
    : '';
}

/**
 * A period counted forward from the trigger ("within N weeks of X", "N months beginning with X").
 * Working days are counted on `calendar`; every other unit is calendar time.
 */
export function addSpan(trigger: number, n: number, unit: SpanUnit, counting: Counting, calendar: WorkingCalendar, trace: TraceStep[] | undefined): number {
  if (n === 0) {
    trace?.push({ step: 'Immediately', date: iso(trigger), detail: `No period: the act is due on the day of the trigger, ${long(trigger)}.` });
    return trigger;
  }
  const first = counting === 'after';
  trace?.push({
    step: 'Counting',
    detail: first
      ? 'The trigger day itself is not counted ("within … of / after / from": Dodds v Walker [1981] 1 WLR 1027).'
      : `${long(trigger)} counts as day 1 ("beginning with" / "starting with").`,
  });
  let due: number;
  switch (unit) {
    case 'days':
      due = first ? trigger + n : trigger + n - 1;
      trace?.push({ step: `Add ${unitWords(n, unit)}`, date: iso(due), detail: `${long(trigger)} + ${first ? n : `${n} − 1`} days = ${long(due)}.` });
      break;
    case 'weeks':
      due = first ? trigger + 7 * n : trigger + 7 * n - 1;
      trace?.push({
        step: `Add ${unitWords(n, unit)}`,
        date: iso(due),
        detail: first
          ? `${long(trigger)} + ${n} × 7 = ${7 * n} days = ${long(due)} (the same weekday as the trigger).`
          : `${long(trigger)} + ${7 * n} days − 1 (the trigger is day 1) = ${long(due)}.`,
      });
      break;
    case 'months': {
      due = first ? addMonthsToDay(trigger, n) : endOfMonthsBeginningWith(trigger, n);
      trace?.push({
        step: `Add ${unitWords(n, unit)}`,
        date: iso(due),
        detail: first
          ? `The corresponding date ${unitWords(n, 'months')} after ${long(trigger)} is ${long(due)}.${clampNote(trigger, n)}`
          : monthsBeginningWithDetail(trigger, n, due),
      });
      break;
    }
    case 'working-days':
      due = calendar.addWorkingDayNumbers(trigger, n, counting);
      trace?.push({
        step: `Add ${unitWords(n, unit)}`,
        date: iso(due),
        detail: first
          ? `The ${ordinal(n)} working day after ${long(trigger)} is ${long(due)}.`
          : `Counting ${long(trigger)} as day 1 ${calendar.isWorkingDayNumber(trigger) ? '(it is a working day)' : '(it is not a working day, so day 1 is the next working day)'}, the ${ordinal(n)} working day is ${long(due)}.`,
      });
      pushSkipped(calendar, first ? trigger + 1 : trigger, due, trace);
      break;
    default:
      throw new Error(`unit ${unit} is computed elsewhere`);
  }
  return due;
}

/**
 * "At least N before target": the latest day on which the act can be done. `strict` counts clear
 * days (neither the act's day nor the target counts); `permissive` counts the act's day out and
 * the target in.
 */
export function beforeTarget(target: number, n: number, unit: SpanUnit, strict: boolean, calendar: WorkingCalendar, trace: TraceStep[] | undefined): number {
  const reading = strict
    ? 'Strict reading (default): "at least … before" means clear days, so neither the day of the act nor the target day counts.'
    : 'Permissive reading (option notice: "permissive"): the target day counts, so the act may be done exactly the period before it.';
  trace?.push({ step: 'Reading', detail: reading });
  let due: number;
  switch (unit) {
    case 'days':
    case 'weeks': {
      const days = unit === 'weeks' ? 7 * n : n;
      due = target - days - (strict ? 1 : 0);
      trace?.push({ step: `Subtract ${unitWords(n, unit)}`, date: iso(due), detail: `${long(target)} − ${days} days${strict ? ' − 1 clear day' : ''} = ${long(due)}.` });
      break;
    }
    case 'months': {
      const corresponding = addMonthsToDay(target, -n);
      due = corresponding - (strict ? 1 : 0);
      trace?.push({
        step: `Subtract ${unitWords(n, unit)}`,
        date: iso(due),
        detail: `The corresponding date ${unitWords(n, 'months')} before ${long(target)} is ${long(corresponding)}${strict ? `; one clear day earlier is ${long(due)}` : ''}.${clampNote(target, -n)}`,
      });
      break;
    }
    case 'working-days': {
      if (strict) {
        const nth = calendar.addWorkingDayNumbers(target, -n);
        due = nth - 1;
        trace?.push({
          step: `Subtract ${unitWords(n, unit)}`,
          date: iso(due),
          detail: `The ${ordinal(n)} working day before ${long(target)} is ${long(nth)}; for ${unitWords(n, unit)} to lie strictly between the act and the target, the act must be done by the day before it, ${long(due)}.`,
        });
        pushSkipped(calendar, nth, target - 1, trace);
      } else {
        // The target counts: the n working days may end on the target itself when it is a working day.
        const nth = calendar.addWorkingDayNumbers(target + 1, -n);
        due = nth - 1;
        trace?.push({
          step: `Subtract ${unitWords(n, unit)}`,
          date: iso(due),
          detail: `Counting back from ${long(target)} itself, the ${ordinal(n)} working day is ${long(nth)}; the act must be done before it, by ${long(due)}.`,
        });
        pushSkipped(calendar, nth, target, trace);
      }
      break;
    }
    default:
      throw new Error(`unit ${unit} is computed elsewhere`);
  }
  return due;
}

/** "before 15 February in the calendar year of the transfer". */
export function fixedDateOf(trigger: number, month: number, day: number, strict: boolean, trace: TraceStep[] | undefined): number {
  const year = civilInto(trigger)[0]!;
  const named = daysFromCivil(year, month, day);
  const due = strict ? named - 1 : named;
  trace?.push({ step: 'Calendar year', detail: `The trigger ${long(trigger)} falls in ${year}; the date named is ${day} ${MONTH_NAMES[month - 1]} ${year}.` });
  trace?.push({
    step: 'Reading',
    date: iso(due),
    detail: strict
      ? `Strict reading (default): the regulation says "before" ${day} ${MONTH_NAMES[month - 1]}, so the last compliant day is ${long(due)}. (Option fixedDate: "on-or-before" gives ${long(named)}.)`
      : `On-or-before reading (option fixedDate: "on-or-before", as the Code of Practice writes it): ${long(due)}. (The regulation says "before": the strict reading gives ${long(named - 1)}.)`,
  });
  return due;
}

/**
 * Lists the non-working days passed over in a working-day count (from..to inclusive). Days with
 * the same name (e.g. every weekday of August under HESC r12(3)(b)) are grouped.
 */
export function pushSkipped(calendar: WorkingCalendar, from: number, to: number, trace: TraceStep[] | undefined): void {
  if (!trace || to < from) return;
  const { holidays, weekendDays } = calendar.nonWorkingBetween(from, to);
  const groups = new Map<string, typeof holidays>();
  for (const h of holidays) groups.set(h.name, [...(groups.get(h.name) ?? []), h]);
  const parts = [...(weekendDays ? [`${weekendDays} weekend day${weekendDays === 1 ? '' : 's'}`] : [])];
  for (const [name, list] of groups) {
    const basis = list[0]!.basis;
    parts.push(
      list.length > 2
        ? `${list.length} weekdays: ${name} (${long(list[0]!.day)} to ${long(list[list.length - 1]!.day)}; ${basis})`
        : list.map((h) => `${long(h.day)} (${name}; ${basis})`).join('; '),
    );
  }
  trace?.push({
    step: 'Days not counted',
    detail: parts.length
      ? `Between ${long(from)} and ${long(to)}: ${parts.join('; ')}. Working days exclude weekends, bank holidays, Good Friday and Christmas Day (${calendar.name} calendar).`
      : `No weekend or holiday between ${long(from)} and ${long(to)} (${calendar.name} calendar).`,
  });
}

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * "The sixth school day following the day on which …": the n-th school day of a term calendar
 * after the trigger (`after`: the trigger day never counts, day 1 is the next school day), or
 * counting the trigger as day 1 when it is a school day (`beginning-with`). Returns null with
 * the reason when the calendar does not reach that far.
 */
export function addSchoolDays(
  trigger: number, n: number, counting: Counting, terms: TermCalendar, trace: TraceStep[] | undefined,
): { due: number | null; reason?: string } {
  const range = `The term calendar "${terms.name}" runs from ${terms.firstDate} to ${terms.lastDate}`;
  if (!terms.covers(trigger)) {
    const reason = `${range}; ${long(trigger)} is outside it, so the school days after it are not known.`;
    trace?.push({ step: 'Outside the term calendar', detail: reason });
    return { due: null, reason };
  }
  const due = n === 0 ? trigger : terms.nthSchoolDayNumber(trigger, n, counting);
  if (due === null) {
    const reason = `${range}; the ${ordinal(n)} school day after ${long(trigger)} is after its last term.`;
    trace?.push({ step: 'Outside the term calendar', detail: reason });
    return { due: null, reason };
  }
  trace?.push({
    step: 'Counting',
    detail: counting === 'after'
      ? `${long(trigger)} itself is not counted ("following the day on which"): day 1 is the first school day after it.`
      : `${long(trigger)} counts as day 1 when it is a school day.`,
  });
  trace?.push({ step: `Add ${unitWords(n, 'school-days')}`, date: iso(due), detail: `The ${ordinal(n)} school day ${counting === 'after' ? 'after' : 'beginning with'} ${long(trigger)} is ${long(due)}.` });
  const from = counting === 'after' ? trigger + 1 : trigger;
  if (due > from) {
    const skipped = new Map<string, number[]>();
    let weekendDays = 0;
    for (let d = from; d < due; d++) {
      const why = terms.reasonForDay(d);
      if (why === 'Saturday' || why === 'Sunday') weekendDays++;
      else if (why !== null) skipped.set(why, [...(skipped.get(why) ?? []), d]);
    }
    const parts = [
      ...(weekendDays ? [`${weekendDays} weekend day${weekendDays === 1 ? '' : 's'}`] : []),
      ...[...skipped].map(([why, list]) => (list.length > 2 ? `${list.length} weekdays: ${why} (${long(list[0]!)} to ${long(list[list.length - 1]!)})` : list.map((d) => `${long(d)} (${why})`).join('; '))),
    ];
    trace?.push({
      step: 'Days not counted',
      detail: parts.length ? `Between ${long(from)} and ${long(due)}: ${parts.join('; ')}.` : `Every day from ${long(from)} to ${long(due)} is a school day.`,
    });
  }
  trace?.push({ step: 'School days', detail: `${terms.basis.charAt(0).toUpperCase()}${terms.basis.slice(1)}.` });
  return { due };
}
