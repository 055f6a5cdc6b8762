/**
 * The CSV files of an audit the page offers to save: the five files the command line's
 * `audit --output-dir` writes, from the same writer (src/report/audit-files.ts), with ISO dates;
 * for an SEN2 return, the return's rows in the summary and its findings in set-aside.csv.
 */
import { auditFiles as writeAuditFiles, rejectedRows, rowErrorRows, sen2SummaryRows } from '../report/audit-files.js';
import { sen2AuditInput, sen2SetAsideRows } from '../report/audit-model.js';
import type { AuditRun } from './audit-run.js';

const iso = (date: string): string => date;

/** The files: name → CSV text. */
export function auditFiles(run: AuditRun): Record<string, string> {
  if (run.kind === 'caseload') {
    return writeAuditFiles(run.audit, run.input, run.window, iso, [...rowErrorRows(run.caseload.rowErrors), ...rejectedRows(run.audit.rejected)]);
  }
  const r = run.result;
  const window = { from: r.measures.plans.from, to: r.measures.plans.to };
  return writeAuditFiles(r.audit, sen2AuditInput(run), window, iso, [...sen2SetAsideRows(run), ...rejectedRows(r.audit.rejected)], sen2SummaryRows(run, iso));
}
