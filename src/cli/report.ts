/** How an audit and a timeline are written out: a readable table, Markdown, CSV or JSON. */
import { mostLateFirst, type Audit } from '../engine/audit.js';
import type { Timeline } from '../engine/timeline.js';
import { toCsv } from './csv.js';

const pct = (p: number | null) => (p === null ? '—' : `${p.toFixed(1)} %`);

function table(header: string[], rows: (string | number)[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) => cells.map((c, i) => (typeof c === 'number' ? String(c).padStart(widths[i]!) : String(c).padEnd(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function markdownTable(header: string[], rows: (string | number)[][]): string {
  const esc = (c: string | number) => String(c).replace(/\|/g, '\\|');
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

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
    `EHC plans issued within 20 weeks (reg 13(2); a plan issued on the day 20 weeks after the request counts as within):`,
    `  including exceptions: ${i.withinTwentyWeeks} of ${i.plansIssued} (${pct(i.percent)})`,
    `  excluding exceptions: ${x.withinTwentyWeeks} of ${x.plansIssued} (${pct(x.percent)})`,
  ];
}

const LIST_LIMIT = 25;

export function auditTable(a: Audit): string {
  const out = [
    `Compliance as of ${a.asOf} (reviews counted on the ${a.reviewedOn === 'meeting' ? 'meeting' : 'decision'} date)`,
    `Cases: ${a.cases.total} read, ${a.cases.valid} checked, ${a.cases.rejected} rejected`,
    '',
    ...measureLines(a),
    '',
    table(RULE_HEADER, ruleRows(a)),
    '',
  ];
  const locals = localRows(a);
  if (locals.length) {
    out.push('Local standards beside the statute ("later than law": deadlines where the local date falls after the statutory one):', table(LOCAL_HEADER, locals), '');
  }
  if (a.lateCases.length) {
    out.push(`Late and overdue (${a.lateCases.length}, most days late first):`);
    out.push(table(['case', 'rule', 'due', 'done', 'status', 'days late'], mostLateFirst(a.lateCases).slice(0, LIST_LIMIT).map((l) => [l.caseId, l.ruleId, l.due, l.done ?? '', l.status, l.daysLate])));
    if (a.lateCases.length > LIST_LIMIT) out.push(`… and ${a.lateCases.length - LIST_LIMIT} more (--format csv lists them all).`);
    out.push('');
  }
  if (a.rejected.length) out.push(`Rejected records: ${a.rejected.length} (each reported on stderr).`, '');
  return out.join('\n');
}

export function auditMarkdown(a: Audit): string {
  const i = a.twentyWeeks.including;
  const x = a.twentyWeeks.excludingExceptions;
  return [
    `# SEND compliance as of ${a.asOf}`,
    '',
    `Cases: ${a.cases.total} read, ${a.cases.valid} checked, ${a.cases.rejected} rejected. Reviews are counted on the ${a.reviewedOn} date.`,
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
      ? markdownTable(['case', 'rule', 'due', 'done', 'status', 'days late'], mostLateFirst(a.lateCases).map((l) => [l.caseId, l.ruleId, l.due, l.done ?? '', l.status, l.daysLate]))
      : 'None.',
    '',
  ].join('\n');
}

/** CSV: one row per late or overdue deadline (what to act on), safe to open in a spreadsheet. */
export function auditCsv(a: Audit): string {
  return toCsv(['case_id', 'rule_id', 'due', 'done', 'status', 'days_late'], mostLateFirst(a.lateCases).map((l) => [l.caseId, l.ruleId, l.due, l.done ?? '', l.status, l.daysLate]));
}

export function timelineTable(t: Timeline): string {
  const rows = t.entries.map((e) => [e.due ?? '', e.ruleId, e.status, e.done ?? '', e.daysLate ?? '', e.exception ?? e.note ?? '']);
  const out = [`Case ${t.caseId}, as of ${t.asOf}`, '', table(['due', 'rule', 'status', 'done', 'days late', 'note'], rows), ''];
  if (t.warnings.length) out.push('Warnings:', ...t.warnings.map((w) => `  - ${w}`), '');
  return out.join('\n');
}
