/**
 * The case's own details, on any of its rows: date of birth, year-group offset, transfer stages,
 * Year 12 destination. Given on two rows, they must agree (which would be meant cannot be guessed).
 */
import type { CaseRecord } from '../../schema/case.js';
import { cellText, readDateCell, type DateReading, type Fail } from './cells.js';
import type { FieldCells } from './long-row.js';

type CaseField = 'dateOfBirth' | 'yearGroupOffset' | 'transferStages' | 'year12Destination';

export function mergeCaseFields(record: CaseRecord, row: FieldCells, reading: DateReading, fail: Fail): void {
  const target = record as Record<string, unknown>;
  const set = (column: keyof FieldCells, key: CaseField, value: unknown) => {
    const found = row[column]!;
    const current = target[key];
    if (current !== undefined && JSON.stringify(current) !== JSON.stringify(value)) {
      fail(found.column.name, found.cell, `This case already has ${found.column.name} ${JSON.stringify(current)} on an earlier row.`);
      return;
    }
    target[key] = value;
  };
  const text = (column: keyof FieldCells) => cellText(row[column]?.cell);
  if (text('date_of_birth')) {
    const d = readDateCell(row.date_of_birth!.cell, row.date_of_birth!.column.name, reading, fail);
    if (d) set('date_of_birth', 'dateOfBirth', d);
  }
  if (text('year_group_offset')) {
    const n = Number(text('year_group_offset'));
    if (!Number.isInteger(n) || Math.abs(n) > 3) fail(row.year_group_offset!.column.name, row.year_group_offset!.cell, 'must be a whole number from -3 to 3.');
    else set('year_group_offset', 'yearGroupOffset', n);
  }
  if (text('transfer_stages')) set('transfer_stages', 'transferStages', text('transfer_stages').split(/[;|]/).map((s) => s.trim()).filter(Boolean));
  if (text('year12_destination')) set('year12_destination', 'year12Destination', text('year12_destination'));
}
