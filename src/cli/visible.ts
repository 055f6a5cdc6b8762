/**
 * Values from a user's file shown on a terminal or in a Markdown table. A cell can hold a newline
 * (forging a line of the report) or an escape sequence (clearing the screen): every control and
 * bidirectional-formatting character is shown as a visible escape, and long values are cut.
 */

// The escaping itself lives with the readers, which quote file values in their messages too.
import { SHOW_LIMIT, visible } from '../readers/caseload/visible.js';

export { SHOW_LIMIT, visible };

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
