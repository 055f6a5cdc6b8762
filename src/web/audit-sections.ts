/**
 * The audit's sections on the page: what was read and how it reconciles, the 20-week measure,
 * each rule's counts, the late and overdue deadlines and the rows set aside.
 */
import { mostLateFirst } from '../engine/audit.js';
import { runParts } from './audit-files.js';
import type { AuditRun } from './audit-run.js';
import { h } from './dom.js';
import { summaryList, table, warningText } from './govuk.js';

/** The most late and overdue rows listed on the page (the CSV files list them all). */
const LATE_ROWS = 500;

const pct = (p: number | null) => (p === null ? '—' : `${p.toFixed(1)} %`);

/** The audit, in sections. */
export function auditSections(run: AuditRun): HTMLElement {
  const { audit: a, input, window: w } = runParts(run);
  const unit = input.kind === 'sen2' ? 'persons' : 'cases';
  const late = mostLateFirst(a.lateCases);
  const rowErrors = run.kind === 'caseload' ? run.caseload.rowErrors : [];
  const setAsideCount = run.kind === 'caseload' ? run.caseload.setAside.length + a.rejected.length : run.result.persons.setAside;
  const i = a.twentyWeeks.including;
  const x = a.twentyWeeks.excludingExceptions;
  return h('div', { id: 'audit-sections' },
    h('h3', { class: 'govuk-heading-m' }, `Audit of ${run.name} as of ${a.asOf}`),
    summaryList([
      [`${unit[0]!.toUpperCase()}${unit.slice(1)} in the file`, String(input.cases)],
      ['Audited', String(input.audited)],
      ['Set aside', String(input.setAside)],
      ['Bad rows or records', String(input.badRows)],
      ['Bad rows naming no case', String(input.rowsWithoutCase)],
      ['Window', w.from === null && w.to === null ? 'none: every plan issued counts toward the 20-week measure' : `plans issued ${w.from ?? '…'} to ${w.to ?? '…'}`],
      ['Plans issued within 20 weeks', `${i.withinTwentyWeeks} of ${i.plansIssued} (${pct(i.percent)})`],
      ['Excluding plans with an exception', `${x.withinTwentyWeeks} of ${x.plansIssued} (${pct(x.percent)})`],
    ]),
    input.cases !== input.audited + input.setAside ? warningText(`The counts do not reconcile: ${input.cases} in, ${input.audited} audited, ${input.setAside} set aside.`) : null,
    h('div', { class: 'app-scroll' }, table('Each rule', ['Rule', 'Applicable', 'Met', 'Late', 'Overdue', 'Due', 'Lifted', 'Relaxed', 'On time'],
      a.rules.map((r) => [`${r.title} (${r.ruleId})`, r.applicable, r.met, r.late, r.overdue, r.due, r.lifted, r.relaxed, pct(r.percentOnTime)]), new Set([1, 2, 3, 4, 5, 6, 7, 8]))),
    h('div', { class: 'app-scroll' }, table(late.length > LATE_ROWS ? `Late and overdue deadlines, most days late first (the first ${LATE_ROWS} of ${late.length}; the CSV files list them all)` : 'Late and overdue deadlines, most days late first',
      ['Case', 'Rule', 'Due', 'Done', 'Status', 'Days late'],
      late.slice(0, LATE_ROWS).map((l) => [l.caseId, l.ruleId, l.due, l.done ?? '', l.status, l.daysLate]), new Set([5]))),
    setAsideCount > 0 || rowErrors.length > 0
      ? h('div', { class: 'app-scroll' }, table(`Set aside: ${setAsideCount} ${unit}`, ['Case', 'Line', 'Field', 'Problem'],
        run.kind === 'caseload'
          ? [...rowErrors.map((r) => [r.caseId, r.line ?? r.record ?? '', r.field, r.reason]), ...a.rejected.flatMap((r) => r.errors.map((e) => [r.id, '', e.field, e.message]))]
          : [...run.partsSetAside.map((s) => ['', s.row ?? '', s.path, s.message]), ...run.result.setAside.flatMap((p) => p.findings.map((f) => [p.personId, f.row ?? '', f.path, f.message]))]))
      : h('p', { class: 'govuk-body' }, `No ${unit} set aside.`));
}
