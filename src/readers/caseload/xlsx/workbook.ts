/**
 * A workbook's table of contents: its sheets in tab order (name, part, whether hidden), where its
 * shared strings are, and its date system (`date1904`: serials count from 1 January 1904, as old
 * Mac Excel wrote them; otherwise from 1900, with Excel's fictitious 29 February 1900).
 */
import { InputError } from '../input-error.js';
import { attribute, readXml } from './xml.js';
import { readParts } from './zip.js';

export interface SheetEntry {
  readonly name: string;
  /** The sheet's part in the zip (e.g. `xl/worksheets/sheet1.xml`). */
  readonly part: string;
  readonly hidden: boolean;
}

export interface Workbook {
  readonly sheets: readonly SheetEntry[];
  readonly sharedStrings?: string;
  readonly date1904: boolean;
}

/** A relationship's target as a part name: relative to the folder of the part that points to it, or from the root. */
function resolve(from: string, target: string): string {
  const parts = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const piece of target.replace(/^\/+/, '').split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** The relationships of a part: id → { type, target part }. */
function relationships(bytes: Uint8Array | undefined, owner: string, relsPart: string, name: string): Map<string, { type: string; part: string }> {
  const found = new Map<string, { type: string; part: string }>();
  if (bytes === undefined) return found;
  readXml(bytes, relsPart, name, {
    open: (tag, a) => {
      const id = a.Id;
      const target = a.Target;
      if (tag === 'Relationship' && id !== undefined && target !== undefined && a.TargetMode !== 'External') {
        found.set(id, { type: a.Type ?? '', part: resolve(owner, target) });
      }
    },
  });
  return found;
}

const relsOf = (part: string) => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

export function readWorkbook(zip: Uint8Array, name: string): Workbook {
  const root = readParts(zip, ['_rels/.rels'], name).get('_rels/.rels');
  const office = [...relationships(root, '', '_rels/.rels', name).values()].find((r) => r.type.endsWith('/officeDocument'));
  const workbookPart = office?.part ?? 'xl/workbook.xml';
  const relsPart = relsOf(workbookPart);
  const parts = readParts(zip, [workbookPart, relsPart], name);
  const workbookXml = parts.get(workbookPart);
  if (workbookXml === undefined) throw new InputError(`${name} is a zip file but not an Excel workbook (.xlsx): it has no workbook part (${workbookPart}).`);
  const rels = relationships(parts.get(relsPart), workbookPart, relsPart, name);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let inSheets = false;
  readXml(workbookXml, workbookPart, name, {
    open: (tag, a) => {
      if (tag === 'workbookPr') date1904 = ['1', 'true'].includes((attribute(a, 'date1904') ?? '').toLowerCase());
      else if (tag === 'sheets') inSheets = true;
      else if (tag === 'sheet' && inSheets) {
        const rel = rels.get(attribute(a, 'id') ?? '');
        // A chart sheet or a dialog sheet has no cells: it is not a sheet a caseload can be on.
        if (rel === undefined || !rel.type.endsWith('/worksheet')) return;
        sheets.push({ name: a.name ?? '', part: rel.part, hidden: (a.state ?? 'visible') !== 'visible' });
      }
    },
    close: (tag) => {
      if (tag === 'sheets') inSheets = false;
    },
  });
  const shared = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'));
  return { sheets, date1904, ...(shared ? { sharedStrings: shared.part } : {}) };
}
