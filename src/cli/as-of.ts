import { toIsoDate } from '../day/instant.js';
import { dateArg } from './dates.js';

/** --as-of, or today in Europe/London (the command line is the one place that may read the clock). */
export function asOfArg(value: string | boolean | undefined, format: string | boolean | undefined): string {
  return typeof value === 'string' ? dateArg(value, 'asOf', format) : toIsoDate(new Date());
}
