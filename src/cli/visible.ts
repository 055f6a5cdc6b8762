/**
 * Values from a user's file shown on a terminal or in a Markdown table. A cell can hold a newline
 * (forging a line of the report) or an escape sequence (clearing the screen): every control and
 * bidirectional-formatting character is shown as a visible escape, and long values are cut.
 */

/** C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional overrides and isolates. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Longest value echoed whole; longer ones are cut and their length stated. */
export const SHOW_LIMIT = 120;

export function visible(text: string, limit = SHOW_LIMIT): string {
  const cut = text.length > limit ? text.slice(0, limit) : text;
  const shown = cut.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return text.length > limit ? `${shown}… (${text.length.toLocaleString('en-GB')} characters)` : shown;
}

/** A value as it is quoted in a message: text in quotes, anything else as JSON (never a crash). */
export function shown(value: unknown): string {
  if (typeof value === 'string') return `"${visible(value)}"`;
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  return visible(json ?? Object.prototype.toString.call(value));
}

/** A Markdown table cell: visible, and every character Markdown or HTML
 * would read as markup inside a cell escaped (emphasis, code, links, HTML, entities, the cell bar). */
export function markdownCell(value: unknown): string {
  return visible(String(value ?? '')).replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}
