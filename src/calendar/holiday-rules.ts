/**
 * Standing holidays as data, as python-holidays writes them: each row names its date rule (a
 * fixed date, the n-th or last weekday of a month, a day counted from Easter) and, where the law
 * gives one, a named substitute-day rule that the calendar applies when the day falls at a
 * weekend. A country's rules module is then a table of rows, with no branches of its own.
 * @internal
 */
import { daysFromCivil, weekdayOfDay } from '../day/iso.js';
import { easterSunday } from './easter.js';
import { SATURDAY, type NonWorkingDay } from './non-working-day.js';

/** How a row's day is found in a year. Weekdays are numbered Monday 1 to Sunday 7. */
export type DateRule =
  | { readonly kind: 'fixed'; readonly month: number; readonly day: number }
  | { readonly kind: 'nth-weekday'; readonly month: number; readonly weekday: number; readonly nth: 1 | 2 | 3 | 4 }
  | { readonly kind: 'last-weekday'; readonly month: number; readonly weekday: number }
  | { readonly kind: 'easter'; readonly offset: number };

/**
 * The substitute-day rules, by name. Each says, in words, which day stands in for a holiday that
 * falls at a weekend, and finds it given the days already taken by holidays of the year.
 */
export const SUBSTITUTE_RULES = {
  'next-free-weekday': {
    description: 'if the day falls on a Saturday or Sunday, the next weekday not already a holiday',
    find(day: number, taken: ReadonlySet<number>): number {
      let d = day + 1;
      while (weekdayOfDay(d) >= SATURDAY || taken.has(d)) d++;
      return d;
    },
  },
} as const;

export type SubstituteRuleName = keyof typeof SUBSTITUTE_RULES;

/** The weekend days a holiday can fall on, for a substitute's basis that depends on which. */
export type WeekendDayName = 'Saturday' | 'Sunday';

/** One standing holiday of a calendar. */
export interface StandingHoliday {
  readonly name: string;
  readonly basis: string;
  readonly date: DateRule;
  /** The first year the holiday is kept (omitted: every year of the calendar). */
  readonly fromYear?: number;
  /** The day that stands in when this one falls at a weekend. */
  readonly substitute?: {
    readonly rule: SubstituteRuleName;
    readonly name: string;
    /** The basis of the substitute, one text or one for each weekend day the holiday can fall on. */
    readonly basis: string | Readonly<Record<WeekendDayName, string>>;
  };
}

function dayOf(rule: DateRule, year: number): number {
  switch (rule.kind) {
    case 'fixed':
      return daysFromCivil(year, rule.month, rule.day);
    case 'nth-weekday': {
      const first = daysFromCivil(year, rule.month, 1);
      return first + ((rule.weekday - weekdayOfDay(first) + 7) % 7) + 7 * (rule.nth - 1);
    }
    case 'last-weekday': {
      const last = daysFromCivil(year, rule.month + 1, 1) - 1;
      return last - ((weekdayOfDay(last) - rule.weekday + 7) % 7);
    }
    case 'easter':
      return easterSunday(year) + rule.offset;
  }
}

/**
 * The standing holidays of a year: every row in force, on its own day (a weekend one included,
 * so that a later substitute does not land on it), then the substitutes, in row order, each
 * avoiding the days already taken. Weekend days are left for the caller to drop.
 */
export function standingHolidaysOf(year: number, rows: readonly StandingHoliday[]): NonWorkingDay[] {
  const inForce = rows.filter((r) => r.fromYear === undefined || year >= r.fromYear);
  const out: NonWorkingDay[] = inForce.map((r) => ({ day: dayOf(r.date, year), name: r.name, basis: r.basis }));
  const taken = new Set(out.map((h) => h.day));
  inForce.forEach((r, i) => {
    const day = out[i]!.day;
    const weekday = weekdayOfDay(day);
    if (!r.substitute || weekday < SATURDAY) return;
    const sub = SUBSTITUTE_RULES[r.substitute.rule].find(day, taken);
    const basis = typeof r.substitute.basis === 'string' ? r.substitute.basis : r.substitute.basis[weekday === SATURDAY ? 'Saturday' : 'Sunday'];
    out.push({ day: sub, name: r.substitute.name, basis });
    taken.add(sub);
  });
  return out;
}
