/** fast-check arbitraries for case records: valid cases of any events, and records an audit must set aside. */
import fc from 'fast-check';
import { addDays, type CaseRecord } from '../../src/index.js';

/** The event types a generated case draws from (those that start or complete statutory deadlines). */
export const EVENT_TYPES_DRAWN = [
  'request-received', 'assessment-decision-notified', 'advice-requested', 'advice-received', 'draft-plan-served', 'final-plan-issued',
  'review-meeting', 'review-decision-notified', 'amendment-notice-sent', 'amended-plan-issued', 'reassessment-requested',
  'reassessment-decision-notified', 'reassessment-plan-issued', 'plan-transferred', 'mediation-requested', 'mediation-held',
  'appeal-received', 'appeal-response-sent',
] as const;

const date = fc.integer({ min: 0, max: 3600 }).map((n) => addDays('2016-01-04', n));
const event = fc.record({ type: fc.constantFrom(...EVENT_TYPES_DRAWN), date });

/** A valid case record: ids A–C, events from 4 Jan 2016 on, born (if at all) before the first possible event. */
export const caseArb: fc.Arbitrary<CaseRecord> = fc.record({
  id: fc.constantFrom('A', 'B', 'C'),
  // Born on or before the first possible event (2016-01-04): a birth after an event is refused.
  dateOfBirth: fc.option(fc.integer({ min: 0, max: 4020 }).map((n) => addDays('2005-01-01', n)), { nil: undefined }),
  events: fc.array(event, { minLength: 1, maxLength: 14 }),
}).map((c) => (c.dateOfBirth === undefined ? { id: c.id, events: c.events } : c) as CaseRecord);

/** A record every audit must set aside: an impossible date, an unknown event type, or no record at all. */
export const badRecordArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant({ id: 'BAD-DATE', events: [{ type: 'request-received', date: '2025-02-30' }] }),
  fc.constant({ id: 'BAD-TYPE', events: [{ type: 'plan-issued', date: '2025-01-06' }] }),
  fc.constant({ id: 'BAD-EVENTS', events: 'none' }),
  fc.constant(null),
  fc.constant('not a record'),
);
