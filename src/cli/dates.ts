/** Dates typed on the command line: ISO, or the layout given with --date-format. */
import { parseDate } from '../day/parse.js';

export const DATE_FORMAT_OPTION = { 'date-format': { type: 'string' } } as const;

export function dateArg(text: string, field: string, format: string | boolean | undefined): string {
  return parseDate(text, { field, ...(typeof format === 'string' ? { format } : {}) });
}
