import { workingDaysBetween } from '../../calendar/functions.js';
import { expectPositionals, parse } from '../args.js';
import { dateArg } from '../dates.js';
import { DATE_FORMAT, type CommandSpec } from '../help.js';
import type { Io } from '../io.js';

export const spec: CommandSpec = {
  name: 'working-days-between',
  args: '<start> <end>',
  summary: 'The number of working days d with start < d ≤ end (England and Wales); negative when end is before start.',
  options: [DATE_FORMAT, { name: 'json', type: 'boolean', text: 'Write { start, end, workingDays } as JSON.' }],
  example: 'send-timescales working-days-between 2025-01-01 2025-12-31',
};

export function run(argv: string[], io: Io): number {
  const parsed = parse(argv, spec);
  const [s, e] = expectPositionals(parsed, ['start', 'end'], spec);
  const start = dateArg(s!, 'start', parsed.values['date-format']);
  const end = dateArg(e!, 'end', parsed.values['date-format']);
  const days = workingDaysBetween(start, end);
  if (parsed.values.json) io.out(JSON.stringify({ start, end, workingDays: days }) + '\n');
  else io.out(`${days}\n`);
  return 0;
}
