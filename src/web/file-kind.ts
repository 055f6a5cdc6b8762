/**
 * What a file opened on the page holds, told from its first bytes (as the command line does)
 * rather than trusted from its name: an Excel workbook (a zip), an SEN2 return's XML or a file of
 * its CSV export, JSON (a case, a caseload or a column map) or a caseload CSV.
 */
import { detectSen2 } from '../readers/sen2/detect.js';

/** The kinds of file the page reads. */
export type FileKind = 'xlsx' | 'sen2-xml' | 'sen2-csv' | 'json' | 'csv' | 'unknown';

/** A file's kind and the reason, in words for the page. */
export interface FileKindFound {
  readonly kind: FileKind;
  readonly reason: string;
}

/** A zip's local file header, with which every .xlsx begins. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * The kind of a file from its first bytes (64 KB are enough).
 * @example
 * ```ts
 * fileKind(new TextEncoder().encode('case_id,event,date\n')).kind; // 'csv'
 * ```
 */
export function fileKind(head: Uint8Array): FileKindFound {
  if (ZIP.every((b, i) => head[i] === b)) return { kind: 'xlsx', reason: 'it is a zip, as an Excel workbook (.xlsx) is' };
  const found = detectSen2(head);
  switch (found.kind) {
    case 'sen2-xml':
    case 'sen2-csv':
    case 'json':
    case 'csv':
      return { kind: found.kind, reason: found.reason };
    default:
      return { kind: 'unknown', reason: found.reason };
  }
}

/** What a JSON file holds: case records, or a column map (its keys are a column map's and it has no events or cases). */
export function jsonKind(value: unknown): 'cases' | 'column-map' | 'unknown' {
  if (Array.isArray(value)) return 'cases';
  if (value === null || typeof value !== 'object') return 'unknown';
  const keys = Object.keys(value);
  if (keys.includes('cases') || Array.isArray((value as Record<string, unknown>).events)) return 'cases';
  const MAP_KEYS = ['columns', 'events', 'eventLabels', 'decisions', 'ignore'];
  return keys.length > 0 && keys.every((k) => MAP_KEYS.includes(k)) ? 'column-map' : 'unknown';
}
