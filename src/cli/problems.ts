/** Bad rows and set-aside cases, reported on stderr: one line each, values shown safely. */
import type { CaseError } from '../schema/validate.js';
import type { Caseload, RowError } from './caseload.js';
import type { Io } from './io.js';
import { rejectedRows, rowErrorRows } from '../report/audit-files.js';
import type { SetAsideRow } from '../report/audit-model.js';
import { shown, visible } from './visible.js';

const where = (r: RowError, kind: Caseload['kind']) => (r.line !== undefined ? `${kind === 'csv' ? 'Line' : 'Row'} ${r.line}` : `Record ${r.record}`);
const caseOf = (id: string) => (id === '' || id === '?' ? '' : ` (case ${visible(id, 40)})`);

export function reportCaseload(io: Io, caseload: Omit<Caseload, 'cases'>): void {
  // Columns not read come first: they are found on the header, before any row.
  for (const w of caseload.warnings ?? []) io.err(`${visible(w.message, 2000)}\n`);
  for (const r of caseload.rowErrors) {
    const value = r.value === undefined ? '' : ` ${shown(r.value)}`;
    io.err(`${where(r, caseload.kind)}${caseOf(r.caseId)}: ${r.field}${value} [${r.code}]: ${visible(r.reason, 1000)}\n`);
  }
  const why = caseload.kind === 'json' ? 'its record is invalid' : 'one or more of its rows are invalid';
  for (const id of caseload.setAside) io.err(`Case ${visible(id, 40)} was set aside: ${why} (see above).\n`);
}

export function reportRejected(io: Io, rejected: readonly { readonly id: string; readonly errors: readonly CaseError[] }[]): void {
  for (const r of rejected) {
    for (const e of r.errors) io.err(`Case ${visible(r.id, 40)}: ${e.field} ${shown(e.value)} [${e.code}]: ${visible(e.message, 1000)}\n`);
  }
}

/** Every set-aside row, record and rejected case, for set-aside.csv. */
export function setAsideRows(caseload: Omit<Caseload, 'cases'>, rejected: readonly { readonly id: string; readonly errors: readonly CaseError[] }[]): SetAsideRow[] {
  return [...rowErrorRows(caseload.rowErrors), ...rejectedRows(rejected)];
}

export { rejectedRows } from '../report/audit-files.js';
