/**
 * A caseload from rows a council system already holds in memory (a database query, a spreadsheet
 * add-in, a parsed export): objects keyed by heading, or arrays whose first is the header row. The
 * rows are read exactly as a CSV of the same cells would be, with the same column map, date layout,
 * row issues and set-aside cases.
 */
import { SendTimescalesError, show } from '../../errors.js';
import type { Caseload } from './caseload.js';
import type { Cell } from './cells.js';
import { checkedOptions, type CaseloadReadOptions } from './options.js';
import { CaseloadTable } from './table.js';

/**
 * Rows held in memory: objects keyed by heading, or arrays of cells with the header row first.
 * A cell is text, a number, a boolean, or empty (`null`, `undefined`, `''`).
 * @example
 * ```ts
 * const rows: CaseloadRows = [{ 'Child ID': 'C1', 'Date Request Received': '2025-01-06' }];
 * ```
 */
export type CaseloadRows = readonly (Readonly<Record<string, unknown>> | readonly unknown[])[];

/**
 * Reads a caseload from rows in memory: the cases, each bad row (numbered as a spreadsheet would
 * show it, the header being row 1), the cases set aside, and unknown columns as warnings.
 * @param rows - Objects keyed by heading, or arrays with the header row first.
 * @param options - The column map, the date layout, the serial system of number dates.
 * @returns The caseload: cases in the rows = `cases.length` + `setAside.length`.
 * @throws {@link SendTimescalesError} `INVALID_ARGUMENT` for rows that are not a list of objects or
 * of arrays; `INVALID_OPTION` for a bad column map (each issue's path points into it) or option;
 * `INPUT` for a header that cannot be read (a missing case_id column, two headings for one column).
 * @example
 * ```ts
 * const { cases, rowErrors, setAside } = readCaseloadRows(
 *   [{ 'Child ID': 'C1', 'Date Request Received': '2025-01-06', 'EHCP Issued': '2025-05-27' }],
 *   { columns: { columns: { 'Child ID': 'case_id' }, events: { 'Date Request Received': 'request-received', 'EHCP Issued': 'final-plan-issued' } } },
 * );
 * cases[0]; // { id: 'C1', events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'final-plan-issued', date: '2025-05-27' }] }
 * ```
 */
export function readCaseloadRows(rows: CaseloadRows, options: CaseloadReadOptions = {}): Caseload {
  if (!Array.isArray(rows)) throw new SendTimescalesError('INVALID_ARGUMENT', 'rows', rows, `The rows must be a list (of objects keyed by heading, or of arrays with the header first), not ${show(rows)}.`);
  const table = new CaseloadTable({ ...checkedOptions(options), where: 'Row', skipBlankRows: true });
  if (rows.length === 0) return table.result('rows');
  const arrays = Array.isArray(rows[0]);
  rows.forEach((row, i) => {
    const ok = arrays ? Array.isArray(row) : row !== null && typeof row === 'object' && !Array.isArray(row);
    if (!ok) throw new SendTimescalesError('INVALID_ARGUMENT', `rows[${i}]`, row, `Row ${i + 1} is ${show(row)}; every row must be ${arrays ? 'an array of cells, as the first is' : 'an object keyed by heading, as the first is'}.`);
  });
  if (arrays) {
    const [head, ...body] = rows as readonly (readonly unknown[])[];
    table.header(1, head!.map((c) => (c === null || c === undefined ? '' : String(c))));
    body.forEach((cells, i) => feed(table, i + 2, cells));
    return table.result('rows');
  }
  // The header is every key of every row, in the order first met; a key a row lacks is an empty cell.
  const headings: string[] = [];
  const seen = new Set<string>();
  for (const row of rows as readonly Readonly<Record<string, unknown>>[]) {
    for (const key of Object.keys(row)) if (!seen.has(key)) (seen.add(key), headings.push(key));
  }
  table.header(1, headings);
  (rows as readonly Readonly<Record<string, unknown>>[]).forEach((row, i) => feed(table, i + 2, headings.map((h) => (Object.hasOwn(row, h) ? row[h] : undefined))));
  return table.result('rows');
}

/** One row into the table: a value that is no kind of cell (an object, a Date) makes the row unreadable, never guessed at. */
function feed(table: CaseloadTable, line: number, values: readonly unknown[]): void {
  const cells: Cell[] = [];
  let problem: string | undefined;
  values.forEach((value, i) => {
    if (value === null || value === undefined) cells.push(undefined);
    else if (typeof value === 'string' || typeof value === 'number') cells.push(value);
    else if (typeof value === 'boolean') cells.push(String(value));
    else {
      cells.push(undefined);
      problem ??= `Cell ${i + 1} holds ${show(value)}, which is not text, a number or empty; give dates as YYYY-MM-DD text (a Date object's day depends on a time zone, so it is not guessed).`;
    }
  });
  table.row(line, cells, problem);
}

