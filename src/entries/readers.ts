/**
 * Caseloads from outside: a council's CSV export or Excel tracker, or rows its system already
 * holds, read into case records with every bad row reported and every set-aside case counted
 * (cases in = cases read + set aside). Headings match whatever their case or punctuation; a column
 * map names a council's own headings and words (one row per event, or one row per case with a
 * column of dates for each event). The readers bring their own dependencies (a zip and an XML
 * parser for workbooks), which is why they live here and not in the package root.
 *
 * The Department for Education's SEN2 person-level return too: its XML (streamed, a person at a
 * time) and the collection service's CSV export, told apart by content; each person mapped to
 * cases with the data-quality findings; the whole return audited with the Department's measures
 * (persons in = audited + set aside). The measures' arithmetic, `dfeMeasures`, is in the package
 * root beside `audit` (any caseload can feed it); the readings of "within" and the measures'
 * records are law data, in `send-timescales/law`.
 *
 * ```ts
 * import { readCaseloadRows, readCsvCaseload, readXlsxCaseload, type ColumnMap } from 'send-timescales/readers';
 * import { streamSen2Xml, readSen2Csv, auditSen2, Sen2Auditor } from 'send-timescales/readers';
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

// The SEN2 return: reading it, its code lists, its persons as cases, and its audit.
export {
  readSen2Xml, streamSen2Xml, readSen2Csv, detectSen2,
  type Sen2Source, type Sen2Header, type Sen2Placement, type Sen2NamedPlan, type Sen2Assessment, type Sen2Need, type Sen2ActivePlan,
  type Sen2Request, type Sen2Person, type Sen2UnknownElement, type Sen2Return, type Sen2XmlOptions, type Sen2StreamOptions,
  type Sen2StreamSummary, type Sen2CsvFile, type Sen2CsvReturn, type Sen2Detection, type Sen2InputKind, type Sen2TextInput,
  sen2Date, assessmentOutcomeCodes, ceaseReasonCodes, codeOf, requestOutcomeCodes, reviewOutcomeCodes, week20Codes,
  type Sen2Code, type Sen2CodeList,
  type Sen2Finding, type Sen2FindingKind, sen2Findings, sen2CaseId, sen2PersonToCases, type Sen2PersonCases, type Sen2MeasureInputs,
  auditSen2, type Sen2Audit, type Sen2AuditOptions, type Sen2PersonResult,
} from '../readers/sen2/index.js';
export { Sen2Auditor } from '../readers/sen2/audit.js';
