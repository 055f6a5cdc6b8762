/** Plain-text layout for a terminal: every line at most 100 columns, none ending in spaces. */

export const WIDTH = 100;

/** Words wrapped to `width`, continuation lines indented by `indent` spaces; a word longer than a line is cut. */
export function wrap(text: string, width = WIDTH, indent = 0, firstIndent = indent): string[] {
  const lines: string[] = [];
  let line = ' '.repeat(firstIndent);
  let empty = true;
  for (let word of text.split(/\s+/).filter(Boolean)) {
    const pad = lines.length === 0 ? firstIndent : indent;
    while (pad + word.length > width) {
      if (!empty) {
        lines.push(line);
        line = ' '.repeat(indent);
        empty = true;
      }
      const room = width - indent;
      lines.push(' '.repeat(indent) + word.slice(0, room));
      word = word.slice(room);
    }
    if (word === '') continue;
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = ' '.repeat(indent);
      empty = true;
    }
    line += (empty ? '' : ' ') + word;
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(line);
  return lines.map((l) => l.trimEnd());
}

/**
 * A table: numbers right-aligned, text left-aligned, two spaces between columns. The last column
 * is wrapped to what is left of the width (notes, titles); lines never end in spaces.
 */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[], width = WIDTH): string {
  const last = header.length - 1;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const before = widths.slice(0, last).reduce((a, w) => a + w + 2, 0);
  const room = Math.max(20, width - before);
  widths[last] = Math.min(widths[last]!, room);
  const cell = (c: string | number, i: number) => (typeof c === 'number' ? String(c).padStart(widths[i]!) : String(c).padEnd(widths[i]!));
  const line = (cells: readonly (string | number)[]): string[] => {
    const head = cells.slice(0, last).map(cell).join('  ');
    const tail = String(cells[last] ?? '');
    const wrapped = typeof cells[last] === 'number' ? [cell(cells[last], last)] : wrap(tail, room);
    return wrapped.map((w, k) => (k === 0 ? `${head}${last > 0 ? '  ' : ''}${w.trimStart()}` : `${' '.repeat(before)}${w.trimStart()}`).trimEnd());
  };
  return [...line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.flatMap(line)].join('\n');
}
