/**
 * The spreadsheet functions over the sources (the built bundles are tested in test/dist/sheets*):
 * ranges, blanks, error lines, date reading in a zone, and the two hosts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  appsScriptZone, asMatrix, createSheetFunctions, errorLine, excelHost, googleSheetsHost, isBlank, mapCells, midnightIn, readDate, readWhole,
  type SheetHost,
} from '../../src/sheets/core.js';
import * as sheets from '../../src/sheets/functions.js';
import { addWorkingDays, deadline, SendTimescalesError, toSerial } from '../../src/index.js';
import { numRuns } from '../support/fc.js';

const hostIn = (zone: string): SheetHost => ({ ...googleSheetsHost, zone: () => zone });
const at = (iso: string, zone: string, time = '00:00') => new Date(DateTime.fromISO(`${iso}T${time}`, { zone }).toMillis());
const civil = (d: unknown, zone: string) => DateTime.fromMillis((d as Date).getTime(), { zone }).toISODate();

describe('mapCells', () => {
  const pair = ([a, b]: unknown[]) => `${String(a)}${String(b)}`;
  it('scalars in give a scalar out; ranges give the same shape; a 1×1 range is used for every cell', () => {
    expect(mapCells(['a', 'b'], pair)).toBe('ab');
    expect(mapCells([[['a'], ['c']], 'b'], pair)).toEqual([['ab'], ['cb']]);
    expect(mapCells([[['a', 'c']], [['b', 'd']]], pair)).toEqual([['ab', 'cd']]);
    expect(mapCells([[['x']], [['b'], ['d']]], pair)).toEqual([['xb'], ['xd']]);
    expect(mapCells([[['x']], 'y'], pair)).toEqual([['xy']]);
    expect(mapCells([['a', 'c'], 'b'], pair)).toEqual([['ab', 'cb']]); // a 1-D list is one row
  });
  it('ranges of different shapes give one error line; a throwing cell gives its error line only', () => {
    expect(mapCells([[['a'], ['b']], [['a', 'b']]], pair)).toMatch(/^#INVALID_RANGE: .*2×1 and 1×2/);
    const out = mapCells([[[1], [2]]], ([n]) => {
      if (n === 2) throw new SendTimescalesError('INVALID_NUMBER', 'n', n, 'two is\nnot allowed');
      return n;
    });
    expect(out).toEqual([[1], ['#INVALID_NUMBER: two is not allowed']]);
  });
  it('keeps the shape of any 2-D range (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), (rows, cols) => {
        const grid = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => r * cols + c));
        const out = mapCells([grid, 1], ([v, k]) => (v as number) + (k as number)) as number[][];
        expect(out).toEqual(grid.map((row) => row.map((v) => v + 1)));
      }),
      { numRuns: Math.min(numRuns, 100) },
    );
  });
});

describe('cells', () => {
  it('blank: empty, whitespace, null, undefined', () => {
    for (const b of ['', '  ', null, undefined]) expect(isBlank(b)).toBe(true);
    for (const v of [0, false, 'x', new Date(0)]) expect(isBlank(v)).toBe(false);
  });
  it('error lines: the code and the message on one line; other errors as #ERROR', () => {
    expect(errorLine(new SendTimescalesError('INVALID_DATE', 'date', 'x', 'bad\n  date'))).toBe('#INVALID_DATE: bad date');
    expect(errorLine(new TypeError('boom'))).toBe('#ERROR: boom');
    expect(errorLine('odd')).toBe('#ERROR: odd');
  });
  it('readWhole: numbers and whole-number text', () => {
    expect(readWhole(15, 'n')).toBe(15);
    expect(readWhole(' -3 ', 'n')).toBe(-3);
    expect(() => readWhole(1.5, 'n')).toThrow(/whole number/);
    expect(() => readWhole('1e3', 'n')).toThrow(/whole number/);
  });
  it('asMatrix: Excel results are always 2-D', () => {
    expect(asMatrix(1)).toEqual([[1]]);
    expect(asMatrix([1, 2])).toEqual([[1, 2]]);
    expect(asMatrix([[1], [2]])).toEqual([[1], [2]]);
    expect(asMatrix([])).toEqual([['']]);
  });
});

describe('dates in and out', () => {
  it('a Date is read as its civil date in the sheet zone, whatever the time of day (property)', () => {
    const zones = ['Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Australia/Lord_Howe', 'America/Sao_Paulo'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 60 }), fc.constantFrom(...zones), fc.integer({ min: 0, max: 24 * 60 - 1 }),
        (offset, zone, minutes) => {
          const iso = DateTime.fromISO('1990-01-01', { zone: 'UTC' }).plus({ days: offset }).toISODate()!;
          const start = DateTime.fromISO(iso, { zone });
          const instant = new Date(start.plus({ minutes }).toMillis());
          if (DateTime.fromMillis(instant.getTime(), { zone }).toISODate() !== iso) return; // past the end of a short (DST) day
          expect(readDate(instant, 'date', hostIn(zone), () => zone)).toBe(iso);
          const back = midnightIn(iso, zone);
          expect(civil(back, zone)).toBe(iso);
          expect(back.getTime()).toBe(start.startOf('day').toMillis());
        },
      ),
      { numRuns },
    );
  });
  it('numbers are serials of the host system; text is ISO; anything else is INVALID_DATE', () => {
    expect(readDate(45658, 'date', googleSheetsHost, () => 'UTC')).toBe('2025-01-01');
    expect(readDate(45658, 'date', excelHost, () => 'UTC')).toBe('2025-01-01');
    expect(readDate(1, 'date', googleSheetsHost, () => 'UTC')).toBe('1899-12-31');
    expect(readDate(1, 'date', excelHost, () => 'UTC')).toBe('1900-01-01');
    expect(() => readDate(60, 'start', excelHost, () => 'UTC')).toThrow(/^start: Serial 60/);
    expect(() => readDate('06/01/2025', 'date', googleSheetsHost, () => 'UTC')).toThrow(/more than one way/);
    expect(() => readDate(false, 'date', googleSheetsHost, () => 'UTC')).toThrow(/date must be a date cell/);
  });
});

describe('the functions', () => {
  it('Google Sheets host: Date in, Date at midnight in the sheet zone out', () => {
    for (const zone of ['Europe/London', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
      const f = createSheetFunctions(hostIn(zone));
      expect(civil(f.deadline('final-plan', at('2025-01-06', zone)), zone)).toBe('2025-05-26');
      expect(civil(f.addWorkingDays(at('2025-01-06', zone, '18:00'), 15, 'beginning-with'), zone)).toBe('2025-01-24');
    }
  });
  it('Excel host: serials in and out, every result 2-D', () => {
    const f = createSheetFunctions(excelHost);
    expect(f.deadline([['final-plan']], [[toSerial('2025-01-06')]])).toEqual([[toSerial('2025-05-26')]]);
    expect(f.deadline('order-continue', toSerial('2025-01-06'))).toMatch(/^No date: Reg 44\(2\)\(g\) sets no period/);
  });
  it('the exported spreadsheet functions use the Google Sheets host by default', () => {
    const zone = 'Europe/London'; // no SpreadsheetApp or Session here: the fallback zone
    expect(appsScriptZone()).toBe(zone);
    expect(civil(sheets.SEND_ADD_WORKING_DAYS(at('2025-04-17', zone), 1), zone)).toBe(addWorkingDays('2025-04-17', 1));
    expect(civil(sheets.SEND_DEADLINE('final-plan', '2025-01-06'), zone)).toBe(deadline('final-plan', '2025-01-06').due);
    expect(sheets.SEND_IS_WORKING_DAY('2025-12-25')).toBe(false);
    expect(sheets.SEND_WORKING_DAYS_BETWEEN('2025-01-01', '2025-12-31')).toBe(253);
    expect(sheets.SEND_RULE('final-plan')).toContain('reg 13(2)');
    expect(sheets.SEND_EXPLAIN('final-plan', '2025-01-06')).toContain('How the date was worked out');
    expect((sheets.SEND_BANK_HOLIDAYS(2025) as unknown[][]).length).toBe(8);
  });
});

describe('appsScriptZone', () => {
  const g = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete g.SpreadsheetApp;
    delete g.Session;
  });
  it('asks the spreadsheet, then the script, then falls back to Europe/London', () => {
    g.SpreadsheetApp = { getActive: () => ({ getSpreadsheetTimeZone: () => 'Asia/Tokyo' }) };
    g.Session = { getScriptTimeZone: () => 'America/New_York' };
    expect(appsScriptZone()).toBe('Asia/Tokyo');
    g.SpreadsheetApp = { getActive: () => null };
    expect(appsScriptZone()).toBe('America/New_York');
    g.SpreadsheetApp = { getActive: () => { throw new Error('no spreadsheet'); } };
    g.Session = { getScriptTimeZone: () => 'Nowhere/Special' };
    expect(appsScriptZone()).toBe('Europe/London');
  });
});
