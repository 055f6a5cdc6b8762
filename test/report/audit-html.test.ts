/**
 * The audit report's HTML (src/report/audit-html.ts) says exactly what the report model (the JSON
 * of `audit --format json`) says: every number is read back out of the rendered document with
 * linkedom and compared with the model.
 */
import { describe, expect, it } from 'vitest';
import { mostLateFirst } from '../../src/index.js';
import { renderAuditReport, renderAuditSections } from '../../src/report/audit-html.js';
import { REPORT_STYLE } from '../../src/report/audit-style.js';
import { LATENESS_BINS } from '../../src/report/chart-data.js';
import type { AuditReport } from '../../src/report/audit-model.js';
import { caseloadReport, dom, exampleCaseload, parsed, pct, workedReturnReport } from './support.js';

/** The checks every report passes: the top, each chart's table and each table against the model. */
function expectNumbersOfModel(model: AuditReport, html: string) {
  const p = parsed(html);
  for (const key of ['cases', 'audited', 'setAside', 'badRows', 'rowsWithoutCase'] as const) {
    expect(p.summary(`input.${key}`), key).toBe(String(model.input[key]));
  }
  expect(p.summary('asOf')).toBe(model.asOf);
  // Compliance by rule: the chart's table and the rules table.
  const applicable = model.rules.filter((r) => !r.local && r.applicable > 0);
  const chartRules = p.byKey('#chart-rules table');
  expect([...chartRules.keys()]).toEqual(applicable.map((r) => r.ruleId));
  for (const r of applicable) expect(chartRules.get(r.ruleId)).toEqual([r.ruleId, ...[r.met, r.late, r.overdue, r.due, r.lifted, r.relaxed, r.applicable].map(String)]);
  const rules = p.byKey('#audit-rules table');
  for (const r of model.rules.filter((x) => !x.local)) {
    expect(rules.get(r.ruleId)!.slice(1), r.ruleId).toEqual([...[r.applicable, r.met, r.late, r.overdue, r.due, r.lifted, r.relaxed, r.notApplicable, r.notTriggered].map(String), pct(r.percentOnTime)]);
  }
  // The 20-week measure.
  const measure = p.byKey('#audit-twenty-weeks table');
  for (const [key, m] of [['including', model.twentyWeeks.including], ['excludingExceptions', model.twentyWeeks.excludingExceptions]] as const) {
    expect(measure.get(key)!.slice(1)).toEqual([String(m.withinTwentyWeeks), String(m.plansIssued), pct(m.percent)]);
  }
  // Plans by month: the model's months, every one.
  const months = p.rows('#chart-months table');
  expect(months.map((m) => [m.key, m.cells[1], m.cells[2]])).toEqual(model.planMonths.map((m) => [m.month, String(m.issued), String(m.withinTwentyWeeks)]));
  // How late: the bins add up to the late list, status by status.
  const lateness = p.rows('#chart-lateness table');
  expect(lateness.map((r) => r.key)).toEqual(LATENESS_BINS.map((b) => b.label));
  expect(lateness.reduce((n, r) => n + Number(r.cells[1]), 0)).toBe(model.lateCases.filter((l) => l.status === 'late').length);
  expect(lateness.reduce((n, r) => n + Number(r.cells[2]), 0)).toBe(model.lateCases.filter((l) => l.status === 'overdue').length);
  // The late list, most days late first.
  const late = p.rows('#audit-late table');
  expect(late.map((r) => [r.cells[0], r.cells[1], r.cells[2], r.cells[3], r.cells[4], r.cells[5]])).toEqual(
    mostLateFirst(model.lateCases).map((l) => [l.caseId, l.ruleId, l.due, l.done ?? '', l.status, String(l.daysLate)]));
  // Four charts drawn as SVG, each named for a screen reader.
  const svgs = [...p.document.querySelectorAll('.audit-chart svg[role="img"]')];
  for (const svg of svgs) expect(svg.getAttribute('aria-label')).toBeTruthy();
  return { p, svgs };
}

describe('the HTML report of examples/caseload.csv as of 1 November 2026', () => {
  it('every number is the model\'s (the JSON\'s): the counts, each chart\'s table and each table', async () => {
    const model = await caseloadReport(exampleCaseload(), { asOf: '2026-11-01' });
    const html = renderAuditReport(model, { document: dom(), name: 'examples/caseload.csv' });
    const { p, svgs } = expectNumbersOfModel(model, html);
    expect(svgs).toHaveLength(4);
    // The bands of the caseload are the audit's own.
    const bands = p.byKey('#chart-bands table');
    const b = model.twentyWeekBands;
    expect(bands.get('within 20 weeks')!.slice(1)).toEqual([String(b.including.withinTwentyWeeks), String(b.excludingExceptions.withinTwentyWeeks)]);
    expect(bands.get('20 to 52 weeks')!.slice(1)).toEqual([String(b.including.twentyToFiftyTwoWeeks), String(b.excludingExceptions.twentyToFiftyTwoWeeks)]);
    expect(bands.get('over 52 weeks')!.slice(1)).toEqual([String(b.including.overFiftyTwoWeeks), String(b.excludingExceptions.overFiftyTwoWeeks)]);
    expect(p.document.querySelector('title')!.textContent).toBe('Audit of examples/caseload.csv as of 2026-11-01');
    // The reading and its citation, at the top.
    expect(p.summary('reading')).toContain('reg 13(2)');
  });

  it('is one self-contained document: its own stylesheet with print rules, no script, nothing fetched or linked', async () => {
    const html = renderAuditReport(await caseloadReport(exampleCaseload(), { asOf: '2026-11-01' }), { document: dom() });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|\bsrc=|\bhref=|@import|url\(/i);
  });

  it('the sections the page shows are the document\'s body: the same markup, with no document around it', async () => {
    const model = await caseloadReport(exampleCaseload(), { asOf: '2026-11-01' });
    const sections = renderAuditSections(model, { document: dom() });
    expect(sections).not.toMatch(/<html|<head|<body|<h1/);
    expect(sections).not.toContain(REPORT_STYLE);
    expect(renderAuditReport(model, { document: dom() })).toContain(sections);
  });

  it('lateRows limits the late list and says how many more there are', async () => {
    const model = await caseloadReport(exampleCaseload(), { asOf: '2026-11-01' });
    const p = parsed(renderAuditSections(model, { document: dom(), lateRows: 3 }));
    expect(p.rows('#audit-late table')).toHaveLength(3);
    expect(p.document.querySelector('#audit-late')!.textContent).toContain(`and ${model.lateCases.length - 3} more`);
  });
});

describe('the HTML report of the hand-worked SEN2 return (census 15 January 2026)', () => {
  it('every number is the model\'s, with the Department\'s measures, their bands and the findings', () => {
    const model = workedReturnReport();
    const html = renderAuditReport(model, { document: dom(), name: 'return.xml' });
    const { p } = expectNumbersOfModel(model, html);
    const m = model.sen2!.measures.plans;
    // The bands of a return are the Department's measure's: persons 1 (+140, within), 2 (+141), 3 (Week20 = 1, +182), 7 (+365, over 52).
    const bands = p.byKey('#chart-bands table');
    expect(bands.get('within 20 weeks')!.slice(1)).toEqual([String(m.including.bands.withinTwentyWeeks), String(m.excludingExceptions.bands.withinTwentyWeeks)]);
    expect(bands.get('over 52 weeks')!.slice(1)).toEqual([String(m.including.bands.overFiftyTwoWeeks), String(m.excludingExceptions.bands.overFiftyTwoWeeks)]);
    expect([m.including.bands.withinTwentyWeeks, m.including.bands.twentyToFiftyTwoWeeks, m.including.bands.overFiftyTwoWeeks]).toEqual([1, 2, 1]);
    const dfe = p.allRows('#audit-dfe table');
    const value = (label: string) => dfe.find((r) => r.cells[0] === label)?.cells[1];
    expect(value('new plans issued')).toBe(String(m.issued));
    expect(value('including exceptions: percent within 20 weeks')).toBe(pct(m.including.percent));
    expect(value('excluding exceptions: plans')).toBe(String(m.excludingExceptions.plans));
    expect(value('decided within 4 weeks')).toBe(String(model.sen2!.measures.reviews.decidedWithinFourWeeks));
    // Every finding of every person, once.
    const findings = [...model.sen2!.setAside, ...model.sen2!.audited].reduce((n, q) => n + q.findings.length, 0);
    expect(p.rows('#audit-findings table')).toHaveLength(findings);
    expect(p.summary('sen2.census')).toBe('2026-01-15');
    expect(p.summary('input.cases')).toBe('7');
  });
});

describe('escaping: values from a user\'s file stay text', () => {
  const hostile = '<script>alert(1)</script>';
  const csv = [
    'case_id,event,date',
    `"${hostile}",request-received,2025-01-06`,
    `"${hostile}",final-plan-issued,2025-07-01`,
    '"""><img src=x onerror=alert(1)>",request-received,2025-02-30',
  ].join('\n') + '\n';

  it('a case id <script> is shown as its characters in the late list, and no element comes of it', async () => {
    const model = await caseloadReport(csv, { asOf: '2025-12-01' });
    const html = renderAuditReport(model, { document: dom(), name: 'file<b>name</b>.csv' });
    const p = parsed(html);
    expect(p.document.querySelectorAll('script, img, b')).toHaveLength(0);
    expect(p.rows('#audit-late table').some((r) => r.cells[0] === hostile)).toBe(true);
    expect(p.document.querySelector('title')!.textContent).toBe('Audit of file<b>name</b>.csv as of 2025-12-01');
    // The bad row's case id, value and reason are text too.
    expect(p.document.querySelector('#audit-set-aside')!.textContent).toContain('"><img src=x onerror=alert(1)>');
  });

  it('control and bidirectional characters are shown, not obeyed', async () => {
    const model = await caseloadReport('case_id,event,date\n"A\u202eB\u0007",request-received,2025-01-06\n', { asOf: '2025-12-01' });
    const html = renderAuditSections(model, { document: dom() });
    expect(html).not.toMatch(/[\u202e\u0007]/);
    expect(parsed(html).rows('#audit-late table')[0]!.cells[0]).toBe('A\\u{202e}B\\u{0007}');
  });
});
