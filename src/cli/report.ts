/** How an audit, a timeline and a worklist are written out: a readable table, Markdown or CSV (JSON is written by json-out). */
import type { AuditInput, AuditReport, AuditWindow as Window } from '../report/audit-model.js';
import { headline, windowLine } from '../report/audit-words.js';
import { mostLateFirst, type Audit, type LateCase } from '../engine/audit.js';
import type { Timeline } from '../engine/timeline.js';
import type { Worklist } from '../engine/worklist.js';
import { toCsv } from '../report/csv.js';
import { LATE_HEADER, lateCsvRow } from '../report/audit-files.js';
import type { DateOut } from './dates.js';
import { table, wrap } from './text.js';
import { markdownCell, visible } from './visible.js';

const pct = (p: number | null) => (p === null ? '—' : `${p.toFixed(1)} %`);

function markdownTable(header: string[], rows: (string | number)[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(markdownCell).join(' | ')} |`)].join('\n');
}

export { headline, windowLine } from '../report/audit-words.js';
export { auditFiles } from '../report/audit-files.js';
export type { AuditInput, AuditWindow as Window, SetAsideRow } from '../report/audit-model.js';

const RULE_HEADER = ['rule', 'applicable', 'met', 'late', 'overdue', 'due', 'lifted', 'relaxed', 'on time'];

function ruleRows(a: Audit): (string | number)[][] {
  return a.rules.filter((r) => !r.local).map((r) => [r.ruleId, r.applicable, r.met, r.late, r.overdue, r.due, r.lifted, r.relaxed, pct(r.percentOnTime)]);
}

const LOCAL_HEADER = ['local rule', 'statutory rule', 'applicable', 'met', 'late', 'overdue', 'on time', 'statute on time', 'later than law'];

/** Local standards beside their statutory counterparts (only with a profile). */
function localRows(a: Audit): (string | number)[][] {
  const byId = new Map(a.rules.map((r) => [r.ruleId, r]));
  return a.rules.filter((r) => r.local).map((r) => [
    r.ruleId, r.local!.statutory, r.applicable, r.met, r.late, r.overdue, pct(r.percentOnTime),
    pct(byId.get(r.local!.statutory)?.percentOnTime ?? null), r.local!.laterThanLaw,
  ]);
}

function measureLines(a: Audit): string[] {
  const i = a.twentyWeeks.including;
  const x = a.twentyWeeks.excludingExceptions;
  return [
    ...wrap('EHC plans issued within 20 weeks (reg 13(2); a plan issued on the day 20 weeks after the request counts as within):', 100, 2, 0),
    `  including exceptions: ${i.withinTwentyWeeks} of ${i.plansIssued} (${pct(i.percent)})`,
    `  excluding exceptions: ${x.withinTwentyWeeks} of ${x.plansIssued} (${pct(x.percent)})`,
  ];
}

const LIST_LIMIT = 25;

const lateRow = (l: LateCase, d: DateOut) => [visible(l.caseId, 40), l.ruleId, d(l.due), l.done ? d(l.done) : '', l.status, l.daysLate];

export function auditTable(a: Audit, input: AuditInput, w: Window, d: DateOut): string {
  const out = [
    `Compliance as of ${d(a.asOf)} (reviews counted on the ${a.reviewedOn === 'meeting' ? 'meeting' : 'decision'} date)`,
    ...wrap(headline(input)),
    ...wrap(windowLine(w, d)),
    '',
    ...measureLines(a),
    '',
    table(RULE_HEADER, ruleRows(a)),
    '',
  ];
  const locals = localRows(a);
  if (locals.length) {
    out.push(...wrap('Local standards beside the statute ("later than law": deadlines where the local date falls after the statutory one):'), table(LOCAL_HEADER, locals), '');
  }
  if (a.lateCases.length) {
    out.push(`Late and overdue (${a.lateCases.length}, most days late first):`);
    out.push(table(['case', 'rule', 'due', 'done', 'status', 'days late'], mostLateFirst(a.lateCases).slice(0, LIST_LIMIT).map((l) => lateRow(l, d))));
    if (a.lateCases.length > LIST_LIMIT) out.push(`… and ${a.lateCases.length - LIST_LIMIT} more (--output-dir writes them all to late.csv and overdue.csv).`);
    out.push('');
  }
  if (input.setAside || input.badRows) out.push(input.kind === 'sen2' ? 'Each person set aside is reported on stderr, with every finding and its element.' : 'Each bad row, and each case set aside, is reported on stderr.', '');
  return out.join('\n');
}

export function auditMarkdown(a: Audit, input: AuditInput, w: Window, d: DateOut): string {
  const i = a.twentyWeeks.including;
  const x = a.twentyWeeks.excludingExceptions;
  return [
    `# SEND compliance as of ${d(a.asOf)}`,
    '',
    `${headline(input)}. Reviews are counted on the ${a.reviewedOn} date.`,
    '',
    windowLine(w, d),
    '',
    '## EHC plans issued within 20 weeks',
    '',
    markdownTable(['measure', 'within 20 weeks', 'plans issued', 'percent'], [
      ['including exceptions', i.withinTwentyWeeks, i.plansIssued, pct(i.percent)],
      ['excluding exceptions', x.withinTwentyWeeks, x.plansIssued, pct(x.percent)],
    ]),
    '',
    'A plan issued on the day 20 weeks after the request (the same weekday) is within 20 weeks.',
    '',
    '## By rule',
    '',
    markdownTable(RULE_HEADER, ruleRows(a)),
    '',
    ...(localRows(a).length ? ['## Local standards beside the statute', '', markdownTable(LOCAL_HEADER, localRows(a)), ''] : []),
    '## Late and overdue',
    '',
    a.lateCases.length
      ? markdownTable(['case', 'rule', 'due', 'done', 'status', 'days late'], mostLateFirst(a.lateCases).map((l) => [l.caseId, l.ruleId, d(l.due), l.done ? d(l.done) : '', l.status, l.daysLate]))
      : 'None.',
    '',
  ].join('\n');
}

/** CSV: one row per late or overdue deadline (what to act on), safe to open in a spreadsheet. */
export function auditCsv(a: Audit, d: DateOut): string {
  return toCsv(LATE_HEADER, mostLateFirst(a.lateCases).map((l) => lateCsvRow(l, d)));
}

export function timelineTable(t: Timeline, d: DateOut): string {
  const rows = t.entries.map((e) => [e.due ? d(e.due) : '', e.ruleId, e.status, e.done ? d(e.done) : '', e.daysLate ?? '', visible(e.exception ?? e.note ?? '', 400)]);
  const out = [`Case ${visible(t.caseId, 40)}, as of ${d(t.asOf)}`, '', table(['due', 'rule', 'status', 'done', 'days late', 'note'], rows), ''];
  if (t.warnings.length) out.push('Warnings:', ...t.warnings.flatMap((w) => wrap(`- ${visible(w, 400)}`, 100, 4, 2)), '');
  return out.join('\n');
}

const WORK_HEADER = ['due', 'working days left', 'case', 'rule', 'title'];

export function worklistTable(w: Worklist, d: DateOut): string {
  const head = `Open deadlines due from ${d(w.asOf)} to ${d(w.until)} (${w.items.length}, soonest first)`;
  if (w.items.length === 0) return `${head}: none.\n`;
  return [head, '', table(WORK_HEADER, w.items.map((i) => [d(i.due), i.workingDaysLeft, visible(i.caseId, 40), i.ruleId, i.title])), ''].join('\n');
}

export function worklistMarkdown(w: Worklist, d: DateOut): string {
  return [
    `# Open deadlines due from ${d(w.asOf)} to ${d(w.until)}`,
    '',
    w.items.length ? markdownTable(WORK_HEADER, w.items.map((i) => [d(i.due), i.workingDaysLeft, i.caseId, i.ruleId, i.title])) : 'None.',
    '',
  ].join('\n');
}

export function worklistCsv(w: Worklist, d: DateOut): string {
  return toCsv(['case_id', 'rule_id', 'title', 'due', 'days_left', 'working_days_left'], w.items.map((i) => [i.caseId, i.ruleId, i.title, d(i.due), i.daysLeft, i.workingDaysLeft]));
}

/**
 * The audit's report as one self-contained HTML document. The renderer (with Observable Plot) and
 * linkedom, the DOM the charts are drawn in, are loaded only when HTML is asked for, so no other
 * command pays for them.
 */
export async function auditHtml(model: AuditReport, name: string): Promise<string> {
  const [{ parseHTML }, { renderAuditReport }] = await Promise.all([import('linkedom'), import('../report/audit-html.js')]);
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  return renderAuditReport(model, { document, name });
}
