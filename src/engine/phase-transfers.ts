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
import { schoolYearStartYear } from '../law/age/school-year.js';
import { endedBy, entryOnDay, entryOnDayOf, eventsAt, RuleRef, fillNote, firstBetweenAt, typeIndex, typeIndexes, type CaseRule } from './case-context.js';

/**
 * The phase transfers' case rule, from its data.
 * @example
 * // phaseTransfersRule(data).ruleIds // ['phase-transfer', 'phase-transfer-post16']
 */
export function phaseTransfersRule(data: PhaseTransfersCaseRule<EventType>): CaseRule {
  const { events, windowMonths, amendDecision, notes } = data;
  // The indexes of the event types looked up, made once with the rule rather than per lookup of every case.
  const reviews = typeIndexes([events.reviewMeeting, events.reviewDecision]);
  const decisions = typeIndexes([events.reviewDecision]);
  const amendments = typeIndexes([events.amended]);
  const finalisedPlans = typeIndexes([events.made, events.reassessed]);
  const made = typeIndex(events.made);
  const transferred = typeIndex(events.transferredIn);
  const ceasedType = typeIndex(events.ceased);
  // The transfers' rules, their versions looked up once rather than per entry.
  const refs = data.ruleIds.map((id) => new RuleRef(id));
  return {
    ruleIds: data.ruleIds,
    description: data.description,
    collect(ctx, out) {
      const c = ctx.record;
      // The plan is in place from the earlier of its first issue and its first transfer in; where the
      // case records no transfer in and a review before any issue, from that review (the plan was
      // issued before the records start), as the review cycle counts.
      const first = eventsAt(ctx, made)[0];
      const transferredIn = eventsAt(ctx, transferred)[0];
      const firstReview = firstBetweenAt(ctx, reviews, Number.NEGATIVE_INFINITY);
      const fromReview = firstReview !== undefined && !transferredIn && (!first || firstReview.day < first.day);
      const plan = fromReview ? firstReview : first && transferredIn ? (first.day <= transferredIn.day ? first : transferredIn) : (first ?? transferredIn);
      if (c.dateOfBirth === undefined || !plan) return;
      const ceased = eventsAt(ctx, ceasedType)[0]?.day ?? Number.POSITIVE_INFINITY;
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
        const decision = firstBetweenAt(ctx, decisions, windowStart, t.day);
        let done = decision?.day ?? null;
        if (decision?.decision === amendDecision) done = firstBetweenAt(ctx, amendments, decision.day, t.day)?.day ?? null;
        // A plan finalised in the window before the transfer (first made, or after a re-assessment)
        // is itself the plan for the new phase: it answers the transfer's review as a review would.
        const finalised = firstBetweenAt(ctx, finalisedPlans, windowStart, t.day);
        if (finalised && (done === null || finalised.day < done)) done = finalised.day;
        const ref = refFor(refs, t.ruleId);
        const e = endedBy(ref ? entryOnDayOf(ctx, ref, t.day, done) : entryOnDay(ctx, t.ruleId, t.day, done), ceased);
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

/** The reference among `refs` to the rule `id`, if there is one. */
function refFor(refs: readonly RuleRef[], id: string): RuleRef | undefined {
  for (let i = 0; i < refs.length; i++) if (refs[i]!.id === id) return refs[i];
  return undefined;
}

type Transfers = ReturnType<typeof transferDays>;

/**
 * The transfers of a child with the usual stages, year group and destination. A child's transfers
 * depend on the date of birth only through the school year of birth (1 September to 31 August:
 * each transfer is a 1 September counted from it), so a caseload's hundreds of thousands of cases
 * share a few dozen lists, one per school year of birth, and each is worked out once. Keyed by
 * birthday instead, the thousands of lists were scattered through memory and each case's look-up
 * missed the processor's cache. The lists are read, never changed. Other cases are worked out each time.
 */
const usualTransfers = new Map<number, Transfers>();

/** @internal Exported for the test that holds it to `transferDays` for every birthday. */
export function transfersOf(birth: number, offset: number, stages: NormalCase['transferStages'], destination: NormalCase['year12Destination']): Transfers {
  if (offset !== 0 || stages !== undefined || (destination !== undefined && destination !== 'post16-institution')) {
    return transferDays(birth, offset, stages ?? DEFAULT_TRANSFER_STAGES, destination ?? 'post16-institution');
  }
  // At most one entry per calendar year (years 1 to 9999), so the map needs no bound.
  const cohort = schoolYearStartYear(birth);
  let list = usualTransfers.get(cohort);
  if (list === undefined) {
    list = transferDays(birth, 0, DEFAULT_TRANSFER_STAGES, 'post16-institution');
    usualTransfers.set(cohort, list);
  }
  return list;
}
