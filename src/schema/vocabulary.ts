/**
 * The closed vocabularies of the inputs: each list defined once, read by the zod schemas, the
 * fast case validator, the JSON Schema files and the messages that list the allowed values.
 * Event types live with their descriptions in `EVENT_TYPES` (case.ts). The words of the law
 * (exception codes) come from the law's own records.
 */
import { exceptionCodes } from '../law/exceptions.js';
import type { Counting, Direction, ExceptionCode, Process, TriggerFieldKind, TriggerShape, Verification } from '../law/types.js';
import { PROCESS_TITLES } from '../law/rule-words.js';
import { TRANSFER_STAGES, type TransferStage } from '../law/age/transfer-stages.js';

/** A list zod's `z.enum` takes: at least one value. */
type NonEmpty<T> = readonly [T, ...T[]];

function nonEmpty<T>(list: readonly T[]): NonEmpty<T> {
  if (list.length === 0) throw new Error('A vocabulary cannot be empty.');
  return list as NonEmpty<T>;
}

/** Exception codes (law/README.md §1), in the law's order: `exception` events and the `exception` option. */
export const EXCEPTION_CODES: NonEmpty<ExceptionCode> = nonEmpty(exceptionCodes);

/** The rule id a `tribunal-order` or `order-complied` event names (`order-make-plan-final`, …). */
export const TRIBUNAL_ORDER_ID = /^order-[a-z-]+$/;

/** The `decision` of an `assessment-decision-notified`, `review-decision-notified` or `reassessment-decision-notified` event. */
export const DECISIONS = ['assess', 'not-assess', 'continue', 'amend', 'cease', 'reassess', 'not-reassess'] as const;

/** Transfers between phases (reg 2(1), reg 18), in school order: the law's list. */
export const TRANSFER_STAGE_NAMES: NonEmpty<TransferStage> = nonEmpty(TRANSFER_STAGES);

/** Where a young person goes for Year 12: a post-16 institution (reg 18(1)(a)) or a school sixth form. */
export const YEAR12_DESTINATIONS = ['post16-institution', 'school-sixth-form'] as const;

/** `fixedDate` of `deadline()`: how "before 15 February" (reg 18) is read. */
export const FIXED_DATE_READINGS = ['before', 'on-or-before'] as const;

/** `notice` of `deadline()`: how "at least … before" is read. */
export const NOTICE_READINGS = ['strict', 'permissive'] as const;

/** `reviewedOn` of `timeline()` and `audit()`: which event completes a review. */
export const REVIEWED_ON = ['meeting', 'decision'] as const;

/** `setting` of `planUpperAge()` (reg 46(1)(a), (b), (c)). */
export const PLAN_SETTINGS = ['further-education', 'apprenticeship', 'other'] as const;

/** How the trigger day is treated (a rule's `counting`). */
export const COUNTINGS = ['after', 'beginning-with'] as const;

/** A rule's `direction`: a latest date after the trigger, or at least a period before it. */
export const DIRECTIONS = ['within', 'at-least-before'] as const;

/** How sure a rule's wording is (a rule's `verification`). */
export const VERIFICATIONS = ['primary', 'secondary', 'unverified'] as const;

/** The units of a `span` period. */
export const PERIOD_UNITS = ['days', 'weeks', 'months', 'working-days', 'school-days', 'hours'] as const;

/** The kinds of a rule's `period`. */
export const PERIOD_KINDS = ['span', 'fixed-date', 'compound', 'none'] as const;

/** The processes a rule belongs to, in the order of the rule reference. */
export const PROCESSES: NonEmpty<Process> = nonEmpty(Object.keys(PROCESS_TITLES) as Process[]);

/** What a trigger field holds (a rule's `triggerShape.fields[].kind`). */
export const TRIGGER_FIELD_KINDS = ['date', 'instant', 'rule-id'] as const;

/** How a trigger is given (a rule's `triggerShape.given`): its one field's value, or an object of its fields. */
export const TRIGGER_GIVEN = ['value', 'object'] as const;

/** `which` of a profile's timeline mirror: beside every, the first, or the later deadlines of its counterpart. */
export const MIRROR_WHICH = ['all', 'first', 'later'] as const;

// Each list names every member of its type, and nothing else: a compile error here means the type
// and the list have drifted apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const complete: readonly true[] = [
  true satisfies Same<(typeof COUNTINGS)[number], Counting>,
  true satisfies Same<(typeof DIRECTIONS)[number], Direction>,
  true satisfies Same<(typeof VERIFICATIONS)[number], Verification>,
  true satisfies Same<(typeof TRIGGER_FIELD_KINDS)[number], TriggerFieldKind>,
  true satisfies Same<(typeof TRIGGER_GIVEN)[number], TriggerShape['given']>,
];
void complete;
