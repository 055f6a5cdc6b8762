/** --profile and --terms: a council's local standards and a school term calendar, read from the command line. */
import { readFileSync } from 'node:fs';
import { termCalendarFromCsv, type TermCalendar } from '../calendar/terms.js';
import { createTermCalendar } from '../schema/create-term-calendar.js';
import type { Profile } from '../law/profiles/index.js';
import { defineProfile } from '../schema/define-profile.js';
import { UsageError } from './io.js';

export const LOCAL_OPTIONS = { profile: { type: 'string' }, terms: { type: 'string' } } as const;

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`Could not read the ${what} file ${path}: ${(e as Error).message}`);
  }
}

/** A built-in profile's name, or a JSON file of one's own (checked by defineProfile). */
export function profileArg(value: string | boolean | undefined): string | Profile | undefined {
  if (typeof value !== 'string') return undefined;
  if (!value.toLowerCase().endsWith('.json')) return value;
  let data: unknown;
  try {
    data = JSON.parse(readText(value, 'profile'));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`The profile file ${value} is not valid JSON: ${(e as Error).message}`);
  }
  return defineProfile(data);
}

/** A term calendar file: JSON (docs/terms.md) or CSV (term,start,end,half_term_start,half_term_end). */
export function termsArg(value: string | boolean | undefined): TermCalendar | undefined {
  if (typeof value !== 'string') return undefined;
  const text = readText(value, 'term calendar');
  if (value.toLowerCase().endsWith('.csv')) return createTermCalendar(termCalendarFromCsv(text, { name: value, source: `file ${value}` }));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`The term calendar ${value} is not valid JSON: ${(e as Error).message}`);
  }
  return createTermCalendar(data as Parameters<typeof createTermCalendar>[0]);
}

/** The options object for the engine. */
export function localOptions(values: Record<string, string | boolean | undefined>): { profile?: string | Profile; terms?: TermCalendar } {
  const profile = profileArg(values.profile);
  const terms = termsArg(values.terms);
  return { ...(profile !== undefined ? { profile } : {}), ...(terms !== undefined ? { terms } : {}) };
}
