import { describe, expect, it } from 'vitest';
import { bankHolidays, whyNotWorking } from '../../src/index.js';
import { SUBSTITUTE_RULES, standingHolidaysOf, type StandingHoliday } from '../../src/calendar/holiday-rules.js';
import { ENGLAND_AND_WALES_STANDING } from '../../src/calendar/england-and-wales-rules.js';
import { dayToIso, isoToDay } from '../../src/day/iso.js';

/** The substitute days of England and Wales, each from the rule that makes it (names as gov.uk gives them). */
describe('Banking and Financial Dealings Act 1971 Sch 1 para 1 and the proclamations: substitute days', () => {
  it.each([
    // 25 December 2021 is a Saturday: Christmas takes the next free weekday, Monday 27 (the Act:
    // "27th December in a year in which 25th or 26th December is a Sunday", 26 December 2021 being one);
    // Boxing Day (Sunday) takes the next free weekday after that, Tuesday 28 (proclamation).
    ['2021-12-27', 'Christmas Day (substitute day)'],
    ['2021-12-28', 'Boxing Day (substitute day)'],
    // 25 December 2022 is a Sunday: Boxing Day stays Monday 26 (a weekday); Christmas takes Tuesday 27.
    ['2022-12-26', 'Boxing Day'],
    ['2022-12-27', 'Christmas Day (substitute day)'],
    // 26 December 2020 is a Saturday: Boxing Day takes Monday 28 (Sunday 27 is not a weekday).
    ['2020-12-28', 'Boxing Day (substitute day)'],
    // 1 January 2022 is a Saturday: Monday 3 January (1 + 2); 1 January 2023 is a Sunday: Monday 2 January (1 + 1).
    ['2022-01-03', 'New Year’s Day (substitute day)'],
    ['2023-01-02', 'New Year’s Day (substitute day)'],
  ])('%s is %s', (date, name) => {
    expect(whyNotWorking(date)).toBe(name);
  });

  it('the substitutes carry the basis of the case they arise in (27 December is named by the Act either way)', () => {
    const basis = (year: number, date: string) => standingHolidaysOf(year, ENGLAND_AND_WALES_STANDING).find((h) => dayToIso(h.day) === date)?.basis;
    expect(basis(2021, '2021-12-27')).toBe('Banking and Financial Dealings Act 1971 Sch 1 (27 December when 26 December is a Sunday)');
    expect(basis(2022, '2022-12-27')).toBe('Banking and Financial Dealings Act 1971 Sch 1 (27 December when 25 December is a Sunday)');
    expect(basis(2021, '2021-12-28')).toBe('royal proclamation under the Banking and Financial Dealings Act 1971 s1(3)');
  });

  it('no New Year substitute before 1974 (the holiday was first kept on 1 January 1974)', () => {
    // 1 January 1972 is a Saturday: no holiday, so no substitute on Monday 3 January 1972.
    expect(whyNotWorking('1972-01-03')).toBeNull();
    expect(bankHolidays(1972).some((h) => h.name.startsWith('New Year'))).toBe(false);
  });
});

describe('the named rule "next-free-weekday", applied by the calendar', () => {
  const rule = SUBSTITUTE_RULES['next-free-weekday'];
  it.each([
    // Saturday 4 January 2025 → Monday 6; Sunday 5 → Monday 6; with Monday 6 taken → Tuesday 7.
    ['2025-01-04', [], '2025-01-06'],
    ['2025-01-05', [], '2025-01-06'],
    ['2025-01-04', ['2025-01-06'], '2025-01-07'],
    ['2025-01-04', ['2025-01-06', '2025-01-07'], '2025-01-08'],
  ] as const)('from %s with %j taken → %s', (day, taken, expected) => {
    expect(dayToIso(rule.find(isoToDay(day), new Set(taken.map((t) => isoToDay(t)))))).toBe(expected);
  });

  it('substitutes are placed in row order, each avoiding the days taken before it', () => {
    // Two holidays on Saturday 4 and Sunday 5 January 2025: the first takes Monday 6, the second Tuesday 7.
    const rows: StandingHoliday[] = [
      { name: 'A', basis: 'a', date: { kind: 'fixed', month: 1, day: 4 }, substitute: { rule: 'next-free-weekday', name: 'A (substitute)', basis: 'a' } },
      { name: 'B', basis: 'b', date: { kind: 'fixed', month: 1, day: 5 }, substitute: { rule: 'next-free-weekday', name: 'B (substitute)', basis: 'b' } },
    ];
    const days = standingHolidaysOf(2025, rows).map((h) => [dayToIso(h.day), h.name]);
    expect(days).toEqual([['2025-01-04', 'A'], ['2025-01-05', 'B'], ['2025-01-06', 'A (substitute)'], ['2025-01-07', 'B (substitute)']]);
  });
});
