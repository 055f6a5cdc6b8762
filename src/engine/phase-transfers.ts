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
import { DEFAULT_TRANSFER_STAGES, transferDays } from '../law/age/index.js';
import { endedBy, entry, eventsOf, fillNote, firstBetween, type CaseRule } from './case-context.js';

/**
 * The phase transfers' case rule, from its data.
 * @example
 * // phaseTransfersRule(data).ruleIds // ['phase-transfer', 'phase-transfer-post16']
 */
export function phaseTransfersRule(data: PhaseTransfersCaseRule<EventType>): CaseRule {
  const { events, windowMonths, amendDecision, notes } = data;
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
      const firstReview = firstBetween(ctx, [events.reviewMeeting, events.reviewDecision], Number.NEGATIVE_INFINITY);
      const fromReview = firstReview !== undefined && !transferredIn && (!made || firstReview.day < made.day);
      const plan = fromReview ? firstReview : made && transferredIn ? (made.day <= transferredIn.day ? made : transferredIn) : (made ?? transferredIn);
      if (c.dateOfBirth === undefined || !plan) return;
      const ceased = eventsOf(ctx, events.ceased)[0]?.day ?? Number.POSITIVE_INFINITY;
      const list = transferDays(c.dateOfBirth, c.yearGroupOffset, c.transferStages ?? DEFAULT_TRANSFER_STAGES, c.year12Destination ?? 'post16-institution');
      let upcoming = false;
      for (const t of list) {
        const windowStart = addMonthsToDay(t.day, -windowMonths);
        // Transfers while a plan was in place, up to and including the next one still to come: its
        // date is known from the date of birth, so it is shown as due (later ones are not yet listed).
        if (t.day <= plan.day || windowStart >= ceased) continue;
        if (t.day > ctx.asOf) {
          if (upcoming) continue;
          upcoming = true;
        }
        const decision = firstBetween(ctx, [events.reviewDecision], windowStart, t.day);
        let done = decision?.day ?? null;
        if (decision?.decision === amendDecision) done = firstBetween(ctx, [events.amended], decision.day, t.day)?.day ?? null;
        // A plan finalised in the window before the transfer (first made, or after a re-assessment)
        // is itself the plan for the new phase: it answers the transfer's review as a review would.
        const finalised = firstBetween(ctx, [events.made, events.reassessed], windowStart, t.day);
        if (finalised && (done === null || finalised.day < done)) done = finalised.day;
        const e = endedBy(entry(ctx, t.ruleId, { date: t.day }, done), ceased);
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
