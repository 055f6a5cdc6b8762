/**
 * Opening what the user named: a file, or `-` for standard input. A path that cannot be opened
 * (missing, a directory, a symlink loop, a name too long, no permission) is a usage error with a
 * plain message, never a stack trace.
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { SendTimescalesError } from '../errors.js';
import { InputError, UsageError } from './io.js';
import { visible } from './visible.js';

const REASONS: Record<string, string> = {
  ENOENT: 'there is no such file',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder, not a file',
  ELOOP: 'the path goes round a loop of symbolic links',
  ENAMETOOLONG: 'the name is too long for the file system',
  EACCES: 'permission to read it is denied',
  EPERM: 'permission to read it is denied',
};

export function pathError(path: string, e: unknown): UsageError | undefined {
  // The library's own errors have a `code` too; only the system's (ENOENT …) are about the path.
  if (e instanceof SendTimescalesError) return undefined;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) return undefined;
  return new UsageError(`Could not read ${visible(path)}: ${REASONS[code] ?? `the system said ${code}`}.`, 'file', path);
}

/** A file opened for reading: a directory or a path that cannot be opened is a usage error. */
async function openFile(path: string): Promise<FileHandle> {
  try {
    const handle = await open(path);
    const stat = await handle.stat();
    if (stat.isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    }
    return handle;
  } catch (e) {
    throw pathError(path, e) ?? e;
  }
}

/** A UTF-8 text stream of the file, or of standard input for `-`. */
export async function openText(path: string): Promise<Readable> {
  if (path === '-') {
    process.stdin.setEncoding('utf8');
    return process.stdin;
  }
  return (await openFile(path)).createReadStream({ encoding: 'utf8' });
}

/** The bytes of the file, or of standard input for `-`, as a stream. */
export async function openBytes(path: string): Promise<AsyncIterable<Uint8Array>> {
  if (path === '-') return process.stdin;
  return (await openFile(path)).createReadStream();
}

/** The whole text of a file or of standard input, refused beyond `limit` characters (an {@link InputError}). */
export async function readText(path: string, limit: number, what: string): Promise<string> {
  const stream = await openText(path);
  let text = '';
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      text += chunk;
      if (text.length > limit) {
        stream.destroy();
        throw new InputError(`${what} is larger than ${(limit / (1 << 20)).toLocaleString('en-GB')} MB; a caseload this size is read as CSV (one row per event), which has no size limit.`);
      }
    }
  } catch (e) {
    throw pathError(path, e) ?? e;
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
