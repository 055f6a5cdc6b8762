import { deadline } from '../../engine/deadline.js';
import { explain } from '../../engine/explain.js';
import { formatLong } from '../../day/arithmetic.js';
import { getProfile, getRule } from '../../law/index.js';
import { localOptions } from '../local-options.js';
import type { ExceptionCode } from '../../law/types.js';
import { oneOf, parse, usageError } from '../args.js';
import { dateArg, dateOut } from '../dates.js';
import { DATE_FORMAT, PROFILE, TERMS, type CommandSpec } from '../help.js';
import type { Io } from '../io.js';
import { visible } from '../visible.js';

export const spec: CommandSpec = {
  name: 'deadline',
  args: '<rule-id> <date | field=date ...>',
  summary: 'The due date of one rule from its trigger, with its citation and (with --explain) every step of the arithmetic. A rule with several trigger dates takes them as field=date (e.g. move=2025-03-24 aware=2025-03-17); send-timescales rules lists the rule ids.',
  options: [
    { name: 'explain', type: 'boolean', text: 'Show every step of the arithmetic, with the days skipped and why.' },
    { name: 'json', type: 'boolean', text: 'Write the API\'s Deadline object as JSON.' },
    { name: 'notice', type: 'string', value: 'strict|permissive', text: 'How "at least N weeks before" notice is read: strict (default) counts whole weeks clear of both days; permissive allows the same weekday.' },
    { name: 'fixed-date', type: 'string', value: 'before|on-or-before', text: 'How "before 15 February" is read: before (default, the day before) or on-or-before.' },
    { name: 'exception', type: 'string', value: 'CODE', text: 'An exception that applies (e.g. personal-circumstances, school-closure): the limit it lifts is reported as lifted.' },
    { name: 'coronavirus', type: 'boolean', text: 'Apply the 2020 coronavirus relaxations where the trigger falls in their period.' },
    PROFILE,
    TERMS,
    DATE_FORMAT,
  ],
  example: 'send-timescales deadline final-plan 2025-01-06 --explain',
};

export function run(argv: string[], io: Io): number {
  const parsed = parse(argv, spec);
  const [ruleId, ...dates] = parsed.positionals;
  if (ruleId === undefined || dates.length === 0) throw usageError('Give a rule id and a date.', spec);
  const format = parsed.values['date-format'];
  const local = localOptions(parsed.values);
  const profile = local.profile === undefined ? undefined : typeof local.profile === 'string' ? getProfile(local.profile) : local.profile;
  const rule = profile?.rules.find((r) => r.id === ruleId) ?? getRule(ruleId);
  let trigger: string | Record<string, string>;
  // The rule's trigger shape says what each argument is: a date, a moment (a date and time) or a rule id.
  const kindOf = (name: string) => rule.triggerShape.fields.find((f) => f.name === name)?.kind;
  if (rule.triggerShape.given === 'value') {
    if (dates.length !== 1) throw usageError(`${visible(ruleId)} takes one date.`, spec);
    // A moment is a date and time (YYYY-MM-DDTHH:mm, Europe/London); a date alone is read as the date.
    trigger = rule.triggerShape.fields[0]?.kind === 'instant' && dates[0]!.includes('T') ? dates[0]! : dateArg(dates[0]!, 'trigger', format);
  } else {
    trigger = {};
    for (const pair of dates) {
      const m = /^([A-Za-z]+)=(.+)$/.exec(pair);
      if (!m) throw usageError(`${visible(ruleId)} takes named dates: ${rule.triggerShape.fields.map((f) => `${f.name}=${f.kind === 'rule-id' ? 'RULE-ID' : 'YYYY-MM-DD'}`).join(' ')}.`, spec);
      trigger[m[1]!] = kindOf(m[1]!) === 'rule-id' ? m[2]! : dateArg(m[2]!, `trigger.${m[1]!}`, format);
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
    const when = result.due ? `${dateOut(format)(result.due)}  (${formatLong(result.due)})` : `no date: ${result.status ?? ''} ${result.reason ?? ''}`.replace(/\s+/g, ' ');
    io.out(`${when}\n${result.title}: ${result.citation.provision}, ${result.citation.instrument}\n`);
    if (result.statutory) io.out(`Statutory counterpart ${result.statutory.ruleId}: ${result.statutory.due ?? 'no date'}\n`);
    for (const w of result.warnings) io.out(`Warning: ${w}\n`);
  }
  return 0;
}
