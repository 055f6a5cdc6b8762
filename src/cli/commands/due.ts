import { worklist } from '../../engine/worklist.js';
import { expectPositionals, integerArg, oneOf, parse, usageError } from '../args.js';
import { asOfArg } from '../as-of.js';
import { incomplete, readCaseload, readingOf } from '../caseload.js';
import { dateOut } from '../dates.js';
import { AS_OF, CASELOAD_NOTE, DATE_FORMAT, PROFILE, REVIEWED_ON, TERMS, READING_OPTIONS, type CommandSpec } from '../help.js';
import { EXIT_INPUT_ERRORS, readOrReport, EXIT_OK, type Io } from '../io.js';
import { writeJson } from '../json-out.js';
import { localOptions } from '../local-options.js';
import { reportCaseload, reportRejected } from '../problems.js';
import { worklistCsv, worklistMarkdown, worklistTable } from '../report.js';

export const spec: CommandSpec = {
  name: 'due',
  args: '<caseload.csv | caseload.xlsx | caseload.json | ->',
  summary: 'A worklist: the deadlines still open that fall due in the next N days, soonest first, with the working days left. Overdue deadlines are listed by audit.',
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
  notes: [CASELOAD_NOTE, 'Exit 0: every row read; 1: some rows were bad (each reported on stderr, the other cases listed).'],
  example: 'send-timescales due caseload.csv --within 30 --as-of 2026-06-01',
};

export async function run(argv: string[], io: Io): Promise<number> {
  const parsed = parse(argv, spec);
  const [file] = expectPositionals(parsed, ['caseload.csv | caseload.json | -'], spec);
  const format = oneOf(parsed.values.format, ['table', 'json', 'csv', 'markdown'] as const, 'format', 'table');
  const dateFormat = typeof parsed.values['date-format'] === 'string' ? parsed.values['date-format'] : undefined;
  const asOf = asOfArg(parsed.values['as-of'], dateFormat);
  const within = typeof parsed.values.within === 'string' ? integerArg(parsed.values.within, 'within') : 30;
  if (within < 0 || within > 36_600) throw usageError(`--within must be a number of days from 0 to 36600, not ${within}.`, spec);
  const reviewedOn = oneOf(parsed.values['reviewed-on'], ['meeting', 'decision'] as const, 'reviewed-on', 'meeting');
  const local = localOptions(parsed.values);
  const reading = await readingOf(parsed.values);
  const caseload = await readOrReport(io, () => readCaseload(file!, dateFormat, undefined, reading));
  if (caseload === undefined) return EXIT_INPUT_ERRORS;
  const result = worklist(caseload.cases, { asOf, within, reviewedOn, ...local });
  reportCaseload(io, caseload);
  reportRejected(io, result.rejected);
  const d = dateOut(dateFormat);
  if (format === 'json') await writeJson(io, { ...result, setAside: caseload.setAside, rowErrors: caseload.rowErrors, warnings: caseload.warnings });
  else if (format === 'csv') io.out(worklistCsv(result, d));
  else if (format === 'markdown') io.out(worklistMarkdown(result, d));
  else io.out(worklistTable(result, d));
  return incomplete(caseload) || result.rejected.length ? EXIT_INPUT_ERRORS : EXIT_OK;
}
