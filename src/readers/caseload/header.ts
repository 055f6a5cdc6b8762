/**
 * The header row of a caseload: what each column holds. A heading is matched whatever its case,
 * spacing, underscores or punctuation (`Case ID` = `case_id` = `case-id`), first through the
 * column map, then by the library's own column names, then by the names of event types (a column
 * of event dates, one row per case). Two headings that come to the same column are an error naming
 * both; a heading nothing matches is an unknown column, ignored with one warning (or refused, when
 * columns are to be strict).
 */
import { EVENT_TYPES, type EventType } from '../../schema/case.js';
import { CASELOAD_COLUMNS, matchKey, type CaseloadColumn, type CheckedColumnMap } from '../../schema/column-map.js';
import type { CaseloadWarning } from './caseload.js';
import { InputError } from './input-error.js';
import { visible } from './visible.js';

/** A column of the library's own layout; `name` is what a bad cell of it is reported as. */
export interface FieldColumn {
  readonly kind: 'field';
  readonly column: CaseloadColumn;
  readonly name: string;
}

/** A column of one event's dates (one row per case); `decision` is the position of its decision column. */
export interface EventColumn {
  readonly kind: 'event';
  readonly event: EventType;
  readonly name: string;
  readonly decision?: number;
  /** The heading of the decision column. */
  readonly decisionName?: string;
}

/** What each column of the file holds (undefined: not read). */
export interface Header {
  readonly columns: readonly (FieldColumn | EventColumn | undefined)[];
  /** The position of each library column present. */
  readonly field: Partial<Record<CaseloadColumn, number>>;
  /** One row per event (`long`) or one row per case with a column per event (`wide`). */
  readonly layout: 'long' | 'wide';
  readonly warnings: readonly CaseloadWarning[];
}

export interface HeaderOptions {
  readonly map?: CheckedColumnMap;
  /** Refuse unknown columns instead of ignoring them. */
  readonly strictColumns?: boolean;
  /** How a place in the input is named in messages: `Line 1` of a CSV, `Row 1` of a sheet. */
  readonly where: string;
}

const LIBRARY_COLUMNS = new Map<string, CaseloadColumn>(CASELOAD_COLUMNS.map((c) => [matchKey(c), c]));
const EVENT_COLUMNS = new Map<string, EventType>((Object.keys(EVENT_TYPES) as EventType[]).map((e) => [matchKey(e), e]));
/** Columns that describe one event: in a file of one row per case there is no one event for them. */
const PER_EVENT: readonly CaseloadColumn[] = ['event', 'date', 'note', 'aware', 'decision', 'code', 'until', 'body', 'order'];

const listed = (names: readonly string[]) =>
  `${names.slice(0, 10).map((c) => `"${visible(c, 40)}"`).join(', ')}${names.length > 10 ? ` and ${names.length - 10} more` : ''}`;

/**
 * Reads a header row.
 * @throws {@link InputError} for a header that cannot be read as one: two headings for one column,
 * a required column missing, both layouts at once, a column the map names that is not there, and
 * (with `strictColumns`) an unknown column.
 */
export function readHeader(cells: readonly string[], options: HeaderOptions): Header {
  const { map, where } = options;
  // Trailing empty headings are the spreadsheet's unused columns, not columns of the export.
  let width = cells.length;
  while (width > 0 && cells[width - 1]!.trim() === '') width--;
  const texts = cells.slice(0, width).map((c) => c.trim());
  const keys = texts.map(matchKey);
  const columns: (FieldColumn | EventColumn | undefined)[] = [];
  const field: Partial<Record<CaseloadColumn, number>> = {};
  const unknown: string[] = [];
  /** Decision columns named by the map's event columns: read with their event, not on their own. */
  const decisionColumns = new Set<string>();
  for (const spec of map?.events.values() ?? []) if (spec.decision !== undefined) decisionColumns.add(matchKey(spec.decision));
  const eventAt = new Map<number, string>();

  texts.forEach((text, i) => {
    const key = keys[i]!;
    const mapped = map?.columns.get(key);
    const mappedEvent = map?.events.get(key);
    if (map?.ignore.has(key) || (decisionColumns.has(key) && mapped === undefined && mappedEvent === undefined)) {
      columns.push(undefined);
      return;
    }
    const column = mapped ?? LIBRARY_COLUMNS.get(key);
    if (column !== undefined) {
      const earlier = field[column];
      if (earlier !== undefined) {
        const first = texts[earlier]!;
        // The same heading twice keeps the message it has always had.
        if (first.toLowerCase() === text.toLowerCase()) throw new InputError(`${where}: the column "${visible(text.toLowerCase(), 40)}" is named twice; each column may appear once (which of the two would be meant cannot be guessed).`);
        throw new InputError(`${where}: the columns "${visible(first, 40)}" and "${visible(text, 40)}" both name the column ${column} (headings are matched whatever their case, spacing or punctuation); each column may appear once (which of the two would be meant cannot be guessed).`);
      }
      field[column] = i;
      // A cell of a renamed column is reported under the file's own heading.
      columns.push({ kind: 'field', column, name: mapped !== undefined && matchKey(column) !== key ? text : column });
      return;
    }
    const event = mappedEvent?.event ?? EVENT_COLUMNS.get(key);
    if (event !== undefined) {
      if (mappedEvent?.decision !== undefined) eventAt.set(i, mappedEvent.decision);
      columns.push({ kind: 'event', event, name: text });
      return;
    }
    columns.push(undefined);
    unknown.push(text);
  });

  // Each event column's decision column, by its heading.
  for (const [i, decisionHeading] of eventAt) {
    const at = keys.indexOf(matchKey(decisionHeading));
    if (at === -1) {
      throw new InputError(`${where}: the column map gives the column "${visible(texts[i]!, 40)}" its decision in the column "${visible(decisionHeading, 40)}", which the file does not have.`);
    }
    columns[i] = { ...(columns[i] as EventColumn), decision: at, decisionName: texts[at]! };
  }

  if (unknown.length && options.strictColumns) {
    throw new InputError(`${where}: unknown column(s) ${listed(unknown)}. The columns are ${CASELOAD_COLUMNS.join(', ')}.`);
  }
  const hasEvents = columns.some((c) => c?.kind === 'event');
  const layout = hasEvents ? 'wide' : 'long';
  if (hasEvents) {
    const perEvent = PER_EVENT.filter((c) => field[c] !== undefined);
    if (perEvent.length) {
      throw new InputError(`${where}: the file has columns of event dates (one row per case, such as "${visible(columns.find((c) => c?.kind === 'event')!.name, 40)}") and the column(s) ${perEvent.join(', ')} of the one-row-per-event layout; a file has one layout or the other (each event of a one-row-per-case file has its own date column).`);
    }
    if (field.case_id === undefined) throw new InputError(`${where}: the header has no "case_id" column (a column naming each case, e.g. case_id or, through a column map, your own heading such as "Child ID").`);
  } else {
    for (const required of ['case_id', 'event', 'date'] as const) {
      if (field[required] === undefined) throw new InputError(`${where}: the header has no "${required}" column (the first line must name the columns, e.g. case_id,event,date).`);
    }
  }
  const warnings: CaseloadWarning[] = unknown.length
    ? [{
      code: 'UNKNOWN_COLUMNS',
      columns: unknown,
      message: `${where}: unknown column(s) ${listed(unknown.map((u) => (u === '' ? '(no heading)' : u)))} ignored: their cells were not read. The columns read are ${CASELOAD_COLUMNS.join(', ')} and columns of event dates; a column map can say what a column holds, or list it under "ignore".`,
    }]
    : [];
  return { columns, field, layout, warnings };
}
