import { worklist, type Worklist } from '../../engine/worklist.js';
import { integerArg, oneOf, parse, usageError } from '../args.js';
import { asOfArg } from '../as-of.js';
import { incomplete, readCaseload, readingOf } from '../caseload.js';
import { dateOut } from '../dates.js';
import { AS_OF, CASELOAD_NOTE, CENSUS, DATE_FORMAT, PROFILE, REVIEWED_ON, SEN2_NOTE, TERMS, READING_OPTIONS, type CommandSpec } from '../help.js';
import { EXIT_INPUT_ERRORS, readOrReport, EXIT_OK, type Io } from '../io.js';
import { writeJson } from '../json-out.js';
import { localOptions } from '../local-options.js';
import { reportCaseload, reportRejected } from '../problems.js';
import { worklistCsv, worklistMarkdown, worklistTable } from '../report.js';
import { returnCases } from '../sen2.js';
import { sen2Options, sen2RowErrors, sen2Warnings } from '../sen2-audit.js';
import { namedInput, type NamedInput } from '../sen2-input.js';
import { reportSen2 } from '../sen2-report.js';
import { visible } from '../visible.js';

export const spec: CommandSpec = {
  name: 'due',
  args: '<caseload.csv | .xlsx | .json | return.xml | SEN2 export folder or files | ->',
  summary: 'A worklist: the deadlines still open that fall due in the next N days, soonest first, with the working days left. Overdue deadlines are listed by audit. Reads a caseload or an SEN2 return, as audit does.',
  options: [
    { name: 'within', type: 'string', value: 'N', text: 'How many calendar days ahead to look, counting from --as-of (default 30; 0 is today only).' },
    AS_OF,
    { name: 'format', type: 'string', value: 'table|json|csv|markdown', text: 'How the list is written (default table).' },
    REVIEWED_ON,
    PROFILE,
    TERMS,
    DATE_FORMAT,
  ],
  readingOptions: READING_OPTIONS,
  sen2Options: [CENSUS],
  notes: [
    CASELOAD_NOTE,
    SEN2_NOTE,
    'Exit 0: every row read; 1: some rows were bad, or some persons of a return were set aside (each reported on stderr, the other cases listed).',
  ],
  example: 'send-timescales due caseload.csv --within 30 --as-of 2026-06-01',
};

type Format = 'table' | 'json' | 'csv' | 'markdown';

function writeList(io: Io, format: Exclude<Format, 'json'>, result: Worklist, dateFormat: string | undefined): void {
  const d = dateOut(dateFormat);
  if (format === 'csv') io.out(worklistCsv(result, d));
  else if (format === 'markdown') io.out(worklistMarkdown(result, d));
  else io.out(worklistTable(result, d));
}

export async function run(argv: string[], io: Io): Promise<number> {
  const parsed = parse(argv, spec);
  if (parsed.positionals.length === 0) throw usageError('Name the caseload or the SEN2 return to list (a file, a folder of the CSV export, or - for standard input).', spec);
  const format = oneOf(parsed.values.format, ['table', 'json', 'csv', 'markdown'] as const, 'format', 'table');
  const dateFormat = typeof parsed.values['date-format'] === 'string' ? parsed.values['date-format'] : undefined;
  const within = typeof parsed.values.within === 'string' ? integerArg(parsed.values.within, 'within') : 30;
  if (within < 0 || within > 36_600) throw usageError(`--within must be a number of days from 0 to 36600, not ${within}.`, spec);
  const named = await readOrReport(io, () => namedInput(parsed.positionals));
  if (named === undefined) return EXIT_INPUT_ERRORS;
  if (named.kind !== 'caseload') return sen2Due(named, parsed.values, io, { format, within, dateFormat });
  if (parsed.values.census !== undefined) throw usageError(`--census concerns an SEN2 return, and ${visible(named.path)} is a caseload.`, spec);
  const asOf = asOfArg(parsed.values['as-of'], dateFormat);
  const reviewedOn = oneOf(parsed.values['reviewed-on'], ['meeting', 'decision'] as const, 'reviewed-on', 'meeting');
  const local = localOptions(parsed.values);
  const reading = await readingOf(parsed.values);
  const caseload = await readOrReport(io, () => readCaseload(named.path, dateFormat, undefined, reading, named.bytes));
  if (caseload === undefined) return EXIT_INPUT_ERRORS;
  const result = worklist(caseload.cases, { asOf, within, reviewedOn, ...local });
  reportCaseload(io, caseload);
  reportRejected(io, result.rejected);
  if (format === 'json') await writeJson(io, { ...result, setAside: caseload.setAside, rowErrors: caseload.rowErrors, warnings: caseload.warnings });
  else writeList(io, format, result, dateFormat);
  return incomplete(caseload) || result.rejected.length ? EXIT_INPUT_ERRORS : EXIT_OK;
}

/**
 * The worklist of an SEN2 return: its persons sorted as `audit` sorts them (a person with an
 * impossible date is set aside with the findings, on stderr), the audited persons' cases listed as
 * of the census date unless --as-of says otherwise.
 */
async function sen2Due(
  input: Exclude<NamedInput, { kind: 'caseload' }>, values: Readonly<Record<string, string | boolean | undefined>>, io: Io,
  how: { readonly format: Format; readonly within: number; readonly dateFormat: string | undefined },
): Promise<number> {
  const options = sen2Options(values, spec);
  const sen2 = await returnCases(input, options);
  const { asOf, reading: _reading, census: _census, ...engine } = options;
  const result = worklist(sen2.result.cases, { ...engine, asOf: asOf ?? sen2.result.census, within: how.within });
  reportSen2(io, sen2);
  reportRejected(io, result.rejected);
  if (how.format === 'json') {
    const r = sen2.result;
    await writeJson(io, {
      ...result,
      setAside: r.setAside.map((p) => p.personId),
      rowErrors: sen2RowErrors(sen2),
      warnings: sen2Warnings(sen2),
      sen2: {
        format: sen2.format, header: sen2.header, census: r.census, persons: r.persons, setAside: r.setAside, audited: r.audited,
        partsSetAside: sen2.partsSetAside, ...(sen2.exportRows !== undefined ? { exportRows: sen2.exportRows } : {}),
      },
    });
  } else writeList(io, how.format, result, how.dateFormat);
  return sen2.result.persons.setAside || sen2.partsSetAside.length || result.rejected.length ? EXIT_INPUT_ERRORS : EXIT_OK;
}
