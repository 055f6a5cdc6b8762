/**
 * CSV that is safe to open in a spreadsheet, for the command line's files and the page's
 * downloads alike: a cell that would start a formula (=, +, -, @, tab, carriage return) is
 * prefixed with an apostrophe unless it is a plain number. The page's build maps csv-stringify's
 * Node entry to its browser build (scripts/build-web.mjs); the two write the same text.
 */
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** A cell as text, defused if it would start a formula. */
export function safeCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/** A header row and rows as CSV text. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return stringify([header.map(safeCell), ...rows.map((r) => r.map(safeCell))]);
}
