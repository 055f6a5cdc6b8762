/**
 * A caseload read one row at a time, whatever it came from (a CSV stream, a sheet of a workbook,
 * rows in memory): the first row is the header; every other row becomes events of its case, and
 * the case's details. Rows are grouped by case as they arrive. Every bad row is reported with its
 * line, field, value and reason, and the case it belongs to is set aside whole (a case missing one
 * of its events could show false breaches); every other case is kept. Nothing is dropped without
 * a report: cases in the file = cases + set aside.
 */
import type { CaseRecord } from '../../schema/case.js';
import type { CaseloadColumn, CheckedColumnMap } from '../../schema/column-map.js';
import type { ErrorCode } from '../../errors.js';
import { rowError, type Caseload, type CaseloadKind, type RowError } from './caseload.js';
import { mergeCaseFields } from './case-fields.js';
import { cellText, isEmpty, type Cell, type DateReading, type Fail } from './cells.js';
import { readHeader, type EventColumn, type FieldColumn, type Header } from './header.js';
import { longRowEvent, type FieldCells } from './long-row.js';
import { wideRowEvents } from './wide-row.js';

/** How a table of rows is read. */
export interface TableOptions extends DateReading {
  readonly map?: CheckedColumnMap;
  readonly strictColumns?: boolean;
  /** What a place in the input is called in messages: `Line` (a CSV's lines) or `Row` (a sheet's rows). */
  readonly where: 'Line' | 'Row';
  /** Skip rows whose cells are all empty (a sheet's blank rows; a CSV reader skips blank lines itself). */
  readonly skipBlankRows?: boolean;
  readonly onRow?: (n: number) => void;
  /**
   * Told each case whose rows all read well as soon as its group of rows ends, and the case is
   * then let go (a file grouped by case is read holding one case at a time). A case named again
   * after its group ended throws {@link NotGroupedByCase}.
   */
  readonly onCase?: (record: CaseRecord) => void;
}

/** A case named again after its group of rows ended: the input is not grouped by case. */
export class NotGroupedByCase extends Error {
  constructor(readonly caseId: string) {
    super(`Case ${caseId} is named again after its rows ended: the input is not grouped by case.`);
  }
}

/** A caseload read one case at a time: what {@link Caseload} says, with the count of cases in place of the cases. */
export interface GroupedCaseload extends Omit<Caseload, 'cases'> {
  /** Cases handed on (their rows all read well). */
  readonly cases: number;
}

interface Building {
  readonly record: CaseRecord & { events: CaseRecord['events'] };
  bad: boolean;
}

export class CaseloadTable {
  #header: Header | undefined;
  #headerWidth: number | undefined;
  #eventColumns: (EventColumn | undefined)[] = [];
  /** Each library column present: its name, position and column, computed once for every row. */
  #fields: (readonly [CaseloadColumn, number, FieldColumn])[] = [];
  readonly #byId = new Map<string, Building>();
  readonly #rowErrors: RowError[] = [];
  #rows = 0;
  #rowsWithoutCase = 0;
  /** Read grouped by case: the case whose rows are being read, those whose rows have ended, and what became of them. */
  #current: string | undefined;
  readonly #ended = new Set<string>();
  readonly #setAsideInTurn: string[] = [];
  #handedOn = 0;

  constructor(readonly options: TableOptions) {}

  /** Whether the header has been read. */
  get hasHeader(): boolean {
    return this.#header !== undefined;
  }

  /** How many cells the header row has (a CSV reader judges a broken quote by it). */
  get width(): number | undefined {
    return this.#headerWidth;
  }

  /** Reads the header row; throws an InputError for a header that cannot be read. */
  header(line: number, cells: readonly Cell[]): void {
    this.#header = readHeader(cells.map((c) => cellText(c)), { ...this.options, where: `${this.options.where} ${line}` });
    this.#headerWidth = cells.length;
    this.#eventColumns = this.#header.columns.map((c) => (c?.kind === 'event' ? c : undefined));
    const columns = this.#header.columns;
    this.#fields = (Object.entries(this.#header.field) as [CaseloadColumn, number][]).map(([column, at]) => [column, at, columns[at] as FieldColumn] as const);
  }

  /** A part of the input that could not be read as a row, and names no case. */
  unreadable(line: number, reason: string): void {
    this.#rowsWithoutCase++;
    this.#rowErrors.push(rowError(line, '', 'row', undefined, reason, 'INVALID_CASE'));
  }

  /** One row after the header; `problem` says why it cannot be read as it stands. */
  row(line: number, raw: readonly Cell[], problem?: string): void {
    const header = this.#header!;
    // A CSV reader trims its cells itself; a sheet's or a caller's are trimmed here.
    const cells = this.options.where === 'Line' ? raw : raw.map((c) => (typeof c === 'string' ? c.trim() : c));
    if (this.options.skipBlankRows && cells.every(isEmpty)) return;
    this.#rows++;
    this.options.onRow?.(this.#rows);
    const row: FieldCells = {};
    for (const [name, at, column] of this.#fields) row[name] = { cell: cells[at], column };
    const idName = row.case_id?.column.name ?? 'case_id';
    const caseId = cellText(row.case_id?.cell);
    const errors = this.#rowErrors;
    const fail: Fail = (field: string, value: unknown, reason: string, code: ErrorCode = 'INVALID_CASE') => {
      errors.push(rowError(line, caseId, field, value, reason, code));
    };
    if (caseId === '') {
      this.#rowsWithoutCase++;
      fail(idName, caseId, 'Every row needs a case_id.');
      return;
    }
    if (this.options.onCase && caseId !== this.#current) this.#nextGroup(caseId);
    let building = this.#byId.get(caseId);
    if (!building) this.#byId.set(caseId, (building = { record: { id: caseId, events: [] }, bad: false }));
    const before = errors.length;
    const width = header.columns.length;
    if (problem !== undefined) {
      fail('row', undefined, problem);
    } else if (cells.length > width && cells.slice(width).some((c) => !isEmpty(c))) {
      fail('row', cells.slice(width).find((c) => !isEmpty(c)), `The row has ${cells.length} cells but the header names ${width} columns; the extra cells cannot be placed${this.options.where === 'Line' ? ' (a comma inside a cell needs the cell in quotes)' : ' (a column with cells needs a heading)'}.`);
    } else if (header.layout === 'long') {
      const event = longRowEvent(row, this.options.map, this.options, fail);
      mergeCaseFields(building.record, row, this.options, fail);
      if (event) building.record.events.push(event as never);
    } else {
      const events = wideRowEvents(cells, this.#eventColumns, this.options.map, this.options, fail);
      mergeCaseFields(building.record, row, this.options, fail);
      for (const event of events) building.record.events.push(event as never);
    }
    if (errors.length > before) building.bad = true;
  }

  /** Ends the current group of rows: its case is handed on, or set aside, and let go. */
  #nextGroup(next: string | undefined): void {
    const ending = this.#current;
    if (ending !== undefined) {
      const b = this.#byId.get(ending)!;
      this.#byId.delete(ending);
      this.#ended.add(ending);
      if (b.bad) this.#setAsideInTurn.push(ending);
      else {
        this.#handedOn++;
        this.options.onCase!(b.record);
      }
    }
    if (next !== undefined && this.#ended.has(next)) throw new NotGroupedByCase(next);
    this.#current = next;
  }

  /** Read grouped by case, at the end of the input: the last case handed on, and the counts. */
  groupedResult(kind: CaseloadKind): GroupedCaseload {
    this.#nextGroup(undefined);
    const warnings = this.#header?.warnings ?? [];
    return {
      cases: this.#handedOn, rowErrors: this.#rowErrors, setAside: this.#setAsideInTurn, rows: this.#rows, rowsWithoutCase: this.#rowsWithoutCase, kind,
      ...(warnings.length ? { warnings } : {}),
    };
  }

  /** The caseload read so far (a file with no header has no rows and no cases). */
  result(kind: CaseloadKind): Caseload {
    const cases: CaseRecord[] = [];
    const setAside: string[] = [];
    for (const [id, b] of this.#byId) (b.bad ? setAside.push(id) : cases.push(b.record));
    const warnings = this.#header?.warnings ?? [];
    return {
      cases, rowErrors: this.#rowErrors, setAside, rows: this.#rows, rowsWithoutCase: this.#rowsWithoutCase, kind,
      ...(warnings.length ? { warnings } : {}),
    };
  }
}
