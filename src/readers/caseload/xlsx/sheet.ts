/**
 * The rows of one sheet, each handed over as soon as its closing tag is read. A cell is text (a
 * shared string, an inline string, a formula's text, TRUE/FALSE, an error such as #N/A), a number
 * (a date is a number: its serial, which the reader turns into a date where the column holds
 * dates), or a date the workbook wrote as ISO text (`t="d"`, the civil date kept). Rows and cells a
 * workbook leaves out are empty; a cell without a reference follows the one before it.
 */
import type { Cell } from '../cells.js';
import { attribute, readXml } from './xml.js';

/** `A` → 0, `Z` → 25, `AA` → 26, from a reference such as `AB12`; -1 when there is none. */
export function columnIndex(reference: string | undefined): number {
  if (reference === undefined) return -1;
  let n = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const c = reference.charCodeAt(i) | 0x20; // lower case
    if (c < 0x61 || c > 0x7a) break;
    n = n * 26 + (c - 0x60);
  }
  return i === 0 ? -1 : n - 1;
}

/** Excel's widest sheet: column XFD. A reference beyond it is not a cell a workbook can have. */
const MAX_COLUMNS = 16_384;

export function readSheetRows(bytes: Uint8Array, part: string, name: string, shared: readonly string[], onRow: (row: number, cells: Cell[]) => void): void {
  let rowNumber = 0;
  let cells: Cell[] = [];
  let column = -1;
  let type = 'n';
  let value: string | undefined;
  let inValue = false;
  let inInline = false;
  let inText = false;
  readXml(bytes, part, name, {
    open: (tag, a) => {
      if (tag === 'row') {
        const r = Number(attribute(a, 'r'));
        rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
        cells = [];
        column = -1;
      } else if (tag === 'c') {
        const at = columnIndex(attribute(a, 'r'));
        column = at >= 0 && at < MAX_COLUMNS ? at : column + 1;
        type = attribute(a, 't') ?? 'n';
        value = undefined;
      } else if (tag === 'v') {
        inValue = true;
        value = '';
      } else if (tag === 'is') {
        inInline = true;
        value = '';
      } else if (tag === 't' && inInline) inText = true;
    },
    text: (text) => {
      if (inValue || inText) value += text;
    },
    close: (tag) => {
      if (tag === 'v') inValue = false;
      else if (tag === 't') inText = false;
      else if (tag === 'is') inInline = false;
      else if (tag === 'c') {
        const cell = cellValue(type, value, shared);
        if (cell !== undefined) {
          while (cells.length < column) cells.push(undefined);
          cells[column] = cell;
        }
      } else if (tag === 'row') onRow(rowNumber, cells);
    },
  });
}

function cellValue(type: string, value: string | undefined, shared: readonly string[]): Cell {
  if (value === undefined) return undefined;
  switch (type) {
    case 's': {
      const text = shared[Number(value)];
      return text ?? `(shared string ${value}, which the workbook does not have)`;
    }
    case 'str':
    case 'inlineStr':
    case 'e':
      return value;
    case 'b':
      return value === '1' ? 'TRUE' : 'FALSE';
    case 'd':
      // An ISO date and time written as such: the civil date is its date part.
      return /^\d{4}-\d{2}-\d{2}(T|$)/.test(value) ? value.slice(0, 10) : value;
    default: {
      const n = Number(value);
      return value.trim() === '' ? undefined : Number.isFinite(n) ? n : value;
    }
  }
}
