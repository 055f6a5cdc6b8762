/**
 * A row of the one-row-per-event layout (case_id, event, date, and the event's details) into an
 * event. The event column holds an event type, or a council's word for one through the column
 * map's `eventLabels`; a decision cell may be a council's word too (`decisions`).
 */
import { EVENT_TYPES } from '../../schema/case.js';
import { matchKey, type CaseloadColumn, type CheckedColumnMap } from '../../schema/column-map.js';
import { cellText, readDateCell, type Cell, type DateReading, type Fail } from './cells.js';
import { decisionOf } from './decision.js';
import { checkedEvent } from './event.js';
import type { FieldColumn } from './header.js';

/** The event's details: the column and the event field it fills. */
const DETAILS: readonly (readonly [CaseloadColumn, 'aware' | 'decision' | 'code' | 'until' | 'body' | 'order'])[] = [
  ['aware', 'aware'], ['decision', 'decision'], ['code', 'code'], ['until', 'until'], ['body', 'body'], ['order', 'order'],
];
const DATE_DETAILS: ReadonlySet<CaseloadColumn> = new Set(['aware', 'until']);

/** A row's cells by library column, with the column each came from (for its name in messages). */
export type FieldCells = Partial<Record<CaseloadColumn, { readonly cell: Cell; readonly column: FieldColumn }>>;

export function longRowEvent(row: FieldCells, map: CheckedColumnMap | undefined, reading: DateReading, fail: Fail): Record<string, string> | undefined {
  const eventName = row.event?.column.name ?? 'event';
  const written = cellText(row.event?.cell);
  const type = Object.hasOwn(EVENT_TYPES, written) ? written : map?.eventLabels.get(matchKey(written)) ?? written;
  if (!Object.hasOwn(EVENT_TYPES, type)) {
    const labels = map && map.eventLabels.size ? ' (or a word the column map\'s eventLabels gives)' : '';
    fail(eventName, written, written === '' ? 'The event column is empty.' : `"${written}" is not an event type. The types are ${Object.keys(EVENT_TYPES).join(', ')}${labels}.`);
    return undefined;
  }
  const names: Record<string, string> = { type: eventName };
  const event: Record<string, string> = { type };
  names.date = row.date?.column.name ?? 'date';
  const date = readDateCell(row.date?.cell, names.date, reading, fail);
  if (date === undefined) return undefined;
  event.date = date;
  for (const [column, key] of DETAILS) {
    const found = row[column];
    const text = cellText(found?.cell);
    if (found === undefined || (typeof found.cell !== 'number' && text === '')) continue;
    names[key] = found.column.name;
    if (DATE_DETAILS.has(column)) {
      const d = readDateCell(found.cell, found.column.name, reading, fail);
      if (d === undefined) return undefined;
      event[key] = d;
    } else event[key] = key === 'decision' ? decisionOf(text, map) : text;
  }
  const note = cellText(row.note?.cell);
  if (note) event.note = note;
  return checkedEvent(event, fail, names);
}
