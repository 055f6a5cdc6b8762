/** Test-only access to ../shared (the library itself never reads it). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const sharedDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared');

export interface GovUkEvent {
  title: string;
  date: string;
  notes: string;
}

export function govukBankHolidays(): GovUkEvent[] {
  const feed = JSON.parse(readFileSync(join(sharedDir, 'data', 'govuk-bank-holidays-england-and-wales.json'), 'utf8')) as {
    division: string;
    events: GovUkEvent[];
  };
  if (feed.division !== 'england-and-wales') throw new Error('unexpected feed division');
  return feed.events;
}
