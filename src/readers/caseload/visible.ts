/**
 * Values from a user's file as they are quoted in a message. A cell can hold a newline (forging a
 * line of the report) or an escape sequence (clearing the screen): every control and
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
