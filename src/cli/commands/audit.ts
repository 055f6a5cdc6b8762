import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { audit, createAuditor, type Auditor } from '../../engine/audit.js';
import { oneOf, parse, usageError } from '../args.js';
import { asOfArg } from '../as-of.js';
import { incomplete, readingOf, streamCaseload } from '../caseload.js';
import { dateArg, dateOut } from '../dates.js';
import { AS_OF, CASELOAD_NOTE, CENSUS, DATE_FORMAT, MEASURE_READING, PROFILE, REVIEWED_ON, SEN2_NOTE, TERMS, READING_OPTIONS, type CommandSpec } from '../help.js';
import { pathError } from '../input.js';
import { EXIT_INPUT_ERRORS, readOrReport, EXIT_OK, UsageError, type Io } from '../io.js';
import { writeJson } from '../json-out.js';
import { localOptions } from '../local-options.js';
import { reportCaseload, reportRejected, setAsideRows } from '../problems.js';
import { auditCsv, auditFiles, auditHtml, auditMarkdown, auditTable, headline, windowLine, type AuditInput } from '../report.js';
import { visible } from '../visible.js';
import { caseloadAuditReport } from '../../report/audit-model.js';
import { namedInput } from '../sen2-input.js';
import { auditSen2Return } from '../sen2-audit.js';

export const spec: CommandSpec = {
  name: 'audit',
  args: '<caseload.csv | .xlsx | .json | return.xml | SEN2 export folder or files | ->',
  summary: 'Compliance across a caseload or an SEN2 return: per-rule counts, the 20-week measure, late and overdue cases; for a return, the Department\'s measures too. Bad rows are reported by file line and their cases set aside (for a return, persons with their findings); every other case is audited.',
  options: [
    AS_OF,
    { name: 'format', type: 'string', value: 'table|json|csv|markdown|html', text: 'The report on standard output (default table). csv is the late and overdue list alone (the headline and window go to stderr); html is one self-contained page with charts and every table, to open in a browser or print to PDF; --output-dir writes every table.' },
    { name: 'output-dir', type: 'string', value: 'DIR', text: 'Also write the complete report as CSV files in DIR (created if needed): summary.csv, rules.csv, late.csv, overdue.csv, set-aside.csv (and with --format html, report.html). Cells are safe to open in a spreadsheet.' },
    { name: 'from', type: 'string', value: 'DATE', text: 'Only plans issued on or after this day count toward the 20-week measure (e.g. the start of a reporting year). No other figure is filtered.' },
    { name: 'to', type: 'string', value: 'DATE', text: 'Only plans issued on or before this day count toward the 20-week measure.' },
    REVIEWED_ON,
    PROFILE,
    TERMS,
    DATE_FORMAT,
  ],
  readingOptions: READING_OPTIONS,
  sen2Options: [CENSUS, MEASURE_READING],
  notes: [
    CASELOAD_NOTE,
    SEN2_NOTE,
    'The headline counts every case in the file: cases in the file = cases audited + cases set aside. Exit 0: every row read; 1: some rows or records were bad (each reported on stderr, the rest audited); 2: the command was called wrongly.',
  ],
  example: 'send-timescales audit caseload.csv --as-of 2026-11-01 --from 2025-01-01 --to 2025-12-31 --output-dir report',
};

const PROGRESS_EVERY = 50_000;

export async function run(argv: string[], io: Io): Promise<number> {
  const parsed = parse(argv, spec);
  if (parsed.positionals.length === 0) throw usageError('Name the caseload or the SEN2 return to audit (a file, a folder of the CSV export, or - for standard input).', spec);
  const named = await readOrReport(io, () => namedInput(parsed.positionals));
  if (named === undefined) return EXIT_INPUT_ERRORS;
  if (named.kind !== 'caseload') return auditSen2Return(named, parsed.values, io, spec);
  for (const sen2Only of ['census', 'reading'] as const) {
    if (parsed.values[sen2Only] !== undefined) throw usageError(`--${sen2Only} concerns an SEN2 return, and ${visible(named.path)} is a caseload.`, spec);
  }
  const file = named.path;
  const format = oneOf(parsed.values.format, ['table', 'json', 'csv', 'markdown', 'html'] as const, 'format', 'table');
  const dateFormat = typeof parsed.values['date-format'] === 'string' ? parsed.values['date-format'] : undefined;
  const asOf = asOfArg(parsed.values['as-of'], dateFormat);
  const from = typeof parsed.values.from === 'string' ? dateArg(parsed.values.from, 'from', dateFormat) : null;
  const to = typeof parsed.values.to === 'string' ? dateArg(parsed.values.to, 'to', dateFormat) : null;
  if (from !== null && to !== null && from > to) throw new UsageError(`--from ${from} is after --to ${to}: the window would hold no day. Give the earlier date with --from.`);
  const reviewedOn = oneOf(parsed.values['reviewed-on'], ['meeting', 'decision'] as const, 'reviewed-on', 'meeting');
  const outputDir = typeof parsed.values['output-dir'] === 'string' ? parsed.values['output-dir'] : undefined;
  const local = localOptions(parsed.values);
  const d = dateOut(dateFormat);
  const progress = (what: string) => (n: number) => {
    if (io.errIsTty && n % PROGRESS_EVERY === 0) io.err(`\r${what} ${n.toLocaleString('en-GB')}…`);
  };
  const reading = await readingOf(parsed.values);
  const options = { asOf, reviewedOn, ...(from !== null ? { from } : {}), ...(to !== null ? { to } : {}), ...local };
  // A CSV is audited one case at a time as it is read; the auditor of a reading abandoned because
  // the file is not grouped by case is dropped, and a new one audits the cases grouped in memory.
  // Each is made at its first case, so that options are judged after the header, as before.
  let auditor: Auditor | undefined;
  let checked = 0;
  const casesChecked = progress('cases checked:');
  const read = await readOrReport(io, () => streamCaseload(file, dateFormat, progress('rows read:'), reading, named.bytes, {
    begin: () => {
      auditor = undefined;
      checked = 0;
      return (record) => {
        casesChecked(++checked);
        (auditor ??= createAuditor(options)).add(record);
      };
    },
    onNotGrouped: () => io.err('The file is not grouped by case: its cases are held in memory.\n'),
  }));
  if (read === undefined) return EXIT_INPUT_ERRORS;
  // A workbook or JSON is read whole and audited as a list, as it always has been.
  const caseload = read.caseload;
  const result = read.kind === 'whole' ? audit(read.caseload.cases, options, casesChecked) : (auditor ?? createAuditor(options)).result();
  const casesRead = read.kind === 'whole' ? read.caseload.cases.length : read.caseload.cases;
  if (io.errIsTty && caseload.rows >= PROGRESS_EVERY) io.err('\r\x1b[K');

  reportCaseload(io, caseload);
  reportRejected(io, result.rejected);
  const input: AuditInput = {
    kind: caseload.kind,
    cases: casesRead + caseload.setAside.length,
    audited: result.cases.valid,
    setAside: caseload.setAside.length + result.rejected.length,
    badRows: caseload.rowErrors.length,
    rowsWithoutCase: caseload.rowsWithoutCase,
  };
  const window = { from, to };
  const report = caseloadAuditReport({ audit: result, input, window, caseload });
  const html = format === 'html' ? await auditHtml(report, file) : undefined;
  if (outputDir !== undefined) {
    const files = { ...auditFiles(result, input, window, d, setAsideRows(caseload, result.rejected)), ...(html !== undefined ? { 'report.html': html } : {}) };
    try {
      await mkdir(outputDir, { recursive: true });
      for (const [name, text] of Object.entries(files)) await writeFile(join(outputDir, name), text);
    } catch (e) {
      throw pathError(outputDir, e) ?? e;
    }
  }
  if (format === 'json') {
    await writeJson(io, { ...report });
  } else if (format === 'csv') {
    io.out(auditCsv(result, d));
    // The late list is not filtered by the window; say so, beside the data rather than inside it.
    io.err(`${headline(input)}. ${windowLine(window, d)} The late and overdue list covers every case.\n`);
  }
  else if (format === 'markdown') io.out(auditMarkdown(result, input, window, d));
  else if (html !== undefined) io.out(html);
  else io.out(auditTable(result, input, window, d));
  if (outputDir !== undefined) io.err(`${headline(input)}. The report is in ${visible(outputDir)}: summary.csv, rules.csv, late.csv, overdue.csv, set-aside.csv${html !== undefined ? ', report.html' : ''}.\n`);
  return incomplete(caseload) || result.rejected.length ? EXIT_INPUT_ERRORS : EXIT_OK;
}
