/**
 * Reading the caseload the user named: a file or standard input (`-`), as CSV (streamed), an
 * Excel workbook or JSON, by the file's name or, failing that, its first bytes. The reading itself
 * is the readers' (src/readers/caseload/); this module only opens what was named and hands it over.
 */
import { readFile } from 'node:fs/promises';
import type { ColumnMap } from '../schema/column-map.js';
import type { Caseload } from '../readers/caseload/caseload.js';
import type { CaseRecord } from '../schema/case.js';
import { readCsvCaseload } from '../readers/caseload/csv.js';
import { streamCsvCaseload, type StreamedCaseload } from '../readers/caseload/csv-stream.js';
import type { CaseloadReadOptions } from '../readers/caseload/options.js';
import { readJsonCaseload as jsonCaseload } from '../readers/caseload/json.js';
import { InputError } from '../readers/caseload/input-error.js';
import { openBytes, pathError, readText } from './input.js';
import { visible } from './visible.js';

export type { Caseload, RowError } from '../readers/caseload/caseload.js';
/** The input as a whole cannot be read (a bad header, not text): exit 1 with the message. */
export { InputError };

/** How the file is read, beyond its dates: the column map, the sheet of a workbook, strict columns. */
export interface Reading {
  readonly columns?: ColumnMap;
  readonly sheet?: string;
  readonly strictColumns?: boolean;
}

/** JSON and workbooks are read whole; beyond this a caseload belongs in a CSV, which is streamed. */
const JSON_LIMIT = 256 << 20;
const WORKBOOK_LIMIT = 256 << 20;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The start of an Excel 97-2003 (.xls) file, which is not read. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

/**
 * A caseload from a file or `-`: JSON when the name ends in .json (or standard input starts with
 * [ or {), a workbook when the file is one (.xlsx), else CSV. `source` is the input's bytes when
 * they have been opened already (to tell an SEN2 return from a caseload by its first bytes).
 */
export async function readCaseload(path: string, dateFormat: string | undefined, onRow?: (n: number) => void, reading: Reading = {}, source?: AsyncIterable<Uint8Array>): Promise<Caseload> {
  const opened = await openCaseload(path, dateFormat, onRow, reading, source);
  return opened.kind === 'whole' ? opened.caseload : readCsvCaseload(opened.text(), opened.options);
}

/**
 * A caseload read one case at a time where it can be: a CSV is streamed, each case handed on as
 * its rows end when the file is grouped by case (exports are), and grouped in memory otherwise,
 * which `onNotGrouped` is told. A workbook or JSON is read whole, and `whole` is given it instead.
 */
export async function streamCaseload(
  path: string, dateFormat: string | undefined, onRow: ((n: number) => void) | undefined, reading: Reading, source: AsyncIterable<Uint8Array> | undefined,
  on: { readonly begin: () => (record: CaseRecord) => void; readonly onNotGrouped: () => void },
): Promise<{ readonly kind: 'whole'; readonly caseload: Caseload } | { readonly kind: 'streamed'; readonly caseload: StreamedCaseload }> {
  const opened = await openCaseload(path, dateFormat, onRow, reading, source);
  if (opened.kind === 'whole') return opened;
  return { kind: 'streamed', caseload: await streamCsvCaseload(opened.text, { ...opened.options, onNotGrouped: on.onNotGrouped }, on.begin) };
}

/** The input opened: a caseload read whole (JSON, a workbook), or CSV text ready to be read, from its start each time `text` is called. */
type Opened =
  | { readonly kind: 'whole'; readonly caseload: Caseload }
  | { readonly kind: 'csv'; readonly text: () => AsyncIterable<string>; readonly options: CaseloadReadOptions & { readonly onRow?: (n: number) => void } };

async function openCaseload(path: string, dateFormat: string | undefined, onRow?: (n: number) => void, reading: Reading = {}, source?: AsyncIterable<Uint8Array>): Promise<Opened> {
  const name = path === '-' ? 'standard input' : visible(path);
  if (path.toLowerCase().endsWith('.json')) return { kind: 'whole', caseload: await readJsonCaseload(path) };
  const options = {
    ...(dateFormat !== undefined ? { dateFormat } : {}),
    ...(reading.columns !== undefined ? { columns: reading.columns } : {}),
    ...(reading.strictColumns ? { strictColumns: true } : {}),
    ...(onRow ? { onRow } : {}),
  };
  const chunks = (source ?? (await openBytes(path)))[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  // The first bytes say what the input is; they are then read again with the rest.
  const head: Uint8Array[] = [];
  let headLength = 0;
  let seenText = false;
  let first: IteratorResult<Uint8Array>;
  try {
    while ((headLength < 8 || !seenText) && !(first = await chunks.next()).done) {
      head.push(first.value);
      headLength += first.value.length;
      seenText ||= /\S/.test(new TextDecoder().decode(first.value));
    }
  } catch (e) {
    throw pathError(path, e) ?? e;
  }
  const start = concat(head);
  const all = (async function* () {
    yield* head;
    for (let r = await chunks.next(); !r.done; r = await chunks.next()) yield r.value;
  })();
  if (startsWith(start, ZIP) || path.toLowerCase().endsWith('.xlsx')) {
    if (!startsWith(start, ZIP)) throw new InputError(`${name} is not an Excel workbook (.xlsx): a workbook is a zip file, and this one does not start as one.`);
    const bytes = await whole(all, WORKBOOK_LIMIT, name);
    const { readXlsxCaseload } = await import('../readers/caseload/xlsx.js');
    return { kind: 'whole', caseload: await readXlsxCaseload(bytes, { ...options, ...(reading.sheet !== undefined ? { sheet: reading.sheet } : {}) }) };
  }
  if (startsWith(start, OLE)) throw new InputError(`${name} is an Excel 97-2003 workbook (.xls), which is not read: save it as .xlsx (Excel Workbook) or as CSV.`);
  if (reading.sheet !== undefined) throw new InputError(`--sheet names a sheet of a workbook, but ${name} is not a workbook (.xlsx).`, 'sheet', reading.sheet);
  if (path === '-' && /^[\s\uFEFF]*[[{]/.test(new TextDecoder().decode(start))) {
    const text = decoded(all);
    let json = '';
    for await (const chunk of text) {
      json += chunk;
      if (json.length > JSON_LIMIT) throw new InputError(`Standard input is larger than ${JSON_LIMIT >> 20} MB of JSON; a caseload this size is read as CSV (one row per event), which has no size limit.`);
    }
    return { kind: 'whole', caseload: jsonCaseload(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json, 'standard input') };
  }
  return { kind: 'csv', text: path === '-' ? replayable(all) : fromStartOf(path, all), options };
}

/**
 * A file's text from its start each time: first the bytes already opened, then the file opened
 * again (a file is read a second time rather than held).
 */
function fromStartOf(path: string, opened: AsyncIterable<Uint8Array>): () => AsyncIterable<string> {
  let readings = 0;
  return () => (readings++ === 0 ? decoded(opened) : decoded((async function* () {
    try {
      yield* await openBytes(path);
    } catch (e) {
      throw pathError(path, e) ?? e;
    }
  })()));
}

/**
 * Standard input's text from its start each time. It cannot be read twice, so the bytes of the
 * first reading are kept, and a second reading replays them before reading on. The stream is read
 * by hand (not `for await`) so that a reading stopped early leaves it open for the next.
 */
function replayable(input: AsyncIterable<Uint8Array>): () => AsyncIterable<string> {
  const chunks = input[Symbol.asyncIterator]();
  const kept: Uint8Array[] = [];
  let readings = 0;
  return () => {
    const first = readings++ === 0;
    return decoded((async function* () {
      if (!first) yield* kept;
      for (let r = await chunks.next(); !r.done; r = await chunks.next()) {
        if (first) kept.push(r.value);
        yield r.value;
      }
    })());
  };
}

/** A JSON caseload: an array of case records, or `{ "cases": [...] }`. */
export async function readJsonCaseload(path: string): Promise<Caseload> {
  const text = await readText(path, JSON_LIMIT, path === '-' ? 'Standard input' : visible(path));
  return jsonCaseload(text, path === '-' ? 'standard input' : visible(path));
}

/** The column map of `--columns`: a JSON file (checked by the reader, with paths into the map). */
export async function readColumnMap(path: string): Promise<ColumnMap> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw pathError(path, e) ?? e;
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as ColumnMap;
  } catch (e) {
    throw new InputError(`The column map ${visible(path)} is not valid JSON: ${visible((e as Error).message)}`, 'columns', path);
  }
}

/** UTF-8 text from bytes, a character split across two chunks kept whole. */
async function* decoded(chunks: AsyncIterable<Uint8Array>): AsyncIterable<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) yield decoder.decode(chunk, { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

async function whole(chunks: AsyncIterable<Uint8Array>, limit: number, name: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    length += chunk.length;
    if (length > limit) throw new InputError(`${name} is larger than ${limit >> 20} MB; a workbook this size is best saved as CSV, which is read as a stream with no size limit.`);
  }
  return concat(parts);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The reading options a command was given (`--columns`, `--sheet`, `--strict-columns`). */
export async function readingOf(values: Readonly<Record<string, string | boolean | undefined>>): Promise<Reading> {
  const columns = typeof values.columns === 'string' ? await readColumnMap(values.columns) : undefined;
  return {
    ...(columns !== undefined ? { columns } : {}),
    ...(typeof values.sheet === 'string' ? { sheet: values.sheet } : {}),
    ...(values['strict-columns'] === true ? { strictColumns: true } : {}),
  };
}

/**
 * Whether a row or case of the input was not processed: a bad row or a set-aside case (exit 1).
 * An ignored column is a warning only: every row and case was still read, and a council's export
 * nearly always carries columns the library has no use for (names, schools, caseworkers), so
 * failing on them would make exit 1 meaningless to the scripts that check it.
 */
export function incomplete(caseload: Pick<Caseload, 'rowErrors' | 'setAside'>): boolean {
  return caseload.rowErrors.length > 0 || caseload.setAside.length > 0;
}
