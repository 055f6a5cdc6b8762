/**
 * docs/cases.md, generated from the event-type table and the case rules: what each event records
 * and how each rule of a timeline is triggered and completed. Nothing here is written twice.
 */
import { SendTimescalesError, show } from '../errors.js';
import { expectList, isRecord } from '../guard.js';
import { EVENT_TYPES } from '../schema/case.js';
import type { CaseRule } from '../engine/case-rules.js';

/**
 * The case reference in Markdown.
 * @example
 * casesMarkdown(statutoryCaseRules).startsWith('# Cases: event types and case rules') // true
 */
export function casesMarkdown(caseRules: readonly CaseRule[]): string {
  const list = expectList<CaseRule>(caseRules, 'caseRules', 'case rules (e.g. statutoryCaseRules)');
  list.forEach((rule, i) => {
    if (!isRecord(rule) || !Array.isArray(rule.ruleIds) || typeof rule.description !== 'string') {
      throw new SendTimescalesError('INVALID_ARGUMENT', `caseRules[${i}]`, rule, `caseRules[${i}] must be a case rule (made by onEvent or profileCaseRule), but ${show(rule)} was given.`);
    }
  });
  const out = [
    '# Cases: event types and case rules',
    '',
    'Generated from `EVENT_TYPES` (src/schema/case.ts) and `statutoryCaseRules` (src/engine/case-rules.ts) by `npm run docs:rules`; do not edit by hand.',
    '',
    'A case record is `{ id, dateOfBirth?, yearGroupOffset?, transferStages?, year12Destination?, twentyWeekExceptionRecorded?, events: [{ type, date, … }] }`;',
    'in CSV, one row per event with the columns `case_id,event,date` and, where needed, `date_of_birth, aware, decision, code, until, body, order, year_group_offset, transfer_stages, year12_destination, note`.',
    'The order of events carries no meaning: they are taken in date order.',
    '',
    '`twentyWeekExceptionRecorded: true` says the authority recorded that an exception to the 20-week limit (reg 13(3)) applied without saying which or when, as the SEN2 return\'s `Week20` flag does (docs/sen2.md). It lifts no deadline (no exception event can be made from it); the audit counts the plan as "exception recorded" (`twentyWeeks.including.exceptionRecorded`) and leaves it out of `twentyWeeks.excludingExceptions`, as the return does. Where the exception and its dates are known, record an `exception` event instead.',
    '',
    '## Event types',
    '',
    '| type | what it records |',
    '|---|---|',
    ...Object.entries(EVENT_TYPES).map(([type, text]) => `| \`${type}\` | ${text.replace(/\|/g, '\\|')} |`),
    '',
    '## Case rules (the statutory rule set)',
    '',
    '| rule ids | how the case\'s events trigger and complete it |',
    '|---|---|',
    ...caseRules.map((r) => `| ${r.ruleIds.map((id) => `\`${id}\``).join(', ')} | ${r.description.replace(/\|/g, '\\|')} |`),
    '',
  ];
  return out.join('\n');
}
