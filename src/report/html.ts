/**
 * Writing HTML as text, safely: every value from a user's file (case ids, file names, column
 * names, messages quoting a cell) goes through `text()` or `attr()`, so a case id `<script>` is
 * shown as those characters and never read as markup.
 */

/**
 * Characters a file can carry that would forge or hide what the reader sees: controls (a newline
 * inside a cell, an escape sequence) and bidirectional formatting. Shown as a visible `\u{…}`.
 */
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Any value as HTML text: markup characters escaped, hidden characters made visible.
 * @example
 * text('<script>alert(1)</script>') // '&lt;script&gt;alert(1)&lt;/script&gt;'
 */
export function text(value: unknown): string {
  const s = typeof value === 'string' ? value : value === undefined || value === null ? '' : typeof value === 'object' ? safeJson(value) : String(value);
  return s
    .replace(HIDDEN, (c) => `\\u{${c.codePointAt(0)!.toString(16).padStart(4, '0')}}`)
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A value for an attribute in double quotes (the same escaping: quotes included). */
export const attr = text;

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** A cell: its HTML, and whether it holds a number (right-aligned, as GOV.UK tables do). */
export interface Cell {
  readonly html: string;
  readonly numeric?: boolean;
}

/** A number (or a count) as a right-aligned cell. */
export const num = (n: number): Cell => ({ html: String(n), numeric: true });

/** A percentage to one decimal place as the audit gives it; a dash where nothing was decided. */
export const pctCell = (p: number | null): Cell => ({ html: p === null ? '—' : `${p.toFixed(1)}%`, numeric: true });

/** An element path (`Person[3]/Requests[1]/ReceivedDate`), or a message quoting one, escaped, with a line-break opportunity after each `/`. */
export const pathCell = (path: string): Cell => ({ html: text(path).replace(/\//g, '/<wbr>') });

/** Text from the library or from a user's file, escaped. */
export const str = (s: unknown): Cell => ({ html: text(s) });

/**
 * A GOV.UK table: a caption, a header row and rows of cells (each row may carry a `data-key`).
 * @example
 * htmlTable('By rule', ['rule', 'met'], [[str('final-plan'), num(3)]])
 */
export function htmlTable(caption: string, header: readonly (string | Cell)[], rows: readonly (readonly Cell[])[], keys?: readonly string[]): string {
  const headCell = (h: string | Cell) => {
    const c = typeof h === 'string' ? { html: text(h) } : h;
    return `<th scope="col" class="govuk-table__header${c.numeric ? ' govuk-table__header--numeric' : ''}">${c.html}</th>`;
  };
  const body = rows.map((r, i) => {
    const key = keys?.[i];
    const cells = r.map((c, j) => (j === 0
      ? `<th scope="row" class="govuk-table__header${c.numeric ? ' govuk-table__header--numeric' : ''}">${c.html}</th>`
      : `<td class="govuk-table__cell${c.numeric ? ' govuk-table__cell--numeric' : ''}">${c.html}</td>`)).join('');
    return `<tr class="govuk-table__row"${key !== undefined ? ` data-key="${attr(key)}"` : ''}>${cells}</tr>`;
  }).join('\n');
  // A table too wide for the page scrolls in its own box, which must then take focus so that a
  // keyboard user can scroll it (WCAG 2.1.1); the box is named by the table's caption.
  return `<div class="audit-table-wrap" tabindex="0" role="region" aria-label="${attr(caption)}"><table class="govuk-table">
<caption class="govuk-table__caption govuk-table__caption--m">${text(caption)}</caption>
<thead class="govuk-table__head"><tr class="govuk-table__row">${header.map(headCell).join('')}</tr></thead>
<tbody class="govuk-table__body">
${body}
</tbody>
</table></div>`;
}

/**
 * A GOV.UK summary list: key and value pairs (the values' HTML given, already escaped).
 * @example
 * summaryList([['As of', text('2026-11-01')]])
 */
export function summaryList(rows: readonly (readonly [string, string, string?])[]): string {
  return `<dl class="govuk-summary-list">
${rows.map(([key, value, dataKey]) => `<div class="govuk-summary-list__row"${dataKey !== undefined ? ` data-key="${attr(dataKey)}"` : ''}><dt class="govuk-summary-list__key">${text(key)}</dt><dd class="govuk-summary-list__value">${value}</dd></div>`).join('\n')}
</dl>`;
}
