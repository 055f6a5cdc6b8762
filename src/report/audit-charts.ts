/**
 * The audit report's charts, drawn as SVG by Observable Plot: compliance by rule, the 20-week
 * bands, plans issued by month with the share within 20 weeks, and how late the late ones were.
 * Plot draws into the DOM document it is given (the browser's own, or a DOM implementation on the
 * command line), and the SVG's markup is kept: the report needs no script to be read. Each chart
 * carries a title and a description for screen readers, and the table of its numbers beside it.
 */
import * as Plot from '@observablehq/plot';
import type { AuditReport } from './audit-model.js';
import { APPLICABLE_STATUSES, BAND_NAMES, bands, lateness, monthSeries, ruleBars } from './chart-data.js';
import { htmlTable, num, pctCell, str, text } from './html.js';

/**
 * The DOM document a chart is drawn in: the browser's `document`, or one from a DOM implementation
 * (the command line uses linkedom). Only what Plot calls is named here.
 */
export interface ReportDocument {
  createElement(tagName: string): unknown;
  createElementNS(namespace: string | null, qualifiedName: string): unknown;
}

/** The element Plot returns, as far as the report reads it. */
interface DrawnElement {
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  querySelectorAll(selector: string): Iterable<DrawnElement>;
}
interface DrawnChart extends DrawnElement {
  readonly outerHTML: string;
  readonly tagName: string;
  querySelector(selector: string): DrawnElement | null;
}

/** GOV.UK colours, distinguishable in print and for the common colour-vision deficiencies by order and label too. */
const STATUS_COLOURS: Readonly<Record<string, string>> = {
  met: '#00703c', late: '#f47738', overdue: '#d4351c', due: '#1d70b8', lifted: '#505a5f', relaxed: '#b1b4b6',
};
const BAND_COLOURS = ['#00703c', '#f47738', '#d4351c'];
const WITHIN_COLOURS = ['#00703c', '#b1b4b6'];

/** Ticks at whole numbers only: a count has no half (at most ten ticks, never more than the largest count). */
const wholeTicks = (max: number) => ({ ticks: Math.max(1, Math.min(10, max)), tickFormat: 'd' });

/** Draws with Plot and returns the markup, the SVG named for screen readers. */
function draw(document: ReportDocument, label: string, description: string, options: Plot.PlotOptions): string {
  const chart = Plot.plot({ ...options, document: document as never, ariaLabel: label, ariaDescription: description, style: { fontSize: '12px' } }) as unknown as DrawnChart;
  // With a legend Plot returns a figure whose swatches are small SVGs too: the chart is the one named.
  const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg[aria-label]');
  svg?.setAttribute('role', 'img');
  // Inside an image the drawing's own group labels are not announced, and ARIA forbids them on
  // elements with no role (axe: aria-prohibited-attr); the image's name and description say it all.
  for (const labelled of svg?.querySelectorAll('[aria-label]') ?? []) labelled.removeAttribute('aria-label');
  return chart.outerHTML;
}

/** A chart, its caption, and the table of its numbers (the text alternative). */
function figure(id: string, caption: string, chart: string, table: string): string {
  return `<figure class="audit-chart" id="${id}">
<figcaption class="govuk-heading-s">${text(caption)}</figcaption>
<div class="audit-chart__drawing">${chart}</div>
${table}
</figure>`;
}

const none = (id: string, caption: string, sentence: string) => `<figure class="audit-chart" id="${id}"><figcaption class="govuk-heading-s">${text(caption)}</figcaption><p class="govuk-body">${text(sentence)}</p></figure>`;

/** Applicable deadlines of each statutory rule, stacked by status. */
export function complianceChart(r: AuditReport, document: ReportDocument): string {
  const caption = 'Compliance by rule';
  const bars = ruleBars(r);
  if (bars.length === 0) return none('chart-rules', caption, 'No deadline applied to any case audited.');
  const data = bars.flatMap((b) => APPLICABLE_STATUSES.map((status) => ({ rule: b.ruleId, status, count: b.counts[status] }))).filter((d) => d.count > 0);
  const chart = draw(document, caption, `Deadlines that applied under each of ${bars.length} rules, by status: met, late, overdue, due, lifted or relaxed. The table below gives the numbers.`, {
    width: 760,
    height: 50 + 26 * bars.length,
    marginLeft: 230,
    x: { label: 'deadlines that applied', grid: true, ...wholeTicks(Math.max(...bars.map((b) => b.applicable))) },
    y: { label: null, domain: bars.map((b) => b.ruleId) },
    color: { domain: [...APPLICABLE_STATUSES], range: APPLICABLE_STATUSES.map((s) => STATUS_COLOURS[s]!), legend: true },
    marks: [
      Plot.barX(data, { x: 'count', y: 'rule', fill: 'status', title: (d: { rule: string; status: string; count: number }) => `${d.rule}: ${d.count} ${d.status}` }),
      Plot.ruleX([0]),
    ],
  });
  const table = htmlTable('Compliance by rule: the numbers', ['rule', ...APPLICABLE_STATUSES.map((s) => ({ html: s, numeric: true })), { html: 'applicable', numeric: true }],
    bars.map((b) => [str(b.ruleId), ...APPLICABLE_STATUSES.map((s) => num(b.counts[s])), num(b.applicable)]), bars.map((b) => b.ruleId));
  return figure('chart-rules', caption, chart, table);
}

/** Plans in the three published bands, including and excluding exceptions. */
export function bandsChart(r: AuditReport, document: ReportDocument): string {
  const b = bands(r);
  const caption = b.source === 'dfe-measures' ? `Time from request to plan, ${r.sen2!.measuresYear} (the Department's measure)` : 'Time from request to plan: the 20-week bands';
  const total = b.rows.reduce((n, row) => n + row.including, 0);
  if (total === 0) return none('chart-bands', caption, 'No plan was issued in the period measured.');
  const measures = ['including exceptions', 'excluding exceptions'];
  const data = b.rows.flatMap((row) => [
    { measure: measures[0]!, band: row.band, plans: row.including },
    { measure: measures[1]!, band: row.band, plans: row.excludingExceptions },
  ]);
  const chart = draw(document, caption, 'Plans issued within 20 weeks of the request, in 20 to 52 weeks, and over 52 weeks, including and excluding exceptions. The table below gives the numbers.', {
    width: 760,
    height: 120,
    marginLeft: 150,
    x: { label: 'plans issued', grid: true, ...wholeTicks(total) },
    y: { label: null, domain: measures },
    color: { domain: [...BAND_NAMES], range: BAND_COLOURS, legend: true },
    marks: [
      Plot.barX(data, { x: 'plans', y: 'measure', fill: 'band', title: (d: { band: string; plans: number; measure: string }) => `${d.measure}: ${d.plans} ${d.band}` }),
      Plot.ruleX([0]),
    ],
  });
  const table = htmlTable('The 20-week bands: the numbers', ['band', { html: 'including exceptions', numeric: true }, { html: 'excluding exceptions', numeric: true }],
    b.rows.map((row) => [str(row.band), num(row.including), num(row.excludingExceptions)]), b.rows.map((row) => row.band));
  return figure('chart-bands', caption, chart, table);
}

/** Plans issued each month, split into those within 20 weeks and the rest, with the share within. */
export function monthsChart(r: AuditReport, document: ReportDocument): string {
  const caption = 'Plans issued by month, and the share within 20 weeks';
  const months = r.planMonths;
  if (months.length === 0) return none('chart-months', caption, 'No plan counted toward the 20-week measure.');
  const share = (m: (typeof months)[number]) => Math.round((m.withinTwentyWeeks / m.issued) * 1000) / 10;
  const data = monthSeries(months).flatMap((m) => [
    { month: m.month, part: 'within 20 weeks', plans: m.withinTwentyWeeks },
    { month: m.month, part: 'later', plans: m.issued - m.withinTwentyWeeks },
  ]);
  const many = monthSeries(months).length > 12;
  const chart = draw(document, caption, `Plans counted toward the 20-week measure in each of ${months.length} months of issue, those within 20 weeks first. The table below gives the numbers and the share.`, {
    width: 760,
    height: many ? 300 : 260,
    marginTop: 36,
    marginBottom: many ? 60 : 30,
    x: { label: null, domain: monthSeries(months).map((m) => m.month), tickRotate: many ? -45 : 0 },
    y: { label: 'plans issued', grid: true, ...wholeTicks(Math.max(...months.map((m) => m.issued))) },
    color: { domain: ['within 20 weeks', 'later'], range: WITHIN_COLOURS, legend: true },
    marks: [
      Plot.barY(data, { x: 'month', y: 'plans', fill: 'part', title: (d: { month: string; part: string; plans: number }) => `${d.month}: ${d.plans} ${d.part}` }),
      Plot.text(months, { x: 'month', y: 'issued', text: (m: (typeof months)[number]) => `${share(m)}%`, dy: -7, fontSize: 10 }),
      Plot.ruleY([0]),
    ],
  });
  const table = htmlTable('Plans issued by month: the numbers', ['month', { html: 'plans issued', numeric: true }, { html: 'within 20 weeks', numeric: true }, { html: 'share within', numeric: true }],
    months.map((m) => [str(m.month), num(m.issued), num(m.withinTwentyWeeks), pctCell(share(m))]), months.map((m) => m.month));
  return figure('chart-months', caption, chart, table);
}

/** Late and overdue deadlines by how many days late they were. */
export function latenessChart(r: AuditReport, document: ReportDocument): string {
  const caption = 'How late the late and overdue deadlines were';
  const rows = lateness(r);
  if (r.lateCases.length === 0) return none('chart-lateness', caption, 'No deadline was late or overdue.');
  const data = rows.flatMap((row) => [
    { range: row.label, status: 'late', deadlines: row.late },
    { range: row.label, status: 'overdue', deadlines: row.overdue },
  ]);
  const chart = draw(document, caption, 'Late deadlines (met after the due date) and overdue ones (not met, the due date passed) by days late, in ranges from a week to over a year. The table below gives the numbers.', {
    width: 760,
    height: 260,
    x: { label: 'days late', domain: rows.map((row) => row.label) },
    y: { label: 'deadlines', grid: true, ...wholeTicks(Math.max(...rows.map((row) => row.late + row.overdue))) },
    color: { domain: ['late', 'overdue'], range: [STATUS_COLOURS.late!, STATUS_COLOURS.overdue!], legend: true },
    marks: [
      Plot.barY(data, { x: 'range', y: 'deadlines', fill: 'status', title: (d: { range: string; status: string; deadlines: number }) => `${d.range}: ${d.deadlines} ${d.status}` }),
      Plot.ruleY([0]),
    ],
  });
  const table = htmlTable('Days late: the numbers', ['days late', { html: 'late', numeric: true }, { html: 'overdue', numeric: true }],
    rows.map((row) => [str(row.label), num(row.late), num(row.overdue)]), rows.map((row) => row.label));
  return figure('chart-lateness', caption, chart, table);
}
