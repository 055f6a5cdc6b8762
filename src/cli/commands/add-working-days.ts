import { addWorkingDays } from '../../calendar/functions.js';
import { formatLong } from '../../day/arithmetic.js';
import { expectPositionals, integerArg, oneOf, parse } from '../args.js';
import { dateArg, dateOut } from '../dates.js';
import { DATE_FORMAT, type CommandSpec } from '../help.js';
import type { Io } from '../io.js';

export const spec: CommandSpec = {
  name: 'add-working-days',
  args: '<date> <n>',
  summary: 'The n-th working day after a date (England and Wales bank holidays and weekends skipped); n may be negative.',
  options: [
    { name: 'counting', type: 'string', value: 'after|beginning-with', text: 'after (default): the n-th working day after the date; beginning-with: the date itself is day 1 when it is a working day.' },
    DATE_FORMAT,
    { name: 'json', type: 'boolean', text: 'Write { date, n, counting, result } as JSON.' },
  ],
  example: 'send-timescales add-working-days 2025-04-17 1',
};

export function run(argv: string[], io: Io): number {
  const parsed = parse(argv, spec);
  const [dateText, nText] = expectPositionals(parsed, ['date', 'n'], spec);
  const counting = oneOf(parsed.values.counting, ['after', 'beginning-with'] as const, 'counting', 'after');
  const date = dateArg(dateText!, 'date', parsed.values['date-format']);
  const n = integerArg(nText!, 'n');
  const result = addWorkingDays(date, n, { counting });
  const d = dateOut(parsed.values['date-format']);
  if (parsed.values.json) io.out(JSON.stringify({ date, n, counting, result }) + '\n');
  else io.out(`${d(result)}  (${formatLong(result)}: ${n} working day(s) ${counting === 'after' ? 'after' : 'beginning with'} ${formatLong(date)})\n`);
  return 0;
}
