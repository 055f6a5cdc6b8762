/**
 * The CSV files of an audit the page offers to save: the five files the command line's
 * `audit --output-dir` writes (summary.csv, rules.csv, late.csv, overdue.csv, set-aside.csv), with
 * the same columns, rows and ISO dates; for an SEN2 return, the return's rows in the summary and
 * its findings in set-aside.csv, as the command line writes them. The tests check these files
 * against the command line's, byte for byte.
 */
import { mostLateFirst, type Audit, type LateCase } from '../engine/audit.js';
import type { AuditInputCounts, AuditRun, Sen2Run } from './audit-run.js';
import { toCsv } from './csv.js';

/** One set-aside row or record, as set-aside.csv lists it. */
interface SetAsideRow {
  readonly caseId: string;
  readonly line: number | '';
  readonly record: number | '';
  readonly field: string;
  readonly value: unknown;
  readonly code: string;
  readonly reason: string;
}

const LATE_HEADER = ['case_id', 'rule_id', 'due', 'done', 'status', 'days_late'];
const lateRow = (l: LateCase) => [l.caseId, l.ruleId, l.due, l.done ?? '', l.status, l.daysLate];

/** The input's counts of an SEN2 run (persons in the return = audited + set aside). */
export function sen2Counts(run: Sen2Run): AuditInputCounts {
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

function setAsideRows(run: AuditRun): SetAsideRow[] {
  if (run.kind === 'sen2') {
    return [
      ...run.partsSetAside.map((s) => ({ caseId: '', line: s.row ?? ('' as const), record: '' as const, field: s.path, value: s.value, code: s.code, reason: s.message })),
      ...run.result.setAside.flatMap((p) => p.findings.map((f) => ({
        caseId: p.personId, line: f.row ?? ('' as const), record: p.position, field: f.path, value: f.value, code: `${f.code} ${f.kind}`, reason: f.message,
      }))),
    ];
  }
  return [
    ...run.caseload.rowErrors.map((r) => ({ caseId: r.caseId, line: r.line ?? ('' as const), record: r.record ?? ('' as const), field: r.field, value: r.value, code: r.code, reason: r.reason })),
    ...run.audit.rejected.flatMap((r) => r.errors.map((e) => ({ caseId: r.id, line: '' as const, record: '' as const, field: e.field, value: e.value, code: e.code, reason: e.message }))),
  ];
}

/** The audit of a run, its counts, its window and the summary's extra rows. */
export function runParts(run: AuditRun): { audit: Audit; input: AuditInputCounts; window: { from: string | null; to: string | null }; summaryRows: (string | number)[][] } {
  if (run.kind === 'caseload') return { audit: run.audit, input: run.input, window: run.window, summaryRows: [] };
  const r = run.result;
  return {
    audit: r.audit,
    input: sen2Counts(run),
    window: { from: r.measures.plans.from, to: r.measures.plans.to },
    summaryRows: [
      ['census_date', r.census],
      ['local_authority', run.header.lea ?? ''],
      ['persons_in_return', r.persons.total],
      ['persons_audited', r.persons.audited],
      ['persons_set_aside', r.persons.setAside],
      ['measure_reading', r.measures.reading.id],
    ],
  };
}

/** The files: name → CSV text. */
export function auditFiles(run: AuditRun): Record<string, string> {
  const { audit: a, input, window: w, summaryRows } = runParts(run);
  const i = a.twentyWeeks.including;
  const x = a.twentyWeeks.excludingExceptions;
  const late = mostLateFirst(a.lateCases);
  return {
    'summary.csv': toCsv(['measure', 'value'], [
      ['as_of', a.asOf],
      ['reviewed_on', a.reviewedOn],
      ['window_from', w.from ?? ''],
      ['window_to', w.to ?? ''],
      ['cases_in_file', input.cases],
      ['cases_audited', input.audited],
      ['cases_set_aside', input.setAside],
      ['bad_rows', input.badRows],
      ['bad_rows_naming_no_case', input.rowsWithoutCase],
      ['plans_issued', i.plansIssued],
      ['plans_within_20_weeks', i.withinTwentyWeeks],
      ['percent_within_20_weeks', i.percent ?? ''],
      ['plans_issued_excluding_exceptions', x.plansIssued],
      ['plans_within_20_weeks_excluding_exceptions', x.withinTwentyWeeks],
      ['percent_within_20_weeks_excluding_exceptions', x.percent ?? ''],
      ['late', a.lateCases.filter((l) => l.status === 'late').length],
      ['overdue', a.lateCases.filter((l) => l.status === 'overdue').length],
      ...summaryRows,
    ]),
    'rules.csv': toCsv(
      ['rule_id', 'title', 'local_beside', 'applicable', 'met', 'late', 'overdue', 'due', 'lifted', 'relaxed', 'not_applicable', 'not_triggered', 'percent_on_time', 'later_than_law'],
      a.rules.map((r) => [r.ruleId, r.title, r.local?.statutory ?? '', r.applicable, r.met, r.late, r.overdue, r.due, r.lifted, r.relaxed, r.notApplicable, r.notTriggered, r.percentOnTime ?? '', r.local?.laterThanLaw ?? '']),
    ),
    'late.csv': toCsv(LATE_HEADER, late.filter((l) => l.status === 'late').map(lateRow)),
    'overdue.csv': toCsv(LATE_HEADER, late.filter((l) => l.status === 'overdue').map(lateRow)),
    'set-aside.csv': toCsv(['case_id', 'line', 'record', 'field', 'value', 'code', 'reason'], setAsideRows(run).map((s) => [s.caseId, s.line, s.record, s.field, typeof s.value === 'string' ? s.value : s.value === undefined ? '' : JSON.stringify(s.value) ?? '', s.code, s.reason])),
  };
}
