import { timeline, type Timeline } from '../../engine/timeline.js';
import { timelineToIcs } from '../../report/ics.js';
import { SendTimescalesError } from '../../errors.js';
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

/** What --format ics writes, said in the help (docs/calendar-export.md says more). */
const ICS_NOTE = 'Calendar (--format ics): one all-day event per open deadline (due or overdue) on its due day, titled with the case id and the rule, described with the citation, the legislation link and how the date was worked out; met, late, lifted and undated deadlines are left out. Each event\'s UID is made of the case id, the rule and the due date, so importing a newer file updates the events rather than adding them twice. Nothing else of the case (no date of birth, no other event) is written. See docs/calendar-export.md.';

export const spec: CommandSpec = {
  name: 'timeline',
  args: '<case.json | caseload.csv | .xlsx | .json | return.xml | SEN2 export | ->',
  summary: 'Every deadline of one case, with what was met, late, due or overdue. Reads one case record, or picks one case out of a caseload or an SEN2 return with --case. With --format ics, the open deadlines of the case (or of every case of a caseload) as calendar events.',
  options: [
    { name: 'case', type: 'string', value: 'ID', text: 'The case to show, by its case_id (needed when the file holds more than one case). In an SEN2 return: the person\'s UPN or position in the return (1 for the first), or UPN#2 for the second request of a person with several.' },
    AS_OF,
    REVIEWED_ON,
    PROFILE,
    TERMS,
    DATE_FORMAT,
    { name: 'format', type: 'string', value: 'table|json|ics', text: 'How the timeline is written (default table). json: the API\'s Timeline object. ics: an iCalendar file of the open deadlines (due or overdue), one all-day event each, for Outlook, Google Calendar and other calendars; without --case, a caseload gives every case\'s.' },
    { name: 'json', type: 'boolean', text: 'The same as --format json.' },
  ],
  readingOptions: READING_OPTIONS,
  sen2Options: [CENSUS],
  notes: [CASELOAD_NOTE, SEN2_NOTE, ICS_NOTE],
  example: 'send-timescales timeline caseload.csv --case C004 --as-of 2026-11-01   (add --format ics > C004.ics for a calendar)',
};

type Format = 'table' | 'json' | 'ics';

/** --format, with --json as its older spelling; the two must agree. */
function formatOf(values: Readonly<Record<string, string | boolean | undefined>>): Format {
  const format = oneOf(values.format, ['table', 'json', 'ics'] as const, 'format', values.json ? 'json' : 'table');
  if (values.json && format !== 'json') throw usageError(`--json and --format ${format} ask for two formats: give one.`, spec);
  return format;
}

/** One timeline written in the format asked for. */
async function writeTimeline(io: Io, result: Timeline, format: Format, dateFormat: string | undefined): Promise<void> {
  if (format === 'json') await writeJson(io, result as unknown as Record<string, unknown>);
  else if (format === 'ics') writeIcs(io, [result]);
  else io.out(timelineTable(result, dateOut(dateFormat)));
}

/** Timelines as a calendar on stdout; their warnings (events after the as-of date, repeats) on stderr, as nothing may go unsaid. */
function writeIcs(io: Io, timelines: readonly Timeline[]): void {
  for (const t of timelines) for (const w of t.warnings) io.err(`Case ${visible(t.caseId, 40)}: ${visible(w, 400)}\n`);
  io.out(timelineToIcs(timelines));
}

export async function run(argv: string[], io: Io): Promise<number> {
  const parsed = parse(argv, spec);
  const format = formatOf(parsed.values);
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
  if (format === 'ics' && wanted === undefined && ids.length > 1) {
    // A calendar can hold every case: each good case's open deadlines; the cases set aside are reported, and counted.
    const timelines: Timeline[] = [];
    let rejected = 0;
    for (const c of caseload.cases) {
      try {
        timelines.push(timeline(c, { asOf, reviewedOn, ...local }));
      } catch (e) {
        if (!(e instanceof SendTimescalesError) || e.code !== 'INVALID_CASE') throw e;
        for (const i of e.issues) io.err(`Case ${visible(String(c.id), 40)}: ${i.path} [${i.code}]: ${visible(i.message, 1000)}\n`);
        io.err(`Case ${visible(String(c.id), 40)} was set aside: its record is invalid (see above).\n`);
        rejected++;
      }
    }
    writeIcs(io, timelines);
    if (caseload.setAside.length > 0 || caseload.rowErrors.length > 0) reportCaseload(io, { ...caseload, warnings: [] });
    const setAside = caseload.setAside.length + rejected;
    io.err(`${ids.length} case(s) read: ${timelines.length} in the calendar, ${setAside} set aside.\n`);
    return setAside > 0 || caseload.warnings?.length ? EXIT_INPUT_ERRORS : 0;
  }
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
  await writeTimeline(io, result, format, dateFormat);
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
  await writeTimeline(io, result, formatOf(values), typeof values['date-format'] === 'string' ? values['date-format'] : undefined);
  return 0;
}
