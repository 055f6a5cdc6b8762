import { addWorkingDays } from '../../calendar/functions.js';
import { formatLong } from '../../day/arithmetic.js';
import { expectPositionals, integerArg, oneOf, parse } from '../args.js';
import { dateArg, DATE_FORMAT_OPTION } from '../dates.js';
import type { Io } from '../io.js';

export const usage = 'send-timescales add-working-days <date> <n> [--counting after|beginning-with] [--date-format dd/MM/yyyy] [--json]';
export const summary = 'The n-th working day after a date (England and Wales).';

export function run(argv: string[], io: Io): number {
  const parsed = parse(argv, { counting: { type: 'string' }, json: { type: 'boolean' }, ...DATE_FORMAT_OPTION }, usage);
  const [dateText, nText] = expectPositionals(parsed, ['date', 'n'], usage);
  const counting = oneOf(parsed.values.counting, ['after', 'beginning-with'] as const, 'counting', 'after');
  const date = dateArg(dateText!, 'date', parsed.values['date-format']);
  const n = integerArg(nText!, 'n');
  const result = addWorkingDays(date, n, { counting });
  if (parsed.values.json) io.out(JSON.stringify({ date, n, counting, result }) + '\n');
  else io.out(`${result}  (${formatLong(result)}: ${n} working day(s) ${counting === 'after' ? 'after' : 'beginning with'} ${formatLong(date)})\n`);
  return 0;
}
