/** Test-only access to the official data copied into test/fixtures (see its README for sources). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export interface GovUkEvent {
  title: string;
  date: string;
  notes: string;
}

/** The gov.uk bank-holidays feed, England and Wales division (OGL v3.0). */
export function govukBankHolidays(): GovUkEvent[] {
  const feed = JSON.parse(readFileSync(join(fixturesDir, 'govuk-bank-holidays-england-and-wales.json'), 'utf8')) as {
    division: string;
    events: GovUkEvent[];
  };
  if (feed.division !== 'england-and-wales') throw new Error('unexpected feed division');
  return feed.events;
}

/** SI 2014/1530 as revised to 3 April 2018, verbatim (OGL v3.0). */
export const sendRegulationsFile = join(fixturesDir, 'legislation', 'send-regs-2014.md');

/** The dorset-… ids of the rule reference's §5. */
export function dorsetReferenceIds(): string[] {
  return (JSON.parse(readFileSync(join(fixturesDir, 'dorset-rule-ids.json'), 'utf8')) as { ids: string[] }).ids;
}
