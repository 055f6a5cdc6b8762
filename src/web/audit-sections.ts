/**
 * The audit's sections on the page, drawn by the library's one audit renderer (`src/report/`), the
 * same that writes the command line's `audit --format html`: what was read and how it reconciles,
 * the charts, the 20-week measure, each rule, the late and overdue lists and the set-aside rows.
 * The page gives it the report model and the browser's own document to draw the charts in.
 */
import { caseloadAuditReport, sen2AuditReport, type AuditReport } from '../report/audit-model.js';
import { renderAuditReport, renderAuditSections } from '../report/audit-html.js';
import type { AuditRun } from './audit-run.js';

/** The report model of a run: what `audit --format json` prints for the same file. */
export function reportOf(run: AuditRun): AuditReport {
  if (run.kind === 'sen2') return sen2AuditReport(run);
  return caseloadAuditReport({
    audit: run.audit,
    input: run.input,
    window: run.window,
    caseload: run.caseload,
  });
}

/** The sections as an element of the page (the renderer escapes every value it writes). */
export function auditSections(report: AuditReport, name: string): HTMLElement {
  const holder = document.createElement('div');
  holder.id = 'audit-sections';
  holder.innerHTML = renderAuditSections(report, { document, name });
  return holder;
}

/** The standalone HTML report (one file, nothing to fetch), as the command line writes it. */
export function auditReportDocument(report: AuditReport, name: string): string {
  return renderAuditReport(report, { document, name });
}
