/**
 * The SEN2 parts of an audit's report: the return's header, the persons (in = audited + set aside),
 * the Department's measures with the reading used and its citation, and the findings per person
 * with their element paths. The caseload parts (rules, late list) are the caseload audit's own
 * renderers (report.ts), so both inputs are read in one shape.
 */
import type { DfeMeasures } from '../engine/dfe-measures.js';
import type { Sen2Finding } from '../readers/sen2/findings.js';
import type { Sen2PersonResult } from '../readers/sen2/audit.js';
import type { DateOut } from './dates.js';
import type { Io } from './io.js';
import type { Sen2Run } from './sen2.js';
import { table, wrap } from './text.js';
import { markdownCell, shown, visible } from './visible.js';

const pct = (p: number | null) => (p === null ? '—' : `${p.toFixed(1)} %`);

// The counts and set-aside rows are the report model's (src/report), which the JSON, the HTML and the page share.
export { sen2AuditInput, sen2SetAsideRows } from '../report/audit-model.js';

/** The return's header in a line: the authority and the census date. */
export function returnLine(run: Sen2Run, d: DateOut): string {
  const h = run.header;
  const what = run.format === 'xml' ? 'XML return' : 'CSV export';
  const authority = h.lea !== undefined && h.lea !== '' ? `local authority ${visible(h.lea, 20)}` : 'no local authority named';
  return `SEN2 ${what} ${run.name} (${authority}${h.year ? `, collection year ${visible(h.year, 10)}` : ''}): census date ${d(run.result.census)}.`;
}

/** The reading of "within" the measures used, and its citation: every report says which. */
export function readingLines(m: DfeMeasures): string[] {
  const c = m.reading.citation;
  return [`Reading of "within": ${m.reading.title} (${m.reading.id}).`, `Cited: ${c.instrument}, ${c.provision} (${c.url}).`];
}

/** The measures as rows of a two-column table: what, and its value. */
export function measureRows(m: DfeMeasures, d: DateOut): (string | number)[][] {
  const p = m.plans;
  const r = m.reviews;
  const band = (b: typeof p.including) => [
    [`  within 20 weeks`, `${b.bands.withinTwentyWeeks} of ${b.plans} (${pct(b.percent)})`],
    [`  20 to 52 weeks`, b.bands.twentyToFiftyTwoWeeks],
    [`  over 52 weeks`, b.bands.overFiftyTwoWeeks],
  ];
  return [
    [`${p.title}, ${d(p.from)} to ${d(p.to)}`, ''],
    ['new plans issued', p.issued],
    ['transferred in, left out', p.transferredInLeftOut],
    ['including exceptions', ''],
    ...band(p.including),
    ['excluding exceptions', ''],
    ...band(p.excludingExceptions),
    ['exceptions recorded (Week20 = 1)', p.exceptionsRecorded],
    ['average weeks, including exceptions', p.averageWeeks === null ? '—' : p.averageWeeks.toFixed(1)],
    [`${r.title}, ${r.year}`, ''],
    ['review meetings', r.meetings],
    ['decided within 4 weeks', `${r.decidedWithinFourWeeks} (${pct(r.percent)})`],
    ['decided later', r.decidedLater],
    ['no decision, 4 weeks not yet ended', r.notYetDue],
    ['no decision, 4 weeks ended', r.outstanding],
  ];
}

/** The SEN2 part that comes before the caseload audit's table. */
export function sen2Table(run: Sen2Run, d: DateOut): string {
  const m = run.result.measures;
  const out = [
    ...wrap(returnLine(run, d)),
    '',
    'The Department for Education\'s measures, reproduced from the return:',
    ...readingLines(m).flatMap((l) => wrap(l, 100, 2, 0)),
    '',
    table(['measure', 'value'], measureRows(m, d)),
  ];
  if (run.result.untimedPlans.length) out.push('', ...wrap(`${run.result.untimedPlans.length} plan(s) have no ReceivedDate on their request and are not in the 20-week measure (listed on stderr).`));
  out.push('', '');
  return out.join('\n');
}

function markdownTable(header: string[], rows: (string | number)[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(markdownCell).join(' | ')} |`)].join('\n');
}

/** The SEN2 part of the Markdown report, before the caseload audit's sections. */
export function sen2Markdown(run: Sen2Run, d: DateOut): string {
  const m = run.result.measures;
  return [
    `# SEN2 return: census date ${d(run.result.census)}`,
    '',
    returnLine(run, d),
    '',
    '## The Department for Education\'s measures',
    '',
    ...readingLines(m).flatMap((l) => [l, '']),
    markdownTable(['measure', 'value'], measureRows(m, d).map(([a, b]) => [String(a).trim(), b!])),
    '',
    ...(run.result.setAside.length
      ? ['## Persons set aside', '', markdownTable(['position', 'person', 'element', 'value', 'finding', 'reason'],
        run.result.setAside.flatMap((p) => p.findings.map((f) => [p.position, p.personId, f.path, shown(f.value), f.kind, f.message]))), '']
      : []),
    '',
  ].join('\n');
}

const where = (p: Sen2PersonResult, f: Sen2Finding) => `Person ${p.position} (${visible(p.personId, 40)})${f.row !== undefined ? `, line ${f.row}` : ''}`;
const value = (v: unknown) => (v === undefined ? '' : ` ${shown(v)}`);

/** What the reader and the checks found in a return: its parts not placed, its persons sorted, its unknown elements. */
type Sen2Found = Pick<Sen2Run, 'unknownElements' | 'partsSetAside'> & {
  readonly result: Pick<Sen2Run['result'], 'setAside' | 'audited'> & Partial<Pick<Sen2Run['result'], 'untimedPlans'>>;
};

/** Everything the reader and the checks found, on stderr: set-aside persons' findings, warnings, unknown elements once each. */
export function reportSen2(io: Io, run: Sen2Found): void {
  for (const u of run.unknownElements) {
    io.err(`Unknown element ${visible(u.path, 200)} (${u.count} time${u.count === 1 ? '' : 's'}${u.first?.line !== undefined ? `, first at line ${u.first.line}` : ''}): not read.\n`);
  }
  for (const part of run.partsSetAside) {
    io.err(`${part.row !== undefined ? `Line ${part.row}: ` : ''}${visible(part.path, 200)}${value(part.value)} [${part.code}]: ${visible(part.message, 1000)}\n`);
  }
  for (const p of run.result.setAside) {
    for (const f of p.findings) io.err(`${where(p, f)}: ${f.path}${value(f.value)} [${f.code} ${f.kind}${f.severity === 'warning' ? ', warning' : ''}]: ${visible(f.message, 1000)}\n`);
    io.err(`Person ${p.position} (${visible(p.personId, 40)}) was set aside: see the findings above.\n`);
  }
  for (const p of run.result.audited) {
    for (const f of p.findings) io.err(`Warning: ${where(p, f)}: ${f.path}${value(f.value)} [${f.kind}]: ${visible(f.message, 1000)}\n`);
  }
  for (const u of run.result.untimedPlans ?? []) io.err(`Case ${visible(u.caseId, 40)}: ${u.path}: the plan's request has no ReceivedDate, so it is not in the 20-week measure.\n`);
}
