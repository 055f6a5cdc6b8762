/**
 * The library's words in a sheet's words. The library speaks to programmers and to the command
 * line (`{ profile: 'dorset' }`, `fixedDate`, `--date-format`, `send-timescales rules`); a cell
 * must speak to the person at the spreadsheet: the function's arguments, the options text of
 * `options.ts` and the other functions. Every text that reaches a cell (an error line, the reason
 * for no date, an explanation) passes through here.
 */
import { SendTimescalesError, show } from '../errors.js';
import { getRule, localRules, profiles, ruleIds } from '../law/index.js';

/** Phrases of the library's texts and what a sheet says instead. */
const PHRASES: readonly (readonly [RegExp, string])[] = [
  // The reason when a rule counts school days or needs the end of a term.
  [/needs a school term calendar \(option terms\)[:;] without one the library does not guess term dates\./g,
    "needs the school's term dates, which the spreadsheet functions do not take: no date is given rather than a guess."],
  // The reason when a rule counts hours from a moment.
  [/give the trigger as a date and time \(YYYY-MM-DDTHH:mm, Europe\/London, e\.g\. [^)]*\)\. A date alone/g,
    'the spreadsheet functions take a date without a time of day. A date alone'],
  [/\(pass coronavirus: true when the case records such a reason\)/g, '(add coronavirus=yes to the options when the case records such a reason)'],
  [/The coronavirus option has no effect/g, 'coronavirus=yes has no effect'],
  [/\(Option fixedDate: "on-or-before" gives/g, '(The option fixed-date=on-or-before gives'],
  [/\(option fixedDate: "on-or-before", /g, '(option fixed-date=on-or-before, '],
  [/whatever the fixedDate option says/g, 'whatever the option fixed-date says'],
  [/The fixedDate option reads only/g, 'The option fixed-date reads only'],
  [/\(option notice: "permissive"\)/g, '(option notice=permissive)'],
];

/** A library text (a message, a reason, an explanation) in a sheet's words. */
export function sheetWords(text: string): string {
  let out = text;
  for (const [pattern, replacement] of PHRASES) out = out.replace(pattern, replacement);
  return out;
}

/** A library error with its message in a sheet's words (the same code, field and value). */
export function inSheetWords(error: unknown): unknown {
  if (!(error instanceof SendTimescalesError)) return error;
  const message = sheetWords(error.message);
  return message === error.message ? error : new SendTimescalesError(error.code, error.field, error.value, message);
}

let byLowerCase: Map<string, string> | undefined;

/** Every rule id a sheet can name (statutory and the built-in profiles'), by its lower case. */
function idsByLowerCase(): Map<string, string> {
  if (!byLowerCase) {
    byLowerCase = new Map();
    for (const id of [...ruleIds(), ...localRules.map((r) => r.id)]) byLowerCase.set(id.toLowerCase(), id);
  }
  return byLowerCase;
}

/**
 * The rule id a sheet means, whatever its case (`Final-Plan` is `final-plan`). An unknown id is an
 * UNKNOWN_RULE that shows the text as the user typed it and points to `=SEND_RULES()`. With
 * `profile` (a profile name), a local rule must be that profile's; without it, a local rule id
 * says which options argument reaches it.
 */
export function resolveRuleId(text: unknown, profile?: string, { local = 'needs-profile' }: { local?: 'needs-profile' | 'any' } = {}): string {
  if (typeof text !== 'string') {
    throw new SendTimescalesError('UNKNOWN_RULE', 'rule_id', text, `The rule id must be text such as "final-plan", not ${show(text)}. =SEND_RULES() lists them.`);
  }
  const typed = text.trim();
  const id = idsByLowerCase().get(typed.toLowerCase());
  if (id === undefined) {
    throw new SendTimescalesError('UNKNOWN_RULE', 'rule_id', text, `no rule ${show(typed)}. =SEND_RULES() lists them.`);
  }
  const rule = getRule(id);
  if (rule.force === 'local' && local === 'needs-profile' && rule.profile !== profile) {
    const owner = profiles.find((p) => p.name === rule.profile);
    const council = owner ? `${owner.council}'s` : `the "${rule.profile}"`;
    throw new SendTimescalesError(
      'UNKNOWN_RULE', 'rule_id', text,
      `${show(typed)} is a local standard of ${council} profile, not a statutory rule: give "profile=${rule.profile}" as the options (the last argument). =SEND_RULES("profile=${rule.profile}") lists its rules.`,
    );
  }
  return id;
}
