/**
 * The review cycle of a case: the first review within 12 months of the plan's making, then within
 * 12 months of each review; restarted by a re-assessed or a new plan, carried across a transfer
 * between authorities, and ended when the plan ceases. This needs the case's history, so it is
 * logic; every rule it applies, every event it reads and every note it gives come from the law's
 * data (`ReviewCycleCaseRule`).
 */
import { SendTimescalesError } from '../errors.js';
import { addMonthsToDay } from '../day/arithmetic.js';
import { dayToIso } from '../day/iso.js';
import { ruleOnDay } from '../law/index.js';
import type { ReviewCycleCaseRule } from '../law/case-rules.js';
import type { EventType } from '../schema/case.js';
import {
  endedBy, entryOf, entryOnDayOf, eventsAt, RuleRef, fillNote, firstBetweenAt, lastBetweenAt, typeIndex, undated, type CaseContext, type CaseRule,
} from './case-context.js';

type Cycle = ReviewCycleCaseRule<EventType>;

/** The indexes in a case's lists of the event types the cycle reads (see typeIndex), worked out once with the rule. */
interface CycleTypes {
  readonly made: number;
  readonly transferredIn: number;
  readonly reassessed: number;
  readonly ceased: number;
  readonly reviewMeeting: number;
  readonly reviewDecision: number;
}

function cycleTypes(events: Cycle['events']): CycleTypes {
  return {
    made: typeIndex(events.made),
    transferredIn: typeIndex(events.transferredIn),
    reassessed: typeIndex(events.reassessed),
    ceased: typeIndex(events.ceased),
    reviewMeeting: typeIndex(events.reviewMeeting),
    reviewDecision: typeIndex(events.reviewDecision),
  };
}

/**
 * Where a plan's review cycle starts in a case: one rule for every plan made outside the case. The
 * cycle counts from the plan's making where the case records it; otherwise from the date on which
 * the plan was last reviewed on or before the day the case first shows the plan: its transfer in,
 * or else (the plan issued before the case's records start) its first recorded review.
 * - `made`: the plan was issued here (before any transfer in).
 * - `reviewed`: counted from a recorded review standing in for the unknown issue date; `basis`
 *   says so, for the entry's note and trace. The review due after the unknown issue date cannot
 *   be computed and is not reported.
 * - `reassessed`: the records begin with a re-assessed plan, counted from its sending.
 * For these two, `newPlan` is a plan issued later in the case (after a new assessment): it starts
 * its own cycle as a re-assessed plan does; the reviews before it were the earlier plan's.
 * - `transferred-unreviewed`: transferred in with no review recorded before the transfer: the
 *   transfer's review cannot be computed; the cycle resumes at the first review after the transfer.
 * - `none`: nothing in the case shows a plan to review (`reason` says why).
 */
type CycleStart =
  | { readonly kind: 'made'; readonly day: number }
  | { readonly kind: 'reviewed'; readonly day: number; readonly basis: string; readonly newPlan?: number }
  | { readonly kind: 'reassessed'; readonly day: number; readonly newPlan?: number }
  | { readonly kind: 'transferred-unreviewed'; readonly transfer: number }
  | { readonly kind: 'none'; readonly reason: string };

/**
 * Whether the cycle's rule governs a review on this day: a review before it came into force (a
 * statement's, before its conversion to a plan) is not a review of an EHC plan. The rule record says when.
 */
function planReviewDay(cycle: Cycle, day: number): boolean {
  try {
    ruleOnDay(cycle.rules.plan, day);
    return true;
  } catch (err) {
    if (err instanceof SendTimescalesError && err.code === 'NOT_IN_FORCE') return false;
    throw err;
  }
}

function cycleStart(cycle: Cycle, at: CycleTypes, ctx: CaseContext, reviewType: number, reviewTypes: readonly number[]): CycleStart {
  const { notes } = cycle;
  const firstPlan = eventsAt(ctx, at.made)[0];
  const firstTransfer = eventsAt(ctx, at.transferredIn)[0];
  const review = reviewType === at.reviewMeeting ? 'review meeting' : 'review decision notice';
  if (firstTransfer && (!firstPlan || firstTransfer.day < firstPlan.day)) {
    const last = lastBetweenAt(ctx, reviewTypes, Number.NEGATIVE_INFINITY, firstTransfer.day);
    if (!last) return { kind: 'transferred-unreviewed', transfer: firstTransfer.day };
    return {
      kind: 'reviewed',
      day: last.day,
      basis: fillNote(notes.transferredBasis, { transfer: dayToIso(firstTransfer.day), review, reviewed: dayToIso(last.day) }),
    };
  }
  // Otherwise the case first shows the plan by its issue, or (records that begin after the plan
  // was made) by its first recorded review or a re-assessed plan.
  const reviews = eventsAt(ctx, reviewType);
  const firstReview = reviews.find((e) => planReviewDay(cycle, e.day));
  const reassessed = eventsAt(ctx, at.reassessed)[0];
  const opening = reassessed && (!firstReview || reassessed.day <= firstReview.day) ? reassessed : firstReview;
  if (firstPlan && (!opening || firstPlan.day <= opening.day)) return { kind: 'made', day: firstPlan.day };
  const newPlan = firstPlan ? { newPlan: firstPlan.day } : {};
  if (opening === reassessed && reassessed) return { kind: 'reassessed', day: reassessed.day, ...newPlan };
  if (firstReview) {
    const reviewed = dayToIso(firstReview.day);
    const earlier = firstReview === reviews[0] ? '' : fillNote(notes.reviewsBeforeInForce, { reviewed });
    return { kind: 'reviewed', day: firstReview.day, basis: fillNote(notes.reviewedBasis, { review, reviewed }) + earlier, ...newPlan };
  }
  if (reviews.length > 0) return { kind: 'none', reason: fillNote(notes.allReviewsBeforeInForce, { review }) };
  const otherType = reviewType === at.reviewMeeting ? at.reviewDecision : at.reviewMeeting;
  if (eventsAt(ctx, otherType).length === 0) return { kind: 'none', reason: notes.noPlan };
  return { kind: 'none', reason: fillNote(notes.nothingToCountFrom, { review, reviewedOn: ctx.reviewedOn }) };
}

/**
 * The review cycle's case rule, from its data.
 * @example
 * // reviewCycleRule(statutoryReviewCycle).ruleIds // the cycle's rules and the early-years review
 */
export function reviewCycleRule(cycle: Cycle): CaseRule {
  const { events, rules, earlyYears, notes } = cycle;
  // The one-type lists the cycle looks events up by, made once with the rule rather than per lookup of every case.
  const at = cycleTypes(events);
  const meetings: readonly number[] = [at.reviewMeeting];
  const decisions: readonly number[] = [at.reviewDecision];
  const transfersIn: readonly number[] = [at.transferredIn];
  const reassessedPlans: readonly number[] = [at.reassessed];
  // The cycle's rules, their versions looked up once rather than per entry.
  const planRule = new RuleRef(rules.plan);
  const reassessedRule = new RuleRef(rules.reassessedPlan);
  const transferredRule = new RuleRef(rules.transferredPlan);
  const earlyYearsRule = new RuleRef(earlyYears.ruleId);
  return {
    ruleIds: [rules.plan, rules.reassessedPlan, rules.transferredPlan, earlyYears.ruleId],
    description: cycle.description,
    collect(ctx, out) {
      const reviewType = ctx.reviewedOn === 'meeting' ? at.reviewMeeting : at.reviewDecision;
      const reviewTypes = ctx.reviewedOn === 'meeting' ? meetings : decisions;
      const ceased = eventsAt(ctx, at.ceased)[0]?.day ?? Number.POSITIVE_INFINITY;
      const start = cycleStart(cycle, at, ctx, reviewType, reviewTypes);
      // The anchor: the day the period starts (plan made, reviewed, or re-assessed plan sent).
      let anchor: { day: number; kind: 'made' | 'reviewed' | 'reassessed' } | undefined;
      let basis: string | undefined;
      let newPlan: number | undefined;
      switch (start.kind) {
        case 'none':
          out.push(undated(rules.plan, null, {}, 'not-triggered', start.reason));
          return;
        case 'made':
          anchor = { day: start.day, kind: 'made' };
          break;
        case 'reviewed':
          anchor = { day: start.day, kind: 'reviewed' };
          basis = start.basis;
          newPlan = start.newPlan;
          break;
        case 'reassessed':
          anchor = { day: start.day, kind: 'reassessed' };
          newPlan = start.newPlan;
          break;
        case 'transferred-unreviewed': {
          const review = firstBetweenAt(ctx, reviewTypes, start.transfer + 1);
          out.push(undated(rules.transferredPlan, null, { transfer: start.transfer }, 'not-triggered', notes.transferUnreviewed, review?.day ?? null));
          if (!review) return;
          anchor = { day: review.day, kind: 'reviewed' };
        }
      }
      const dob = ctx.record.dateOfBirth;
      // Each period's anchor is a later event's day than the last (a review, a re-assessed or a new
      // plan), so there are at most as many periods as events, and one more: the bound only guards
      // against a loop, and never cuts a long history short (it was 40, which dropped the reviews
      // of a case reviewed more often than yearly for years).
      const periods = ctx.record.events.length + 1;
      for (let guard = 0; guard < periods && anchor && anchor.day <= ctx.asOf && anchor.day < ceased; guard++) {
        const next = firstBetweenAt(ctx, reviewTypes, anchor.day + 1);
        const nextDay = next?.day ?? null;
        const transfer = firstBetweenAt(ctx, transfersIn, anchor.day + 1, (nextDay ?? ctx.asOf) + 1);
        const reassessed = firstBetweenAt(ctx, reassessedPlans, anchor.day + 1, (nextDay ?? ctx.asOf) + 1);
        // A new plan issued after a cycle counted from a recorded review starts its own cycle.
        // The period it interrupts stays listed: judged by the next review if there was one, and
        // otherwise not applicable (no review of the replaced plan was owed after it was replaced).
        const replanned: number | undefined = newPlan !== undefined && newPlan > anchor.day && newPlan < (nextDay ?? ctx.asOf + 1) ? newPlan : undefined;
        const restart: { day: number; kind: 'made' | 'reassessed' } | undefined =
          replanned !== undefined && (!reassessed || replanned <= reassessed.day) ? { day: replanned, kind: 'made' }
            : reassessed ? { day: reassessed.day, kind: 'reassessed' } : undefined;
        if (restart?.kind === 'made') newPlan = undefined;
        const plain = entryOnDayOf(ctx, anchor.kind === 'reassessed' ? reassessedRule : planRule, anchor.day, nextDay);
        let e = plain;
        if (transfer && anchor.kind !== 'reassessed') {
          // A review already missed before the transfer stays missed (reported), beside the transfer's new date.
          if (plain.due !== null && plain.due < transfer.day) out.push(endedBy(plain, ceased));
          e = entryOf(ctx, transferredRule, { lastReviewed: anchor.day, transfer: transfer.day }, nextDay);
        }
        if (restart?.kind === 'reassessed' && e.due !== null && restart.day <= e.due) {
          // A re-assessed plan starts a new 12 months before this review fell due.
          anchor = restart;
          basis = undefined;
          continue;
        }
        if (dob !== undefined && addMonthsToDay(dob, 12 * earlyYears.underAge) > anchor.day) {
          // The guidance applies only from its own start: before that, only the statutory review is tracked.
          try {
            out.push(endedBy(entryOnDayOf(ctx, earlyYearsRule, anchor.day, nextDay), ceased));
          } catch (err) {
            if (!(err instanceof SendTimescalesError) || err.code !== 'NOT_IN_FORCE') throw err;
          }
        }
        if (basis !== undefined) {
          // Only the first period counts from the review that stands in for the unknown issue date.
          e.note ??= basis;
          e.basis = basis;
          basis = undefined;
        }
        if (restart?.kind === 'made' && e.due !== null && restart.day <= e.due && (e.status === 'due' || e.status === 'overdue')) {
          e.status = 'not-applicable';
          e.daysLate = undefined;
          e.note = fillNote(notes.newPlan, { date: dayToIso(restart.day) });
        }
        out.push(endedBy(e, ceased));
        if (restart && (nextDay === null || restart.day < nextDay)) {
          anchor = restart;
          continue;
        }
        if (nextDay === null) break;
        anchor = { day: nextDay, kind: 'reviewed' };
      }
    },
  };
}
