/**
 * Dates on the command line. Dates typed as options (--as-of, --from, --to) are always read as ISO
 * `YYYY-MM-DD`, and also in the layout of --date-format when one is given; dates in the file are read
 * in that layout. Dates written out follow --date-format when it is given (JSON stays ISO, like the API).
 */
import { DateTime } from 'luxon';
import { parseDate } from '../day/parse.js';

export const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function dateArg(text: string, field: string, format: string | boolean | undefined): string {
  if (ISO.test(text.trim()) || typeof format !== 'string') return parseDate(text, { field });
  return parseDate(text, { field, format });
}

/** How an ISO date is written in text, Markdown and CSV output. */
export type DateOut = (iso: string) => string;

export function dateOut(format: string | boolean | undefined): DateOut {
  if (typeof format !== 'string') return (iso) => iso;
  return (iso) => (ISO.test(iso) ? DateTime.fromISO(iso, { zone: 'utc' }).toFormat(format) : iso);
}
