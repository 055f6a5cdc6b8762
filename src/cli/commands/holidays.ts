import { englandAndWales } from '../../calendar/england-and-wales.js';
import type { BankHoliday } from '../../calendar/working-calendar.js';
import { formatLong } from '../../day/arithmetic.js';
import { expectPositionals, oneOf, parse, usageError } from '../args.js';
import { toCsv } from '../../report/csv.js';
import type { CommandSpec } from '../help.js';
import type { Io } from '../io.js';
import { visible } from '../visible.js';

export const spec: CommandSpec = {
  name: 'holidays',
  args: '<year | from..to>',
  summary: 'England and Wales bank holidays (and Good Friday, Christmas Day) of a year or a range of years; years not yet announced are projected and marked.',
  options: [
    { name: 'format', type: 'string', value: 'table|json|csv', text: 'How the list is written (default table).' },
    { name: 'json', type: 'boolean', text: 'The same as --format json.' },
  ],
  example: 'send-timescales holidays 2025..2027 --format csv',
};

function years(text: string): [number, number] {
  const m = /^(\d{4})(?:\.\.(\d{4}))?$/.exec(text);
  if (!m) throw usageError(`<year> must be a year such as 2025 or a range such as 2025..2030, not "${visible(text)}".`, spec);
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (to < from) throw usageError(`The range ${text} ends before it starts.`, spec);
  return [from, to];
}

export function run(argv: string[], io: Io): number {
  const parsed = parse(argv, spec);
  const [range] = expectPositionals(parsed, ['year'], spec);
  const format = parsed.values.json ? 'json' : oneOf(parsed.values.format, ['table', 'json', 'csv'] as const, 'format', 'table');
  const [from, to] = years(range!);
  const list: BankHoliday[] = [];
  for (let y = from; y <= to; y++) list.push(...englandAndWales.bankHolidays(y));
  if (format === 'json') {
    io.out(JSON.stringify(list, null, 2) + '\n');
  } else if (format === 'csv') {
    io.out(toCsv(['date', 'name', 'projected'], list.map((h) => [h.date, h.name, h.projected])));
  } else {
    for (const h of list) io.out(`${h.date}  ${formatLong(h.date).padEnd(28)}  ${h.name}${h.projected ? '  (projected)' : ''}\n`);
    if (list.some((h) => h.projected)) {
      io.out(`\nProjected: years after ${englandAndWales.lastAnnouncedYear} follow the standing rules; a proclamation may still change them.\n`);
    }
  }
  return 0;
}
