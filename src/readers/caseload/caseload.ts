/**
 * What reading a caseload gives: the cases whose rows all read well, each bad row with where it
 * is and why, the cases set aside because of one, and the counts that reconcile them (cases in the
 * file = cases + set aside). Nothing is dropped without a report.
 */
import type { ErrorCode, ErrorIssue } from '../../errors.js';
import type { CaseRecord } from '../../schema/case.js';

/**
 * A bad row or record: the library's one issue shape (`code`, `path`, `value`, `message`, and
 * `row`, the line or sheet row a row starts on), with the case it belongs to. `line`, `field` and
 * `reason` repeat `row`, `path` and `message` under the names the command's JSON output has always used.
 * @example
 * ```ts
 * const bad: RowError = { code: 'INVALID_DATE', path: 'date', value: '2025-02-30', message: '…', row: 3, line: 3, caseId: 'C2', field: 'date', reason: '…' };
 * ```
 */
export interface RowError extends ErrorIssue {
  /** 1-based line of the file (or row of the sheet) where the row starts, the header being line 1; absent for a JSON record. */
  readonly line?: number;
  /** 1-based position of the record in a JSON caseload; absent for a row. */
  readonly record?: number;
  readonly caseId: string;
  /** The same as `path`. */
  readonly field: string;
  /** The same as `message`. */
  readonly reason: string;
}

/**
 * Something in the input that was not read, though nothing was wrong with any case: columns the
 * library does not know, ignored (a column map can name what they hold, or list them to ignore).
 * @example
 * ```ts
 * const w: CaseloadWarning = { code: 'UNKNOWN_COLUMNS', columns: ['Colour'], message: 'Line 1: unknown column(s) "Colour" ignored …' };
 * ```
 */
export interface CaseloadWarning {
  readonly code: 'UNKNOWN_COLUMNS';
  /** The headings, as the file has them. */
  readonly columns: readonly string[];
  readonly message: string;
}

/**
 * Where a caseload came from: a CSV file, a JSON file of case records, an Excel workbook, or rows
 * held in memory.
 * @example
 * ```ts
 * const kind: CaseloadKind = 'xlsx';
 * ```
 */
export type CaseloadKind = 'csv' | 'json' | 'xlsx' | 'rows';

/**
 * A caseload as read.
 * @example
 * ```ts
 * const { cases, setAside, rowErrors } = readCaseloadRows(rows);
 * console.log(`${cases.length + setAside.length} cases: ${cases.length} read, ${setAside.length} set aside`);
 * ```
 */
export interface Caseload {
  /** The cases to process (their rows all read well). */
  readonly cases: CaseRecord[];
  readonly rowErrors: RowError[];
  /** Cases set aside because one of their rows or records was bad. */
  readonly setAside: string[];
  /** Rows or records read (blank lines not counted). */
  readonly rows: number;
  /** Bad rows that name no case (no case_id, or a part of the file that could not be read as a row). */
  readonly rowsWithoutCase: number;
  readonly kind: CaseloadKind;
  /** Columns not read (absent when there are none, as in every caseload of the library's own layout). */
  readonly warnings?: readonly CaseloadWarning[];
}

/** A bad row's issue, under both its names (see {@link RowError}). */
export function rowError(line: number, caseId: string, field: string, value: unknown, reason: string, code: ErrorCode): RowError {
  return { code, path: field, value, message: reason, row: line, line, caseId, field, reason };
}
