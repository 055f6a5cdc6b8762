import { timeline } from '../../engine/timeline.js';
import { expectPositionals, oneOf, parse, usageError } from '../args.js';
import { asOfArg } from '../as-of.js';
import { incomplete, InputError, readCaseload, readingOf } from '../caseload.js';
import { dateOut } from '../dates.js';
import { AS_OF, CASELOAD_NOTE, DATE_FORMAT, PROFILE, REVIEWED_ON, TERMS, READING_OPTIONS, type CommandSpec } from '../help.js';
import { EXIT_INPUT_ERRORS, type Io } from '../io.js';
import { writeJson } from '../json-out.js';
import { localOptions } from '../local-options.js';
import { reportCaseload } from '../problems.js';
import { timelineTable } from '../report.js';
import { visible } from '../visible.js';

export const spec: CommandSpec = {
  name: 'timeline',
  args: '<case.json | caseload.csv | caseload.xlsx | caseload.json | ->',
  summary: 'Every deadline of one case, with what was met, late, due or overdue. Reads one case record, or picks one case out of a caseload with --case.',
  options: [
    { name: 'case', type: 'string', value: 'ID', text: 'The case to show, by its case_id (needed when the file holds more than one case).' },
    AS_OF,
    REVIEWED_ON,
    PROFILE,
    TERMS,
    DATE_FORMAT,
    { name: 'json', type: 'boolean', text: 'Write the timeline as JSON (the API\'s Timeline object) instead of a table.' },
  ],
  readingOptions: READING_OPTIONS,
  notes: [CASELOAD_NOTE],
  example: 'send-timescales timeline caseload.csv --case C004 --as-of 2026-11-01',
};

export async function run(argv: string[], io: Io): Promise<number> {
  const parsed = parse(argv, spec);
  const [file] = expectPositionals(parsed, ['case.json | caseload.csv | -'], spec);
  const dateFormat = typeof parsed.values['date-format'] === 'string' ? parsed.values['date-format'] : undefined;
  const asOf = asOfArg(parsed.values['as-of'], dateFormat);
  const reviewedOn = oneOf(parsed.values['reviewed-on'], ['meeting', 'decision'] as const, 'reviewed-on', 'meeting');
  const local = localOptions(parsed.values);
  const wanted = typeof parsed.values.case === 'string' ? parsed.values.case : undefined;
  const reading = await readingOf(parsed.values);
  let caseload;
  try {
    caseload = await readCaseload(file!, dateFormat, undefined, reading);
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`${visible(e.message, 2000)}\n`);
      return EXIT_INPUT_ERRORS;
    }
    throw e;
  }
  // Columns not read concern every case, the one shown among them.
  for (const w of caseload.warnings ?? []) io.err(`${visible(w.message, 2000)}\n`);
  const ids = [...caseload.cases.map((c) => String(c.id)), ...caseload.setAside];
  const id = wanted ?? (ids.length === 1 ? ids[0]! : undefined);
  if (id === undefined) {
    throw usageError(ids.length === 0 ? `${visible(file!)} holds no case.` : `${visible(file!)} holds ${ids.length} cases; choose one with --case (e.g. --case ${visible(ids[0]!, 40)}).`, spec);
  }
  const record = caseload.cases.find((c) => c.id === id);
  if (record === undefined) {
    if (caseload.setAside.includes(id)) {
      reportCaseload(io, { ...caseload, rowErrors: caseload.rowErrors.filter((r) => r.caseId === id), setAside: [id], warnings: [] });
      return EXIT_INPUT_ERRORS;
    }
    throw usageError(`No case "${visible(id, 40)}" in ${visible(file!)}.`, spec);
  }
  const result = timeline(record, { asOf, reviewedOn, ...local });
  if (parsed.values.json) await writeJson(io, result as unknown as Record<string, unknown>);
  else io.out(timelineTable(result, dateOut(dateFormat)));
  return caseload.warnings?.length ? EXIT_INPUT_ERRORS : 0;
}
