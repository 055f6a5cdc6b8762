/**
 * An SEN2 return on the command line: the XML streamed into the audit a person at a time (the
 * persons' own data is never all held), the CSV export read whole and audited; for a worklist, the
 * same persons sorted and their cases kept; or, for a timeline, the one person asked for picked out
 * of the stream.
 */
import { Sen2Auditor, type Sen2AuditOptions } from '../readers/sen2/audit.js';
import { readSen2Csv } from '../readers/sen2/csv-reader.js';
import type { Sen2Header, Sen2Person } from '../readers/sen2/model.js';
import { streamSen2Xml } from '../readers/sen2/xml-reader.js';
import type { NamedInput } from './sen2-input.js';
import type { Sen2Run } from '../readers/sen2/run.js';

// One shape for a return's audit, which the page holds too.
export type { Sen2Run } from '../readers/sen2/run.js';

/** A return's persons sorted (audited or set aside) and the audited persons' cases, for a worklist. */
export interface Sen2Cases extends Omit<Sen2Run, 'result'> {
  readonly result: ReturnType<Sen2Auditor['settle']>;
}

/** The return the user named, each person fed to an auditor: the XML streamed, the CSV export read whole. */
async function feedReturn(input: Exclude<NamedInput, { kind: 'caseload' }>, auditor: Sen2Auditor): Promise<Omit<Sen2Run, 'result'>> {
  if (input.kind === 'sen2-csv') {
    const sen2 = readSen2Csv(input.files);
    auditor.start(sen2.header);
    for (const person of sen2.persons) auditor.add(person);
    return { name: input.name, format: 'csv-export', header: sen2.header, unknownElements: sen2.unknownElements, partsSetAside: sen2.setAside, exportRows: sen2.rows };
  }
  let header: Sen2Header = {};
  const summary = await streamSen2Xml(input.bytes, {
    file: input.name,
    onHeader: (h) => {
      header = h;
      auditor.start(h);
    },
    onPerson: (p) => auditor.add(p),
  });
  return { name: input.name, format: 'xml', header, unknownElements: summary.unknownElements, partsSetAside: summary.setAside };
}

/** Audits the return the user named. A malformed file throws before anything is written. */
export async function auditReturn(input: Exclude<NamedInput, { kind: 'caseload' }>, options: Sen2AuditOptions): Promise<Sen2Run> {
  const auditor = new Sen2Auditor(options);
  const read = await feedReturn(input, auditor);
  return { ...read, result: auditor.finish() };
}

/**
 * The cases of the return the user named, the persons sorted as the audit sorts them (so that a
 * worklist and an audit of one return speak of the same cases). A malformed file throws before
 * anything is written.
 */
export async function returnCases(input: Exclude<NamedInput, { kind: 'caseload' }>, options: Sen2AuditOptions): Promise<Sen2Cases> {
  const auditor = new Sen2Auditor(options);
  const read = await feedReturn(input, auditor);
  return { ...read, result: auditor.settle() };
}

/** Whether a person is the one `wanted` names: by UPN, by position in the return, or by a case id of theirs (`UPN#2`). */
function isWanted(person: Sen2Person, wanted: string): boolean {
  const upn = person.upn?.trim();
  const personId = upn !== undefined && upn !== '' ? upn : String(person.position);
  const base = wanted.replace(/#\d+$/, '');
  return wanted === String(person.position) || base === personId;
}

/** The persons `wanted` names (more than one when a UPN repeats), the header, and how many persons the return holds. */
export async function findPersons(input: Exclude<NamedInput, { kind: 'caseload' }>, wanted: string | undefined): Promise<{ header: Sen2Header; found: Sen2Person[]; total: number }> {
  const found: Sen2Person[] = [];
  const keep = (p: Sen2Person) => {
    // Without --case, only the first is kept: the return must hold one person to need no choice.
    if (wanted === undefined ? found.length === 0 : isWanted(p, wanted)) found.push(p);
  };
  if (input.kind === 'sen2-csv') {
    const sen2 = readSen2Csv(input.files);
    sen2.persons.forEach(keep);
    return { header: sen2.header, found, total: sen2.persons.length };
  }
  let header: Sen2Header = {};
  const summary = await streamSen2Xml(input.bytes, { file: input.name, onHeader: (h) => { header = h; }, onPerson: keep });
  return { header, found, total: summary.persons };
}
