/**
 * JSON written in parts: the arrays of a report (late cases, rejected records) are written item by
 * item, so a report of any size is written without ever holding it as one string (V8 refuses a
 * string over about 512 MB). The text is exactly `JSON.stringify(value, null, 2)`.
 */
import type { Io } from './io.js';

const PART = 1 << 16;

const indented = (json: string, by: string) => json.replace(/\n/g, `\n${by}`);

export async function writeJson(io: Io, value: Record<string, unknown>): Promise<void> {
  let buffer = '{';
  const flush = async (force: boolean) => {
    if (buffer.length < PART && !force) return;
    io.out(buffer);
    buffer = '';
    if (io.drain) await io.drain();
  };
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function') continue;
    buffer += `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (Array.isArray(v) && v.length > 0) {
      buffer += '[';
      for (let i = 0; i < v.length; i++) {
        buffer += `${i ? ',' : ''}\n    ${indented(JSON.stringify(v[i], null, 2) ?? 'null', '    ')}`;
        await flush(false);
      }
      buffer += '\n  ]';
    } else buffer += indented(JSON.stringify(v, null, 2), '  ');
  }
  buffer += first ? '}\n' : '\n}\n';
  await flush(true);
}
