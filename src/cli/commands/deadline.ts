import { deadline } from '../../engine/deadline.js';
import { explain } from '../../engine/explain.js';
import { deadlineToIcs } from '../../report/ics.js';
import { formatLong } from '../../day/arithmetic.js';
import { getProfile, getRule } from '../../law/index.js';
import { localOptions } from '../local-options.js';
import type { ExceptionCode } from '../../law/types.js';
import { oneOf, parse, usageError } from '../args.js';
import { dateArg, dateOut } from '../dates.js';
import { DATE_FORMAT, PROFILE, TERMS, type CommandSpec } from '../help.js';
import { EXIT_INPUT_ERRORS, type Io } from '../io.js';
import { visible } from '../visible.js';

export const spec: CommandSpec = {
  name: 'deadline',
  args: '<rule-id> <date | field=date ...>',
  summary: 'The due date of one rule from its trigger, with its citation and (with --explain) every step of the arithmetic. A rule with several trigger dates takes them as field=date (e.g. move=2025-03-24 aware=2025-03-17); send-timescales rules lists the rule ids.',
  options: [
    { name: 'explain', type: 'boolean', text: 'Show every step of the arithmetic, with the days skipped and why.' },
    { name: 'json', type: 'boolean', text: 'Write the API\'s Deadline object as JSON (the same as --format json).' },
    { name: 'format', type: 'string', value: 'text|json|ics', text: 'How the deadline is written (default text). ics: an iCalendar file holding one all-day event on the due day, for Outlook, Google Calendar and other calendars.' },
    { name: 'case', type: 'string', value: 'ID', text: 'With --format ics: the case the deadline belongs to, named in the event\'s title and part of its UID.' },
    { name: 'notice', type: 'string', value: 'strict|permissive', text: 'How "at least N weeks before" notice is read: strict (default) counts whole weeks clear of both days; permissive allows the same weekday.' },
    { name: 'fixed-date', type: 'string', value: 'before|on-or-before', text: 'How "before 15 February" is read: before (default, the day before) or on-or-before.' },
    { name: 'exception', type: 'string', value: 'CODE', text: 'An exception that applies (e.g. personal-circumstances, school-closure): the limit it lifts is reported as lifted.' },
    { name: 'coronavirus', type: 'boolean', text: 'Apply the 2020 coronavirus relaxations where the trigger falls in their period.' },
    PROFILE,
    TERMS,
    DATE_FORMAT,
  ],
  notes: ['Calendar (--format ics): the event falls on the due day, is titled with the rule (after the case id given with --case), and is described with the citation, the legislation link, the wording and how the date was worked out. Its UID is made of the case id (without --case, the trigger), the rule and the due date, so importing the file again updates the event rather than adding it twice. A deadline with no date (an exception lifted it, or it does not apply) makes no event: the command says why and exits 1. See docs/calendar-export.md.'],
  example: 'send-timescales deadline final-plan 2025-01-06 --explain   (or --format ics --case C004 > C004-final-plan.ics)',
};

type Format = 'text' | 'json' | 'ics';

/** --format, with --json as its older spelling; the two must agree. */
function formatOf(values: Readonly<Record<string, string | boolean | undefined>>): Format {
  const format = oneOf(values.format, ['text', 'json', 'ics'] as const, 'format', values.json ? 'json' : 'text');
  if (values.json && format !== 'json') throw usageError(`--json and --format ${format} ask for two formats: give one.`, spec);
  return format;
}

export function run(argv: string[], io: Io): number {
  const parsed = parse(argv, spec);
  const output = formatOf(parsed.values);
  const caseId = typeof parsed.values.case === 'string' ? parsed.values.case : undefined;
  if (caseId !== undefined && output !== 'ics') throw usageError('--case names the case of a calendar event: give it with --format ics.', spec);
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
  if (output === 'ics') {
    if (result.due === null) {
      // Nothing to put in a calendar: say why rather than write an empty one.
      io.err(`No calendar event: ${result.ruleId} has no due date (${`${result.status ?? ''} ${result.reason ?? ''}`.replace(/\s+/g, ' ').trim()}).\n`);
      return EXIT_INPUT_ERRORS;
    }
    for (const w of result.warnings) io.err(`Warning: ${w}\n`);
    io.out(deadlineToIcs(result, caseId === undefined ? {} : { caseId }));
  } else if (output === 'json') {
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
