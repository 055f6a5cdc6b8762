/**
 * A caseload CSV, read as a stream: rows are turned into events as they arrive, so a file of any
 * size is read without holding it. One row per event, or one row per case with a column of dates
 * for each event (through a column map, or with event types as headings).
 */
import type { Caseload } from './caseload.js';
import { readCsvRecords } from './csv-records.js';
import { InputError } from './input-error.js';
import { checkedOptions, type CaseloadReadOptions } from './options.js';
import { CaseloadTable } from './table.js';

/**
 * Reads a caseload CSV from text, streamed: each line is read as it arrives.
 * @param source - The text, in pieces (a Node stream decoded as UTF-8, a web stream of text, or an array of strings).
 * @param options - The column map, the date layout, strict columns; `onRow` is told the count of rows read after each.
 * @returns The caseload: cases in the file = `cases.length` + `setAside.length`.
 * @throws {@link InputError} for a file whose header cannot be read, or that is not text.
 * @throws {@link SendTimescalesError} `INVALID_OPTION` for a bad column map or option.
 * @example
 * ```ts
 * const caseload = await readCsvCaseload(['case_id,event,date\nC1,request-received,2025-01-06\n']);
 * caseload.cases; // [{ id: 'C1', events: [{ type: 'request-received', date: '2025-01-06' }] }]
 * ```
 */
export async function readCsvCaseload(source: AsyncIterable<string> | Iterable<string>, options: CaseloadReadOptions & { readonly onRow?: (n: number) => void } = {}): Promise<Caseload> {
  const table = new CaseloadTable({ ...checkedOptions(options), ...(options.onRow ? { onRow: options.onRow } : {}), where: 'Line' });
  await readCsvInto(table, source);
  return table.result('csv');
}

/** Reads every line of a caseload CSV into a table (the header first). */
export async function readCsvInto(table: CaseloadTable, source: AsyncIterable<string> | Iterable<string>): Promise<void> {
  await readCsvRecords(toAsync(source), {
    record: (r) => {
      if (table.hasHeader) table.row(r.line, r.cells, r.problem);
      else if (r.problem !== undefined) throw new InputError(`Line ${r.line}: the header cannot be read. ${r.problem}`);
      else table.header(r.line, r.cells);
    },
    problem: (p) => {
      if (!table.hasHeader) throw new InputError(`Line ${p.line}: ${p.reason} The first line must name the columns, e.g. case_id,event,date.`);
      table.unreadable(p.line, p.reason);
    },
    width: () => table.width,
  });
}

async function* toAsync(source: AsyncIterable<string> | Iterable<string>): AsyncIterable<string> {
  yield* source;
}
