/**
 * A streaming CSV record reader built for files people export by hand, where one broken line must
 * never cost the lines around it:
 * - a line may end in CRLF, LF or CR, mixed within one file (each is one line break);
 * - a quote inside an unquoted cell is an ordinary character (`Dr "Smith"`);
 * - inside a quoted cell, a quote must be doubled or end the cell; one that does neither makes the
 *   row unreadable, and the row is reported (never guessed at);
 * - a quoted cell may run over several lines; one that is never closed, or that closes into a row
 *   wider than the header, is reported at the line where it opened, and the lines after that one
 *   are read again as rows of their own (so one broken quote costs one row);
 * - every record carries the file line it starts on (blank lines counted), for error reports;
 * - a line or record longer than `maxRecordChars` is reported and skipped without being held in memory;
 * - a NUL character means the input is not a text file, and reading stops.
 */
import { InputError } from './input-error.js';

export interface CsvRecord {
  /** The file line the record starts on (1-based). */
  readonly line: number;
  readonly cells: string[];
  /** Why the row cannot be read as it stands (its cells are then those of its first line, for the case id). */
  readonly problem?: string;
}

export interface CsvProblem {
  readonly line: number;
  readonly reason: string;
}

export interface CsvRecordHandlers {
  readonly record: (r: CsvRecord) => void;
  /** A part of the file that could not be read as a record; reading goes on after it. */
  readonly problem: (p: CsvProblem) => void;
  /** How many cells a record may have before a multi-line quoted cell is judged a broken quote (the header's width). */
  readonly width: () => number | undefined;
}

/** One megabyte of text: far beyond any real row of a caseload, small enough to hold. */
export const MAX_RECORD_CHARS = 1 << 20;

interface Line {
  readonly n: number;
  readonly text: string;
}

/** Splits one record's text into cells; `open` when it ends inside a quoted cell. */
export function splitCells(text: string): { cells: string[]; open: boolean; bad: boolean } {
  if (!text.includes('"')) return { cells: text.split(','), open: false, bad: false };
  const cells: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    // Leading spaces before an opening quote are allowed (` "a, b"`).
    let j = i;
    while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
    if (text[j] === '"') {
      let cell = '';
      let k = j + 1;
      let closed = false;
      while (k < n) {
        const q = text.indexOf('"', k);
        if (q === -1) {
          cell += text.slice(k);
          k = n;
          break;
        }
        cell += text.slice(k, q);
        if (text[q + 1] === '"') {
          cell += '"';
          k = q + 2;
          continue;
        }
        // A closing quote is followed by the end of the record, a comma, or spaces then either.
        let after = q + 1;
        while (after < n && (text[after] === ' ' || text[after] === '\t')) after++;
        if (after === n || text[after] === ',') {
          closed = true;
          k = after;
          break;
        }
        // A quote inside a quoted cell that is neither doubled nor closing: which quote was meant cannot be known.
        cells.push(cell);
        return { cells, open: false, bad: true };
      }
      if (!closed) return { cells: [...cells, cell], open: true, bad: false };
      cells.push(cell);
      if (k === n) return { cells, open: false, bad: false };
      i = k + 1;
    } else {
      const comma = text.indexOf(',', i);
      if (comma === -1) {
        cells.push(text.slice(i));
        return { cells, open: false, bad: false };
      }
      cells.push(text.slice(i, comma));
      i = comma + 1;
    }
  }
}

/** Reads records from a text stream (already decoded as UTF-8). */
export async function readCsvRecords(source: AsyncIterable<string>, on: CsvRecordHandlers, maxRecordChars = MAX_RECORD_CHARS): Promise<void> {
  let lineNo = 0;
  let partial = ''; // the text of the current line so far
  let skipping = false; // inside an over-long line, discarding until its end
  let pendingCr = false; // the chunk ended in CR: a LF starting the next chunk belongs to it
  let first = true;
  /** Lines of a record whose quoted cell has not closed yet (bounded by maxRecordChars). */
  let held: Line[] = [];
  let heldChars = 0;

  const trimmed = (cells: string[]) => cells.map((c) => c.trim());
  const STRAY = 'A quote inside a quoted cell is neither doubled ("") nor followed by a comma or the end of the row, so the row cannot be read; write a quote inside a quoted cell as "".';

  let queue: Line[] = [];
  /** A record that cannot be completed: reported at the line it opened on; its other lines are read again. */
  const brokenQuote = (lines: Line[], reason: string): void => {
    on.record({ line: lines[0]!.n, cells: trimmed(splitCells(lines[0]!.text).cells), problem: reason });
    held = [];
    heldChars = 0;
    queue = lines.slice(1).concat(queue);
  };

  /** Lines go through a queue, so that reading lines again after a broken quote never recurses. */
  const take = (line: Line): void => {
    queue.push(line);
    while (queue.length) takeOne(queue.shift()!);
  };

  const takeOne = (line: Line): void => {
    if (held.length === 0) {
      if (line.text === '' || /^[\s,]*$/.test(line.text)) return; // a blank line, or one of empty cells only
      if (!line.text.includes('"')) {
        on.record({ line: line.n, cells: trimmed(line.text.split(',')) });
        return;
      }
      const { cells, open, bad } = splitCells(line.text);
      if (bad) on.record({ line: line.n, cells: trimmed(cells), problem: STRAY });
      else if (!open) on.record({ line: line.n, cells: trimmed(cells) });
      else {
        held = [line];
        heldChars = line.text.length;
      }
      return;
    }
    held.push(line);
    heldChars += line.text.length + 1;
    const { cells, open, bad } = splitCells(held.map((l) => l.text).join('\n'));
    const width = on.width();
    if (bad) {
      brokenQuote(held, `A quoted cell opens on this line and is not closed before line ${line.n}, where a quote stands that neither closes it nor is doubled; the lines after this one were read as rows of their own.`);
    } else if (width !== undefined && cells.length > width) {
      brokenQuote(held, `A quoted cell opens on this line and is not closed where the row should end (the row would have ${cells.length} cells, the header names ${width}); the lines after this one were read as rows of their own.`);
    } else if (heldChars > maxRecordChars) {
      brokenQuote(held, `A quoted cell opens on this line and is still not closed ${held.length} lines and ${heldChars.toLocaleString('en-GB')} characters later; the lines after this one were read as rows of their own.`);
    } else if (!open) {
      const first = held[0]!.n;
      held = [];
      heldChars = 0;
      on.record({ line: first, cells: trimmed(cells) });
    }
  };

  const endLine = (text: string): void => {
    lineNo++;
    if (skipping) {
      skipping = false;
      return;
    }
    take({ n: lineNo, text });
  };

  for await (const chunk of source) {
    let text = chunk;
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const nul = text.indexOf('\u0000');
    if (nul !== -1) throw new InputError(`Line ${lineNo + 1 + countBreaks(text.slice(0, nul))} holds a NUL character: the input is not a CSV text file.`);
    let i = 0;
    if (pendingCr) {
      pendingCr = false;
      if (text[0] === '\n') i = 1;
    }
    for (;;) {
      const lf = text.indexOf('\n', i);
      const cr = text.indexOf('\r', i);
      const at = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      if (at === -1) {
        const rest = text.slice(i);
        if (!skipping) {
          partial += rest;
          if (partial.length > maxRecordChars) {
            on.problem({ line: lineNo + 1, reason: `The line is longer than ${maxRecordChars.toLocaleString('en-GB')} characters (no row of a caseload is); it was skipped.` });
            partial = '';
            skipping = true;
          }
        }
        break;
      }
      const piece = text.slice(i, at);
      if (!skipping && partial.length + piece.length > maxRecordChars) {
        on.problem({ line: lineNo + 1, reason: `The line is longer than ${maxRecordChars.toLocaleString('en-GB')} characters (no row of a caseload is); it was skipped.` });
        partial = '';
        skipping = true;
      }
      const whole = skipping ? '' : partial + piece;
      partial = '';
      endLine(whole);
      if (text[at] === '\r') {
        if (at + 1 === text.length) pendingCr = true;
        else if (text[at + 1] === '\n') {
          i = at + 2;
          continue;
        }
      }
      i = at + 1;
    }
  }
  if (partial !== '' || skipping) endLine(partial);
  while (held.length) {
    brokenQuote(held, 'A quoted cell opens on this line and is never closed; the lines after this one were read as rows of their own.');
    while (queue.length) takeOne(queue.shift()!);
  }
}

function countBreaks(text: string): number {
  return text.replace(/\r\n/g, '\n').replace(/[^\n\r]/g, '').length;
}
