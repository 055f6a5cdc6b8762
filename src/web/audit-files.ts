/**
 * The CSV files of an audit the page offers to save: the five files the command line's
 * `audit --output-dir` writes, from the same writer (src/report/audit-files.ts), with ISO dates;
 * for an SEN2 return, the return's rows in the summary, its findings in set-aside.csv, and the two
 * files the command line adds for a return (measures.csv and findings.csv).
 */
import { auditFiles as writeAuditFiles, rejectedRows, rowErrorRows, sen2AuditFiles } from '../report/audit-files.js';
import type { AuditRun } from './audit-run.js';

const iso = (date: string): string => date;

/** The files: name → CSV text. */
export function auditFiles(run: AuditRun): Record<string, string> {
  if (run.kind === 'caseload') {
    return writeAuditFiles(run.audit, run.input, run.window, iso, [...rowErrorRows(run.caseload.rowErrors), ...rejectedRows(run.audit.rejected)]);
  }
  return sen2AuditFiles(run, iso);
}
