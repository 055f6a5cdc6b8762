/**
 * One cell of a caseload row, as text or as a date. A cell is text (a CSV cell, a text cell of a
 * workbook), a number (a workbook's number: for a date, its serial) or nothing. Dates in text are
 * read as the CSV has always read them: `YYYY-MM-DD` always, any other layout only in the layout
 * given (`03/04/2025` is refused without one, never guessed). A serial is read in the workbook's
 * own date system (1900, with its fictitious 29 February 1900, or 1904) by the day module.
 */
import { parseDate } from '../../day/parse.js';
import { fromSerial, type SerialSystem } from '../../day/serial.js';
import { SendTimescalesError, type ErrorCode } from '../../errors.js';

/**
 * A cell as a reader hands it over: text, a number, or nothing.
 * @example
 * ```ts
 * const row: Cell[] = ['C001', 45663, undefined]; // a case id, a serial date, an empty cell
 * ```
 */
export type Cell = string | number | undefined;

/** Reports one problem with a row: the field (a column's name), the value, the reason and its code. */
export type Fail = (field: string, value: unknown, reason: string, code?: ErrorCode) => void;

/** How the dates of a caseload are written. */
export interface DateReading {
  /** The layout of text dates that are not `YYYY-MM-DD`, in luxon tokens (e.g. `dd/MM/yyyy`). */
  readonly dateFormat?: string;
  /** The serial system of number cells in date columns (a workbook's own; in memory, the caller's). */
  readonly serials?: SerialSystem;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The text of a cell: a number as JavaScript writes it (a case id of 1001 is "1001"), nothing as ''. */
export function cellText(cell: Cell): string {
  return cell === undefined ? '' : typeof cell === 'number' ? String(cell) : cell;
}

/** Whether a cell holds nothing. */
export function isEmpty(cell: Cell): boolean {
  return cell === undefined || (typeof cell === 'string' && cell === '');
}

/** The ISO date of a date cell, or undefined after reporting why it is not one. */
export function readDateCell(cell: Cell, field: string, reading: DateReading, fail: Fail): string | undefined {
  try {
    if (typeof cell === 'number') {
      if (reading.serials === undefined) {
        fail(field, cell, `${cell} is a number, not a date: give the date as YYYY-MM-DD text (or, for spreadsheet serial numbers, say which serial system they are in).`, 'INVALID_DATE');
        return undefined;
      }
      return fromSerial(cell, reading.serials);
    }
    const value = cell ?? '';
    // YYYY-MM-DD is always read as such: it cannot be misread, whatever layout the other dates have.
    return parseDate(value, { field, ...(reading.dateFormat && !ISO.test(value) ? { format: reading.dateFormat } : {}) });
  } catch (e) {
    if (e instanceof SendTimescalesError) fail(field, cell, e.message, e.code);
    else throw e;
    return undefined;
  }
}
