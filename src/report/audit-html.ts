/**
 * An audit's report as HTML: `renderAuditReport` writes one self-contained document (its own
 * stylesheet, print rules included, no script, nothing fetched), and `renderAuditSections` the
 * body the offline page shows inside its own GOV.UK-styled layout. Both read only the report model
 * (`AuditReport`, what `audit --format json` prints), so every number shown is the JSON's.
 *
 * Order: what was audited and how (the as-of date, the window, the reading and its citation, the
 * input's counts), then the charts, then the tables.
 */
import { mostLateFirst } from '../engine/audit.js';
import { measureReadings, type MeasureReading } from '../law/measures.js';
import type { AuditReport } from './audit-model.js';
import { reportInput } from './audit-model.js';
import { headline, windowLine } from './audit-words.js';
import { bandsChart, complianceChart, latenessChart, monthsChart, type ReportDocument } from './audit-charts.js';
import { REPORT_STYLE } from './audit-style.js';
import { htmlTable, num, pathCell, pctCell, str, summaryList, text, attr, type Cell } from './html.js';

export type { ReportDocument } from './audit-charts.js';

/**
 * How a report is rendered: the DOM document the charts are drawn in, and how many late and
 * overdue deadlines the table lists (most days late first; the CSV export lists them all).
 */
export interface AuditHtmlOptions {
  readonly document: ReportDocument;
  /** The input's name as the user knows it (a file name), shown in the title; `-` is standard input. */
  readonly name?: string;
  /** The most late and overdue rows listed (default 500); the rest are counted in a sentence. */
  readonly lateRows?: number;
}

const DEFAULT_LATE_ROWS = 500;

/** The reading of "within" the 20-week figures used: a return names its own; a caseload's audit reads the statute. */
function readingOf(r: AuditReport): MeasureReading {
  return r.sen2?.reading ?? measureReadings.statutory;
}

const sourceWords: Readonly<Record<AuditReport['source']['kind'], string>> = {
  csv: 'caseload (CSV)', json: 'caseload (JSON case records)', xlsx: 'caseload (Excel workbook)', rows: 'caseload (rows)', sen2: 'SEN2 return',
};

const inputName = (name: string | undefined, r: AuditReport) => (name === undefined ? `the ${sourceWords[r.source.kind]}` : name === '-' ? 'standard input' : name);

/** The title of the report. */
function title(r: AuditReport, name: string | undefined): string {
  return `Audit of ${inputName(name, r)} as of ${r.asOf}`;
}

/** What was audited, and how: the top of the report. */
function overview(r: AuditReport, name: string | undefined): string {
  const input = reportInput(r);
  const unit = r.input.unit === 'persons' ? 'persons' : 'cases';
  const reading = readingOf(r);
  const c = reading.citation;
  const rows: [string, string, string?][] = [
    ['Input', `${name === undefined ? '' : `${text(inputName(name, r))} `}<span class="govuk-caption">${text(sourceWords[r.source.kind])}</span>`, 'source'],
    ['As of', text(r.asOf), 'asOf'],
    ['Reviews counted on', `the ${text(r.reviewedOn)} date`, 'reviewedOn'],
    ['Window', text(windowLine(r.window)), 'window'],
    ['Reading of “within”', `${text(reading.title)} (<code>${text(reading.id)}</code>). Cited: ${text(c.instrument)}, ${text(c.provision)} <span class="audit-url">(${text(c.url)})</span>.`, 'reading'],
    [`${unit[0]!.toUpperCase()}${unit.slice(1)} in the ${r.sen2 ? 'return' : 'file'}`, String(r.input.cases), 'input.cases'],
    [`${unit[0]!.toUpperCase()}${unit.slice(1)} audited`, String(r.input.audited), 'input.audited'],
    [`${unit[0]!.toUpperCase()}${unit.slice(1)} set aside`, String(r.input.setAside), 'input.setAside'],
    [r.sen2 ? 'Set-aside findings and parts not placed' : `Bad ${r.source.kind === 'json' ? 'records' : 'rows'}`, String(r.input.badRows), 'input.badRows'],
    [r.sen2 ? 'Parts of the file not placed in a person' : 'Bad rows naming no case', String(r.input.rowsWithoutCase), 'input.rowsWithoutCase'],
  ];
  if (r.sen2) {
    const h = r.sen2.header;
    rows.splice(1, 0,
      ['Return', `${r.sen2.format === 'xml' ? 'XML return' : 'CSV export'}; ${h.lea ? `local authority ${text(h.lea)}` : 'no local authority named'}${h.year ? `; collection year ${text(h.year)}` : ''}`, 'sen2.header'],
      ['Census date', text(r.sen2.census), 'sen2.census']);
  }
  return `<p class="govuk-body-l" data-key="headline">${text(headline(input))}.</p>
${summaryList(rows)}`;
}

/** The charts, each with its table of numbers. */
function charts(r: AuditReport, document: ReportDocument): string {
  return `<section class="audit-section audit-charts" aria-labelledby="audit-charts-heading">
<h2 class="govuk-heading-m" id="audit-charts-heading">Charts</h2>
${complianceChart(r, document)}
${bandsChart(r, document)}
${monthsChart(r, document)}
${latenessChart(r, document)}
</section>`;
}

const section = (id: string, heading: string, body: string) => `<section class="audit-section" id="${id}" aria-labelledby="${id}-heading">
<h2 class="govuk-heading-m" id="${id}-heading">${text(heading)}</h2>
${body}
</section>`;

/** The 20-week measure, including and excluding exceptions. */
function measureTable(r: AuditReport): string {
  const i = r.twentyWeeks.including;
  const x = r.twentyWeeks.excludingExceptions;
  const rows: Cell[][] = [
    [str('including exceptions'), num(i.withinTwentyWeeks), num(i.plansIssued), pctCell(i.percent)],
    [str('excluding exceptions'), num(x.withinTwentyWeeks), num(x.plansIssued), pctCell(x.percent)],
  ];
  const recorded = i.exceptionRecorded !== undefined
    ? `<p class="govuk-body">${i.exceptionRecorded} plan${i.exceptionRecorded === 1 ? '' : 's'} of cases recording an exception without its kind or dates are left out of the count excluding exceptions.</p>`
    : '';
  return section('audit-twenty-weeks', 'EHC plans issued within 20 weeks', `${htmlTable('The 20-week measure (reg 13(2))', ['measure', { html: 'within 20 weeks', numeric: true }, { html: 'plans issued', numeric: true }, { html: 'percent', numeric: true }], rows, ['including', 'excludingExceptions'])}
<p class="govuk-body">A plan issued on the day 20 weeks after the request (the same weekday) is within 20 weeks.</p>
${recorded}`);
}

/** Every rule's counts, and local standards beside their statutory counterparts. */
function ruleTables(r: AuditReport): string {
  const statutory = r.rules.filter((x) => !x.local);
  const header = ['rule', ...['applicable', 'met', 'late', 'overdue', 'due', 'lifted', 'relaxed', 'not applicable', 'not triggered', 'on time'].map((h) => ({ html: h, numeric: true }))];
  const rows = statutory.map((x) => [
    { html: `${text(x.ruleId)}<br><span class="govuk-caption">${text(x.title)}</span>` },
    num(x.applicable), num(x.met), num(x.late), num(x.overdue), num(x.due), num(x.lifted), num(x.relaxed), num(x.notApplicable), num(x.notTriggered), pctCell(x.percentOnTime),
  ]);
  let out = htmlTable('Deadlines by rule', header, rows, statutory.map((x) => x.ruleId));
  const locals = r.rules.filter((x) => x.local);
  if (locals.length) {
    const byId = new Map(r.rules.map((x) => [x.ruleId, x]));
    out += '\n' + htmlTable('Local standards beside the statute', ['local rule', 'statutory rule', ...['applicable', 'met', 'late', 'overdue', 'on time', 'statute on time', 'later than law'].map((h) => ({ html: h, numeric: true }))],
      locals.map((x) => [str(x.ruleId), str(x.local!.statutory), num(x.applicable), num(x.met), num(x.late), num(x.overdue), pctCell(x.percentOnTime), pctCell(byId.get(x.local!.statutory)?.percentOnTime ?? null), num(x.local!.laterThanLaw)]),
      locals.map((x) => x.ruleId));
    out += '\n<p class="govuk-body">“Later than law”: deadlines where the local date falls after the statutory one.</p>';
  }
  return section('audit-rules', 'By rule', out);
}

const statusTag = (s: 'late' | 'overdue') => `<strong class="govuk-tag ${s === 'late' ? 'govuk-tag--orange' : 'govuk-tag--red'}">${s}</strong>`;

/** The late and overdue deadlines, most days late first. */
function lateTable(r: AuditReport, limit: number): string {
  const late = r.lateCases.filter((l) => l.status === 'late').length;
  const overdue = r.lateCases.length - late;
  if (r.lateCases.length === 0) return section('audit-late', 'Late and overdue', '<p class="govuk-body">None.</p>');
  const sorted = mostLateFirst(r.lateCases);
  const shown = sorted.slice(0, limit);
  const rest = sorted.length - shown.length;
  return section('audit-late', 'Late and overdue', `<p class="govuk-body" data-key="late-counts">${late} late (done after the due date) and ${overdue} overdue (not done, the due date passed), most days late first.</p>
${htmlTable(`Late and overdue deadlines (${r.lateCases.length})`, ['case', 'rule', 'due', 'done', 'status', { html: 'days late', numeric: true }],
    shown.map((l) => [str(l.caseId), str(l.ruleId), str(l.due), str(l.done ?? ''), { html: statusTag(l.status) }, num(l.daysLate)]))}
${rest > 0 ? `<p class="govuk-body">… and ${rest} more, not listed here (the CSV export, <code>--output-dir</code>, lists them all in late.csv and overdue.csv).</p>` : ''}`);
}

/** The rows, records and persons set aside, and the records the audit rejected. */
function setAsideTables(r: AuditReport): string {
  const parts: string[] = [];
  const unit = r.sen2 ? (r.input.setAside === 1 ? 'person' : 'persons') : (r.input.setAside === 1 ? 'case' : 'cases');
  parts.push(r.input.setAside === 0 && r.rejected.length === 0 && r.rowErrors.length === 0
    ? `<p class="govuk-body">None: every ${r.sen2 ? 'person' : 'case'} in the input was audited.</p>`
    : `<p class="govuk-body">${r.input.setAside} ${unit} set aside: they are counted in the input and not audited. Each reason is listed below.</p>`);
  if (r.sen2) {
    const persons = r.sen2.setAside;
    if (persons.length) {
      parts.push(htmlTable(`Persons set aside (${persons.length}); each finding is listed under Data-quality findings`, [{ html: 'position', numeric: true }, 'person', { html: 'findings that set aside', numeric: true }],
        persons.map((q) => [num(q.position), str(q.personId), num(q.findings.filter((f) => f.severity === 'set-aside').length)]), persons.map((q) => String(q.position))));
    }
  } else if (r.rowErrors.length) {
    parts.push(htmlTable('Bad rows and records', ['case', { html: 'line', numeric: true }, { html: 'record', numeric: true }, 'field', 'value', 'code', 'reason'],
      r.rowErrors.map((e) => [str(e.caseId), { html: e.line === undefined ? '' : String(e.line), numeric: true }, { html: e.record === undefined ? '' : String(e.record), numeric: true }, str(e.field), str(e.value), str(e.code), pathCell(e.reason)])));
  }
  if (r.rejected.length) {
    parts.push(htmlTable('Records the audit could not use', ['case', 'field', 'value', 'code', 'reason'],
      r.rejected.flatMap((x) => x.errors.map((e) => [str(x.id), str(e.field), str(e.value), str(e.code), pathCell(e.message)]))));
  }
  if (r.warnings?.length) {
    parts.push(`<div class="govuk-inset-text">${r.warnings.map((w) => `<p class="govuk-body">${text(w.message)}</p>`).join('')}</div>`);
  }
  return section('audit-set-aside', 'Set aside', parts.join('\n'));
}

/** The Department's measures of a return, with the reading used and its citation. */
function sen2Measures(r: AuditReport): string {
  const s = r.sen2!;
  const p = s.measures.plans;
  const v = s.measures.reviews;
  const c = s.reading.citation;
  const band = (b: typeof p.including, key: string): Cell[][] => [
    [str(`${key}: within 20 weeks`), num(b.bands.withinTwentyWeeks)],
    [str(`${key}: 20 to 52 weeks`), num(b.bands.twentyToFiftyTwoWeeks)],
    [str(`${key}: over 52 weeks`), num(b.bands.overFiftyTwoWeeks)],
    [str(`${key}: plans`), num(b.plans)],
    [str(`${key}: percent within 20 weeks`), pctCell(b.percent)],
  ];
  const planRows: Cell[][] = [
    [str('new plans issued'), num(p.issued)],
    [str('transferred in or historical, left out'), num(p.transferredInLeftOut)],
    ...band(p.including, 'including exceptions'),
    ...band(p.excludingExceptions, 'excluding exceptions'),
    [str('exceptions recorded (Week20 = 1)'), num(p.exceptionsRecorded)],
    [str('average weeks, including exceptions'), { html: p.averageWeeks === null ? '—' : p.averageWeeks.toFixed(1), numeric: true }],
  ];
  const reviewRows: Cell[][] = [
    [str('review meetings'), num(v.meetings)],
    [str('decided within 4 weeks'), num(v.decidedWithinFourWeeks)],
    [str('decided later'), num(v.decidedLater)],
    [str('no decision, 4 weeks not yet ended'), num(v.notYetDue)],
    [str('no decision, 4 weeks ended'), num(v.outstanding)],
    [str('percent decided within 4 weeks'), pctCell(v.percent)],
  ];
  return section('audit-dfe', 'The Department for Education\'s measures', `<p class="govuk-body">Reproduced from the return. Reading of “within”: ${text(s.reading.title)} (<code>${text(s.reading.id)}</code>); cited: ${text(c.instrument)}, ${text(c.provision)} <span class="audit-url">(${text(c.url)})</span>.</p>
${htmlTable(`${p.title}, ${p.from} to ${p.to}`, ['measure', { html: 'value', numeric: true }], planRows, planRows.map((_, i) => `plans-${i}`))}
${htmlTable(`${v.title}, ${v.year}`, ['measure', { html: 'value', numeric: true }], reviewRows, reviewRows.map((_, i) => `reviews-${i}`))}`);
}

/** Every finding about the return's persons, the plans left untimed and the elements not read. */
function sen2Findings(r: AuditReport): string {
  const s = r.sen2!;
  const every = [...s.setAside, ...s.audited].sort((a, b) => a.position - b.position);
  const rows = every.flatMap((q) => q.findings.map((f) => [num(q.position), str(q.personId), { html: f.row === undefined ? '' : String(f.row), numeric: true }, pathCell(f.path), str(f.value), str(f.kind), { html: f.severity === 'set-aside' ? '<strong class="govuk-tag govuk-tag--red">set aside</strong>' : '<strong class="govuk-tag govuk-tag--grey">warning</strong>' }, pathCell(f.message)] as Cell[]));
  const parts = [rows.length
    ? htmlTable(`Findings (${rows.length})`, [{ html: 'position', numeric: true }, 'person', { html: 'line', numeric: true }, 'element', 'value', 'kind', 'severity', 'message'], rows)
    : '<p class="govuk-body">No finding: every person was read as the specification describes.</p>'];
  if (s.untimedPlans.length) {
    parts.push(htmlTable(`Plans whose request has no ReceivedDate, not in the 20-week measure (${s.untimedPlans.length})`, ['case', 'element'], s.untimedPlans.map((u) => [str(u.caseId), pathCell(u.path)])));
  }
  if (s.unknownElements.length) {
    parts.push(htmlTable('Elements not read', ['element', { html: 'times', numeric: true }], s.unknownElements.map((u) => [pathCell(u.path), num(u.count)])));
  }
  if (s.partsSetAside.length) {
    parts.push(htmlTable('Parts of the file not placed in a person', [{ html: 'line', numeric: true }, 'element', 'value', 'code', 'reason'],
      s.partsSetAside.map((e) => [{ html: e.row === undefined ? '' : String(e.row), numeric: true }, pathCell(e.path), str(e.value), str(e.code), pathCell(e.message)])));
  }
  return section('audit-findings', 'Data-quality findings', parts.join('\n'));
}

/**
 * The report's body: what was audited, the charts, then the tables (the 20-week measure, by rule,
 * late and overdue, set aside; for a return the Department's measures and the findings). The
 * offline page places this inside its own layout; headings start at level 2.
 * @example
 * const html = renderAuditSections(report, { document }); // document: the browser's, or linkedom's
 */
export function renderAuditSections(model: AuditReport, options: AuditHtmlOptions): string {
  const limit = options.lateRows ?? DEFAULT_LATE_ROWS;
  return `<div class="audit-report" data-as-of="${attr(model.asOf)}">
${overview(model, options.name)}
${charts(model, options.document)}
${model.sen2 ? sen2Measures(model) : ''}
${measureTable(model)}
${ruleTables(model)}
${lateTable(model, limit)}
${setAsideTables(model)}
${model.sen2 ? sen2Findings(model) : ''}
</div>`;
}

/**
 * The whole report as one self-contained HTML document: its own stylesheet (with print rules, so
 * a browser prints it to PDF), no script, and no file or address it needs to fetch.
 * @example
 * import { parseHTML } from 'linkedom';
 * const { document } = parseHTML('<!doctype html><html><body></body></html>');
 * writeFileSync('report.html', renderAuditReport(report, { document }));
 */
export function renderAuditReport(model: AuditReport, options: AuditHtmlOptions): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(title(model, options.name))}</title>
<style>
${REPORT_STYLE}
</style>
</head>
<body class="govuk-template__body">
<main class="govuk-main-wrapper govuk-width-container" id="main-content">
<h1 class="govuk-heading-l">${text(title(model, options.name))}</h1>
${renderAuditSections(model, options)}
<p class="govuk-body-s audit-footer">Written by send-timescales. Every figure is the audit's JSON output's (<code>--format json</code>).</p>
</main>
</body>
</html>
`;
}
