import { readFile } from 'node:fs/promises';
import { timeline } from '../../engine/timeline.js';
import { expectPositionals, oneOf, parse } from '../args.js';
import { asOfArg } from '../as-of.js';
import { DATE_FORMAT_OPTION } from '../dates.js';
import { UsageError, type Io } from '../io.js';
import { timelineTable } from '../report.js';
import { LOCAL_OPTIONS, localOptions } from '../local-options.js';

export const usage = 'send-timescales timeline <case.json> [--as-of YYYY-MM-DD] [--reviewed-on meeting|decision] [--profile <name|file.json>] [--terms <file>] [--json]';
export const summary = 'Every deadline of one case, with what was met, late, due or overdue.';

export async function run(argv: string[], io: Io): Promise<number> {
  const parsed = parse(argv, { 'as-of': { type: 'string' }, 'reviewed-on': { type: 'string' }, json: { type: 'boolean' }, ...LOCAL_OPTIONS, ...DATE_FORMAT_OPTION }, usage);
  const [file] = expectPositionals(parsed, ['case.json'], usage);
  let record: unknown;
  try {
    record = JSON.parse(await readFile(file!, 'utf8'));
  } catch (e) {
    throw new UsageError(`Could not read ${file} as JSON: ${(e as Error).message}`);
  }
  const result = timeline(record, {
    asOf: asOfArg(parsed.values['as-of'], parsed.values['date-format']),
    reviewedOn: oneOf(parsed.values['reviewed-on'], ['meeting', 'decision'] as const, 'reviewed-on', 'meeting'),
    ...localOptions(parsed.values),
  });
  io.out(parsed.values.json ? JSON.stringify(result, null, 2) + '\n' : timelineTable(result));
  return 0;
}
