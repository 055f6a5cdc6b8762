import { workingDaysBetween } from '../../calendar/functions.js';
import { expectPositionals, parse } from '../args.js';
import { dateArg, DATE_FORMAT_OPTION } from '../dates.js';
import type { Io } from '../io.js';

export const usage = 'send-timescales working-days-between <start> <end> [--date-format dd/MM/yyyy] [--json]';
export const summary = 'Working days d with start < d ≤ end (England and Wales).';

export function run(argv: string[], io: Io): number {
  const parsed = parse(argv, { json: { type: 'boolean' }, ...DATE_FORMAT_OPTION }, usage);
  const [s, e] = expectPositionals(parsed, ['start', 'end'], usage);
  const start = dateArg(s!, 'start', parsed.values['date-format']);
  const end = dateArg(e!, 'end', parsed.values['date-format']);
  const days = workingDaysBetween(start, end);
  if (parsed.values.json) io.out(JSON.stringify({ start, end, workingDays: days }) + '\n');
  else io.out(`${days}\n`);
  return 0;
}
