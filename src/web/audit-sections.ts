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
  fitForThePage(holder);
  return holder;
}

/**
 * Two adjustments of the sections for the page, where they sit among controls a keyboard user
 * moves through: a table too wide for the page scrolls in its own box, which can then take focus
 * (WCAG 2.1.1; it is named by its caption); and inside a chart drawn as one image (`role="img"`,
 * named and described by the renderer) the drawing's own group labels are left out, as they are
 * not announced inside an image (axe: aria-prohibited-attr). The standalone report is unchanged.
 */
function fitForThePage(holder: HTMLElement): void {
  for (const wrap of holder.querySelectorAll<HTMLElement>('.audit-table-wrap')) {
    const caption = wrap.querySelector('caption')?.textContent?.trim();
    wrap.setAttribute('tabindex', '0');
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', caption !== undefined && caption !== '' ? caption : 'Table');
  }
  for (const labelled of holder.querySelectorAll('svg[role="img"] [aria-label]')) labelled.removeAttribute('aria-label');
}

/** The standalone HTML report (one file, nothing to fetch), as the command line writes it. */
export function auditReportDocument(report: AuditReport, name: string): string {
  return renderAuditReport(report, { document, name });
}
