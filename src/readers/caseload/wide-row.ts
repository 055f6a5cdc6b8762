/**
 * A row of a one-row-per-case export (a "wide" export) into events: each column of event dates
 * with a date in it is one event of that type on that date; an empty cell is no such event. A
 * decision comes from the event's decision column where the column map names one. A cell that is
 * not a date is a problem of the row, named by its column's heading.
 */
import type { CheckedColumnMap } from '../../schema/column-map.js';
import { cellText, isEmpty, readDateCell, type Cell, type DateReading, type Fail } from './cells.js';
import { decisionOf } from './decision.js';
import { checkedEvent } from './event.js';
import type { EventColumn } from './header.js';

export function wideRowEvents(
  cells: readonly Cell[], columns: readonly (EventColumn | undefined)[], map: CheckedColumnMap | undefined, reading: DateReading, fail: Fail,
): Record<string, string>[] {
  const events: Record<string, string>[] = [];
  columns.forEach((column, i) => {
    if (column === undefined) return;
    const cell = cells[i];
    if (isEmpty(cell)) return;
    const date = readDateCell(cell, column.name, reading, fail);
    if (date === undefined) return;
    const event: Record<string, string> = { type: column.event, date };
    const names: Record<string, string> = { type: column.name, date: column.name };
    if (column.decision !== undefined) {
      const decision = cellText(cells[column.decision]).trim();
      if (decision !== '') {
        event.decision = decisionOf(decision, map);
        names.decision = column.decisionName ?? column.name;
      }
    }
    const checked = checkedEvent(event, fail, names);
    if (checked) events.push(checked);
  });
  return events;
}
