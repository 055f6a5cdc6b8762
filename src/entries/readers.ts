/**
 * Caseloads from outside: a council's CSV export or Excel tracker, or rows its system already
 * holds, read into case records with every bad row reported and every set-aside case counted
 * (cases in = cases read + set aside). Headings match whatever their case or punctuation; a column
 * map names a council's own headings and words (one row per event, or one row per case with a
 * column of dates for each event). The readers bring their own dependencies (a zip and an XML
 * parser for workbooks), which is why they live here and not in the package root.
 *
 * ```ts
 * import { readCaseloadRows, readCsvCaseload, readXlsxCaseload, type ColumnMap } from 'send-timescales/readers';
 * ```
 * @module send-timescales/readers
 */
export type { Caseload, CaseloadKind, CaseloadWarning, RowError } from '../readers/caseload/caseload.js';
export type { CaseloadReadOptions } from '../readers/caseload/options.js';
export { readCaseloadRows, type CaseloadRows } from '../readers/caseload/rows.js';
export { readCsvCaseload } from '../readers/caseload/csv.js';
export { readJsonCaseload } from '../readers/caseload/json.js';
export { readXlsxCaseload, type XlsxCaseloadOptions } from '../readers/caseload/xlsx.js';
export { InputError } from '../readers/caseload/input-error.js';
export { columnMapSchema, type ColumnMap } from '../schema/column-map.js';
