/**
 * Transfers between phases of education in a case: each transfer while a plan is in place, from
 * the date of birth (or the stages the case names), reviewed in the months before it. The logic
 * reads the case's history; the events, the window and the notes come from the law's data
 * (`PhaseTransfersCaseRule`), and each transfer's rule from the transfer stages.
 */
import { addMonthsToDay } from '../day/arithmetic.js';
import { dayToIso } from '../day/iso.js';
import type { PhaseTransfersCaseRule } from '../law/case-rules.js';
import type { EventType } from '../schema/case.js';
import type { NormalCase } from '../schema/validate.js';
import { DEFAULT_TRANSFER_STAGES, transferDays } from '../law/age/index.js';
import { endedBy, entryOnDay, eventsOf, fillNote, firstBetween, type CaseRule } from './case-context.js';

/**
 * The phase transfers' case rule, from its data.
 * @example
 * // phaseTransfersRule(data).ruleIds // ['phase-transfer', 'phase-transfer-post16']
 */
export function phaseTransfersRule(data: PhaseTransfersCaseRule<EventType>): CaseRule {
  const { events, windowMonths, amendDecision, notes } = data;
  // The lists of event types looked up, made once with the rule rather than per lookup of every case.
  const reviews: readonly EventType[] = [events.reviewMeeting, events.reviewDecision];
  const decisions: readonly EventType[] = [events.reviewDecision];
  const amendments: readonly EventType[] = [events.amended];
  const finalisedPlans: readonly EventType[] = [events.made, events.reassessed];
  return {
    ruleIds: data.ruleIds,
    description: data.description,
    collect(ctx, out) {
      const c = ctx.record;
      // The plan is in place from the earlier of its first issue and its first transfer in; where the
      // case records no transfer in and a review before any issue, from that review (the plan was
      // issued before the records start), as the review cycle counts.
      const made = eventsOf(ctx, events.made)[0];
      const transferredIn = eventsOf(ctx, events.transferredIn)[0];
      const firstReview = firstBetween(ctx, reviews, Number.NEGATIVE_INFINITY);
      const fromReview = firstReview !== undefined && !transferredIn && (!made || firstReview.day < made.day);
      const plan = fromReview ? firstReview : made && transferredIn ? (made.day <= transferredIn.day ? made : transferredIn) : (made ?? transferredIn);
      if (c.dateOfBirth === undefined || !plan) return;
      const ceased = eventsOf(ctx, events.ceased)[0]?.day ?? Number.POSITIVE_INFINITY;
      const list = transfersOf(c.dateOfBirth, c.yearGroupOffset, c.transferStages, c.year12Destination);
      let upcoming = false;
      for (const t of list) {
        // Transfers while a plan was in place, up to and including the next one still to come: its
        // date is known from the date of birth, so it is shown as due (later ones are not yet listed).
        // (Most of a child's transfers came before the plan: the window is worked out only for the rest.)
        if (t.day <= plan.day) continue;
        const windowStart = addMonthsToDay(t.day, -windowMonths);
        if (windowStart >= ceased) continue;
        if (t.day > ctx.asOf) {
          if (upcoming) continue;
          upcoming = true;
        }
        const decision = firstBetween(ctx, decisions, windowStart, t.day);
        let done = decision?.day ?? null;
        if (decision?.decision === amendDecision) done = firstBetween(ctx, amendments, decision.day, t.day)?.day ?? null;
        // A plan finalised in the window before the transfer (first made, or after a re-assessment)
        // is itself the plan for the new phase: it answers the transfer's review as a review would.
        const finalised = firstBetween(ctx, finalisedPlans, windowStart, t.day);
        if (finalised && (done === null || finalised.day < done)) done = finalised.day;
        const e = endedBy(entryOnDay(ctx, t.ruleId, t.day, done), ceased);
        if (e.due !== null && plan.day > e.due) {
          e.status = 'not-applicable';
          e.note = fillNote(fromReview ? notes.recordsBeginAfter : notes.madeAfter, { plan: dayToIso(plan.day) });
          e.daysLate = undefined;
        }
        out.push(e);
      }
    },
  };
}

type Transfers = ReturnType<typeof transferDays>;

/**
 * The transfers of a child with the usual stages, year group and destination, by date of birth:
 * a caseload has a few thousand birthdays among hundreds of thousands of cases, so each list is
 * worked out once. The lists are read, never changed. Other cases are worked out each time.
 */
const usualTransfers = new Map<number, Transfers>();
const USUAL_CACHE_LIMIT = 50_000;

function transfersOf(birth: number, offset: number, stages: NormalCase['transferStages'], destination: NormalCase['year12Destination']): Transfers {
  if (offset !== 0 || stages !== undefined || (destination !== undefined && destination !== 'post16-institution')) {
    return transferDays(birth, offset, stages ?? DEFAULT_TRANSFER_STAGES, destination ?? 'post16-institution');
  }
  let list = usualTransfers.get(birth);
  if (list === undefined) {
    list = transferDays(birth, 0, DEFAULT_TRANSFER_STAGES, 'post16-institution');
    // A bound, so that a long-running process never holds more than a lifetime of birthdays.
    if (usualTransfers.size < USUAL_CACHE_LIMIT) usualTransfers.set(birth, list);
  }
  return list;
}
