/** How an audit, a timeline and a worklist are written out: a readable table, Markdown or CSV (JSON is written by json-out). */
import type { AuditInput, AuditReport, AuditWindow as Window, SetAsideRow } from '../report/audit-model.js';
import { headline, windowLine } from '../report/audit-words.js';
import { mostLateFirst, type Audit, type LateCase } from '../engine/audit.js';
import type { Timeline } from '../engine/timeline.js';
import type { Worklist } from '../engine/worklist.js';
import { toCsv } from './csv.js';
import type { DateOut } from './dates.js';
import { table, wrap } from './text.js';
import { markdownCell, visible } from './visible.js';

const pct = (p: number | null) => (p === null ? '—' : `${p.toFixed(1)} %`);

function markdownTable(header: string[], rows: (string | number)[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(markdownCell).join(' | ')} |`)].join('\n');
}

export { headline, windowLine } from '../report/audit-words.js';
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

const LATE_HEADER = ['case_id', 'rule_id', 'due', 'done', 'status', 'days_late'];
const lateCsvRow = (l: LateCase, d: DateOut) => [l.caseId, l.ruleId, d(l.due), l.done ? d(l.done) : '', l.status, l.daysLate];

/** CSV: one row per late or overdue deadline (what to act on), safe to open in a spreadsheet. */
export function auditCsv(a: Audit, d: DateOut): string {
  return toCsv(LATE_HEADER, mostLateFirst(a.lateCases).map((l) => lateCsvRow(l, d)));
}

/** The files of a complete audit export (--output-dir): name → CSV text. */
export function auditFiles(a: Audit, input: AuditInput, w: Window, d: DateOut, setAside: readonly SetAsideRow[], summaryRows: readonly (string | number)[][] = []): Record<string, string> {
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
