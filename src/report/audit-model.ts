/**
 * The report of an audit, as one plain object: what `audit --format json` prints, what the HTML
 * report draws and what the offline page shows, for a caseload and for an SEN2 return. Built once
 * here from the audit and what the reader found, so the three can never tell different numbers.
 *
 * The readers sit beside this layer, so their results are described here by the fields the report
 * reads (TypeScript checks that a reader's result has them) rather than imported.
 */
import type { IsoDate } from '../day/iso.js';
import type { Audit } from '../engine/audit.js';
import type { DfeMeasures } from '../engine/dfe-measures.js';
import type { ErrorIssue } from '../errors.js';
import type { MeasureReading } from '../law/measures.js';

/** Where the cases came from: a caseload's kind (CSV, JSON, Excel workbook, rows), or an SEN2 return. */
export type AuditSourceKind = 'csv' | 'json' | 'xlsx' | 'rows' | 'sen2';

/** What the audit was given and what became of it: cases in = audited + set aside, always. */
export interface AuditInput {
  /** The caseload's kind, or `sen2` for an SEN2 return (whose counts are of persons). */
  readonly kind: AuditSourceKind;
  /** Distinct cases in the file (CSV, workbook, rows), records (JSON) or persons (an SEN2 return). */
  readonly cases: number;
  readonly audited: number;
  readonly setAside: number;
  /** Bad rows or records (a case may have several). */
  readonly badRows: number;
  /** Bad rows that name no case (no case_id, or text that is not a row). */
  readonly rowsWithoutCase: number;
}

/** The plans' issue dates the 20-week measure covers (null: no limit on that side). */
export interface AuditWindow {
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
}

/** A bad row, record or finding that set a case (or person) aside, as the JSON lists it. */
export interface ReportRowError {
  readonly line?: number | undefined;
  readonly record?: number | undefined;
  readonly caseId: string;
  readonly field: string;
  readonly value: unknown;
  readonly code: string;
  readonly reason: string;
}

/** Something in the input that was not read (unknown columns, unknown SEN2 elements). */
export interface ReportWarning {
  readonly code: string;
  readonly message: string;
}

/** One finding about one person of an SEN2 return (the reader's `Sen2Finding`). */
export interface ReportFinding extends ErrorIssue {
  readonly kind: string;
  readonly severity: 'set-aside' | 'warning';
}

/** One person of an SEN2 return with their findings (the reader's `Sen2PersonResult`). */
export interface ReportPerson {
  readonly position: number;
  readonly personId: string;
  readonly caseIds: readonly string[];
  readonly findings: readonly ReportFinding[];
  readonly notes: readonly string[];
}

/** The return's header fields a report names (the reader's `Sen2Header` has these and more). */
export interface ReportSen2Header {
  readonly lea?: string;
  readonly year?: string;
}

/** The SEN2 part of a report: the return's header, persons, measures and findings. */
export interface Sen2ReportPart {
  readonly format: 'xml' | 'csv-export';
  readonly header: ReportSen2Header;
  readonly census: IsoDate;
  readonly measuresYear: number;
  readonly reading: MeasureReading;
  readonly persons: { readonly total: number; readonly audited: number; readonly setAside: number };
  readonly setAside: readonly ReportPerson[];
  readonly audited: readonly ReportPerson[];
  readonly measures: DfeMeasures;
  readonly untimedPlans: readonly { readonly caseId: string; readonly path: string }[];
  readonly unknownElements: readonly { readonly path: string; readonly count: number }[];
  readonly partsSetAside: readonly ErrorIssue[];
  readonly exportRows?: { readonly read: number; readonly placed: number; readonly setAside: number };
}

/**
 * The report of an audit: the object `audit --format json` prints (its keys in that order), which
 * the HTML report and the page render. `source` says what kind of input it was; `sen2` is there for a return.
 */
export interface AuditReport {
  readonly asOf: IsoDate;
  readonly reviewedOn: 'meeting' | 'decision';
  readonly input: {
    readonly cases: number;
    readonly audited: number;
    readonly setAside: number;
    readonly badRows: number;
    readonly rowsWithoutCase: number;
    /** `persons` for an SEN2 return; absent for a caseload (cases). */
    readonly unit?: 'persons';
  };
  /** The kind of input the audit read (its name is not in the report: the same data under two names reports alike). */
  readonly source: { readonly kind: AuditSourceKind };
  readonly window: AuditWindow;
  readonly cases: Audit['cases'];
  readonly rules: Audit['rules'];
  readonly twentyWeeks: Audit['twentyWeeks'];
  readonly twentyWeekBands: Audit['twentyWeekBands'];
  readonly planMonths: Audit['planMonths'];
  readonly lateCases: Audit['lateCases'];
  readonly rejected: Audit['rejected'];
  readonly caseWarnings: Audit['caseWarnings'];
  /** The ids of the cases (persons) set aside by the reader. */
  readonly setAside: readonly string[];
  readonly rowErrors: readonly ReportRowError[];
  /** Columns (or, in a return, elements) not read; a caseload without any has no `warnings`. */
  readonly warnings?: readonly ReportWarning[];
  readonly sen2?: Sen2ReportPart;
}

/** The counts of `input` as the report prints them. */
export function inputCounts(i: AuditInput): AuditReport['input'] {
  return { cases: i.cases, audited: i.audited, setAside: i.setAside, badRows: i.badRows, rowsWithoutCase: i.rowsWithoutCase, ...(i.kind === 'sen2' ? { unit: 'persons' as const } : {}) };
}

/** The input's counts back from a report (its kind from `source`). */
export function reportInput(r: AuditReport): AuditInput {
  return { kind: r.source.kind, ...r.input };
}

/** The audit's own fields, in the order the report prints them. */
function auditFields(a: Audit) {
  return {
    cases: a.cases,
    rules: a.rules,
    twentyWeeks: a.twentyWeeks,
    twentyWeekBands: a.twentyWeekBands,
    planMonths: a.planMonths,
    lateCases: a.lateCases,
    rejected: a.rejected,
    caseWarnings: a.caseWarnings,
  };
}

/** What reading a caseload gave beside its cases (the reader's `Caseload`, less its cases). */
export interface CaseloadReadResult {
  readonly setAside: readonly string[];
  readonly rowErrors: readonly ReportRowError[];
  readonly warnings?: readonly ReportWarning[] | undefined;
}

/**
 * The report of a caseload's audit.
 * @example
 * const report = caseloadAuditReport({ audit: a, input, window: { from: null, to: null }, caseload });
 */
export function caseloadAuditReport(parts: {
  readonly audit: Audit;
  readonly input: AuditInput;
  readonly window: AuditWindow;
  readonly caseload: CaseloadReadResult;
}): AuditReport {
  const { audit: a, input, caseload } = parts;
  const { cases, rules, twentyWeeks, twentyWeekBands, planMonths, lateCases, rejected, caseWarnings } = auditFields(a);
  return {
    asOf: a.asOf,
    reviewedOn: a.reviewedOn,
    input: inputCounts(input),
    source: { kind: input.kind },
    window: parts.window,
    cases, rules, twentyWeeks, twentyWeekBands, planMonths, lateCases, rejected, caseWarnings,
    setAside: caseload.setAside,
    rowErrors: caseload.rowErrors,
    // Absent when there are none, as the caseload reader gives it (and as the JSON has always had it).
    ...(caseload.warnings !== undefined ? { warnings: caseload.warnings } : {}),
  };
}

/** A return audited, with what the reader found beside the persons (the command line's `Sen2Run`). */
export interface Sen2RunResult {
  readonly name: string;
  readonly format: 'xml' | 'csv-export';
  readonly header: ReportSen2Header;
  readonly result: {
    readonly census: IsoDate;
    readonly persons: { readonly total: number; readonly audited: number; readonly setAside: number };
    readonly setAside: readonly ReportPerson[];
    readonly audited: readonly ReportPerson[];
    readonly audit: Audit;
    readonly measures: DfeMeasures;
    readonly untimedPlans: readonly { readonly caseId: string; readonly path: string }[];
  };
  readonly unknownElements: readonly { readonly path: string; readonly count: number; readonly first?: { readonly line?: number } | undefined }[];
  readonly partsSetAside: readonly ErrorIssue[];
  readonly exportRows?: { readonly read: number; readonly placed: number; readonly setAside: number } | undefined;
}

/** Persons in = audited + set aside, as the caseload audit counts cases (the unit is persons). */
export function sen2AuditInput(run: Sen2RunResult): AuditInput {
  const { persons } = run.result;
  return {
    kind: 'sen2',
    cases: persons.total,
    audited: persons.audited,
    setAside: persons.setAside,
    badRows: run.result.setAside.reduce((n, p) => n + p.findings.filter((f) => f.severity === 'set-aside').length, 0) + run.partsSetAside.length,
    rowsWithoutCase: run.partsSetAside.length,
  };
}

/** One set-aside row, record or finding, as set-aside.csv lists it ('' where it has no line or record). */
export interface SetAsideRow {
  readonly caseId: string;
  readonly line: number | '';
  readonly record: number | '';
  readonly field: string;
  readonly value: unknown;
  readonly code: string;
  readonly reason: string;
}

/** The set-aside persons' findings and the parts not placed (the caseload audit's columns; record = the person's position). */
export function sen2SetAsideRows(run: Pick<Sen2RunResult, 'partsSetAside'> & { readonly result: Pick<Sen2RunResult['result'], 'setAside'> }): SetAsideRow[] {
  return [
    ...run.partsSetAside.map((s) => ({ caseId: '', line: s.row ?? ('' as const), record: '' as const, field: s.path, value: s.value, code: s.code, reason: s.message })),
    ...run.result.setAside.flatMap((p) => p.findings.map((f) => ({
      caseId: p.personId, line: f.row ?? ('' as const), record: p.position, field: f.path, value: f.value, code: `${f.code} ${f.kind}`, reason: f.message,
    }))),
  ];
}

/**
 * The report of an SEN2 return's audit: the caseload audit's keys (counts of persons in `input`),
 * the return's parts under `sen2`.
 * @example
 * const report = sen2AuditReport(run);
 * report.sen2?.measures.plans.including.percent
 */
export function sen2AuditReport(run: Sen2RunResult): AuditReport {
  const r = run.result;
  const a = r.audit;
  const input = sen2AuditInput(run);
  const { cases, rules, twentyWeeks, twentyWeekBands, planMonths, lateCases, rejected, caseWarnings } = auditFields(a);
  return {
    asOf: a.asOf,
    reviewedOn: a.reviewedOn,
    input: inputCounts(input),
    source: { kind: 'sen2' },
    window: { from: r.measures.plans.from, to: r.measures.plans.to },
    cases, rules, twentyWeeks, twentyWeekBands, planMonths, lateCases, rejected, caseWarnings,
    setAside: r.setAside.map((p) => p.personId),
    rowErrors: sen2SetAsideRows(run).map((s) => ({ line: s.line === '' ? undefined : s.line, record: s.record === '' ? undefined : s.record, caseId: s.caseId, field: s.field, value: s.value, code: s.code, reason: s.reason })),
    warnings: run.unknownElements.length
      ? [{ code: 'UNKNOWN_ELEMENTS', elements: run.unknownElements.map((u) => u.path), message: `Elements not read (each counted once): ${run.unknownElements.map((u) => `${u.path} (${u.count})`).join(', ')}.` } as ReportWarning]
      : [],
    sen2: {
      format: run.format,
      header: run.header,
      census: r.census,
      measuresYear: r.measures.plans.year,
      reading: r.measures.reading,
      persons: r.persons,
      setAside: r.setAside,
      audited: r.audited,
      measures: r.measures,
      untimedPlans: r.untimedPlans,
      unknownElements: run.unknownElements,
      partsSetAside: run.partsSetAside,
      ...(run.exportRows !== undefined ? { exportRows: run.exportRows } : {}),
    },
  };
}
