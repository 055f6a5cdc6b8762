/**
 * `send-timescales audit` of an SEN2 return: the return read (the XML streamed), audited with
 * `auditSen2`'s arithmetic, and written in every format the caseload audit has, in the same shape,
 * with the return's parts beside it. Nothing reaches standard output before the whole return has
 * been read, so a malformed file leaves no partial report.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { measureReadings, type MeasureReadingId } from '../law/measures.js';
import type { Sen2AuditOptions } from '../readers/sen2/audit.js';
import { oneOf, usageError } from './args.js';
import { dateArg, dateOut } from './dates.js';
import type { CommandSpec } from './help.js';
import { pathError } from './input.js';
import { EXIT_INPUT_ERRORS, EXIT_OK, type Io } from './io.js';
import { writeJson } from './json-out.js';
import { localOptions } from './local-options.js';
import { reportRejected } from './problems.js';
import { auditCsv, auditHtml, auditMarkdown, auditTable, headline, windowLine } from './report.js';
import { sen2AuditFiles } from '../report/audit-files.js';
import { auditReturn, type Sen2Run } from './sen2.js';
import type { NamedInput } from './sen2-input.js';
import { sen2AuditInput, sen2AuditReport, sen2SetAsideRows } from '../report/audit-model.js';
import { reportSen2, sen2Markdown, sen2Table } from './sen2-report.js';
import { visible } from './visible.js';

type Values = Readonly<Record<string, string | boolean | undefined>>;

/** The options of an SEN2 command: --census, --reading, --as-of (default the census date), the local ones. */
export function sen2Options(values: Values, spec: CommandSpec): Sen2AuditOptions {
  for (const caseloadOnly of ['from', 'to', 'columns', 'sheet', 'strict-columns'] as const) {
    if (values[caseloadOnly] !== undefined) {
      const why = caseloadOnly === 'from' || caseloadOnly === 'to'
        ? 'the SEN2 measures cover the calendar year before the census date (give --census to move it)'
        : 'it concerns a caseload file\'s columns or sheet';
      throw usageError(`--${caseloadOnly} does not apply to an SEN2 return: ${why}.`, spec);
    }
  }
  const dateFormat = typeof values['date-format'] === 'string' ? values['date-format'] : undefined;
  const census = typeof values.census === 'string' ? dateArg(values.census, 'census', dateFormat) : undefined;
  const asOf = typeof values['as-of'] === 'string' ? dateArg(values['as-of'], 'asOf', dateFormat) : undefined;
  const reading = oneOf(values.reading, Object.keys(measureReadings) as MeasureReadingId[], 'reading', 'statutory');
  const reviewedOn = oneOf(values['reviewed-on'], ['meeting', 'decision'] as const, 'reviewed-on', 'meeting');
  return {
    ...(census !== undefined ? { census } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
    reading,
    reviewedOn,
    ...localOptions(values as Record<string, string | boolean | undefined>),
  };
}

/** The set-aside persons' findings and the parts not placed, as the JSON reports' `rowErrors`. */
export function sen2RowErrors(run: Parameters<typeof sen2SetAsideRows>[0]): Record<string, unknown>[] {
  return sen2SetAsideRows(run).map((s) => ({ line: s.line === '' ? undefined : s.line, record: s.record === '' ? undefined : s.record, caseId: s.caseId, field: s.field, value: s.value, code: s.code, reason: s.reason }));
}

/** The elements not read, as the JSON reports' `warnings` (one warning naming them all, or none). */
export function sen2Warnings(run: Pick<Sen2Run, 'unknownElements'>): Record<string, unknown>[] {
  return run.unknownElements.length
    ? [{ code: 'UNKNOWN_ELEMENTS', elements: run.unknownElements.map((u) => u.path), message: `Elements not read (each counted once): ${run.unknownElements.map((u) => `${u.path} (${u.count})`).join(', ')}.` }]
    : [];
}

export async function auditSen2Return(input: Exclude<NamedInput, { kind: 'caseload' }>, values: Values, io: Io, spec: CommandSpec): Promise<number> {
  const format = oneOf(values.format, ['table', 'json', 'csv', 'markdown', 'html'] as const, 'format', 'table');
  const dateFormat = typeof values['date-format'] === 'string' ? values['date-format'] : undefined;
  const outputDir = typeof values['output-dir'] === 'string' ? values['output-dir'] : undefined;
  const options = sen2Options(values, spec);
  const d = dateOut(dateFormat);
  const run = await auditReturn(input, options);
  const r = run.result;
  reportSen2(io, run);
  reportRejected(io, r.audit.rejected);
  const auditInput = sen2AuditInput(run);
  const window = { from: r.measures.plans.from, to: r.measures.plans.to };
  const report = sen2AuditReport(run);
  const html = format === 'html' ? await auditHtml(report, input.name) : undefined;
  if (outputDir !== undefined) {
    const files = {
      ...sen2AuditFiles(run, d),
      ...(html !== undefined ? { 'report.html': html } : {}),
    };
    try {
      await mkdir(outputDir, { recursive: true });
      for (const [name, text] of Object.entries(files)) await writeFile(join(outputDir, name), text);
    } catch (e) {
      throw pathError(outputDir, e) ?? e;
    }
  }
  if (format === 'json') await writeJson(io, { ...report });
  else if (format === 'csv') {
    io.out(auditCsv(r.audit, d));
    io.err(`${headline(auditInput)}. ${windowLine(window, d)} The late and overdue list covers every case. Measures' reading: ${r.measures.reading.id}.\n`);
  } else if (format === 'markdown') io.out(sen2Markdown(run, d) + auditMarkdown(r.audit, auditInput, window, d));
  else if (html !== undefined) io.out(html);
  else io.out(sen2Table(run, d) + auditTable(r.audit, auditInput, window, d));
  if (outputDir !== undefined) {
    io.err(`${headline(auditInput)}. The report is in ${visible(outputDir)}: summary.csv, rules.csv, late.csv, overdue.csv, set-aside.csv, measures.csv, findings.csv${html !== undefined ? ', report.html' : ''}.\n`);
  }
  return r.persons.setAside || run.partsSetAside.length || r.audit.rejected.length ? EXIT_INPUT_ERRORS : EXIT_OK;
}
