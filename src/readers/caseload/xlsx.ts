/**
 * A caseload from an Excel workbook (.xlsx): the first visible sheet, or the sheet named. The sheet
 * is read as a CSV of the same cells would be (one row per event, or one row per case with a column
 * map), its first non-blank row the header, each bad row reported by its row number in the sheet.
 * Dates are date cells (serials, in the workbook's own date system: 1900, or 1904) or text (read as
 * in a CSV: `03/04/2025` only with a date format). The workbook is read whole, in Node or a browser.
 */
import { SendTimescalesError } from '../../errors.js';
import type { Caseload } from './caseload.js';
import { InputError } from './input-error.js';
import { checkedOptions, type CaseloadReadOptions } from './options.js';
import { CaseloadTable } from './table.js';
import { readSharedStrings } from './xlsx/shared-strings.js';
import { readSheetRows } from './xlsx/sheet.js';
import { readWorkbook } from './xlsx/workbook.js';
import { readParts } from './xlsx/zip.js';
import { visible } from './visible.js';

/**
 * How a workbook is read: as any caseload, and which sheet. The serial system is the workbook's own.
 * @example
 * ```ts
 * const options: XlsxCaseloadOptions = { sheet: 'Open cases', dateFormat: 'dd/MM/yyyy' };
 * ```
 */
export interface XlsxCaseloadOptions extends Omit<CaseloadReadOptions, 'serials'> {
  /** The sheet to read, by its name on the tab (default: the first sheet that is not hidden). */
  readonly sheet?: string;
  /** Called with the number of rows read so far, after each row. */
  readonly onRow?: (n: number) => void;
  /** What the workbook is called in messages (default "The workbook"). */
  readonly name?: string;
}

/**
 * Reads a caseload from the bytes of an .xlsx workbook.
 * @param bytes - The file's bytes (a Node Buffer is a Uint8Array).
 * @param options - The sheet, the column map, the layout of text dates, strict columns.
 * @returns The caseload: cases in the sheet = `cases.length` + `setAside.length`.
 * @throws {@link InputError} for bytes that are not a workbook, a damaged part, a sheet name the
 * workbook does not have (the message lists its sheets), or a header that cannot be read.
 * @example
 * ```ts
 * const caseload = readXlsxCaseload(readFileSync('tracker.xlsx'), { sheet: 'Open cases', columns: map });
 * ```
 */
export function readXlsxCaseload(bytes: Uint8Array, options: XlsxCaseloadOptions = {}): Caseload {
  if (!(bytes instanceof Uint8Array)) throw new SendTimescalesError('INVALID_ARGUMENT', 'bytes', undefined, 'A workbook is read from its bytes (a Uint8Array or a Buffer).');
  const name = options.name ?? 'The workbook';
  const checked = checkedOptions(options);
  const workbook = readWorkbook(bytes, name);
  const visibleSheets = workbook.sheets.filter((s) => !s.hidden);
  const sheet = options.sheet === undefined
    ? visibleSheets[0] ?? workbook.sheets[0]
    : workbook.sheets.find((s) => s.name === options.sheet) ?? workbook.sheets.find((s) => s.name.toLowerCase() === options.sheet!.trim().toLowerCase());
  const names = workbook.sheets.map((s) => `"${visible(s.name, 60)}"`).join(', ');
  if (sheet === undefined) {
    if (options.sheet !== undefined) throw new InputError(`${name} has no sheet "${visible(options.sheet, 60)}"; its sheets are ${names || 'none'}.`, 'sheet', options.sheet);
    throw new InputError(`${name} has no worksheet to read.`);
  }
  const parts = readParts(bytes, [sheet.part, ...(workbook.sharedStrings ? [workbook.sharedStrings] : [])], name);
  const sheetXml = parts.get(sheet.part);
  if (sheetXml === undefined) throw new InputError(`${name}: the sheet "${visible(sheet.name, 60)}" has no part ${sheet.part} in the workbook.`);
  const shared = workbook.sharedStrings ? readSharedStrings(parts.get(workbook.sharedStrings), workbook.sharedStrings, name) : [];
  const table = new CaseloadTable({
    ...checked,
    serials: workbook.date1904 ? 'excel1904' : 'excel1900',
    where: 'Row',
    skipBlankRows: true,
    ...(options.onRow ? { onRow: options.onRow } : {}),
  });
  readSheetRows(sheetXml, sheet.part, name, shared, (row, cells) => {
    if (table.hasHeader) table.row(row, cells);
    else if (cells.some((c) => c !== undefined && c !== '')) table.header(row, cells);
  });
  return table.result('xlsx');
}
