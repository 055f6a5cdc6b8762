/**
 * A return audited, with what the reader found beside the persons: the one shape the command line
 * and the page hold a return's audit in (the report model reads the same fields, `Sen2RunResult`).
 */
import type { ErrorIssue } from '../../errors.js';
import type { Sen2Audit } from './audit.js';
import type { Sen2Header, Sen2UnknownElement } from './model.js';

/** A return audited, with what the reader found beside the persons. */
export interface Sen2Run {
  /** The file (or the export's folder) as the user named it. */
  readonly name: string;
  readonly format: 'xml' | 'csv-export';
  readonly header: Sen2Header;
  readonly result: Sen2Audit;
  /** Elements the reader does not know, each counted once with where it first appeared. */
  readonly unknownElements: readonly Sen2UnknownElement[];
  /** Parts of the file the reader could not place in a person (each with its line). */
  readonly partsSetAside: readonly ErrorIssue[];
  /** The CSV export's data rows: read = placed + set aside. */
  readonly exportRows?: { readonly read: number; readonly placed: number; readonly setAside: number };
}
