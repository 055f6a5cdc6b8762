import { deadline } from '../../engine/deadline.js';
import { explain } from '../../engine/explain.js';
import { formatLong } from '../../day/arithmetic.js';
import { getProfile, getRule } from '../../law/index.js';
import { LOCAL_OPTIONS, localOptions } from '../local-options.js';
import type { ExceptionCode } from '../../law/types.js';
import { oneOf, parse } from '../args.js';
import { dateArg, DATE_FORMAT_OPTION } from '../dates.js';
import { UsageError, type Io } from '../io.js';

export const usage =
  'send-timescales deadline <rule-id> <date | field=date ...> [--explain] [--json] [--notice strict|permissive] ' +
  '[--fixed-date before|on-or-before] [--exception <code>] [--coronavirus] [--profile <name|file.json>] [--terms <file>] [--date-format dd/MM/yyyy]';
export const summary = 'The due date of one rule, with its citation and (with --explain) every step of the arithmetic.';

export function run(argv: string[], io: Io): number {
  const parsed = parse(
    argv,
    {
      explain: { type: 'boolean' },
      json: { type: 'boolean' },
      notice: { type: 'string' },
      'fixed-date': { type: 'string' },
      exception: { type: 'string' },
      coronavirus: { type: 'boolean' },
      ...LOCAL_OPTIONS,
      ...DATE_FORMAT_OPTION,
    },
    usage,
  );
  const [ruleId, ...dates] = parsed.positionals;
  if (ruleId === undefined || dates.length === 0) throw new UsageError(`Give a rule id and a date.\nUsage: ${usage}`);
  const format = parsed.values['date-format'];
  const local = localOptions(parsed.values);
  const profile = local.profile === undefined ? undefined : typeof local.profile === 'string' ? getProfile(local.profile) : local.profile;
  const rule = profile?.rules.find((r) => r.id === ruleId) ?? getRule(ruleId);
  let trigger: string | Record<string, string>;
  if (rule.triggerFields === 'date') {
    if (dates.length !== 1) throw new UsageError(`${ruleId} takes one date.\nUsage: ${usage}`);
    // A rule counted in hours takes a date and time (YYYY-MM-DDTHH:mm, Europe/London).
    trigger = rule.period.kind === 'span' && rule.period.unit === 'hours' && dates[0]!.includes('T') ? dates[0]! : dateArg(dates[0]!, 'date', format);
  } else {
    trigger = {};
    for (const pair of dates) {
      const m = /^([A-Za-z]+)=(.+)$/.exec(pair);
      if (!m) throw new UsageError(`${ruleId} takes named dates: ${rule.triggerFields.map((f) => `${f}=YYYY-MM-DD`).join(' ')}.`);
      trigger[m[1]!] = m[1] === 'order' ? m[2]! : dateArg(m[2]!, m[1]!, format);
    }
  }
  const result = deadline(ruleId, trigger, {
    notice: oneOf(parsed.values.notice, ['strict', 'permissive'] as const, 'notice', 'strict'),
    fixedDate: oneOf(parsed.values['fixed-date'], ['before', 'on-or-before'] as const, 'fixed-date', 'before'),
    ...(typeof parsed.values.exception === 'string' ? { exception: parsed.values.exception as ExceptionCode } : {}),
    coronavirus: parsed.values.coronavirus === true,
    ...local,
  });
  if (parsed.values.json) {
    io.out(JSON.stringify(result, null, 2) + '\n');
  } else if (parsed.values.explain) {
    io.out(explain(result) + '\n');
  } else {
    const when = result.due ? `${result.due}  (${formatLong(result.due)})` : `no date: ${result.status ?? ''} ${result.reason ?? ''}`.replace(/\s+/g, ' ');
    io.out(`${when}\n${result.title}: ${result.citation.provision}, ${result.citation.instrument}\n`);
    if (result.statutory) io.out(`Statutory counterpart ${result.statutory.ruleId}: ${result.statutory.due ?? 'no date'}\n`);
    for (const w of result.warnings) io.out(`Warning: ${w}\n`);
  }
  return 0;
}
