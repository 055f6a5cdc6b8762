/**
 * The CSV files of an audit: summary.csv, rules.csv, late.csv, overdue.csv and set-aside.csv, as
 * the command line's `audit --output-dir` writes them and the offline page offers them to save.
 * One writer for both, so the files the two give for the same input are the same bytes.
 */
import type { IsoDate } from '../day/iso.js';
import { mostLateFirst, type Audit, type LateCase } from '../engine/audit.js';
import type { ErrorIssue } from '../errors.js';
import { sen2AuditInput, sen2SetAsideRows, type AuditInput, type AuditWindow, type SetAsideRow, type Sen2RunResult } from './audit-model.js';
import { toCsv } from './csv.js';

/** How a date is written in the files: ISO as it is, or the layout the user asked for (`--date-format`). */
export type WriteDate = (iso: IsoDate) => string;

/** The columns of late.csv and overdue.csv (and of `audit --format csv`). */
export const LATE_HEADER = ['case_id', 'rule_id', 'due', 'done', 'status', 'days_late'];

/** One late or overdue deadline as a row of late.csv or overdue.csv. */
export const lateCsvRow = (l: LateCase, d: WriteDate): (string | number)[] => [l.caseId, l.ruleId, d(l.due), l.done ? d(l.done) : '', l.status, l.daysLate];

/** A bad row or record of a caseload, for set-aside.csv. */
export function rowErrorRows(rowErrors: readonly (ErrorIssue & { readonly line?: number; readonly record?: number; readonly caseId: string; readonly field: string; readonly reason: string })[]): SetAsideRow[] {
  return rowErrors.map((r) => ({ caseId: r.caseId, line: r.line ?? ('' as const), record: r.record ?? ('' as const), field: r.field, value: r.value, code: r.code, reason: r.reason }));
}

/** The cases the audit rejected, for set-aside.csv. */
export function rejectedRows(rejected: readonly { readonly id: string; readonly errors: readonly { readonly field: string; readonly value: unknown; readonly code: string; readonly message: string }[] }[]): SetAsideRow[] {
  return rejected.flatMap((r) => r.errors.map((e) => ({ caseId: r.id, line: '' as const, record: '' as const, field: e.field, value: e.value, code: e.code, reason: e.message })));
}

/** The SEN2 rows of summary.csv: the census date, the authority, the persons and the reading of "within". */
export function sen2SummaryRows(run: Pick<Sen2RunResult, 'header' | 'result'>, d: WriteDate): (string | number)[][] {
  const r = run.result;
  return [
    ['census_date', d(r.census)],
    ['local_authority', run.header.lea ?? ''],
    ['persons_in_return', r.persons.total],
    ['persons_audited', r.persons.audited],
    ['persons_set_aside', r.persons.setAside],
    ['measure_reading', r.measures.reading.id],
  ];
}

/** The five files of an audit: name → CSV text. */
export function auditFiles(a: Audit, input: AuditInput, w: AuditWindow, d: WriteDate, setAside: readonly SetAsideRow[], summaryRows: readonly (string | number)[][] = []): Record<string, string> {
  const i = a.twentyWeeks.including;
  const x = a.twentyWeeks.excludingExceptions;
  const late = mostLateFirst(a.lateCases);
  return {
    'summary.csv': toCsv(['measure', 'value'], [
      ['as_of', d(a.asOf)],
      ['reviewed_on', a.reviewedOn],
      ['window_from', w.from === null ? '' : d(w.from)],
      ['window_to', w.to === null ? '' : d(w.to)],
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
    'late.csv': toCsv(LATE_HEADER, late.filter((l) => l.status === 'late').map((l) => lateCsvRow(l, d))),
    'overdue.csv': toCsv(LATE_HEADER, late.filter((l) => l.status === 'overdue').map((l) => lateCsvRow(l, d))),
    'set-aside.csv': toCsv(['case_id', 'line', 'record', 'field', 'value', 'code', 'reason'], setAside.map((s) => [s.caseId, s.line, s.record, s.field, typeof s.value === 'string' ? s.value : s.value === undefined ? '' : JSON.stringify(s.value) ?? '', s.code, s.reason])),
  };
}

/**
 * The two files an SEN2 return adds to an audit's five: measures.csv (the Department's measures
 * reproduced, with the reading of "within" and its citation) and findings.csv (every finding of
 * every person, in the return's order). The command line writes them with `--output-dir`; the page offers them.
 */
export function sen2Files(run: Pick<Sen2RunResult, 'result'>, d: WriteDate): Record<string, string> {
  const m = run.result.measures;
  const p = m.plans;
  const r = m.reviews;
  const c = m.reading.citation;
  const rows: (string | number)[][] = [
    ['reading', m.reading.id], ['reading_title', m.reading.title], ['reading_citation', `${c.instrument}, ${c.provision}`], ['reading_url', c.url],
    ['census_date', d(m.census)], ['plans_from', d(p.from)], ['plans_to', d(p.to)],
    ['plans_issued', p.issued], ['plans_transferred_in_left_out', p.transferredInLeftOut],
    ['including_plans', p.including.plans], ['including_within_20_weeks', p.including.withinTwentyWeeks], ['including_percent', p.including.percent ?? ''],
    ['including_20_to_52_weeks', p.including.bands.twentyToFiftyTwoWeeks], ['including_over_52_weeks', p.including.bands.overFiftyTwoWeeks],
    ['excluding_plans', p.excludingExceptions.plans], ['excluding_within_20_weeks', p.excludingExceptions.withinTwentyWeeks],
    ['excluding_percent', p.excludingExceptions.percent ?? ''], ['excluding_20_to_52_weeks', p.excludingExceptions.bands.twentyToFiftyTwoWeeks],
    ['excluding_over_52_weeks', p.excludingExceptions.bands.overFiftyTwoWeeks], ['exceptions_recorded', p.exceptionsRecorded],
    ['average_weeks', p.averageWeeks ?? ''],
    ['review_meetings', r.meetings], ['reviews_decided_within_4_weeks', r.decidedWithinFourWeeks], ['reviews_decided_later', r.decidedLater],
    ['reviews_not_yet_due', r.notYetDue], ['reviews_outstanding', r.outstanding], ['reviews_percent', r.percent ?? ''],
  ];
  const every = [...run.result.setAside, ...run.result.audited];
  every.sort((a, b) => a.position - b.position);
  return {
    'measures.csv': toCsv(['measure', 'value'], rows),
    'findings.csv': toCsv(['position', 'person', 'line', 'element', 'value', 'kind', 'severity', 'code', 'message'],
      every.flatMap((q) => q.findings.map((f) => [q.position, q.personId, f.row ?? '', f.path, typeof f.value === 'string' ? f.value : f.value === undefined ? '' : JSON.stringify(f.value) ?? '', f.kind, f.severity, f.code, f.message]))),
  };
}

/**
 * Every file of an SEN2 return's audit: the five of any audit (persons as the cases, the findings
 * of persons set aside in set-aside.csv, the return's rows in the summary), then measures.csv and
 * findings.csv. The command line's `--output-dir` and the page's downloads are both this.
 */
export function sen2AuditFiles(run: Sen2RunResult, d: WriteDate): Record<string, string> {
  const r = run.result;
  const window = { from: r.measures.plans.from, to: r.measures.plans.to };
  return {
    ...auditFiles(r.audit, sen2AuditInput(run), window, d, [...sen2SetAsideRows(run), ...rejectedRows(r.audit.rejected)], sen2SummaryRows(run, d)),
    ...sen2Files(run, d),
  };
}
