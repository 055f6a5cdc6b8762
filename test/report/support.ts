/** Building report models as the command line does, and reading a rendered report back with linkedom. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { audit, type AuditOptions } from '../../src/index.js';
import { readCsvCaseload } from '../../src/entries/readers.js';
import { auditSen2 } from '../../src/readers/sen2/audit.js';
import { caseloadAuditReport, sen2AuditReport, type AuditReport } from '../../src/report/audit-model.js';
import { header, workedReturnPersons } from '../support/sen2-model.js';

/** A fresh DOM document for the charts. */
export function dom() {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document;
}

/** A caseload CSV's report, its counts made as the audit command makes them (in = audited + set aside). */
export async function caseloadReport(csv: string, options: AuditOptions): Promise<AuditReport> {
  const caseload = await readCsvCaseload([csv]);
  const a = audit(caseload.cases, options);
  const input = {
    kind: 'csv' as const,
    cases: caseload.cases.length + caseload.setAside.length,
    audited: a.cases.valid,
    setAside: caseload.setAside.length + a.rejected.length,
    badRows: caseload.rowErrors.length,
    rowsWithoutCase: caseload.rowsWithoutCase,
  };
  return caseloadAuditReport({ audit: a, input, window: { from: options.from ?? null, to: options.to ?? null }, caseload });
}

export const exampleCaseload = () => readFileSync(new URL('../../examples/caseload.csv', import.meta.url), 'utf8');

/** The hand-worked 7-person return (test/support/sen2-model.ts), census 15 January 2026, as an XML run. */
export function workedReturnReport(): AuditReport {
  const h = header();
  return sen2AuditReport({ name: 'return.xml', format: 'xml', header: h, result: auditSen2(workedReturnPersons(), h), unknownElements: [], partsSetAside: [] });
}

/** A rendered report, parsed: the text of the cells of a table's rows, by the row's data-key. */
export function parsed(html: string) {
  const { document } = parseHTML(html);
  const rows = (tableSelector: string) => {
    const table = document.querySelector(tableSelector);
    if (table === null) throw new Error(`no table ${tableSelector}`);
    return [...table.querySelectorAll('tbody tr')].map((tr) => ({
      key: tr.getAttribute('data-key'),
      cells: [...tr.children].map((c) => (c.textContent ?? '').trim()),
    }));
  };
  /** The rows of every table the selector names, in document order. */
  const allRows = (tableSelector: string) => [...document.querySelectorAll(tableSelector)].flatMap((table) => [...table.querySelectorAll('tbody tr')].map((tr) => ({
    key: tr.getAttribute('data-key'),
    cells: [...tr.children].map((c) => (c.textContent ?? '').trim()),
  })));
  const byKey = (tableSelector: string) => new Map(rows(tableSelector).map((r) => [r.key, r.cells]));
  const summary = (key: string) => document.querySelector(`[data-key="${key}"] dd`)?.textContent?.trim();
  return { document, rows, allRows, byKey, summary };
}

/** A count or percentage as the report prints it. */
export const pct = (p: number | null) => (p === null ? '—' : `${p.toFixed(1)}%`);
