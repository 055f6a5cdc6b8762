/**
 * A file's bytes as text, chunk by chunk, in the encoding the file says it is in: a byte-order mark
 * (UTF-8 or UTF-16), else the XML declaration's `encoding`, else UTF-8. Bytes that are not valid in
 * that encoding are an error, never replaced: a replaced character would change a value silently.
 */

import { SendTimescalesError } from '../../errors.js';

/**
 * What a reader takes: the whole text, its bytes, or its chunks as they arrive (a file stream).
 * Bytes are decoded as the file's byte-order mark or XML declaration says, else as UTF-8.
 * @example
 * ```ts
 * const input: Sen2TextInput = createReadStream('SEN2_2026.xml');
 * ```
 */
export type Sen2TextInput = string | Uint8Array | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** How far the text has been read, for an error in the next bytes. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** The encoding named by a byte-order mark or the XML declaration at the start of `head`. */
function encodingOf(head: Uint8Array): { label: string; bom: boolean } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { label: 'utf-8', bom: true };
  if (head[0] === 0xff && head[1] === 0xfe) return { label: 'utf-16le', bom: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { label: 'utf-16be', bom: true };
  // The declaration is ASCII in every encoding this can be (ASCII-compatible ones only without a BOM).
  const start = String.fromCharCode(...head.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(start);
  return { label: declared?.[1]?.toLowerCase() ?? 'utf-8', bom: false };
}

function notText(label: string, file: string | undefined, at: TextPosition, detail: string): SendTimescalesError {
  const where = `${file ?? 'the file'}, after line ${at.line}, column ${at.column}`;
  return SendTimescalesError.fromIssues([{
    code: 'MALFORMED_FILE',
    path: file ?? 'input',
    value: label,
    row: at.line,
    message: `${where}: the bytes are not valid ${label} text (${detail}); the file cannot be read as it is. Save it as UTF-8 and try again.`,
  }]);
}

/**
 * Yields the input as strings. `position` is asked where reading has got to when bytes cannot be
 * decoded, so that the error can say where.
 */
export async function* textChunks(input: Sen2TextInput, file: string | undefined, position: () => TextPosition): AsyncGenerator<string> {
  if (typeof input === 'string') {
    yield input;
    return;
  }
  const chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> = input instanceof Uint8Array ? [input] : input;
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let label = 'utf-8';
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    if (decoder === undefined) {
      const found = encodingOf(chunk);
      label = found.label;
      try {
        decoder = new TextDecoder(label, { fatal: true });
      } catch {
        throw SendTimescalesError.fromIssues([{
          code: 'MALFORMED_FILE',
          path: file ?? 'input',
          value: label,
          row: 1,
          message: `${file ?? 'the file'}, line 1: the XML declaration names the encoding "${label}", which cannot be read. Save the file as UTF-8 and try again.`,
        }]);
      }
    }
    try {
      const text = decoder.decode(chunk, { stream: true });
      if (text !== '') yield text;
    } catch (e) {
      throw notText(label, file, position(), e instanceof Error ? e.message : String(e));
    }
  }
  if (decoder !== undefined) {
    try {
      const rest = decoder.decode();
      if (rest !== '') yield rest;
    } catch (e) {
      throw notText(label, file, position(), `the file ends in the middle of a character: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
