/**
 * The parts of a workbook: an .xlsx file is a zip of XML parts. Only the parts asked for are
 * inflated, each no larger than a bound (a small file can declare a huge part: a "zip bomb"), so
 * reading a workbook costs what its needed parts cost and nothing more. fflate does the inflating:
 * a small, dependency-free library that runs the same in Node and in a browser.
 */
import { unzipSync } from 'fflate';
import { InputError } from '../input-error.js';

/** The largest part inflated: far beyond any caseload sheet (about a million rows of a dozen columns). */
export const MAX_PART_BYTES = 512 << 20;

/** The names of every part of the zip (nothing is inflated). */
export function partNames(zip: Uint8Array, name: string): string[] {
  const names: string[] = [];
  unzipped(zip, name, (file) => {
    names.push(file.name);
    return false;
  });
  return names;
}

/** The bytes of each named part present (names are the zip's own, e.g. `xl/workbook.xml`). */
export function readParts(zip: Uint8Array, wanted: readonly string[], name: string): Map<string, Uint8Array> {
  const want = new Set(wanted);
  const files = unzipped(zip, name, (file) => {
    if (!want.has(file.name)) return false;
    if (file.originalSize > MAX_PART_BYTES) {
      throw new InputError(`${name}: the part ${file.name} of the workbook would be ${Math.round(file.originalSize / (1 << 20)).toLocaleString('en-GB')} MB unpacked, more than the ${MAX_PART_BYTES >> 20} MB a caseload sheet can need; save the sheet as CSV, which is read as a stream.`);
    }
    return true;
  });
  return new Map(Object.entries(files));
}

function unzipped(zip: Uint8Array, name: string, filter: (file: { name: string; originalSize: number }) => boolean): Record<string, Uint8Array> {
  try {
    return unzipSync(zip, { filter });
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${name} cannot be read as a workbook (.xlsx): the zip inside it is damaged (${(e as Error).message}).`);
  }
}
