/**
 * The built Google Sheets script, loaded as Apps Script loads it: evaluated in a fresh `node:vm`
 * context that has only the language's own globals and stubs of the Apps Script services
 * (no require, process, module or exports), called with `Date`s made for sheets in three far-apart
 * time zones, serials, blanks, ranges and bad values, and checked against the built library's
 * own answers for the same ISO dates. The suite runs under several TZ values (.ci/run): nothing
 * here may depend on the machine's zone.
 */
import { describe, expect, it } from 'vitest';
import vm from 'node:vm';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';

/** The built library (typed by its sources: dist/ does not exist yet when the suite is type-checked). */
const lib = (await import(new URL('../../dist/index.js', import.meta.url).href)) as typeof import('../../src/index.js');

const GS = fileURLToPath(new URL('../../dist/sheets/send-timescales.gs.js', import.meta.url));
const code = readFileSync(GS, 'utf8');

const FUNCTIONS = [
  'SEND_DEADLINE', 'SEND_ADD_WORKING_DAYS', 'SEND_WORKING_DAYS_BETWEEN', 'SEND_IS_WORKING_DAY',
  'SEND_BANK_HOLIDAYS', 'SEND_RULE', 'SEND_RULES', 'SEND_EXPLAIN',
] as const;
type Fn = (...args: unknown[]) => unknown;
type Sheet = Record<(typeof FUNCTIONS)[number], Fn> & {
  /** A Date made inside the script's realm: midnight (or a time) of a civil date in the sheet's zone. */
  date(iso: string, time?: string): unknown;
  zone: string;
  calls: { zone: number };
};

interface Stubs {
  spreadsheetZone?: string | null;
  scriptZone?: string | null;
}

/** Loads the script in a fresh context with only what Apps Script provides. */
function loadSheet(zone: string, stubs: Stubs = { spreadsheetZone: zone }): Sheet {
  const calls = { zone: 0 };
  const globals: Record<string, unknown> = {
    console: { log() {}, info() {}, warn() {}, error() {} },
    Logger: { log() {} },
    Utilities: {},
  };
  if (stubs.spreadsheetZone !== undefined) {
    globals.SpreadsheetApp = {
      getActive: () => (stubs.spreadsheetZone === null ? null : {
        getSpreadsheetTimeZone: () => {
          calls.zone++;
          return stubs.spreadsheetZone;
        },
      }),
    };
  }
  if (stubs.scriptZone !== undefined) globals.Session = { getScriptTimeZone: () => stubs.scriptZone };
  const context = vm.createContext(globals);
  vm.runInContext(code, context, { filename: 'send-timescales.gs.js' });
  const sheet = context as unknown as Sheet;
  sheet.date = (iso: string, time = '00:00') =>
    vm.runInContext(`new Date(${DateTime.fromISO(`${iso}T${time}`, { zone }).toMillis()})`, context);
  sheet.zone = zone;
  sheet.calls = calls;
  return sheet;
}

const ZONES = ['Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati'] as const;

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** The civil date a returned Date shows in the sheet's zone; it must be exactly midnight there. */
function shown(value: unknown, zone: string): string {
  if (!isDate(value)) throw new Error(`expected a Date, got ${JSON.stringify(value)}`);
  const dt = DateTime.fromMillis(Date.prototype.getTime.call(value), { zone });
  expect(dt.toMillis()).toBe(dt.startOf('day').toMillis());
  return dt.toISODate()!;
}

/** What the library says, as the cell should show it: the value, or the error line. */
function libraryCell<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    if (e instanceof lib.SendTimescalesError) return `#${e.code}: ${e.message.replace(/\s*\n\s*/g, ' ')}`;
    throw e;
  }
}

// Triggers chosen to cross the awkward days: bank holidays, Easter, year ends, leap days, the
// clock changes of all three zones, a date before the calendar and one after the last announced year.
const DATES = [
  '2025-01-06', '2025-04-17', '2025-04-18', '2025-03-30', '2025-10-26', '2025-03-09', '2025-11-02',
  '2024-02-29', '2024-12-20', '2025-12-24', '2025-12-31', '2026-01-01', '2020-05-01', '2014-09-01',
  '2028-12-27', '2030-06-14', '1972-06-05',
];
const SINGLE_DATE_RULES = lib.ruleIds().filter((id) => lib.getRule(id).triggerFields === 'date');

describe('the built .gs file', () => {
  it('is one plain script: no import/export, and loading it defines functions and nothing else', () => {
    expect(() => new vm.Script(code)).not.toThrow(); // a module (import/export) would not parse as a script
    const sheet = loadSheet('Europe/London');
    const context = sheet as unknown as Record<string, unknown>;
    const own = Object.keys(context).filter((k) => !['console', 'Logger', 'Utilities', 'SpreadsheetApp', 'date', 'zone', 'calls'].includes(k));
    expect(own.sort()).toEqual([...FUNCTIONS, 'sendTimescales_'].sort());
    for (const name of own) expect(typeof context[name]).toBe('function');
    expect(sheet.calls.zone).toBe(0); // loading asked Apps Script nothing
    expect(vm.runInContext('typeof require + typeof process + typeof module + typeof exports', sheet as unknown as vm.Context))
      .toBe('undefinedundefinedundefinedundefined');
  });

  it('declares each function at top level with a JSDoc @customfunction comment naming every parameter', () => {
    for (const name of FUNCTIONS) {
      const m = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${name}\\(([^)]*)\\)`).exec(code);
      expect(m, name).not.toBeNull();
      expect(m![1]).toContain('@customfunction');
      for (const param of m![2]!.split(',').map((p) => p.trim()).filter(Boolean)) expect(m![1]).toMatch(new RegExp(`@param \\{any\\} \\[?${param}\\]?`));
    }
  });
});

describe.each(ZONES)('a sheet in %s', (zone) => {
  const sheet = loadSheet(zone);

  it('SEND_DEADLINE: every single-date rule, every trigger, Date in → the same civil date out', () => {
    let dates = 0;
    for (const id of SINGLE_DATE_RULES) {
      for (const iso of DATES) {
        const expected = libraryCell(() => lib.deadline(id, iso));
        const got = sheet.SEND_DEADLINE(id, sheet.date(iso));
        if (typeof expected === 'string') expect(got, `${id} ${iso}`).toBe(expected);
        else if (expected.due === null) expect(got).toBe(`No date: ${expected.reason}`);
        else {
          expect(shown(got, zone), `${id} ${iso}`).toBe(expected.due);
          dates++;
        }
      }
    }
    expect(dates).toBeGreaterThan(500);
  });

  it('SEND_DEADLINE: two-date rules take the second date as a third argument', () => {
    const cases: [string, string, string, Record<string, string>][] = [
      ['plan-transfer', '2025-03-24', '2025-03-17', { move: '2025-03-24', aware: '2025-03-17' }],
      ['health-transfer', '2025-03-24', '2025-02-03', { move: '2025-03-24', aware: '2025-02-03' }],
      ['appeal', '2025-06-30', '', { decisionSent: '2025-06-30' }],
      ['appeal', '2025-06-30', '2025-08-20', { decisionSent: '2025-06-30', certificateIssued: '2025-08-20' }],
      ['plan-transfer-review', '2025-01-15', '2025-03-24', { lastReviewed: '2025-01-15', transfer: '2025-03-24' }],
    ];
    for (const [id, first, second, trigger] of cases) {
      const due = lib.deadline(id, trigger).due!;
      expect(shown(sheet.SEND_DEADLINE(id, sheet.date(first), second === '' ? '' : sheet.date(second)), zone), id).toBe(due);
    }
    expect(sheet.SEND_DEADLINE('appeal', '2025-06-30')).toSatisfy(isDate);
    expect(sheet.SEND_DEADLINE('plan-transfer', sheet.date('2025-03-24'))).toMatch(/^#INVALID_TRIGGER: .*aware.*third argument/);
    expect(sheet.SEND_DEADLINE('final-plan', sheet.date('2025-01-06'), sheet.date('2025-01-07'))).toMatch(/^#INVALID_TRIGGER: /);
  });

  it('SEND_ADD_WORKING_DAYS, SEND_IS_WORKING_DAY and SEND_WORKING_DAYS_BETWEEN match the library', () => {
    for (const iso of DATES) {
      for (const n of [-3, 0, 1, 5, 15, 20]) {
        const after = libraryCell(() => lib.addWorkingDays(iso, n));
        const got = sheet.SEND_ADD_WORKING_DAYS(sheet.date(iso), n);
        expect(typeof after === 'string' && after.startsWith('#') ? got : shown(got, zone), `${iso} + ${n}`).toBe(after);
        const beginning = libraryCell(() => lib.addWorkingDays(iso, n, { counting: 'beginning-with' }));
        const got2 = sheet.SEND_ADD_WORKING_DAYS(sheet.date(iso), n, 'beginning-with');
        expect(beginning.startsWith('#') ? got2 : shown(got2, zone), `${iso} + ${n} beginning with`).toBe(beginning);
      }
      expect(sheet.SEND_IS_WORKING_DAY(sheet.date(iso)), iso).toBe(libraryCell(() => lib.isWorkingDay(iso)));
      for (const end of DATES) {
        expect(sheet.SEND_WORKING_DAYS_BETWEEN(sheet.date(iso), sheet.date(end)), `${iso}..${end}`)
          .toBe(libraryCell(() => lib.workingDaysBetween(iso, end)));
      }
    }
  });

  it('a date cell holding a time of day is read as its civil date in the sheet zone', () => {
    for (const time of ['00:00', '00:30', '12:00', '23:59']) {
      expect(shown(sheet.SEND_ADD_WORKING_DAYS(sheet.date('2025-04-17', time), 1), zone)).toBe('2025-04-22');
      expect(sheet.SEND_IS_WORKING_DAY(sheet.date('2025-04-18', time))).toBe(false);
    }
  });

  it('serials (Google Sheets epoch) and ISO text give the same answers as Date cells', () => {
    for (const iso of DATES) {
      const serial = lib.toSerial(iso, 'sheets');
      expect(sheet.SEND_IS_WORKING_DAY(serial)).toBe(sheet.SEND_IS_WORKING_DAY(sheet.date(iso)));
      expect(sheet.SEND_IS_WORKING_DAY(serial + 0.75)).toBe(sheet.SEND_IS_WORKING_DAY(sheet.date(iso))); // a time of day
      const viaSerial = sheet.SEND_DEADLINE('final-plan', serial);
      const viaText = sheet.SEND_DEADLINE('final-plan', ` ${iso} `);
      const expected = libraryCell(() => lib.deadline('final-plan', iso).due!);
      if (expected.startsWith('#')) continue;
      expect(shown(viaSerial, zone)).toBe(expected);
      expect(shown(viaText, zone)).toBe(expected);
    }
    expect(shown(sheet.SEND_ADD_WORKING_DAYS(45658, 1), zone)).toBe('2025-01-02'); // serial 45658 = 1 Jan 2025
  });

  it('SEND_BANK_HOLIDAYS: rows of date, name, projected for a year or a range of years', () => {
    const rows = sheet.SEND_BANK_HOLIDAYS(2025) as unknown[][];
    const expected = lib.bankHolidays(2025);
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      expect(shown(row[0], zone)).toBe(expected[i]!.date);
      expect(row.slice(1)).toEqual([expected[i]!.name, false]);
    });
    const range = sheet.SEND_BANK_HOLIDAYS([[2028], [''], [2029]]) as unknown[][];
    const both = [...lib.bankHolidays(2028), ...lib.bankHolidays(2029)];
    expect(range.map((r) => [shown(r[0], zone), r[1], r[2]])).toEqual(both.map((h) => [h.date, h.name, h.projected]));
    expect(range.at(-1)![2]).toBe(true);
    expect(sheet.SEND_BANK_HOLIDAYS('2026')).toHaveLength(lib.bankHolidays(2026).length);
    expect(sheet.SEND_BANK_HOLIDAYS(1900)).toMatch(/^#OUT_OF_RANGE: 1900 is outside/);
    expect(sheet.SEND_BANK_HOLIDAYS('')).toBe('');
  });

  it('SEND_RULE and SEND_EXPLAIN give the library text', () => {
    for (const id of ['final-plan', 'annual-review', 'appeal', 'phase-transfer']) {
      const r = lib.getRule(id);
      expect(sheet.SEND_RULE(id)).toBe(`${r.title} (${lib.describePeriod(r)}). ${r.citation.instrument}, ${r.citation.provision}. ${r.citation.url}`);
    }
    expect(sheet.SEND_EXPLAIN('final-plan', sheet.date('2025-01-06'))).toBe(lib.explain(lib.deadline('final-plan', '2025-01-06')));
    expect(sheet.SEND_EXPLAIN('plan-transfer', sheet.date('2025-03-24'), sheet.date('2025-03-17')))
      .toBe(lib.explain(lib.deadline('plan-transfer', { move: '2025-03-24', aware: '2025-03-17' })));
  });

  it('ranges: same shape out, blanks stay blank, a single value is used for every cell', () => {
    const column = [[sheet.date('2025-01-06')], [''], [sheet.date('2025-04-17')], [null], ['2025-02-30']];
    const out = sheet.SEND_DEADLINE('final-plan', column) as unknown[][];
    expect(out).toHaveLength(5);
    expect(out.every((row) => row.length === 1)).toBe(true);
    expect(shown(out[0]![0], zone)).toBe('2025-05-26');
    expect(out[1]![0]).toBe('');
    expect(shown(out[2]![0], zone)).toBe(lib.deadline('final-plan', '2025-04-17').due);
    expect(out[3]![0]).toBe('');
    expect(out[4]![0]).toBe('#INVALID_DATE: date "2025-02-30" is not a real date: February 2025 has 28 days, not 30.');

    // A 2×3 block of dates against a 2×3 block of counts.
    const block = [[sheet.date('2025-04-17'), sheet.date('2025-12-24'), ''], ['2025-01-06', 45658, sheet.date('2025-05-23')]];
    const counts = [[1, 2, 3], [15, 1, 1]];
    const sums = sheet.SEND_ADD_WORKING_DAYS(block, counts) as unknown[][];
    expect(sums.map((row) => row.map((v) => (v === '' ? '' : shown(v, zone))))).toEqual([
      [lib.addWorkingDays('2025-04-17', 1), lib.addWorkingDays('2025-12-24', 2), ''],
      [lib.addWorkingDays('2025-01-06', 15), lib.addWorkingDays('2025-01-01', 1), lib.addWorkingDays('2025-05-23', 1)],
    ]);
    // A column of rule ids beside a column of dates; a 1×1 range is a single value.
    const pairs = sheet.SEND_DEADLINE([['final-plan'], ['assessment-decision'], ['']], [[sheet.date('2025-01-06')], [sheet.date('2025-01-06')], [sheet.date('2025-01-06')]]) as unknown[][];
    expect(pairs.map((r) => (r[0] === '' ? '' : shown(r[0], zone)))).toEqual(['2025-05-26', lib.deadline('assessment-decision', '2025-01-06').due, '']);
    expect(sheet.SEND_IS_WORKING_DAY([[sheet.date('2025-12-25')]])).toEqual([[false]]);
    expect(sheet.SEND_RULE([['final-plan', '', 'nope']])).toEqual([[expect.stringContaining('reg 13(2)'), '', '#UNKNOWN_RULE: no rule "nope". =SEND_RULES() lists them.']]);
    expect(sheet.SEND_WORKING_DAYS_BETWEEN([[sheet.date('2025-01-01')], [sheet.date('2025-04-17')]], sheet.date('2025-12-31'))).toEqual([[253], [lib.workingDaysBetween('2025-04-17', '2025-12-31')]]);
    // Ranges of different shapes: one readable line.
    expect(sheet.SEND_ADD_WORKING_DAYS([[1], [2]], [[1, 2]])).toMatch(/^#INVALID_RANGE: the ranges have different shapes \(2×1 and 1×2\)/);
    // One zone look-up per call, however large the range.
    const before = sheet.calls.zone;
    sheet.SEND_DEADLINE('final-plan', Array.from({ length: 200 }, () => [sheet.date('2025-01-06')]));
    expect(sheet.calls.zone - before).toBe(1);
  });

  it('blank cells give blank cells', () => {
    expect(sheet.SEND_DEADLINE('final-plan', '')).toBe('');
    expect(sheet.SEND_DEADLINE('', sheet.date('2025-01-06'))).toBe('');
    expect(sheet.SEND_DEADLINE('final-plan', '   ')).toBe('');
    expect(sheet.SEND_ADD_WORKING_DAYS(sheet.date('2025-01-06'), '')).toBe('');
    expect(sheet.SEND_WORKING_DAYS_BETWEEN('', sheet.date('2025-01-06'))).toBe('');
    expect(sheet.SEND_IS_WORKING_DAY(undefined)).toBe('');
    expect(sheet.SEND_RULE('')).toBe('');
    expect(sheet.SEND_EXPLAIN('final-plan', '')).toBe('');
  });

  it('bad values give one readable line naming the value, never a stack', () => {
    const bad: [unknown, RegExp][] = [
      [sheet.SEND_DEADLINE('final-plan', '2025-02-30'), /^#INVALID_DATE: date "2025-02-30" is not a real date/],
      [sheet.SEND_DEADLINE('final-plan', '03/04/2025'), /^#AMBIGUOUS_DATE: date "03\/04\/2025" could be read more than one way .*enter it as a date cell, or as text YYYY-MM-DD\.$/],
      [sheet.SEND_DEADLINE('No-Such-Rule', sheet.date('2025-01-06')), /^#UNKNOWN_RULE: no rule "No-Such-Rule"\. =SEND_RULES\(\) lists them\.$/],
      [sheet.SEND_DEADLINE('final-plan', true), /^#INVALID_DATE: date must be a date cell, a date serial number or text/],
      [sheet.SEND_DEADLINE('final-plan', sheet.date('2010-01-06')), /^#NOT_IN_FORCE: /],
      [sheet.SEND_ADD_WORKING_DAYS(sheet.date('2025-01-06'), 1.5), /^#INVALID_NUMBER: n must be a whole number, but 1.5 was given/],
      [sheet.SEND_ADD_WORKING_DAYS(sheet.date('2025-01-06'), 'ten'), /^#INVALID_NUMBER: n must be a whole number, but "ten"/],
      [sheet.SEND_ADD_WORKING_DAYS(sheet.date('2025-01-06'), 1, 'before'), /^#INVALID_OPTION: counting must be "after" or "beginning-with", not "before"/],
      [sheet.SEND_ADD_WORKING_DAYS(sheet.date('1960-01-04'), 1), /^#OUT_OF_RANGE: date "1960-01-04" is outside the England and Wales working-day calendar/],
      [sheet.SEND_IS_WORKING_DAY(vm.runInContext('new Date(NaN)', sheet as unknown as vm.Context)), /^#INVALID_DATE: date is an invalid Date/],
      [sheet.SEND_IS_WORKING_DAY(-700000), /^#OUT_OF_RANGE: /],
      [sheet.SEND_IS_WORKING_DAY(Number.NaN), /^#INVALID_NUMBER: date: The serial NaN is not a number/],
      [sheet.SEND_EXPLAIN('final-plan', {}), /^#INVALID_DATE: /],
    ];
    for (const [got, pattern] of bad) {
      expect(got).toMatch(pattern);
      expect(got).not.toContain('\n');
      expect(got).not.toMatch(/\bat [\w.<>]+ \(|\.js:\d+/);
    }
  });

  it('reads a Date made in another realm (not only the script\'s own)', () => {
    const foreign = new Date(DateTime.fromISO('2025-04-17', { zone }).toMillis());
    expect(shown(sheet.SEND_ADD_WORKING_DAYS(foreign, 1), zone)).toBe('2025-04-22');
  });
});

describe('the sheet zone', () => {
  it('falls back to the script zone (Session), then to Europe/London', () => {
    const kiritimatiDate = (iso: string) => new Date(DateTime.fromISO(iso, { zone: 'Pacific/Kiritimati' }).toMillis());
    const viaSession = loadSheet('Pacific/Kiritimati', { spreadsheetZone: null, scriptZone: 'Pacific/Kiritimati' });
    expect(shown(viaSession.SEND_ADD_WORKING_DAYS(kiritimatiDate('2025-04-17'), 1), 'Pacific/Kiritimati')).toBe('2025-04-22');
    const bare = loadSheet('Europe/London', {});
    expect(shown(bare.SEND_ADD_WORKING_DAYS(new Date(DateTime.fromISO('2025-04-17', { zone: 'Europe/London' }).toMillis()), 1), 'Europe/London')).toBe('2025-04-22');
    const nonsense = loadSheet('Europe/London', { spreadsheetZone: 'Not/AZone', scriptZone: 'Europe/London' });
    expect(shown(nonsense.SEND_DEADLINE('final-plan', '2025-01-06'), 'Europe/London')).toBe('2025-05-26');
  });

  it('the same Date read in different sheet zones can be different civil dates (so the zone matters)', () => {
    // 2025-04-17 00:00 in Kiritimati is 2025-04-16 in London and Los Angeles.
    const instant = new Date(DateTime.fromISO('2025-04-17', { zone: 'Pacific/Kiritimati' }).toMillis());
    expect(shown(loadSheet('Pacific/Kiritimati').SEND_ADD_WORKING_DAYS(instant, 0), 'Pacific/Kiritimati')).toBe('2025-04-17');
    expect(shown(loadSheet('Europe/London').SEND_ADD_WORKING_DAYS(instant, 0), 'Europe/London')).toBe('2025-04-16');
  });
});

describe('the options argument (the last argument of SEND_DEADLINE and SEND_EXPLAIN), in the bundle', () => {
  const sheet = loadSheet('Europe/London');
  const due = (value: unknown) => shown(value, 'Europe/London');

  it('fixed-date: reg 18(1)(b) "before 15 February" is 14 February by default, 15 February with fixed-date=on-or-before', () => {
    // Transfer 1 September 2026: the calendar year is 2026; "before 15 February 2026" → strict 2026-02-14, on-or-before 2026-02-15.
    const transfer = sheet.date('2026-09-01');
    expect(due(sheet.SEND_DEADLINE('phase-transfer', transfer))).toBe('2026-02-14');
    for (const text of ['fixed-date=on-or-before', ' Fixed Date = On-Or-Before ', 'FIXEDDATE=on or before', 'fixed_date=ON_OR_BEFORE;']) {
      expect(due(sheet.SEND_DEADLINE('phase-transfer', transfer, '', text)), text).toBe('2026-02-15');
    }
    expect(due(sheet.SEND_DEADLINE('phase-transfer', transfer, null, 'fixed-date=before'))).toBe('2026-02-14');
    expect(sheet.SEND_EXPLAIN('phase-transfer', transfer, '', 'fixed-date=on-or-before')).toContain('On-or-before reading (option fixed-date=on-or-before');
  });

  it('notice: reg 20(3) "at least two weeks\' notice" of a meeting on 20 June 2025 is 5 June (strict) or 6 June (notice=permissive)', () => {
    // Strict: 14 clear days between, 20 June − 14 − 1 = 5 June; permissive: 20 June − 14 = 6 June.
    const meeting = sheet.date('2025-06-20');
    expect(due(sheet.SEND_DEADLINE('review-meeting-notice', meeting))).toBe('2025-06-05');
    expect(due(sheet.SEND_DEADLINE('review-meeting-notice', meeting, '', 'notice=permissive'))).toBe('2025-06-06');
    expect(due(sheet.SEND_DEADLINE('review-meeting-notice', meeting, '', 'Notice=STRICT'))).toBe('2025-06-05');
  });

  it('exception and coronavirus: the limit is lifted or relaxed, as the library says', () => {
    const lifted = lib.deadline('final-plan', '2025-01-06', { exception: 'personal-circumstances' });
    expect(sheet.SEND_DEADLINE('final-plan', sheet.date('2025-01-06'), '', 'exception=Personal-Circumstances')).toBe(`No date: ${lifted.reason}`);
    const relaxed = lib.deadline('final-plan', '2020-04-06', { coronavirus: true });
    expect(sheet.SEND_DEADLINE('final-plan', sheet.date('2020-04-06'), '', 'coronavirus=yes')).toBe(`No date: ${relaxed.reason}`);
    expect(due(sheet.SEND_DEADLINE('final-plan', sheet.date('2020-04-06'), '', 'coronavirus=no'))).toBe('2020-08-24'); // 6 April + 140 days
    expect(sheet.SEND_DEADLINE('final-plan', sheet.date('2025-01-06'), '', 'exception=missed-appointment'))
      .toMatch(/^#INVALID_OPTION: The exception "missed-appointment" does not apply to final-plan \(reg 13\(2\)\); only .*personal-circumstances/);
    expect(sheet.SEND_EXPLAIN('final-plan', sheet.date('2020-04-06'))).toContain('(add coronavirus=yes to the options when the case records such a reason)');
  });

  it("profile: a council's local rules are reached with profile=dorset, in any case, and compared with the law", () => {
    for (const id of ['dorset-final-plan', 'Dorset-Final-Plan', 'DORSET-FIRST-REVIEW']) {
      const expected = lib.deadline(id.toLowerCase(), '2025-01-06', { profile: 'dorset' });
      expect(due(sheet.SEND_DEADLINE(id, sheet.date('2025-01-06'), '', 'profile=Dorset')), id).toBe(expected.due);
      expect(sheet.SEND_EXPLAIN(id, sheet.date('2025-01-06'), '', 'profile=dorset')).toBe(lib.explain(expected));
    }
    expect(sheet.SEND_DEADLINE('Dorset-Final-Plan', sheet.date('2025-01-06'))).toBe(
      '#UNKNOWN_RULE: "Dorset-Final-Plan" is a local standard of Dorset Council\'s profile, not a statutory rule: give "profile=dorset" as the options (the last argument). =SEND_RULES("profile=dorset") lists its rules.',
    );
    // Statutory rules stay reachable with a profile; settings combine, separated by ; or ,.
    expect(due(sheet.SEND_DEADLINE('final-plan', sheet.date('2025-01-06'), '', 'profile=dorset'))).toBe('2025-05-26');
    expect(due(sheet.SEND_DEADLINE('phase-transfer', sheet.date('2026-09-01'), '', 'profile=dorset; fixed-date=on-or-before'))).toBe('2026-02-15');
    expect(due(sheet.SEND_DEADLINE('phase-transfer', sheet.date('2026-09-01'), '', 'profile=dorset, fixed-date=on-or-before'))).toBe('2026-02-15');
    // A rule that counts school days or hours: no date, said in a sheet's words.
    expect(sheet.SEND_DEADLINE('dorset-exclusion-provision', sheet.date('2025-03-24'), '', 'profile=dorset'))
      .toBe("No date: dorset-exclusion-provision counts 6 school days, which needs the school's term dates, which the spreadsheet functions do not take: no date is given rather than a guess.");
  });

  it('a range of options is paired cell by cell with a range of dates', () => {
    const out = sheet.SEND_DEADLINE('phase-transfer', [[sheet.date('2026-09-01')], [sheet.date('2026-09-01')]], '', [[''], ['fixed-date=on-or-before']]) as unknown[][];
    expect(out.map((r) => due(r[0]))).toEqual(['2026-02-14', '2026-02-15']);
  });

  it('bad options give one line that says what may be written', () => {
    const date = sheet.date('2026-09-01');
    const cases: [unknown, string][] = [
      ['colour=red', '#INVALID_OPTION: "colour" is not a setting of the options; the settings are profile, fixed-date, notice, exception, coronavirus (e.g. "profile=dorset; fixed-date=on-or-before").'],
      ['fixed-date=after', '#INVALID_OPTION: fixed-date must be before or on-or-before, not "after".'],
      ['notice=loose', '#INVALID_OPTION: notice must be strict or permissive, not "loose".'],
      ['coronavirus=maybe', '#INVALID_OPTION: coronavirus must be yes or no, not "maybe".'],
      ['profile=kent', '#INVALID_OPTION: profile must be dorset, not "kent".'],
      ['on-or-before', '#INVALID_OPTION: "on-or-before" in the options is not a setting written name=value; write fixed-date=on-or-before (e.g. "profile=dorset; fixed-date=on-or-before").'],
      ['notice=strict; Notice=permissive', '#INVALID_OPTION: notice is given twice in the options "notice=strict; Notice=permissive": give it once.'],
      [5, '#INVALID_OPTION: The options argument must be text such as "profile=dorset; fixed-date=on-or-before", not 5.'],
    ];
    for (const [options, line] of cases) {
      expect(sheet.SEND_DEADLINE('phase-transfer', date, '', options), String(options)).toBe(line);
      expect(sheet.SEND_EXPLAIN('phase-transfer', date, '', options), String(options)).toBe(line);
    }
    expect(sheet.SEND_DEADLINE('phase-transfer', date, 'fixed-date=on-or-before')).toMatch(/^#INVALID_TRIGGER: .*leave the third argument empty\. The options are the fourth argument: A2, , "fixed-date=on-or-before"\.$/);
  });
});

describe('SEND_RULES and rule ids in any case, in the bundle', () => {
  const sheet = loadSheet('Europe/London');
  const row = (r: ReturnType<typeof lib.getRule>) => [r.id, r.title, lib.describePeriod(r), `${r.citation.instrument}, ${r.citation.provision}`];

  it('SEND_RULES() is the rule table with a header row: id, title, period, citation', () => {
    const table = sheet.SEND_RULES() as unknown[][];
    expect(table[0]).toEqual(['id', 'title', 'period', 'citation']);
    expect(table.slice(1)).toEqual(lib.ruleIds().map((id) => row(lib.getRule(id))));
    expect(table.find((r) => r[0] === 'final-plan')).toEqual(['final-plan', lib.getRule('final-plan').title, '20 weeks after', expect.stringMatching(/reg 13\(2\)$/)]);
    expect(sheet.SEND_RULES('')).toEqual(table);
  });

  it('SEND_RULES("profile=dorset") adds the profile\'s local rules after the law\'s', () => {
    const table = sheet.SEND_RULES('Profile=Dorset') as unknown[][];
    const local = [...new Set(lib.getProfile('dorset').rules.map((r) => r.id))];
    expect(table).toEqual([...(sheet.SEND_RULES() as unknown[][]), ...local.map((id) => row(lib.getRule(id)))]);
    expect(local.length).toBe(27);
    expect(sheet.SEND_RULES('notice=strict')).toBe('#INVALID_OPTION: SEND_RULES lists the rules of a profile only: give "profile=…" alone, without notice.');
    expect(sheet.SEND_RULES('profile=kent')).toBe('#INVALID_OPTION: profile must be dorset, not "kent".');
  });

  it('every rule id matches whatever its case, and an unknown one shows the text as typed', () => {
    for (const id of lib.ruleIds()) {
      expect(sheet.SEND_RULE(id.toUpperCase()), id).toBe(sheet.SEND_RULE(id));
    }
    expect(sheet.SEND_RULE('dorset-final-plan')).toContain(lib.getRule('dorset-final-plan').title);
    expect(due2(sheet.SEND_DEADLINE(' Final-Plan ', sheet.date('2025-01-06')))).toBe('2025-05-26');
    expect(sheet.SEND_DEADLINE('Final-Plam', sheet.date('2025-01-06'))).toBe('#UNKNOWN_RULE: no rule "Final-Plam". =SEND_RULES() lists them.');
    expect(sheet.SEND_DEADLINE(42, sheet.date('2025-01-06'))).toBe('#UNKNOWN_RULE: The rule id must be text such as "final-plan", not 42. =SEND_RULES() lists them.');
    // The order named by a mediation agreement (reg 42(2)) is a rule id too.
    expect(due2(sheet.SEND_DEADLINE('mediation-agreement-appealable', sheet.date('2025-03-24'), 'Order-Make-Plan-Final')))
      .toBe(lib.deadline('mediation-agreement-appealable', { agreement: '2025-03-24', order: 'order-make-plan-final' }).due);
    expect(sheet.SEND_DEADLINE('mediation-agreement-appealable', sheet.date('2025-03-24'), 'final-plan'))
      .toBe('#INVALID_TRIGGER: The third argument must be the rule id of a tribunal order (order-…), not "final-plan". =SEND_RULES() lists them.');
  });
  const due2 = (value: unknown) => shown(value, 'Europe/London');
});

describe('every text a cell can show is in a sheet\'s words', () => {
  /** A JavaScript option, a trigger object, a command line or an install command: never in a cell. */
  const FORBIDDEN = /--[a-z]|\bfixedDate\b|\b(?:notice|exception|profile|coronavirus|terms|counting|calendar|format): (?:"|'|true\b|false\b)|\boption terms\b|createTermCalendar|defineProfile|\bdeadline\(|send-timescales (?:rules|audit|due|deadline)|\btrigger\.[a-z]|\{ |npm |npx /;
  const sheet = loadSheet('Europe/London');

  it('for every rule, statutory and local, with every setting, SEND_DEADLINE and SEND_EXPLAIN', () => {
    const settings = [
      '', 'fixed-date=on-or-before', 'notice=permissive', 'coronavirus=yes',
      ...Object.keys(lib.exceptionRecords).map((code) => `exception=${code}`),
    ];
    const ids = [...lib.ruleIds(), ...lib.localRules.map((r) => r.id)].filter((id, i, all) => all.indexOf(id) === i);
    const texts: string[] = [];
    for (const id of ids) {
      const rule = lib.getRule(id);
      const local = rule.force === 'local';
      for (const trigger of ['2020-06-01', '2025-04-17', '2026-09-01']) {
        for (const second of rule.triggerFields === 'date' ? [''] : ['', '2026-03-01', 'order-make-plan-final', 'x']) {
          for (const base of settings) {
            for (const options of local ? [base ? `profile=dorset; ${base}` : 'profile=dorset', base] : [base]) {
              for (const cell of [sheet.SEND_DEADLINE(id, trigger, second, options), sheet.SEND_EXPLAIN(id, trigger, second, options)]) {
                if (typeof cell === 'string') texts.push(cell);
              }
            }
          }
        }
      }
    }
    const bad = [
      sheet.SEND_DEADLINE('final-plan', '03/04/2025'), sheet.SEND_DEADLINE('nope', '2025-01-06'), sheet.SEND_DEADLINE('plan-transfer', '2025-01-06'),
      sheet.SEND_DEADLINE('final-plan', '2025-01-06', '', 'x=y'), sheet.SEND_ADD_WORKING_DAYS('2025-01-06', 1, 'before'), sheet.SEND_RULES('profile=x'),
      sheet.SEND_DEADLINE('final-plan', '2010-01-06'), sheet.SEND_IS_WORKING_DAY(-700000), sheet.SEND_BANK_HOLIDAYS(1900),
    ];
    texts.push(...bad.map(String));
    expect(texts.length).toBeGreaterThan(5000);
    // The offending lines, with the rule's title line for context.
    const offending = texts.flatMap((t) => t.split('\n').filter((line) => FORBIDDEN.test(line)).map((line) => `${t.split('\n')[0]} | ${line}`));
    expect([...new Set(offending)].slice(0, 5)).toEqual([]);
  });
});
