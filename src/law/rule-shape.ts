/**
 * The check that an argument handed to a reference function is a rule record (of `rules`,
 * `getRule` or a profile), made once at the door: the generators read records, not guesses.
 */
import { SendTimescalesError, show } from '../errors.js';
import { isRecord } from '../guard.js';
import type { Rule } from './types.js';

function isRule(value: unknown): value is Rule {
  return isRecord(value) && typeof value.id === 'string' && typeof value.title === 'string'
    && isRecord(value.period) && typeof value.period.kind === 'string'
    && isRecord(value.citation) && isRecord(value.inForce) && typeof value.inForce.from === 'string'
    && typeof value.wording === 'string' && Array.isArray(value.exceptions) && Array.isArray(value.modifiedBy);
}

/** A rule record, or `INVALID_ARGUMENT` naming `field`. */
export function expectRule(value: unknown, field = 'rule'): Rule {
  if (!isRule(value)) {
    throw new SendTimescalesError('INVALID_ARGUMENT', field, value, `${field} must be a rule record (e.g. getRule("final-plan")), but ${show(value)} was given.`);
  }
  return value;
}

/** A list of rule records, or `INVALID_ARGUMENT` naming the first thing that is not one. */
export function expectRules(value: unknown, field = 'rules'): readonly Rule[] {
  if (!Array.isArray(value)) {
    throw new SendTimescalesError('INVALID_ARGUMENT', field, value, `${field} must be a list of rule records (e.g. the exported rules), but ${show(value)} was given.`);
  }
  value.forEach((rule, i) => expectRule(rule, `${field}[${i}]`));
  return value as readonly Rule[];
}
