/** How a caseload is read, from a file or from rows in memory; checked once, before any row. */
import type { SerialSystem } from '../../day/serial.js';
import { SendTimescalesError, show } from '../../errors.js';
import { checkColumnMap, type CheckedColumnMap, type ColumnMap } from '../../schema/column-map.js';

/**
 * How rows (or a file) are read into a caseload.
 * @example
 * ```ts
 * const options: CaseloadReadOptions = { columns: { events: { 'EHCP Issued': 'final-plan-issued' } }, dateFormat: 'dd/MM/yyyy' };
 * ```
 */
export interface CaseloadReadOptions {
  /** The column map: the council's headings and words for the library's (schemas/column-map.schema.json). */
  readonly columns?: ColumnMap;
  /** The layout of text dates that are not `YYYY-MM-DD`, in luxon tokens (e.g. `dd/MM/yyyy`); without it `03/04/2025` is refused, never guessed. */
  readonly dateFormat?: string;
  /** Refuse columns the library does not read, instead of ignoring them with a warning. */
  readonly strictColumns?: boolean;
  /** The serial system of numbers in date cells (`excel1900`, `excel1904`, `sheets`); without it a number in a date cell is refused. */
  readonly serials?: SerialSystem;
}

/** The options once checked: the map keyed for lookups. */
export interface CheckedReadOptions {
  readonly map?: CheckedColumnMap;
  readonly dateFormat?: string;
  readonly strictColumns?: boolean;
  readonly serials?: SerialSystem;
}

/** The options checked once, before any row: each problem an `INVALID_OPTION` issue. */
export function checkedOptions(options: CaseloadReadOptions): CheckedReadOptions {
  if (options === null || typeof options !== 'object') throw new SendTimescalesError('INVALID_OPTION', 'options', options, `The options must be an object, not ${show(options)}.`);
  const { columns, dateFormat, strictColumns, serials } = options;
  if (dateFormat !== undefined && (typeof dateFormat !== 'string' || dateFormat.trim() === '')) {
    throw new SendTimescalesError('INVALID_OPTION', 'dateFormat', dateFormat, `dateFormat must be a layout in luxon tokens such as dd/MM/yyyy, not ${show(dateFormat)}.`);
  }
  if (serials !== undefined && serials !== 'excel1900' && serials !== 'excel1904' && serials !== 'sheets') {
    throw new SendTimescalesError('INVALID_OPTION', 'serials', serials, `${show(serials)} is not a serial system: use excel1900, excel1904 or sheets.`);
  }
  return {
    ...(columns !== undefined ? { map: checkColumnMap(columns) } : {}),
    ...(dateFormat !== undefined ? { dateFormat } : {}),
    ...(strictColumns ? { strictColumns: true } : {}),
    ...(serials !== undefined ? { serials } : {}),
  };
}
