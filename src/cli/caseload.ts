/**
 * Reading a caseload: CSV (one row per event, streamed) or JSON (an array of case records).
 * Every bad row is reported with its row number, field, value and reason; the case it belongs to
 * is set aside whole (a case missing one of its events could show false breaches), and every
 * other case is processed.
 */
import { open, readFile } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { parseDate } from '../day/parse.js';
import { SendTimescalesError } from '../errors.js';
import { EVENT_TYPES, eventSchema, type CaseRecord } from '../schema/case.js';
import { fastEvent } from '../schema/fast-validate.js';

export interface RowError {
  /** 1-based line of the file (the header is line 1). */
  readonly row: number;
  /** The error code (INVALID_DATE, AMBIGUOUS_DATE, INVALID_CASE …). */
  readonly code: string;
  readonly caseId: string;
  readonly field: string;
  readonly value: unknown;
  readonly reason: string;
}

export interface Caseload {
  readonly cases: CaseRecord[];
  readonly rowErrors: RowError[];
  /** Cases set aside because one of their rows was bad. */
  readonly setAside: string[];
  readonly rows: number;
}

const DATE_COLUMNS = ['date', 'date_of_birth', 'aware', 'until'] as const;
const EVENT_COLUMNS: Record<string, 'aware' | 'decision' | 'code' | 'until' | 'body' | 'order'> = {
  aware: 'aware', decision: 'decision', code: 'code', until: 'until', body: 'body', order: 'order',
};
const CASE_COLUMNS = ['date_of_birth', 'year_group_offset', 'transfer_stages', 'year12_destination'] as const;
const KNOWN = new Set(['case_id', 'event', 'date', 'note', ...Object.keys(EVENT_COLUMNS), ...CASE_COLUMNS]);

export class InputError extends Error {}

interface Building {
  record: CaseRecord & { events: CaseRecord['events'] };
  bad: boolean;
}

/** Reads a CSV caseload as a stream: rows are turned into events as they arrive. */
export async function readCsvCaseload(path: string, dateFormat: string | undefined, onRow?: (n: number) => void): Promise<Caseload> {
  const byId = new Map<string, Building>();
  const rowErrors: RowError[] = [];
  let rows = 0;
  let header: string[] | undefined;
  // Opened first, so that a missing file is an ENOENT the caller can report, not a stream error.
  const source = (await open(path)).createReadStream();
  // Records as arrays, handled in a synchronous 'data' handler: per-record objects, per-record
  // line tracking and an async iterator step per row cost more than the audit itself at 7 million rows.
  const parser = source.pipe(parse({ bom: true, trim: true, skip_empty_lines: true, relax_column_count: true }));
  source.on('error', (e) => parser.destroy(e));
  const errorsOf = (line: number, caseId: string): Fail => (field, value, reason, code = 'INVALID_CASE') => {
    rowErrors.push({ row: line, code, caseId, field, value, reason });
  };
  const handle = (cells: string[]): void => {
    if (header === undefined) {
      header = cells.map((c) => c.trim().toLowerCase());
      const unknown = header.filter((c) => !KNOWN.has(c));
      if (unknown.length) throw new InputError(`Unknown column(s) ${unknown.map((c) => `"${c}"`).join(', ')}. The columns are ${[...KNOWN].join(', ')}.`);
      for (const required of ['case_id', 'event', 'date']) {
        if (!header.includes(required)) throw new InputError(`The header has no "${required}" column (the first line must name the columns, e.g. case_id,event,date).`);
      }
      return;
    }
    rows++;
    if (onRow) onRow(rows);
    // Row numbers count records, the header being row 1 (a quoted cell over several lines is one row).
    const line = rows + 1;
    const row: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) row[header[i]!] = cells[i] ?? '';
    const caseId = row.case_id ?? '';
    const fail = errorsOf(line, caseId);
    if (caseId === '') {
      fail('case_id', caseId, 'Every row needs a case_id.');
      return;
    }
    let building = byId.get(caseId);
    if (!building) byId.set(caseId, (building = { record: { id: caseId, events: [] }, bad: false }));
    const before = rowErrors.length;
    const event = rowToEvent(row, dateFormat, fail);
    mergeCaseFields(building, row, dateFormat, fail);
    if (event) building.record.events.push(event as never);
    if (rowErrors.length > before) building.bad = true;
  };
  try {
    await new Promise<void>((resolve, reject) => {
      parser.on('data', (cells: string[]) => {
        try {
          handle(cells);
        } catch (e) {
          parser.destroy(e as Error);
        }
      });
      parser.on('end', resolve);
      parser.on('error', reject);
    });
  } catch (e) {
    if (e instanceof InputError || (e as NodeJS.ErrnoException).code === 'ENOENT') throw e;
    throw new InputError(`The file could not be read as CSV: ${(e as Error).message}`);
  }
  if (header === undefined) return { cases: [], rowErrors, setAside: [], rows: 0 };
  const cases: CaseRecord[] = [];
  const setAside: string[] = [];
  for (const [id, b] of byId) (b.bad ? setAside.push(id) : cases.push(b.record));
  return { cases, rowErrors, setAside, rows };
}

type Fail = (field: string, value: unknown, reason: string, code?: string) => void;

function readDate(value: string, field: string, format: string | undefined, fail: Fail): string | undefined {
  try {
    return parseDate(value, { field, ...(format ? { format } : {}) });
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
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new InputError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
  const cases = Array.isArray(data) ? data : (data as { cases?: unknown })?.cases;
  if (!Array.isArray(cases)) throw new InputError(`${path} must hold an array of case records, or { "cases": [...] }.`);
  return { cases: cases as CaseRecord[], rowErrors: [], setAside: [], rows: cases.length };
}
