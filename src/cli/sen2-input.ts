/**
 * What the user named, told by its content: an SEN2 return's XML (streamed), the collection
 * service's CSV export of it (a folder of its files, or the files named one by one), or a caseload
 * for the caseload readers. The first bytes decide (`detectSen2`), not the file's name, so standard
 * input (`-`) and a return saved under any name are read alike.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { detectSen2 } from '../readers/sen2/detect.js';
import type { Sen2CsvFile } from '../readers/sen2/csv-reader.js';
import { openBytes, pathError } from './input.js';
import { InputError, UsageError } from './io.js';
import { visible } from './visible.js';

/** The input, once its kind is known; `bytes` starts again at the first byte. */
export type NamedInput =
  | { readonly kind: 'sen2-xml'; readonly name: string; readonly bytes: AsyncIterable<Uint8Array> }
  | { readonly kind: 'sen2-csv'; readonly name: string; readonly files: readonly Sen2CsvFile[] }
  | { readonly kind: 'caseload'; readonly path: string; readonly bytes: AsyncIterable<Uint8Array> };

/**
 * The modules of the export, each in a file of its own (`…_person.csv`): all are needed, as a
 * module left out would leave its rows out of every person without a word. A module with no rows is
 * exported as its header line alone.
 */
export const EXPORT_MODULES = ['sen2', 'person', 'requests', 'assessment', 'namedplan', 'plandetail', 'activeplans', 'placementdetail', 'senneed'] as const;

/** The first bytes of a stream, and the stream from its start again. */
async function peek(path: string): Promise<{ head: Uint8Array; bytes: AsyncIterable<Uint8Array> }> {
  const chunks = (await openBytes(path))[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  const head: Uint8Array[] = [];
  let length = 0;
  let seenText = false;
  try {
    // Enough to tell the kind: some text past any leading blank space (standard input may come in small pieces).
    for (let r: IteratorResult<Uint8Array>; (length < 512 || !seenText) && !(r = await chunks.next()).done;) {
      head.push(r.value);
      length += r.value.length;
      seenText ||= /\S/.test(new TextDecoder().decode(r.value));
    }
  } catch (e) {
    throw pathError(path, e) ?? e;
  }
  const bytes = (async function* () {
    yield* head;
    for (let r = await chunks.next(); !r.done; r = await chunks.next()) yield r.value;
  })();
  const all = new Uint8Array(length);
  let at = 0;
  for (const part of head) {
    all.set(part, at);
    at += part.length;
  }
  return { head: all, bytes };
}

async function isFolder(path: string): Promise<boolean> {
  if (path === '-') return false;
  try {
    return (await stat(path)).isDirectory();
  } catch (e) {
    throw pathError(path, e) ?? e;
  }
}

/** Reads the files of a CSV export, each checked to be one, every module present; `folder` is the folder they were listed from. */
async function exportFiles(paths: readonly string[], name: string, folder?: string): Promise<NamedInput> {
  const fromFolder = folder !== undefined;
  const files: Sen2CsvFile[] = [];
  const modules = new Set<string>();
  for (const path of paths) {
    if (path === '-') throw new InputError('Standard input (-) cannot be one of several files: name the export\'s files, or its folder.');
    let content: Uint8Array;
    try {
      content = await readFile(path);
    } catch (e) {
      throw pathError(path, e) ?? e;
    }
    const found = detectSen2(content);
    if (found.kind !== 'sen2-csv') {
      // In a folder, other files (a readme, the XML) are passed over; a file named on the line must be one of the export.
      if (fromFolder) continue;
      throw new InputError(`${visible(path)} is not a file of the SEN2 return's CSV export (${found.reason}); several files are read only as the export's files, one per module.`, 'file', path);
    }
    modules.add(found.module!);
    files.push({ name: path, content });
  }
  // A folder with no file of the export at all was not meant as one: it is a folder where a file was wanted.
  if (folder !== undefined && files.length === 0) {
    throw new UsageError(`Could not read ${visible(folder)}: it is a folder, not a file, and holds no file of the SEN2 return's CSV export.`, 'file', folder);
  }
  const missing = EXPORT_MODULES.filter((m) => !modules.has(m));
  if (missing.length) {
    throw new InputError(
      `${name}: the SEN2 CSV export is missing the file of the ${missing.map((m) => `${m} module (…_${m}.csv, with the column ${m}tableid)`).join(', the ')}. ` +
      'Every module\'s file is needed (a module with no rows is exported as its header line alone), so that no part of any person is left out unseen.',
      'file', missing.join(', '),
    );
  }
  return { kind: 'sen2-csv', name, files };
}

/**
 * The input the command was given: one path (a file, `-`, or a folder holding the CSV export) or
 * several (the export's files). The kind comes from the content.
 */
export async function namedInput(paths: readonly string[]): Promise<NamedInput> {
  if (paths.length > 1) return exportFiles(paths, `the ${paths.length} files named`);
  const path = paths[0]!;
  if (await isFolder(path)) {
    let names: string[];
    try {
      names = (await readdir(path, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name).sort();
    } catch (e) {
      throw pathError(path, e) ?? e;
    }
    return exportFiles(names.map((n) => join(path, n)), `the folder ${visible(path)}`, path);
  }
  const { head, bytes } = await peek(path);
  const found = detectSen2(head);
  const name = path === '-' ? 'standard input' : visible(path);
  if (found.kind === 'sen2-xml') return { kind: 'sen2-xml', name, bytes };
  if (found.kind === 'sen2-csv') {
    throw new InputError(`${name} is the ${found.module} file of the SEN2 return's CSV export: the export is read whole, so name its folder, or all its files (${EXPORT_MODULES.map((m) => `…_${m}.csv`).join(', ')}).`, 'file', path);
  }
  if (found.kind === 'xml') throw new InputError(`${name} is XML but not an SEN2 return: ${found.reason}.`, 'file', path);
  return { kind: 'caseload', path, bytes };
}
