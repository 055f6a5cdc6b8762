/**
 * The input schemas of a case: zod schemas other systems can use to validate their payloads
 * before sending them, and the types they describe. Event types are named after the law.
 */
import * as z from 'zod';
import { isoToDayOrNaN } from '../day/iso.js';
import { DECISIONS, EXCEPTION_CODES, TRANSFER_STAGE_NAMES, TRIBUNAL_ORDER_ID, YEAR12_DESTINATIONS } from './vocabulary.js';

/**
 * Every event type, with what it records. The names are public API, like rule ids: map the events
 * of your case management system to these.
 * @example
 * ```ts
 * EVENT_TYPES['final-plan-issued'] // 'The finalised EHC plan was sent (reg 13(2)).'
 * Object.keys(EVENT_TYPES).length   // 33
 * ```
 */
export const EVENT_TYPES = {
  'request-received': 'A request for an EHC needs assessment was received (CFA 2014 s36(1)), or the authority became responsible for the child (s24).',
  'assessment-decision-notified': 'The authority notified its decision whether to carry out an EHC needs assessment (reg 5(1)); `decision`: assess (default) or not-assess.',
  'advice-requested': 'The authority asked a body for advice and information for the assessment (reg 8(1)); `body` names it.',
  'advice-received': 'A body sent its advice (reg 8(1)); `body` names it.',
  'draft-plan-served': 'The draft EHC plan was served on the parent or young person (reg 13(1)).',
  'final-plan-issued': 'The finalised EHC plan was sent (reg 13(2)).',
  'decision-not-to-issue': 'The authority notified its decision not to secure an EHC plan after the assessment (reg 10(1)).',
  'review-notice-sent': 'Notice of the date of a review meeting was given (reg 20(3) / 21(3)).',
  'review-advice-circulated': 'Advice and information was circulated before a review meeting (reg 20(4) / 21(4)).',
  'review-meeting': 'A review meeting was held (reg 20(1) / 21).',
  'review-report-sent': 'The written report of a review was sent (reg 20(9) / 21(7)).',
  'review-decision-notified': 'The authority notified its decision after a review (reg 20(10) / 21(9)); `decision`: continue, amend or cease.',
  'amendment-notice-sent': 'The authority sent a copy of the plan and notice of proposed amendments (reg 22(2)).',
  'amended-plan-issued': 'The amended plan was issued (reg 22(3)).',
  'decision-not-to-amend': 'The authority notified its decision not to amend the plan (reg 22(4)).',
  'reassessment-requested': 'A request for a re-assessment was received (reg 24, 25).',
  'reassessment-decision-notified': 'The authority notified whether it will re-assess (reg 25(1)); `decision`: reassess (default) or not-reassess.',
  'reassessment-plan-issued': 'The finalised plan was sent after a re-assessment (reg 27(2), 27(4)).',
  'moved-la': 'The child or young person moved to another authority\'s area on `date`; `aware` is the day the old authority became aware of the move (reg 15(2)).',
  'plan-transferred': 'The old authority transferred the plan to the new authority ("the transfer", reg 15(2)).',
  'transfer-notice-sent': 'The new authority told the parent or young person that the plan has been transferred (reg 15(4)).',
  'decision-notice-sent': 'Written notice of an appealable decision was sent (starts the appeal period, HESC r20).',
  'mediation-requested': 'The authority was told the parent or young person wishes to pursue mediation (reg 36(2)).',
  'mediation-held': 'A mediation concluded (reg 39(1)).',
  'mediation-declined': 'The mediation adviser was told the parent or young person does not wish to pursue mediation (reg 34(1)).',
  'mediation-certificate-issued': 'The mediation adviser issued the certificate (regs 34, 39).',
  'appeal-received': 'The authority received the application notice of an appeal (HESC r21).',
  'appeal-response-sent': 'The authority sent its response to the Tribunal (HESC r21).',
  'tribunal-order': 'The First-tier Tribunal made an order; `order` names the order rule (e.g. order-make-plan-final) (reg 44).',
  'order-complied': 'The authority complied with a Tribunal order; `order` names which.',
  'cease-decision': 'The authority notified a decision to cease to maintain the plan (CFA s45).',
  'plan-ceased': 'The authority ceased to maintain the plan.',
  exception: 'A circumstance that lifts time limits (docs/law/conventions.md): `code`, from `date` to `until` (inclusive; one day if absent).',
} as const;

/**
 * The name of an event type: one of the keys of {@link EVENT_TYPES}, such as `'request-received'`
 * or `'final-plan-issued'`.
 * @example
 * ```ts
 * const type: EventType = 'final-plan-issued';
 * ```
 */
export type EventType = keyof typeof EVENT_TYPES;
/**
 * Every event type name, in the order of {@link EVENT_TYPES}: for a drop-down list, or to check a
 * value from your own system before sending it.
 * @example
 * ```ts
 * eventTypes[0]                                      // 'request-received'
 * eventTypes.length                                  // 33
 * eventTypes.includes('review-meeting' as EventType) // true
 * ```
 */
export const eventTypes = Object.keys(EVENT_TYPES) as EventType[];

/**
 * A zod schema for a civil date `YYYY-MM-DD` that exists in the calendar: use it for date fields in
 * your own payloads.
 * @example
 * ```ts
 * isoDateSchema.safeParse('2025-01-06').success // true
 * isoDateSchema.safeParse('2025-02-30').success // false: 'must be a real date in the form YYYY-MM-DD'
 * ```
 */
export const isoDateSchema = z
  .string()
  .refine((text) => !Number.isNaN(isoToDayOrNaN(text)), { message: 'must be a real date in the form YYYY-MM-DD' })
  // What the JSON Schema files say of a date (a refinement has no JSON Schema form): "date" is
  // RFC 3339's full-date, which is this layout; the pattern holds where formats are not checked.
  .meta({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

/**
 * The zod schema of one event of a case: its `type` and `date`, plus the fields some types need
 * (`aware` for a move, `code` for an exception, `order` for a tribunal order); unknown fields are
 * rejected. Use it to check an event before you send it.
 * @example
 * ```ts
 * eventSchema.safeParse({ type: 'request-received', date: '2025-01-06' }).success // true
 * eventSchema.safeParse({ type: 'moved-la', date: '2025-03-03' }).success         // false: a move needs `aware`
 * eventSchema.safeParse({ type: 'moved-la', date: '2025-03-03', aware: '2025-03-10' }).success // true
 * ```
 */
export const eventSchema = z
  .object({
    type: z.enum(eventTypes as [EventType, ...EventType[]]),
    date: isoDateSchema,
    aware: isoDateSchema.optional(),
    decision: z.enum(DECISIONS).optional(),
    body: z.string().min(1).optional(),
    order: z.string().regex(TRIBUNAL_ORDER_ID, { message: 'must name a tribunal order rule, e.g. order-make-plan-final' }).optional(),
    code: z.enum(EXCEPTION_CODES).optional(),
    until: isoDateSchema.optional(),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.type === 'moved-la' && e.aware === undefined) {
      ctx.addIssue({ code: 'custom', path: ['aware'], message: 'a move needs the date the old authority became aware of it' });
    }
    if (e.type === 'exception' && e.code === undefined) ctx.addIssue({ code: 'custom', path: ['code'], message: 'an exception needs its code' });
    if ((e.type === 'tribunal-order' || e.type === 'order-complied') && e.order === undefined) {
      ctx.addIssue({ code: 'custom', path: ['order'], message: 'needs the order rule id, e.g. order-make-plan-final' });
    }
    if (e.until !== undefined && e.until < e.date) ctx.addIssue({ code: 'custom', path: ['until'], message: 'ends before it starts' });
  });

/**
 * The zod schema of a whole case: its `id`, the child's date of birth, year-group and transfer
 * settings, and its events. Use it to check a case before you send it; a numeric `id` comes out as
 * a string.
 * @example
 * ```ts
 * const result = caseSchema.safeParse({ id: 42, dateOfBirth: '2015-10-10', events: [{ type: 'request-received', date: '2025-01-06' }] });
 * result.success && result.data.id // '42'
 * caseSchema.safeParse({ id: 'C001', events: [{ type: 'plan-issued', date: '2025-05-27' }] }).success // false: not an event type
 * ```
 */
export const caseSchema = z
  .object({
    id: z.union([z.string().min(1), z.number()]).transform(String),
    dateOfBirth: isoDateSchema.optional(),
    /** Whole school years the child is taught out of their chronological year group (−1 = a year behind). */
    yearGroupOffset: z.number().int().min(-3).max(3).optional(),
    /** Transfer stages that apply (default Reception, Year 7, Year 12). */
    transferStages: z.array(z.enum(TRANSFER_STAGE_NAMES)).optional(),
    /** Where the child goes for Year 12: a post-16 institution (reg 18(1)(a)) or a school sixth form. */
    year12Destination: z.enum(YEAR12_DESTINATIONS).optional(),
    /**
     * The authority recorded that an exception to the 20-week limit (reg 13(3)) applied, without
     * saying which exception or when: the SEN2 return's `Week20` flag. No exception event can be
     * made from it; the audit reports the plan's 20-week result as "exception recorded" and leaves
     * it out of the count "excluding exceptions", as the return does.
     */
    twentyWeekExceptionRecorded: z.boolean().optional(),
    events: z.array(eventSchema),
  })
  .strict()
  .superRefine((c, ctx) => {
    // A child's history cannot begin before the child was born: such a date of birth is a typing
    // slip (a year out, day and month swapped), and ages and transfers read from it would be wrong.
    if (c.dateOfBirth === undefined || c.events.length === 0) return;
    const first = c.events.reduce((a, b) => (b.date < a.date ? b : a));
    if (c.dateOfBirth > first.date) {
      ctx.addIssue({
        code: 'custom', path: ['dateOfBirth'],
        message: `is after the case's first event (${first.type} on ${first.date}): a child's events cannot come before their birth`,
      });
    }
  });

/**
 * One event of a case as you send it (the input of {@link eventSchema}): what happened, on which
 * day, and any details that event type needs.
 * @example
 * ```ts
 * const move: CaseEvent = { type: 'moved-la', date: '2025-03-03', aware: '2025-03-10' };
 * ```
 */
export type CaseEvent = z.input<typeof eventSchema>;
/**
 * A case as you send it (the input of {@link caseSchema}), for example to {@link timeline},
 * {@link audit} or {@link validateCase}.
 * @example
 * ```ts
 * const record: CaseRecord = {
 *   id: 'C001',
 *   dateOfBirth: '2015-10-10',
 *   events: [
 *     { type: 'request-received', date: '2025-01-06' },
 *     { type: 'final-plan-issued', date: '2025-05-27' },
 *   ],
 * };
 * ```
 */
export type CaseRecord = z.input<typeof caseSchema>;
/**
 * A case after {@link caseSchema} has parsed it: the same fields, with `id` always a string.
 * @example
 * ```ts
 * const valid: ValidCase = caseSchema.parse({ id: 42, events: [] }); // { id: '42', events: [] }
 * ```
 */
export type ValidCase = z.output<typeof caseSchema>;
