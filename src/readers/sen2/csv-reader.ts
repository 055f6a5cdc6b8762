/**
 * The SEN2 return as the Department's data collection service (COLLECT) exports it: one CSV file
 * per module (`…_sen2.csv`, `…_person.csv`, `…_requests.csv`, `…_assessment.csv`,
 * `…_namedplan.csv`, `…_plandetail.csv`, `…_activeplans.csv`, `…_placementdetail.csv`,
 * `…_senneed.csv`), each row carrying its own table id (`requeststableid`) and its parent's
 * (`persontableid`). Read into the same model as the XML return, with the values as written
 * (dates stay `2022-Sep-28 00:00:00`).
 *
 * A file is told by its columns (the deepest module whose table id it has), so renamed files are
 * still read. A row whose parent is not in the export, or whose table id repeats one already read,
 * is reported and set aside, never placed by guess; the rows read = the rows placed + the rows set aside.
 */

import { parse } from 'csv-parse/sync';
import { SendTimescalesError, type ErrorIssue } from '../../errors.js';
import { SEN2_GROUPS, type Sen2Group } from './elements.js';
import type { Sen2Header, Sen2Person, Sen2Return } from './model.js';
import { UnknownElementTally } from './unknown-elements.js';

/**
 * One file of the CSV export: its name (as the user gave it, for messages) and its content.
 * @example
 * ```ts
 * const file: Sen2CsvFile = { name: 'Blade-Export_20-01-2026_person.csv', content: 'persontableid,surname\n1,Smith\n' };
 * ```
 */
export interface Sen2CsvFile {
  readonly name: string;
  readonly content: string | Uint8Array;
}

/**
 * The return read from its CSV export, with the rows reconciled: `read` = `placed` + `setAside`.
 * @example
 * ```ts
 * const rows: Sen2CsvReturn['rows'] = { read: 12, placed: 11, setAside: 1 };
 * ```
 */
export interface Sen2CsvReturn extends Sen2Return {
  readonly setAside: readonly ErrorIssue[];
  /** Data rows (not headers) over all the files. */
  readonly rows: { readonly read: number; readonly placed: number; readonly setAside: number };
}

/** A module of the export: its id (the file suffix and the table id's stem), its parent and where it goes. */
interface Module {
  readonly id: string;
  readonly groups: readonly Sen2Group[];
  readonly parent?: string;
  /** The parent's model property that holds it, and whether the parent may have several. */
  readonly property?: string;
  readonly repeat?: 'list' | 'once';
  /** The path of the element it is in the XML, for unknown columns and messages. */
  readonly path: string;
  /** What a caseworker calls one row of it. */
  readonly noun: string;
}

const P = 'Message/Persons/Person';
/** In the order rows are placed: every parent before its children. */
const MODULES: readonly Module[] = [
  { id: 'sen2', groups: ['collectionDetails', 'source'], path: 'Message/Header', noun: 'header' },
  { id: 'person', groups: ['person'], path: P, noun: 'person' },
  { id: 'requests', groups: ['requests'], parent: 'person', property: 'requests', repeat: 'list', path: `${P}/Requests`, noun: 'request' },
  { id: 'assessment', groups: ['assessment'], parent: 'requests', property: 'assessments', repeat: 'list', path: `${P}/Requests/Assessment`, noun: 'assessment' },
  { id: 'namedplan', groups: ['namedPlan'], parent: 'assessment', property: 'namedPlan', repeat: 'once', path: `${P}/Requests/Assessment/NamedPlan`, noun: 'named plan' },
  { id: 'plandetail', groups: ['planDetail'], parent: 'namedplan', property: 'placements', repeat: 'list', path: `${P}/Requests/Assessment/NamedPlan/PlanDetail`, noun: 'plan detail' },
  { id: 'activeplans', groups: ['activePlans'], parent: 'requests', property: 'activePlans', repeat: 'once', path: `${P}/Requests/ActivePlans`, noun: 'active plan' },
  { id: 'placementdetail', groups: ['placementDetail'], parent: 'activeplans', property: 'placements', repeat: 'list', path: `${P}/Requests/ActivePlans/PlacementDetail`, noun: 'placement detail' },
  { id: 'senneed', groups: ['senNeed'], parent: 'activeplans', property: 'needs', repeat: 'list', path: `${P}/Requests/ActivePlans/SENneed`, noun: 'SEN need' },
];

/** Deepest first: a child's file also holds its parent's table id, so the deepest id a file has names its module. */
const BY_DEPTH = ['plandetail', 'placementdetail', 'senneed', 'namedplan', 'assessment', 'activeplans', 'requests', 'person', 'sen2']
  .map((id) => MODULES.find((m) => m.id === id)!);

/** A column name as compared: lower case, letters and digits only (`PersonTableId`, `person_table_id` → `persontableid`). */
const columnKey = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

const LINE_BREAKS = /\r\n|\r|\n/g;
const countBreaks = (text: string): number => text.match(LINE_BREAKS)?.length ?? 0;

interface Row {
  readonly line: number;
  readonly cells: readonly string[];
}

interface ParsedFile {
  readonly name: string;
  readonly columns: readonly string[];
  readonly keys: readonly string[];
  readonly rows: readonly Row[];
}

function malformedFile(file: string, line: number, value: unknown, what: string): SendTimescalesError {
  return SendTimescalesError.fromIssues([{ code: 'MALFORMED_FILE', path: file, value, row: line, message: `${file}, line ${line}: ${what}` }]);
}

function parseFile(file: Sen2CsvFile): ParsedFile {
  let text: string;
  try {
    text = typeof file.content === 'string' ? file.content : new TextDecoder('utf-8', { fatal: true }).decode(file.content);
  } catch {
    throw malformedFile(file.name, 1, file.name, 'the bytes are not valid UTF-8 text; save the export as UTF-8 and try again.');
  }
  let records: { record: string[]; raw: string }[];
  try {
    records = parse(text, {
      bom: true, raw: true, relax_column_count: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as { record: string[]; raw: string }[];
  } catch (e) {
    const line = typeof (e as { lines?: unknown }).lines === 'number' ? (e as { lines: number }).lines : 1;
    throw malformedFile(file.name, line, file.name, `the file cannot be read as CSV: ${e instanceof Error ? e.message : String(e)}.`);
  }
  let line = 1;
  const rows: Row[] = [];
  for (const { record, raw } of records) {
    const leading = /^(?:\r\n|\r|\n)*/.exec(raw)![0];
    line += countBreaks(leading);
    rows.push({ line, cells: record });
    line += countBreaks(raw.slice(leading.length));
  }
  const header = rows.shift();
  if (header === undefined) return { name: file.name, columns: [], keys: [], rows: [] };
  const columns = header.cells.map((c) => c.trim());
  return { name: file.name, columns, keys: columns.map(columnKey), rows };
}

function moduleOf(file: ParsedFile): Module {
  const found = BY_DEPTH.find((m) => file.keys.includes(`${m.id}tableid`));
  if (found !== undefined) return found;
  throw malformedFile(file.name, 1, file.columns.join(','),
    'this is not a file of the SEN2 return\'s CSV export: its header has none of the table id columns (persontableid, requeststableid, …) that tell which module it holds.');
}

/** What each column of a module's file is: a value's property, a link, or unknown. */
function columnRoles(module: Module, file: ParsedFile): { values: [number, string][]; id: number; parent: number; unknown: number[] } {
  const links = new Set([`${module.id}tableid`, 'nativeid', `${module.id}orderseqcolumn`, 'sourceid', 'sen2tableid']);
  if (module.parent !== undefined) links.add(`${module.parent}tableid`);
  const values: [number, string][] = [];
  const unknown: number[] = [];
  file.keys.forEach((key, i) => {
    if (links.has(key)) return;
    for (const group of module.groups) {
      const property = SEN2_GROUPS[group].values[key];
      if (property !== undefined) {
        values.push([i, property]);
        return;
      }
    }
    unknown.push(i);
  });
  return {
    values,
    id: file.keys.indexOf(`${module.id}tableid`),
    parent: module.parent === undefined ? -1 : file.keys.indexOf(`${module.parent}tableid`),
    unknown,
  };
}

/** A placed row: its model object and where it was. */
interface Placed {
  readonly object: Record<string, unknown>;
  readonly line: number;
}

/**
 * Reads the SEN2 return from the data collection service's CSV export (one file per module) into
 * the same model as {@link readSen2Xml}. Values are kept as written, empty cells as absent; the
 * persons are in the order of the person file. Rows that cannot be placed (a parent that is not in
 * the export, a table id used twice, a second named plan for one assessment) are reported in
 * `setAside` with their file and line and left out of the persons, and `rows` reconciles them.
 *
 * Throws a `SendTimescalesError` (code `MALFORMED_FILE`) when a file is not CSV, is not a file of
 * the export, holds the same module as another file, or when there is no person file.
 * @param files - The export's files, in any order, each with its name and content.
 * @returns The return, its set-aside rows and the row counts.
 * @example
 * ```ts
 * const sen2 = readSen2Csv([
 *   { name: 'Blade-Export_20-01-2026_person.csv', content: 'persontableid,upn\n1,A123456789012\n' },
 *   { name: 'Blade-Export_20-01-2026_requests.csv', content: 'requeststableid,persontableid,receiveddate\n7,1,2025-Mar-14 00:00:00\n' },
 * ]);
 * sen2.persons[0]?.requests[0]?.receivedDate; // '2025-Mar-14 00:00:00'
 * ```
 */
export function readSen2Csv(files: readonly Sen2CsvFile[]): Sen2CsvReturn {
  const byModule = new Map<string, ParsedFile>();
  for (const file of files) {
    const parsed = parseFile(file);
    if (parsed.columns.length === 0) continue;
    const module = moduleOf(parsed);
    const other = byModule.get(module.id);
    if (other !== undefined) {
      throw malformedFile(parsed.name, 1, parsed.name, `this file holds the ${module.noun} module, as ${other.name} does: give each module's file once.`);
    }
    byModule.set(module.id, parsed);
  }
  if (!byModule.has('person')) {
    throw SendTimescalesError.fromIssues([{
      code: 'MALFORMED_FILE', path: 'files', value: files.map((f) => f.name),
      message: 'The export has no person file (the one with a persontableid and no requeststableid): the other files cannot be placed without it.',
    }]);
  }

  const header: Record<string, unknown> = {};
  const persons: Sen2Person[] = [];
  const unknown = new UnknownElementTally();
  const setAside: ErrorIssue[] = [];
  /** Per module: table id → the placed row; and the ids of rows set aside, with their line. */
  const placedIds = new Map<string, Map<string, Placed>>();
  const setAsideIds = new Map<string, Map<string, number>>();
  let read = 0;
  let placed = 0;
  let headerRead = false;

  for (const module of MODULES) {
    const file = byModule.get(module.id);
    if (file === undefined) continue;
    const roles = columnRoles(module, file);
    const ids = new Map<string, Placed>();
    const asideIds = new Map<string, number>();
    placedIds.set(module.id, ids);
    setAsideIds.set(module.id, asideIds);
    const parents = module.parent === undefined ? undefined : placedIds.get(module.parent);
    const parentsAside = module.parent === undefined ? undefined : setAsideIds.get(module.parent);
    const unknownSeen = roles.unknown.map(() => ({ count: 0, line: 0 }));

    for (const row of file.rows) {
      read++;
      const cell = (i: number): string => (i < 0 ? '' : (row.cells[i] ?? '').trim());
      const id = cell(roles.id);
      const aside = (value: unknown, path: string, why: string): void => {
        setAside.push({ code: 'MALFORMED_FILE', path, value, row: row.line, message: `${file.name}, line ${row.line}: ${why} The row is set aside.` });
        if (id !== '' && !ids.has(id)) asideIds.set(id, row.line);
      };
      if (row.cells.length !== file.columns.length) {
        aside(row.cells.length, module.path, `the row has ${row.cells.length} cells where the header names ${file.columns.length} columns, so which value is which cannot be known.`);
        continue;
      }
      if (id !== '' && ids.has(id)) {
        aside(id, `${module.id}tableid`, `the ${module.id}tableid ${id} is already that of the ${module.noun} on line ${ids.get(id)!.line}: the rows that name it could belong to either.`);
        continue;
      }
      if (module.id === 'sen2' && headerRead) {
        aside(id, module.path, 'a second header row, where the return has one header; the first is kept.');
        continue;
      }
      let owner: Placed | undefined;
      if (module.parent !== undefined) {
        const parentKey = `${module.parent}tableid`;
        const parentId = cell(roles.parent);
        owner = parentId === '' ? undefined : parents?.get(parentId);
        if (owner === undefined) {
          const parent = parentModule(module);
          const asideLine = parentId === '' ? undefined : parentsAside?.get(parentId);
          const why = parentId === ''
            ? `the ${module.noun} has no ${parentKey}, so it cannot be placed with its ${parent.noun}.`
            : asideLine !== undefined
              ? `its ${parentKey} ${parentId} is the ${parent.noun} on line ${asideLine} of ${byModule.get(parent.id)!.name}, which was set aside.`
              : `its ${parentKey} ${parentId} is not a ${parent.noun} in the export${byModule.has(parent.id) ? ` (${byModule.get(parent.id)!.name})` : ' (there is no such file)'}.`;
          aside(parentId, parentKey, why);
          continue;
        }
        if (module.repeat === 'once' && owner.object[module.property!] !== undefined) {
          aside(id, module.path, `a second ${module.noun} for the same ${parentModule(module).noun} (${parentKey} ${parentId}), where the return allows one; the first is kept.`);
          continue;
        }
      }
      const object = module.id === 'sen2' ? header : newObject(module.id, persons.length + 1, file.name, row.line);
      for (const [i, property] of roles.values) {
        const value = cell(i);
        if (value !== '') object[property] = value;
      }
      roles.unknown.forEach((column, k) => {
        if (cell(column) === '') return;
        const seen = unknownSeen[k]!;
        if (seen.count++ === 0) seen.line = row.line;
      });
      if (module.id === 'sen2') headerRead = true;
      if (module.id === 'person') persons.push(object as unknown as Sen2Person);
      else if (owner !== undefined) {
        if (module.repeat === 'list') (owner.object[module.property!] as unknown[]).push(object);
        else owner.object[module.property!] = object;
      }
      if (id !== '') ids.set(id, { object, line: row.line });
      placed++;
    }
    roles.unknown.forEach((column, k) => {
      const seen = unknownSeen[k]!;
      unknown.count(`${module.path}/${file.columns[column]}`, { file: file.name, line: seen.count === 0 ? 1 : seen.line }, seen.count);
    });
  }
  return {
    header: header as Sen2Header,
    persons,
    unknownElements: unknown.list(),
    setAside,
    rows: { read, placed, setAside: setAside.length },
  };
}

const parentModule = (module: Module): Module => MODULES.find((m) => m.id === module.parent)!;

/** A new model object for a row of a module, with its lists and where it was read. */
function newObject(module: string, position: number, file: string, line: number): Record<string, unknown> {
  const source = { file, line };
  switch (module) {
    case 'person':
      return { position, requests: [], source };
    case 'requests':
      return { assessments: [], source };
    case 'assessment':
      return { source };
    case 'namedplan':
      return { placements: [], source };
    case 'activeplans':
      return { placements: [], needs: [], source };
    default:
      return {};
  }
}
