/**
 * One description of each command: its options (each with a line of explanation), the columns
 * it reads and an example. Both the argument parser and `--help` are built from it, so the help
 * can never leave an option out.
 */
import type { ParseArgsConfig } from 'node:util';
import { WIDTH, wrap } from './text.js';

export interface OptionSpec {
  readonly name: string;
  readonly type: 'string' | 'boolean';
  /** The placeholder shown after a string option (DATE, FILE, N …). */
  readonly value?: string;
  readonly text: string;
}

export interface CommandSpec {
  readonly name: string;
  /** The positional arguments, e.g. `<caseload.csv | caseload.json | ->`. */
  readonly args: string;
  readonly summary: string;
  readonly options: readonly OptionSpec[];
  /** Options of how the input file is read (its columns, its sheet), listed under their own heading after the others. */
  readonly readingOptions?: readonly OptionSpec[];
  /** Options of an SEN2 return (its census date, the measures' reading), under their own heading. */
  readonly sen2Options?: readonly OptionSpec[];
  /** Paragraphs after the options (the columns read, what a window filters …). */
  readonly notes?: readonly string[];
  readonly example: string;
}

export function parseOptions(spec: CommandSpec): NonNullable<ParseArgsConfig['options']> {
  return Object.fromEntries([...spec.options, ...(spec.readingOptions ?? []), ...(spec.sen2Options ?? [])].map((o) => [o.name, { type: o.type }]));
}

export function usageLine(spec: CommandSpec): string {
  return `send-timescales ${spec.name} ${spec.args}${spec.options.length ? ' [options]' : ''}`;
}

const FLAG_WIDTH = 28;

export function commandHelp(spec: CommandSpec): string {
  const out = [...wrap(`Usage: ${usageLine(spec)}`, WIDTH, 4, 0), '', ...wrap(spec.summary), ''];
  out.push('Options:');
  out.push(...optionLines([...spec.options, { name: 'help', type: 'boolean', text: 'Show this help.' }]));
  if (spec.readingOptions?.length) out.push('', 'Reading the file:', ...optionLines(spec.readingOptions));
  if (spec.sen2Options?.length) out.push('', 'An SEN2 return:', ...optionLines(spec.sen2Options));
  for (const note of spec.notes ?? []) out.push('', ...wrap(note));
  out.push('', 'Example:', ...wrap(spec.example, WIDTH, 4, 2), '');
  return out.map((l) => l.trimEnd()).join('\n');
}

function optionLines(options: readonly OptionSpec[]): string[] {
  const out: string[] = [];
  for (const o of options) {
    const flag = `  --${o.name}${o.value ? ` ${o.value}` : ''}`;
    if (flag.length + 2 <= FLAG_WIDTH) {
      const [first, ...rest] = wrap(o.text, WIDTH, FLAG_WIDTH);
      out.push(`${flag.padEnd(FLAG_WIDTH)}${first!.trimStart()}`, ...rest);
    } else {
      out.push(flag, ...wrap(o.text, WIDTH, FLAG_WIDTH));
    }
  }
  return out;
}

/** How a caseload file is read: a column map, the sheet of a workbook, strict columns. */
export const READING_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'columns', type: 'string', value: 'MAP.json',
    text: 'A column map: your export\'s own headings and words for the library\'s (e.g. "EHCP Issued" is the date of final-plan-issued), so a file of one row per case, or with your own event words, is read as it is (docs/caseload-files.md).',
  },
  { name: 'sheet', type: 'string', value: 'NAME', text: 'The sheet of an .xlsx workbook to read (default the first sheet that is not hidden).' },
  {
    name: 'strict-columns', type: 'boolean',
    text: 'Refuse a file with a column the library does not read, instead of ignoring the column with a warning.',
  },
];

/** Shared option descriptions. */
export const DATE_FORMAT: OptionSpec = {
  name: 'date-format', type: 'string', value: 'LAYOUT',
  text: 'The layout of dates that are not YYYY-MM-DD, in luxon tokens (e.g. dd/MM/yyyy): applies to the dates in the file and typed on the line; output dates are written in it too (JSON stays YYYY-MM-DD).',
};
export const AS_OF: OptionSpec = {
  name: 'as-of', type: 'string', value: 'DATE',
  text: 'The day the cases are judged on: events after it are not counted, unmet deadlines before it are overdue (YYYY-MM-DD; default today in London).',
};
export const REVIEWED_ON: OptionSpec = {
  name: 'reviewed-on', type: 'string', value: 'meeting|decision',
  text: 'Which event completes an annual review and restarts the 12 months: the meeting (default) or the decision notified after it.',
};
export const PROFILE: OptionSpec = {
  name: 'profile', type: 'string', value: 'NAME|FILE.json',
  text: 'A council\'s local standards (e.g. dorset, or a profile file of your own), shown beside the statutory deadlines.',
};
export const TERMS: OptionSpec = {
  name: 'terms', type: 'string', value: 'FILE',
  text: 'A school term calendar (JSON, or CSV with term,start,end,half_term_start,half_term_end), for rules that count school days.',
};

/** The columns of a caseload CSV, for the help of every command that reads one. */
export const CASELOAD_NOTE =
  'A caseload CSV has one row per event. Columns read: case_id, event, date (required); note, aware, decision, code, until, body, order ' +
  '(details of the event); date_of_birth, year_group_offset, transfer_stages, year12_destination (details of the case, on any of its rows). ' +
  'Headings match whatever their case, spacing or punctuation (Case ID = case_id); a column read by none of these is ignored with a warning ' +
  '(--strict-columns refuses it instead, a column map can list it to ignore quietly). A file of one row per case has a column of dates for each ' +
  'event, named after the event (final_plan_issued) or through --columns. An .xlsx workbook is read like a CSV of its sheet; its date cells ' +
  'are read in its own date system (1900 or 1904). A JSON caseload is an array of case records (docs/cases.md). "-" reads standard input.';

/** The census date of an SEN2 return, when its header has none or another is wanted. */
export const CENSUS: OptionSpec = {
  name: 'census', type: 'string', value: 'DATE',
  text: 'The census date, over the header\'s ReferenceDate. The measures cover the calendar year before it, and it is the default --as-of.',
};
/** The reading of "within" of the Department's measures. */
export const MEASURE_READING: OptionSpec = {
  name: 'reading', type: 'string', value: 'statutory|request-day-one',
  text: 'How "within 20 weeks" (and 4 weeks) is read in the Department\'s measures: statutory (default; reg 13(2), the request day excluded, request + 140 days is within) or request-day-one (LG Inform\'s convention, the request day is Day 1). Every report names the reading and cites it.',
};

/** How an SEN2 return is given and read, for the help of every command that reads one. */
export const SEN2_NOTE =
  'An SEN2 return is told by its content, not its name: the XML return (read as a stream, one person at a time), or the data collection ' +
  'service\'s CSV export, given as its folder or as its files (all nine modules: sen2, person, requests, assessment, namedplan, plandetail, ' +
  'activeplans, placementdetail, senneed; a missing one is an error naming it). Cases are judged as of the census date unless --as-of ' +
  'says otherwise. Persons in the return = audited + set aside; each finding names its element (docs/sen2.md). A malformed file stops ' +
  'with its line and column on stderr, and nothing on standard output.';
