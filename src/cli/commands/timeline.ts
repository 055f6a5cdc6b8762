import { timeline } from '../../engine/timeline.js';
import { expectPositionals, oneOf, parse, usageError } from '../args.js';
import { dayToIso } from '../../day/iso.js';
import { sen2PersonToCases } from '../../readers/sen2/to-cases.js';
import type { Sen2Header } from '../../readers/sen2/model.js';
import { namedInput, type NamedInput } from '../sen2-input.js';
import { findPersons } from '../sen2.js';
import { sen2Options } from '../sen2-audit.js';
import type { Io as CommandIo } from '../io.js';
import { sen2DayOrNaN } from '../../readers/sen2/dates.js';
import { asOfArg } from '../as-of.js';
import { incomplete, readCaseload, readingOf } from '../caseload.js';
import { dateOut } from '../dates.js';
import { AS_OF, CASELOAD_NOTE, CENSUS, SEN2_NOTE, DATE_FORMAT, PROFILE, REVIEWED_ON, TERMS, READING_OPTIONS, type CommandSpec } from '../help.js';
import { EXIT_INPUT_ERRORS, readOrReport, type Io } from '../io.js';
import { writeJson } from '../json-out.js';
import { localOptions } from '../local-options.js';
import { reportCaseload } from '../problems.js';
import { timelineTable } from '../report.js';
import { visible } from '../visible.js';

export const spec: CommandSpec = {
  name: 'timeline',
  args: '<case.json | caseload.csv | .xlsx | .json | return.xml | SEN2 export | ->',
  summary: 'Every deadline of one case, with what was met, late, due or overdue. Reads one case record, or picks one case out of a caseload or an SEN2 return with --case.',
  options: [
    { name: 'case', type: 'string', value: 'ID', text: 'The case to show, by its case_id (needed when the file holds more than one case). In an SEN2 return: the person\'s UPN or position in the return (1 for the first), or UPN#2 for the second request of a person with several.' },
    AS_OF,
    REVIEWED_ON,
    PROFILE,
    TERMS,
    DATE_FORMAT,
    { name: 'json', type: 'boolean', text: 'Write the timeline as JSON (the API\'s Timeline object) instead of a table.' },
  ],
  readingOptions: READING_OPTIONS,
  sen2Options: [CENSUS],
  notes: [CASELOAD_NOTE, SEN2_NOTE],
  example: 'send-timescales timeline caseload.csv --case C004 --as-of 2026-11-01',
};

export async function run(argv: string[], io: Io): Promise<number> {
  const parsed = parse(argv, spec);
  if (parsed.positionals.length === 0) expectPositionals(parsed, ['case.json | caseload.csv | return.xml | -'], spec);
  const named = await readOrReport(io, () => namedInput(parsed.positionals));
  if (named === undefined) return EXIT_INPUT_ERRORS;
  if (named.kind !== 'caseload') return sen2Timeline(named, parsed.values, io);
  if (parsed.values.census !== undefined) throw usageError(`--census concerns an SEN2 return, and ${visible(named.path)} is a caseload.`, spec);
  const file = named.path;
  const dateFormat = typeof parsed.values['date-format'] === 'string' ? parsed.values['date-format'] : undefined;
  const asOf = asOfArg(parsed.values['as-of'], dateFormat);
  const reviewedOn = oneOf(parsed.values['reviewed-on'], ['meeting', 'decision'] as const, 'reviewed-on', 'meeting');
  const local = localOptions(parsed.values);
  const wanted = typeof parsed.values.case === 'string' ? parsed.values.case : undefined;
  const reading = await readingOf(parsed.values);
  const caseload = await readOrReport(io, () => readCaseload(file, dateFormat, undefined, reading, named.bytes));
  if (caseload === undefined) return EXIT_INPUT_ERRORS;
  // Columns not read concern every case, the one shown among them.
  for (const w of caseload.warnings ?? []) io.err(`${visible(w.message, 2000)}\n`);
  const ids = [...caseload.cases.map((c) => String(c.id)), ...caseload.setAside];
  const id = wanted ?? (ids.length === 1 ? ids[0]! : undefined);
  if (id === undefined) {
    throw usageError(ids.length === 0 ? `${visible(file)} holds no case.` : `${visible(file)} holds ${ids.length} cases; choose one with --case (e.g. --case ${visible(ids[0]!, 40)}).`, spec);
  }
  const record = caseload.cases.find((c) => c.id === id);
  if (record === undefined) {
    if (caseload.setAside.includes(id)) {
      reportCaseload(io, { ...caseload, rowErrors: caseload.rowErrors.filter((r) => r.caseId === id), setAside: [id], warnings: [] });
      return EXIT_INPUT_ERRORS;
    }
    throw usageError(`No case "${visible(id, 40)}" in ${visible(file)}.`, spec);
  }
  const result = timeline(record, { asOf, reviewedOn, ...local });
  if (parsed.values.json) await writeJson(io, result as unknown as Record<string, unknown>);
  else io.out(timelineTable(result, dateOut(dateFormat)));
  return caseload.warnings?.length ? EXIT_INPUT_ERRORS : 0;
}

/** The census date: --census, else the header's ReferenceDate. */
function censusOf(header: Sen2Header, given: string | undefined, name: string): string {
  if (given !== undefined) return given;
  const day = header.referenceDate === undefined ? Number.NaN : sen2DayOrNaN(header.referenceDate);
  if (day !== day) throw usageError(`${name} has no readable ReferenceDate (the census date) in its header: give it with --census.`, spec);
  return dayToIso(day);
}

/** One case of an SEN2 return: the person picked out of the stream, mapped to cases, the one asked for shown. */
async function sen2Timeline(input: Exclude<NamedInput, { kind: 'caseload' }>, values: Readonly<Record<string, string | boolean | undefined>>, io: CommandIo): Promise<number> {
  const options = sen2Options(values, spec);
  const wanted = typeof values.case === 'string' ? values.case.trim() : undefined;
  const { header, found, total } = await findPersons(input, wanted);
  const census = censusOf(header, options.census, input.name);
  if (wanted === undefined && total !== 1) {
    throw usageError(total === 0 ? `${input.name} holds no person.` : `${input.name} holds ${total} persons; choose one with --case (a UPN, or a position such as --case 1).`, spec);
  }
  if (found.length === 0) throw usageError(`No person "${visible(wanted ?? '', 40)}" in ${input.name} (give a UPN, a position from 1 to ${total}, or UPN#n).`, spec);
  if (found.length > 1) {
    throw usageError(`${found.length} persons in ${input.name} have the UPN ${visible(wanted ?? '', 40)} (at positions ${found.map((p) => p.position).join(', ')}): a case must be one record, so choose one by its position (--case ${found[0]!.position}).`, spec);
  }
  const person = found[0]!;
  const mapped = sen2PersonToCases(person, { census });
  if (mapped.setAside) {
    for (const f of mapped.findings) io.err(`Person ${mapped.position} (${visible(mapped.personId, 40)}): ${f.path} [${f.code} ${f.kind}${f.severity === 'warning' ? ', warning' : ''}]: ${visible(f.message, 1000)}\n`);
    io.err(`Person ${mapped.position} (${visible(mapped.personId, 40)}) was set aside: see the findings above.\n`);
    return EXIT_INPUT_ERRORS;
  }
  for (const f of mapped.findings) io.err(`Warning: person ${mapped.position}: ${f.path} [${f.kind}]: ${visible(f.message, 1000)}\n`);
  const ids = mapped.cases.map((c) => String(c.id));
  const record = wanted !== undefined && wanted.includes('#') ? mapped.cases.find((c) => c.id === wanted) : mapped.cases.length === 1 ? mapped.cases[0] : undefined;
  if (record === undefined) {
    throw usageError(ids.length === 0
      ? `Person ${mapped.position} of ${input.name} has no request, so no case.`
      : `Person ${mapped.position} of ${input.name} has ${ids.length} requests, each a case: choose one with --case (${ids.map((i) => visible(i, 40)).join(', ')}).`, spec);
  }
  const { asOf, reading: _reading, census: _census, ...engine } = options;
  const result = timeline(record, { ...engine, asOf: asOf ?? census });
  if (values.json) await writeJson(io, result as unknown as Record<string, unknown>);
  else io.out(timelineTable(result, dateOut(typeof values['date-format'] === 'string' ? values['date-format'] : undefined)));
  return 0;
}
