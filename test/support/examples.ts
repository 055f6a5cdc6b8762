/** The example files under examples/, read as the tests use them. */
import { readFileSync } from 'node:fs';
import { createTermCalendar, type TermCalendar } from '../../src/index.js';

/** The example school term calendar (examples/terms-example.json): summer 2025 ends Wed 23 Jul, school re-opens Wed 3 Sep. */
export function exampleTerms(): TermCalendar {
  return createTermCalendar(JSON.parse(readFileSync(new URL('../../examples/terms-example.json', import.meta.url), 'utf8')));
}
