/**
 * Reading a caseload: CSV (one row per event, streamed) or JSON (an array of case records), from a
 * file or standard input (`-`). Every bad row is reported with its file line, field, value and
 * reason; the case it belongs to is set aside whole (a case missing one of its events could show
 * false breaches), and every other case is processed. Nothing is dropped without a report.
 */
import { parseDate } from '../day/parse.js';
import { SendTimescalesError, type ErrorCode, type ErrorIssue } from '../errors.js';
import { EVENT_TYPES, eventSchema, type CaseRecord } from '../schema/case.js';
import { validateCase } from '../schema/validate.js';
import { fastEvent } from '../schema/fast-validate.js';
import { readCsvRecords } from './csv-records.js';
import { openText, readText } from './input.js';
import { InputError } from './io.js';
import { visible } from './visible.js';
import { ISO } from './dates.js';

/**
 * A bad row or record: the library's one issue shape (`code`, `path`, `value`, `message`, and
 * `row`, the line a CSV row starts on), with the case it belongs to. `line`, `field` and `reason`
 * repeat `row`, `path` and `message` under the names the command's JSON output has always used.
 */
export interface RowError extends ErrorIssue {
  /** 1-based line of the file where the row starts (the header is line 1); absent for a JSON record. */
  readonly line?: number;
  /** 1-based position of the record in a JSON caseload; absent for a CSV row. */
  readonly record?: number;
  readonly caseId: string;
  /** The same as `path`. */
  readonly field: string;
  /** The same as `message`. */
  readonly reason: string;
}

/** A bad CSV row's issue, under both its names (see {@link RowError}). */
function csvRowError(line: number, caseId: string, field: string, value: unknown, reason: string, code: ErrorCode): RowError {
  return { code, path: field, value, message: reason, row: line, line, caseId, field, reason };
}

export interface Caseload {
  /** The cases to process (their rows all read well). */
  readonly cases: CaseRecord[];
  readonly rowErrors: RowError[];
  /** Cases set aside because one of their rows or records was bad. */
  readonly setAside: string[];
  /** Rows or records read (blank lines not counted). */
  readonly rows: number;
  /** Bad rows that name no case (no case_id, or a part of the file that could not be read as a row). */
  readonly rowsWithoutCase: number;
  readonly kind: 'csv' | 'json';
}

const DATE_COLUMNS = ['date', 'date_of_birth', 'aware', 'until'] as const;
const EVENT_COLUMNS: Record<string, 'aware' | 'decision' | 'code' | 'until' | 'body' | 'order'> = {
  aware: 'aware', decision: 'decision', code: 'code', until: 'until', body: 'body', order: 'order',
};
const CASE_COLUMNS = ['date_of_birth', 'year_group_offset', 'transfer_stages', 'year12_destination'] as const;
/** Every column a caseload CSV may have (the help of each command lists them). */
export const CASELOAD_COLUMNS = ['case_id', 'event', 'date', 'note', ...Object.keys(EVENT_COLUMNS), ...CASE_COLUMNS] as const;
const KNOWN = new Set<string>(CASELOAD_COLUMNS);

/** The input as a whole cannot be read (a bad header, not text): exit 1 with the message. */
export { InputError };

interface Building {
  record: CaseRecord & { events: CaseRecord['events'] };
  bad: boolean;
}

/** JSON is read whole; beyond this a caseload belongs in a CSV, which is streamed. */
const JSON_LIMIT = 256 << 20;

/** A caseload from a file or `-`: JSON when the name ends in .json (or standard input starts with [ or {), else CSV. */
export async function readCaseload(path: string, dateFormat: string | undefined, onRow?: (n: number) => void): Promise<Caseload> {
  if (path.toLowerCase().endsWith('.json')) return readJsonCaseload(path);
  if (path !== '-') return readCsvCaseload(path, dateFormat, onRow);
  // Standard input: the first characters say which it is; a CSV is then streamed like a file.
  const { Readable } = await import('node:stream');
  const stdin = (await openText('-'))[Symbol.asyncIterator]() as AsyncIterator<string>;
  const head: string[] = [];
  let first: IteratorResult<string>;
  while (!(first = await stdin.next()).done) {
    head.push(first.value);
    if (/\S/.test(first.value)) break;
  }
  const all = (async function* () {
    yield* head;
    for (let r = await stdin.next(); !r.done; r = await stdin.next()) yield r.value;
  })();
  if (/^[\s\uFEFF]*[[{]/.test(head.join(''))) {
    let text = '';
    for await (const chunk of all) {
      text += chunk;
      if (text.length > JSON_LIMIT) throw new InputError(`Standard input is larger than ${JSON_LIMIT >> 20} MB of JSON; a caseload this size is read as CSV (one row per event), which has no size limit.`);
    }
    return jsonCaseload(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, 'standard input');
  }
  return csvCaseload(Readable.from(all), dateFormat, onRow);
}

/** Reads a CSV caseload as a stream: rows are turned into events as they arrive. */
export async function readCsvCaseload(path: string, dateFormat: string | undefined, onRow?: (n: number) => void): Promise<Caseload> {
  return csvCaseload(await openText(path), dateFormat, onRow);
}

async function csvCaseload(source: import('node:stream').Readable, dateFormat: string | undefined, onRow?: (n: number) => void): Promise<Caseload> {
  const byId = new Map<string, Building>();
  const rowErrors: RowError[] = [];
  let rows = 0;
  let rowsWithoutCase = 0;
  let header: string[] | undefined;
  const errorsOf = (line: number, caseId: string): Fail => (field, value, reason, code = 'INVALID_CASE') => {
    rowErrors.push(csvRowError(line, caseId, field, value, reason, code));
  };
  const readHeader = (cells: string[]): void => {
    header = cells.map((c) => c.trim().toLowerCase());
    const unknown = header.filter((c) => !KNOWN.has(c));
    if (unknown.length) throw new InputError(`Line 1: unknown column(s) ${unknown.map((c) => `"${visible(c, 40)}"`).slice(0, 10).join(', ')}${unknown.length > 10 ? ` and ${unknown.length - 10} more` : ''}. The columns are ${[...KNOWN].join(', ')}.`);
    const seen = new Set<string>();
    for (const c of header) {
      if (seen.has(c)) throw new InputError(`Line 1: the column "${c}" is named twice; each column may appear once (which of the two would be meant cannot be guessed).`);
      seen.add(c);
    }
    for (const required of ['case_id', 'event', 'date']) {
      if (!header.includes(required)) throw new InputError(`Line 1: the header has no "${required}" column (the first line must name the columns, e.g. case_id,event,date).`);
    }
  };
  const handle = (line: number, cells: string[], problem: string | undefined): void => {
    if (header === undefined) {
      if (problem !== undefined) throw new InputError(`Line ${line}: the header cannot be read. ${problem}`);
      return readHeader(cells);
    }
    rows++;
    if (onRow) onRow(rows);
    const row: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) row[header[i]!] = cells[i] ?? '';
    const caseId = row.case_id ?? '';
    const fail = errorsOf(line, caseId);
    if (caseId === '') {
      rowsWithoutCase++;
      fail('case_id', caseId, 'Every row needs a case_id.');
      return;
    }
    let building = byId.get(caseId);
    if (!building) byId.set(caseId, (building = { record: { id: caseId, events: [] }, bad: false }));
    const before = rowErrors.length;
    if (problem !== undefined) {
      fail('row', undefined, problem);
    } else if (cells.length > header.length && cells.slice(header.length).some((c) => c !== '')) {
      fail('row', cells.slice(header.length).find((c) => c !== ''), `The row has ${cells.length} cells but the header names ${header.length} columns; the extra cells cannot be placed (a comma inside a cell needs the cell in quotes).`);
    } else {
      const event = rowToEvent(row, dateFormat, fail);
      mergeCaseFields(building, row, dateFormat, fail);
      if (event) building.record.events.push(event as never);
    }
    if (rowErrors.length > before) building.bad = true;
  };
  await readCsvRecords(source, {
    record: (r) => handle(r.line, r.cells, r.problem),
    problem: (p) => {
      if (header === undefined) throw new InputError(`Line ${p.line}: ${p.reason} The first line must name the columns, e.g. case_id,event,date.`);
      rowsWithoutCase++;
      rowErrors.push(csvRowError(p.line, '', 'row', undefined, p.reason, 'INVALID_CASE'));
    },
    width: () => header?.length,
  });
  if (header === undefined) return { cases: [], rowErrors, setAside: [], rows: 0, rowsWithoutCase: 0, kind: 'csv' };
  const cases: CaseRecord[] = [];
  const setAside: string[] = [];
  for (const [id, b] of byId) (b.bad ? setAside.push(id) : cases.push(b.record));
  return { cases, rowErrors, setAside, rows, rowsWithoutCase, kind: 'csv' };
}

type Fail = (field: string, value: unknown, reason: string, code?: ErrorCode) => void;

function readDate(value: string, field: string, format: string | undefined, fail: Fail): string | undefined {
  try {
    // YYYY-MM-DD is always read as such: it cannot be misread, whatever layout the other dates have.
    return parseDate(value, { field, ...(format && !ISO.test(value) ? { format } : {}) });
  } catch (e) {
    if (e instanceof SendTimescalesError) fail(field, value, e.message, e.code);
    else throw e;
    return undefined;
  }
}

function rowToEvent(row: Record<string, string>, format: string | undefined, fail: Fail): Record<string, string> | undefined {
  const type = row.event ?? '';
  if (!Object.hasOwn(EVENT_TYPES, type)) {
    fail('event', type, type === '' ? 'The event column is empty.' : `"${type}" is not an event type. The types are ${Object.keys(EVENT_TYPES).join(', ')}.`);
    return undefined;
  }
  const event: Record<string, string> = { type };
  const date = readDate(row.date ?? '', 'date', format, fail);
  if (date === undefined) return undefined;
  event.date = date;
  for (const [column, key] of Object.entries(EVENT_COLUMNS)) {
    const value = row[column];
    if (value === undefined || value === '') continue;
    if ((DATE_COLUMNS as readonly string[]).includes(column)) {
      const d = readDate(value, column, format, fail);
      if (d === undefined) return undefined;
      event[key] = d;
    } else event[key] = value;
  }
  if (row.note) event.note = row.note;
  // The hand-written check passes nearly every row; zod runs only to say what is wrong with the rest.
  if (fastEvent(event, 0) !== null) return event;
  const checked = eventSchema.safeParse(event);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = String(issue.path[0] ?? 'event');
      fail(field, event[field], issue.message);
    }
    return undefined;
  }
  return event;
}

function mergeCaseFields(b: Building, row: Record<string, string>, format: string | undefined, fail: Fail): void {
  const set = (field: string, key: 'dateOfBirth' | 'yearGroupOffset' | 'transferStages' | 'year12Destination', value: unknown) => {
    const current = (b.record as Record<string, unknown>)[key];
    if (current !== undefined && JSON.stringify(current) !== JSON.stringify(value)) {
      fail(field, row[field], `This case already has ${field} ${JSON.stringify(current)} on an earlier row.`);
      return;
    }
    (b.record as Record<string, unknown>)[key] = value;
  };
  if (row.date_of_birth) {
    const d = readDate(row.date_of_birth, 'date_of_birth', format, fail);
    if (d) set('date_of_birth', 'dateOfBirth', d);
  }
  if (row.year_group_offset) {
    const n = Number(row.year_group_offset);
    if (!Number.isInteger(n) || Math.abs(n) > 3) fail('year_group_offset', row.year_group_offset, 'must be a whole number from -3 to 3.');
    else set('year_group_offset', 'yearGroupOffset', n);
  }
  if (row.transfer_stages) set('transfer_stages', 'transferStages', row.transfer_stages.split(/[;|]/).map((s) => s.trim()).filter(Boolean));
  if (row.year12_destination) set('year12_destination', 'year12Destination', row.year12_destination);
}

/** A JSON caseload: an array of case records, or `{ "cases": [...] }`. */
export async function readJsonCaseload(path: string): Promise<Caseload> {
  const text = await readText(path, JSON_LIMIT, path === '-' ? 'Standard input' : visible(path));
  return jsonCaseload(text, path === '-' ? 'standard input' : visible(path));
}

/** How deep a case record may nest (a real one is 3 levels deep: record, events, event). */
const MAX_DEPTH = 16;

function jsonCaseload(text: string, name: string): Caseload {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${name} is not valid JSON: ${visible((e as Error).message)}`);
  }
  // An array of records, { "cases": [...] }, or one case record on its own (a case.json).
  const object = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  const list = Array.isArray(data) ? data : Array.isArray(object?.cases) ? object.cases : object && 'events' in object ? [object] : undefined;
  if (!Array.isArray(list)) throw new InputError(`${name} must hold a case record, an array of case records, or { "cases": [...] }.`);
  const cases: CaseRecord[] = [];
  const rowErrors: RowError[] = [];
  const setAside: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const problem = recordProblem(list[i]);
    if (problem === undefined) {
      cases.push(list[i] as CaseRecord);
      continue;
    }
    const id = idOf(list[i]);
    rowErrors.push({ code: 'INVALID_CASE', path: problem.field, value: problem.value, message: problem.reason, record: i + 1, caseId: id, field: problem.field, reason: problem.reason });
    setAside.push(id);
  }
  return { cases, rowErrors, setAside, rows: list.length, rowsWithoutCase: 0, kind: 'json' };
}

function idOf(record: unknown): string {
  const id = record !== null && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : typeof id === 'number' ? String(id) : '?';
}

/**
 * What makes a record unfit to hand to the engine at all: not an object, an id that is not text,
 * or nesting far deeper than any case record (a thousand-deep array would exhaust the stack of
 * any recursive check). The engine's own validation reports everything else.
 */
function recordProblem(record: unknown): { field: string; value: unknown; reason: string } | undefined {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { field: 'record', value: record, reason: 'A case record must be an object such as { "id": "C1", "events": [...] }.' };
  }
  const id = (record as { id?: unknown }).id;
  if (typeof id !== 'string' || id === '') {
    return { field: 'id', value: id, reason: 'The case id must be text such as "C001".' };
  }
  const deep = deepestPath(record);
  if (deep !== undefined) return { field: deep, value: undefined, reason: `The record nests deeper than ${MAX_DEPTH} levels here; a case record is an object of events and dates.` };
  try {
    validateCase(record);
  } catch (e) {
    if (e instanceof SendTimescalesError) return undefined;
    return { field: 'record', value: undefined, reason: `The record could not be checked: ${visible((e as Error)?.message ?? String(e))}.` };
  }
  return undefined;
}

/** The path of the first value nested deeper than MAX_DEPTH, found without recursion. */
function deepestPath(root: object): string | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) return path || 'record';
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push({ value: child, path: Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key, depth: depth + 1 });
    }
  }
  return undefined;
}
