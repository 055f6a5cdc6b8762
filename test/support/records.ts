/** Shared by the tests of the rule records themselves: real ISO dates and the regulations' text. */
import { readFileSync } from 'node:fs';
import { sendRegulationsFile } from './fixtures.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a text is a real calendar date written YYYY-MM-DD (checked with UTC, never local time). */
export function isRealIsoDate(date: string): boolean {
  if (!ISO.test(date)) return false;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * The revised SEND Regulations 2014 (test/fixtures/legislation/send-regs-2014.md) as one line of
 * text: list markers dropped and paragraphs joined with single spaces, as the records join them.
 */
export function regulationsText(): string {
  return readFileSync(sendRegulationsFile, 'utf8')
    .split('\n')
    .map((l) => (l.startsWith('- ') ? l.slice(2) : l))
    .filter((l) => l.trim() !== '')
    .join(' ');
}

/** A record's wording cut into the runs between two paragraph numbers ("(2)", "(b)", "(iii)"). */
export function wordingRuns(wording: string): string[] {
  return wording.split(/ (?=\((?:\d+[A-Z]?|[a-z]|[ivx]+)\) )/);
}
