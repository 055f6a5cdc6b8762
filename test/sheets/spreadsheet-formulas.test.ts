/**
 * Checks every claim of the formula table in docs/spreadsheets.md against the library: the plain
 * spreadsheet formulas (Excel's and Google Sheets' WORKDAY, NETWORKDAYS, EDATE, DATE, re-implemented
 * here from their documented behaviour, over the holiday list `send-timescales holidays --format csv`
 * prints) are compared with `deadline()` for every single-date rule and every trigger day of ten years.
 * A formula the guide calls right must agree on every day; one it calls wrong must disagree on the
 * example the guide gives.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  addDays, addWorkingDays, bankHolidays, deadline, getRule, ruleIds, ruleVersions, weekday, workingDaysBetween, type IsoDate, type Rule,
} from '../../src/index.js';

// ---- the spreadsheet functions, as Excel and Google Sheets document them ----

/** The pasted holiday list: every date of `holidays 1971..2099 --format csv`. */
const HOLIDAYS = new Set<IsoDate>();
for (let y = 1971; y <= 2099; y++) for (const h of bankHolidays(y)) HOLIDAYS.add(h.date);

const isWeekend = (d: IsoDate) => weekday(d) >= 6;
/** WORKDAY(start, days, [holidays]): the date `days` working days from start (start not counted). */
function WORKDAY(start: IsoDate, days: number, holidays: ReadonlySet<IsoDate> = HOLIDAYS): IsoDate {
  const step = days < 0 ? -1 : 1;
  let d = start;
  for (let left = Math.abs(days); left > 0;) {
    d = addDays(d, step);
    if (!isWeekend(d) && !holidays.has(d)) left--;
  }
  return d;
}
/** NETWORKDAYS(start, end, [holidays]): working days from start to end, both counted. */
function NETWORKDAYS(start: IsoDate, end: IsoDate, holidays: ReadonlySet<IsoDate> = HOLIDAYS): number {
  if (end < start) return -NETWORKDAYS(end, start, holidays);
  let n = 0;
  for (let d = start; d <= end; d = addDays(d, 1)) if (!isWeekend(d) && !holidays.has(d)) n++;
  return n;
}
/** EDATE(start, months): the same day of the month `months` later, or that month's last day. */
function EDATE(start: IsoDate, months: number): IsoDate {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
const DAY = (d: IsoDate) => Number(d.slice(8));
const YEAR = (d: IsoDate) => Number(d.slice(0, 4));
const DATE = (y: number, m: number, d: number): IsoDate => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const NONE = new Set<IsoDate>();

// ---- the formulas of the guide's table (A2 = the trigger date) ----

type Formula = (a2: IsoDate) => IsoDate;
/** The formula the guide gives as right for a rule, from its record; undefined when there is none. */
function rightFormula(rule: Rule, reading: 'strict' | 'permissive' = 'strict'): Formula | undefined {
  const p = rule.period;
  if (p.kind === 'fixed-date') {
    return (a2) => (reading === 'strict' ? DATE(YEAR(a2), p.month, p.day - 1) : DATE(YEAR(a2), p.month, p.day));
  }
  if (p.kind !== 'span') return undefined;
  const { unit, n } = p;
  const strict = reading === 'strict' ? 1 : 0;
  if (rule.direction === 'at-least-before') {
    if (unit === 'weeks') return (a2) => addDays(a2, -7 * n - strict); // =A2-7*N-1
    if (unit === 'days') return (a2) => addDays(a2, -n - strict);
    if (unit === 'months') return (a2) => addDays(EDATE(a2, -n), -strict); // =EDATE(A2,-N)-1
    if (unit === 'working-days') return (a2) => addDays(WORKDAY(a2, -n), -strict); // =WORKDAY(A2,-N,Holidays)-1
    return undefined;
  }
  const beginning = rule.counting === 'beginning-with' ? 1 : 0;
  if (unit === 'days') return (a2) => addDays(a2, n - beginning); // =A2+N  /  =A2+N-1
  if (unit === 'weeks') return (a2) => addDays(a2, 7 * n - beginning); // =A2+7*N  /  =A2+7*N-1
  if (unit === 'working-days') return (a2) => WORKDAY(addDays(a2, -beginning), n); // =WORKDAY(A2,N,H)  /  =WORKDAY(A2-1,N,H)
  if (unit === 'months') {
    if (!beginning) return (a2) => EDATE(a2, n); // =EDATE(A2,N)
    // =IF(DAY(EDATE(A2,N))<DAY(A2),EDATE(A2,N),EDATE(A2,N)-1)
    return (a2) => (DAY(EDATE(a2, n)) < DAY(a2) ? EDATE(a2, n) : addDays(EDATE(a2, n), -1));
  }
  return undefined;
}

/** Every trigger day of ten years (the calendar's announced years and a few projected ones). */
const TRIGGERS: IsoDate[] = [];
for (let d = '2019-01-01'; d <= '2029-06-30'; d = addDays(d, 1)) TRIGGERS.push(d);
const SINGLE = ruleIds().map((id) => getRule(id)).filter((r) => r.triggerFields === 'date');
/** The ten years, or for a rule whose only versions ended before them, the days it was in force. */
function triggersFor(id: string): IsoDate[] {
  const versions = ruleVersions(id);
  const last = versions.at(-1)!.inForce.to;
  if (last === undefined || last >= TRIGGERS[0]!) return TRIGGERS;
  const days: IsoDate[] = [];
  for (let d = versions[0]!.inForce.from; d <= last; d = addDays(d, 1)) days.push(d);
  return days;
}
function inForce(id: string, on: IsoDate): Rule | undefined {
  try {
    return getRule(id, on);
  } catch {
    return undefined;
  }
}

describe('docs/spreadsheets.md: the formulas the guide calls right agree with the library on every day', () => {
  it('every single-date rule with a plain period has a right formula, and it agrees for 2019–2029', () => {
    const covered = new Set<string>();
    for (const { id } of SINGLE) {
      for (const a2 of triggersFor(id)) {
        const version = inForce(id, a2); // the version of the rule in force on the trigger day
        const formula = version && rightFormula(version);
        if (!formula) continue;
        covered.add(id);
        expect(formula(a2), `${id} ${a2}`).toBe(deadline(id, a2).due);
      }
    }
    // Only the rules the guide says plain formulas cannot do are left out.
    expect(SINGLE.map((r) => r.id).filter((id) => !covered.has(id)).sort()).toEqual(['order-continue', 'tribunal-response']);
    // Every trigger day of ten years for every rule: about 4 s alone, past vitest's 5 s default when
    // the machine is shared. A limit on the run, not an assertion about speed.
  }, 60_000);

  it('the permissive and on-or-before options are the formulas without the −1 (calendar periods)', () => {
    const calendarPeriod = (r: Rule) => r.period.kind === 'fixed-date' || (r.direction === 'at-least-before' && r.period.kind === 'span' && r.period.unit !== 'working-days');
    for (const rule of SINGLE.filter(calendarPeriod)) {
      const formula = rightFormula(rule, 'permissive')!;
      const options = rule.period.kind === 'fixed-date' ? { fixedDate: 'on-or-before' as const } : { notice: 'permissive' as const };
      for (const a2 of TRIGGERS.filter((_, i) => i % 7 === 0)) expect(formula(a2), `${rule.id} ${a2}`).toBe(deadline(rule.id, a2, options).due);
    }
  });

  it('NETWORKDAYS(A2+1,B2,Holidays) is workingDaysBetween(A2,B2)', () => {
    for (const [a, b] of [['2025-01-01', '2025-12-31'], ['2025-04-17', '2025-04-22'], ['2025-01-06', '2025-01-24'], ['2024-12-20', '2025-01-06']] as const) {
      expect(NETWORKDAYS(addDays(a, 1), b)).toBe(workingDaysBetween(a, b));
    }
    expect(NETWORKDAYS(addDays('2025-01-01', 1), '2025-12-31')).toBe(253);
  });
});

describe('docs/spreadsheets.md: the formulas the guide calls wrong, on its examples', () => {
  it('20 weeks: =WORKDAY(A2,100,Holidays) and rolling forward are wrong; =A2+140 stands on the bank holiday', () => {
    expect(deadline('final-plan', '2025-01-06').due).toBe('2025-05-26'); // Spring bank holiday: no roll-forward
    expect(addDays('2025-01-06', 140)).toBe('2025-05-26');
    expect(WORKDAY('2025-01-06', 100)).toBe('2025-05-30'); // 100 working days: 4 days early here
    expect(WORKDAY(addDays('2025-01-06', 139), 1)).toBe('2025-05-27'); // =WORKDAY(A2+139,1,Holidays)
  });
  it('annual review: =EDATE(A2,12) is a day late; =EDATE(A2,12)-1 is a day early for 29 February', () => {
    expect(deadline('annual-review', '2025-03-10').due).toBe('2026-03-09');
    expect(EDATE('2025-03-10', 12)).toBe('2026-03-10');
    expect(deadline('annual-review', '2024-02-29').due).toBe('2025-02-28');
    expect(addDays(EDATE('2024-02-29', 12), -1)).toBe('2025-02-27');
  });
  it('15 working days beginning with: =WORKDAY(A2,15,Holidays) is a working day late when A2 is a working day', () => {
    expect(deadline('health-transfer-request', '2025-01-06').due).toBe('2025-01-24');
    expect(WORKDAY('2025-01-06', 15)).toBe('2025-01-27');
    expect(WORKDAY('2025-01-05', 15)).toBe('2025-01-24'); // =WORKDAY(A2-1,15,Holidays)
    expect(addWorkingDays('2025-01-06', 15, { counting: 'beginning-with' })).toBe('2025-01-24');
  });
  it('working days without the holiday list are wrong across a bank holiday', () => {
    expect(deadline('plan-disclosure-higher-education', '2025-04-10').due).toBe('2025-05-06');
    expect(WORKDAY('2025-04-10', 15, NONE)).toBe('2025-05-01');
  });
  it('15 days beginning with: =A2+15 is a day late', () => {
    expect(deadline('draft-plan-representations', '2025-01-06').due).toBe('2025-01-20');
    expect(addDays('2025-01-06', 15)).toBe('2025-01-21');
  });
  it('notice of a review meeting: =A2-14 is the permissive reading; the default is =A2-15', () => {
    expect(deadline('review-meeting-notice', '2025-06-20').due).toBe('2025-06-05');
    expect(deadline('review-meeting-notice', '2025-06-20', { notice: 'permissive' }).due).toBe('2025-06-06');
  });
  it('appeal: =EDATE(A2,2) misses HESC r12 (August, Christmas, non-working days)', () => {
    const cases: [IsoDate, IsoDate, IsoDate][] = [
      ['2025-06-30', '2025-08-30', '2025-09-01'], // ends in August → first working day after 31 August
      ['2025-10-25', '2025-12-25', '2026-01-02'], // ends 25 Dec–1 Jan → first working day after 1 January
      ['2025-03-15', '2025-05-15', '2025-05-15'], // a Thursday: EDATE agrees
      ['2025-02-22', '2025-04-22', '2025-04-22'],
      ['2025-02-18', '2025-04-18', '2025-04-22'], // Good Friday → next working day (r12(2))
    ];
    for (const [sent, edate, due] of cases) {
      expect(EDATE(sent, 2)).toBe(edate);
      expect(deadline('appeal', { decisionSent: sent }).due, sent).toBe(due);
    }
  });
  it('tribunal response: plain WORKDAY over the holiday list is wrong when the 30 working days cross August or Christmas', () => {
    expect(deadline('tribunal-response', '2025-07-21').due).not.toBe(WORKDAY('2025-07-21', 30));
  });
});

describe('docs/spreadsheets.md states these results', () => {
  const guide = readFileSync(new URL('../../docs/spreadsheets.md', import.meta.url), 'utf8');
  it('quotes the dates the checks above compute', () => {
    for (const text of ['2025-05-26', '2025-05-30', '2025-05-27', '2026-03-09', '2026-03-10', '2025-02-27', '2025-01-24', '2025-01-27', '2025-05-06', '2025-05-01',
      '2025-01-20', '2025-01-21', '2025-08-30', '2025-09-01', '2025-12-25', '2026-01-02', '2025-04-18', '2025-04-22']) {
      expect(guide).toContain(text);
    }
  });
});
