/**
 * Spreadsheet serial numbers. Three systems are in use:
 * - `excel1900` (Excel's default): serial 1 = 1900-01-01. Excel copies Lotus 1-2-3 in treating
 *   1900 as a leap year, so serial 60 is a fictitious 29 February 1900 (refused here) and every
 *   serial from 61 on is one more than the true day count.
 * - `excel1904` (old Mac Excel): serial 0 = 1904-01-01.
 * - `sheets` (Google Sheets): serial 0 = 1899-12-30; negative serials are earlier days.
 * A fraction is a time of day; the civil date is the whole-day part.
 */
import { SendTimescalesError, show } from '../errors.js';
import { dayToIso, daysFromCivil, isoToDay, type IsoDate } from './iso.js';

/**
 * A spreadsheet's date serial system: `excel1900` (Excel's default, with its fictitious
 * 29 February 1900, serial 60), `excel1904` (old Mac Excel) or `sheets` (Google Sheets, day 0 = 1899-12-30).
 * @example
 * ```ts
 * const system: SerialSystem = 'sheets';
 * fromSerial(45658, system); // '2025-01-01'
 * ```
 */
export type SerialSystem = 'excel1900' | 'excel1904' | 'sheets';

const SHEETS_EPOCH = daysFromCivil(1899, 12, 30);
const EXCEL1904_EPOCH = daysFromCivil(1904, 1, 1);
const EXCEL1900_DAY_ZERO = daysFromCivil(1899, 12, 31); // serials 1–59
const EXCEL1900_FIRST_TRUE = daysFromCivil(1900, 3, 1); // serial 61

function checkSystem(system: unknown): SerialSystem {
  if (system === 'excel1900' || system === 'excel1904' || system === 'sheets') return system;
  throw new SendTimescalesError('INVALID_OPTION', 'system', system, `${show(system)} is not a serial system: use excel1900, excel1904 or sheets.`);
}

/** The day number of a serial. */
export function serialToDay(serial: number, system: SerialSystem = 'excel1900'): number {
  checkSystem(system);
  if (typeof serial !== 'number' || !Number.isFinite(serial)) {
    throw new SendTimescalesError('INVALID_NUMBER', 'serial', serial, `The serial ${show(serial)} is not a number.`);
  }
  const whole = Math.floor(serial);
  if (system === 'sheets') return SHEETS_EPOCH + whole;
  if (system === 'excel1904') {
    if (whole < 0) throw tooEarly(serial, system);
    return EXCEL1904_EPOCH + whole;
  }
  if (whole < 1) throw tooEarly(serial, system);
  if (whole === 60) {
    throw new SendTimescalesError(
      'INVALID_DATE', 'serial', serial,
      'Serial 60 is Excel\'s 29 February 1900, a day that never existed (Excel treats 1900 as a leap year). Use a real date.',
    );
  }
  return whole < 60 ? EXCEL1900_DAY_ZERO + whole : SHEETS_EPOCH + whole;
}

function tooEarly(serial: number, system: SerialSystem): SendTimescalesError {
  const first = system === 'excel1904' ? '0 (1 January 1904)' : '1 (1 January 1900)';
  return new SendTimescalesError('OUT_OF_RANGE', 'serial', serial, `The serial ${serial} is before the first date of the ${system} system, serial ${first}.`);
}

/** The serial of a day number. */
export function dayToSerial(day: number, system: SerialSystem = 'excel1900'): number {
  checkSystem(system);
  if (system === 'sheets') return day - SHEETS_EPOCH;
  if (system === 'excel1904') {
    if (day < EXCEL1904_EPOCH) throw rangeError(day, system);
    return day - EXCEL1904_EPOCH;
  }
  if (day <= EXCEL1900_DAY_ZERO) throw rangeError(day, system);
  return day < EXCEL1900_FIRST_TRUE ? day - EXCEL1900_DAY_ZERO : day - SHEETS_EPOCH;
}

function rangeError(day: number, system: SerialSystem): SendTimescalesError {
  const iso = dayToIso(day);
  return new SendTimescalesError('OUT_OF_RANGE', 'date', iso, `${iso} is before the first date the ${system} serial system can show.`);
}

/**
 * The civil date of a spreadsheet serial number. A fraction (a time of day) is dropped.
 * @param serial - The serial number a spreadsheet stores for a date.
 * @param system - The serial system (default `excel1900`).
 * @returns The ISO date.
 * @throws {@link SendTimescalesError} `INVALID_DATE` for serial 60 in `excel1900` (29 February 1900 never existed); `OUT_OF_RANGE` before the system's first date; `INVALID_NUMBER` for a value that is not a number.
 * @example
 * ```ts
 * fromSerial(45658);              // '2025-01-01' (Excel, 1900 system)
 * fromSerial(45658.75, 'sheets'); // '2025-01-01' (Google Sheets; 18:00 dropped)
 * fromSerial(43831, 'excel1904'); // '2024-01-02'
 * ```
 */
export function fromSerial(serial: number, system: SerialSystem = 'excel1900'): IsoDate {
  return dayToIso(serialToDay(serial, system));
}

/**
 * The spreadsheet serial number of a civil date.
 * @param date - A civil date, `YYYY-MM-DD`.
 * @param system - The serial system (default `excel1900`).
 * @returns The whole-day serial.
 * @example
 * ```ts
 * toSerial('2025-01-01');              // 45658 (Excel, 1900 system)
 * toSerial('2025-01-01', 'excel1904'); // 44196
 * ```
 */
export function toSerial(date: IsoDate, system: SerialSystem = 'excel1900'): number {
  return dayToSerial(isoToDay(date), system);
}
