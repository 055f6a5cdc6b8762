/**
 * CSV the page offers to save, safe to open in a spreadsheet as the command line's is: a cell that
 * would start a formula (=, +, -, @, tab, carriage return) gets an apostrophe unless it is a plain
 * number. Written with csv-stringify's browser build.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';

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
