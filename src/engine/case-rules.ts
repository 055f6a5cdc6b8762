/**
 * The statutory case rules: how a case's events trigger and complete each deadline. A rule set is
 * a list of these, passed to `timeline` and `audit` as a parameter, so that a local profile can add
 * its own rules through the same path.
 *
 * Most rules are one pattern, written as data (`onEvent`): each event of the trigger type starts a
 * period; the first completing event on or after it completes it. The review cycle and phase transfers need the case's history and are written out.
 */
import { SendTimescalesError, show } from '../errors.js';
import { isRecord } from '../guard.js';
import { addMonthsToDay } from '../day/arithmetic.js';
import { dayToIso } from '../day/iso.js';
import { ruleOnDay } from '../law/index.js';
import { EVENT_TYPES, type EventType } from '../schema/case.js';
import type { NormalEvent } from '../schema/validate.js';
import { DEFAULT_TRANSFER_STAGES, transferDays } from '../law/age/index.js';
import { entry, eventsOf, firstBetween, lastBetween, undated, type CaseContext, type CoreEntry } from './case-context.js';

/**
 * A case rule: how a case's events trigger and complete deadlines. `timeline` and `audit` take a
 * list of these (`rules`), so a council can add its own next to `statutoryCaseRules`.
 * @example
 * const myRules: readonly CaseRule[] = [...statutoryCaseRules, onEvent({
 *   ruleId: 'review-decision', on: ['review-meeting'], done: ['review-decision-notified'],
 *   description: 'Each review meeting: the decision within 4 weeks (reg 20(10)).',
 * })];
 */
export interface CaseRule {
  /** The rule ids this case rule can produce (for docs and audits). */
  readonly ruleIds: readonly string[];
  /** What the rule tracks, in a sentence (for docs). */
  readonly description: string;
  /** Appends the rule's deadlines for the case to `out`. */
  readonly collect: (ctx: CaseContext, out: CoreEntry[]) => void;
}

/**
 * The data of an `onEvent` rule: which events start it, which complete it, and how they pair.
 * @example
 * const spec: OnEventSpec = { ruleId: 'amendment-final', on: ['amendment-notice-sent'], done: ['amended-plan-issued'], description: '…' };
 */
export interface OnEventSpec {
  readonly ruleId: string;
  readonly on: readonly EventType[];
  readonly done: readonly EventType[];
  readonly description: string;
  /** Only some trigger events start the period (e.g. a decision to re-assess). */
  readonly when?: (e: NormalEvent) => boolean;
  /** A completing event must match its trigger (the same body, the same order). */
  readonly match?: (trigger: NormalEvent, done: NormalEvent) => boolean;
  /** The trigger days for the rule (default `{ date }`). */
  readonly trigger?: (e: NormalEvent) => Record<string, number>;
  /** Completion is looked for from this day (default the trigger event's day). */
  readonly from?: (e: NormalEvent) => number;
  /** The rule id for this event, where it varies (tribunal orders). */
  readonly ruleIdOf?: (e: NormalEvent) => string;
  /**
   * Track only when the case records a completing event of these types at all: councils that do not
   * record, say, review notices should not see every one of them as overdue.
   */
  readonly onlyWhenRecorded?: boolean;
  /** A reason the rule does not apply to this trigger, or null. */
  readonly notApplicable?: (ctx: CaseContext, e: NormalEvent) => string | null;
}

/**
 * The common pattern: an event starts a period; the first completing event on or after it ends it.
 * @example
 * onEvent({ ruleId: 'tribunal-response', on: ['appeal-received'], done: ['appeal-response-sent'], description: 'HESC r21' })
 */
export function onEvent(spec: OnEventSpec): CaseRule {
  checkOnEventSpec(spec);
  return {
    ruleIds: [spec.ruleId],
    description: spec.description,
    collect(ctx, out) {
      // Most rules have no trigger in most cases (no mediation, no appeal, no move): leave at once.
      let any = 0;
      for (const t of spec.on) any += eventsOf(ctx, t).length;
      if (any === 0) return;
      if (spec.onlyWhenRecorded) {
        let recorded = 0;
        for (const t of spec.done) recorded += eventsOf(ctx, t).length;
        if (recorded === 0) return;
      }
      const triggers = spec.on.length === 1 && !spec.when
        ? eventsOf(ctx, spec.on[0]!)
        : spec.on.flatMap((t) => eventsOf(ctx, t)).filter((e) => !spec.when || spec.when(e)).sort((a, b) => a.day - b.day);
      for (let i = 0; i < triggers.length; i++) {
        const e = triggers[i]!;
        // The first completing event on or after the trigger answers it, even if another trigger came
        // in between (two requests answered by one plan; a decision that came only after a later meeting is late, not missing).
        const done = firstBetween(ctx, spec.done, spec.from ? spec.from(e) : e.day, Number.POSITIVE_INFINITY, spec.match ? (d) => spec.match!(e, d) : undefined);
        const ruleId = spec.ruleIdOf ? spec.ruleIdOf(e) : spec.ruleId;
        const result = entry(ctx, ruleId, spec.trigger ? spec.trigger(e) : { date: e.day }, done?.day ?? null);
        if (e.body !== undefined) result.body = e.body;
        const reason = spec.notApplicable?.(ctx, e);
        if (reason) {
          result.status = 'not-applicable';
          result.note = reason;
          result.daysLate = undefined;
        }
        out.push(result);
      }
    },
  };
}

/** A notice "at least … before" an event: the last notice after the previous such event and on or before it. */
function beforeEvent(ruleId: string, target: EventType, done: EventType, description: string): CaseRule {
  return {
    ruleIds: [ruleId],
    description,
    collect(ctx, out) {
      if (eventsOf(ctx, done).length === 0) return;
      const targets = eventsOf(ctx, target);
      targets.forEach((t, i) => {
        const previous = i > 0 ? targets[i - 1]!.day : Number.NEGATIVE_INFINITY;
        const notice = lastBetween(ctx, [done], previous, t.day);
        const result = entry(ctx, ruleId, { date: t.day }, notice?.day ?? null);
        // A notice not recorded before a meeting that has already happened cannot now be given in time.
        if (notice === undefined && result.due !== null && t.day <= ctx.asOf) {
          result.status = 'overdue';
          result.daysLate = ctx.asOf - result.due;
        }
        out.push(result);
      });
    },
  };
}

/** The assessment path: from the request to the decision and the plan. */
const assessmentRules: CaseRule[] = [
  onEvent({
    ruleId: 'assessment-decision',
    on: ['request-received'],
    done: ['assessment-decision-notified'],
    description: 'Each request for an assessment: the decision whether to assess, within 6 weeks (reg 5(1)).',
  }),
  onEvent({
    ruleId: 'final-plan',
    on: ['request-received'],
    done: ['final-plan-issued'],
    description: 'Each request: the finalised plan within 20 weeks (reg 13(2)), unless the authority decided not to assess or not to issue a plan.',
    notApplicable: (ctx, e) => {
      const notAssess = firstBetween(ctx, ['assessment-decision-notified'], e.day, Number.POSITIVE_INFINITY, (d) => d.decision === 'not-assess');
      const plan = firstBetween(ctx, ['final-plan-issued'], e.day);
      if (notAssess && (!plan || notAssess.day <= plan.day)) return `The authority decided not to carry out an assessment (notified ${dayToIso(notAssess.day)}).`;
      const noPlan = firstBetween(ctx, ['decision-not-to-issue'], e.day);
      if (noPlan && (!plan || noPlan.day <= plan.day)) return `The authority decided not to issue a plan (notified ${dayToIso(noPlan.day)}); reg 10 applies instead.`;
      return null;
    },
  }),
  onEvent({
    ruleId: 'no-plan-notice',
    on: ['request-received'],
    done: ['decision-not-to-issue'],
    description: 'Each request where the authority decides not to issue a plan: notice within 16 weeks (reg 10(1)).',
    notApplicable: (ctx, e) =>
      firstBetween(ctx, ['decision-not-to-issue'], e.day)
        ? null
        : 'Applies only where the authority decides, after an assessment, not to issue a plan; no such decision is recorded.',
  }),
  onEvent({
    ruleId: 'advice-response',
    on: ['advice-requested'],
    done: ['advice-received'],
    description: 'Each request for advice: the body provides it within 6 weeks (reg 8(1)); a reply is matched to its request by `body`.',
    match: (req, reply) => req.body === undefined || reply.body === undefined || req.body === reply.body,
  }),
  {
    // A "must allow" period: finalising the plan *before* the 15 days end is the breach.
    ruleIds: ['draft-plan-representations'],
    description: 'Each draft plan: at least 15 days for representations (reg 13(1)(a)); met when the plan was not finalised before they ended.',
    collect(ctx, out) {
      for (const e of eventsOf(ctx, 'draft-plan-served')) {
        const final = firstBetween(ctx, ['final-plan-issued'], e.day);
        const result = entry(ctx, 'draft-plan-representations', { date: e.day }, null);
        out.push(result);
        result.daysLate = undefined;
        if (result.due === null) continue;
        if (final) {
          const early = final.day <= result.due;
          result.status = early ? 'late' : 'met';
          result.done = final.day;
          if (early) {
            result.daysLate = result.due + 1 - final.day;
            result.note = `The plan was finalised on ${dayToIso(final.day)}, before the 15 days for representations ended on ${dayToIso(result.due)}.`;
          }
          continue;
        }
        result.status = ctx.asOf <= result.due ? 'due' : 'met';
        if (result.status === 'met') result.note = 'The period for representations has ended and no plan was finalised during it.';
      }
    },
  },
];

/** A deadline still open when the plan ceased no longer applies: there is no plan to review or amend. */
function endedBy(e: CoreEntry, ceased: number): CoreEntry {
  if (e.due !== null && e.done === null && ceased <= e.due && (e.status === 'due' || e.status === 'overdue')) {
    e.status = 'not-applicable';
    e.daysLate = undefined;
    e.note = `The plan ceased on ${dayToIso(ceased)}, before this was due.`;
  }
  return e;
}

/**
 * Where a plan's 12-month review cycle starts in a case: one rule for every plan made outside the
 * case. The cycle counts from the plan's making where the case records it; otherwise from "the
 * date on which the plan was last reviewed" (CFA 2014 s44(1)(b); reg 15(5) "made or last
 * reviewed") on or before the day the case first shows the plan: its transfer in, or else (the
 * plan issued before the case's records start) its first recorded review.
 * - `made`: the plan was issued here (`final-plan-issued`, before any transfer in): s44(1)(a).
 * - `reviewed`: counted from a recorded review standing in for the unknown issue date; `basis`
 *   says so, for the entry's note and trace. The review due 12 months after the unknown issue date
 *   cannot be computed and is not reported.
 * - `reassessed`: the records begin with a re-assessed plan: reg 27(4) counts from its sending.
 * For these two, `newPlan` is a plan issued later in the case (after a new assessment): it starts
 * its own cycle (s44(1)(a)) as a re-assessed plan does; the reviews before it were the earlier plan's.
 * - `transferred-unreviewed`: transferred in with no review recorded before the transfer: reg 15(5)
 *   cannot be computed; the cycle resumes at the first review after the transfer.
 * - `none`: nothing in the case shows a plan to review (`reason` says why).
 */
type CycleStart =
  | { readonly kind: 'made'; readonly day: number }
  | { readonly kind: 'reviewed'; readonly day: number; readonly basis: string; readonly newPlan?: number }
  | { readonly kind: 'reassessed'; readonly day: number; readonly newPlan?: number }
  | { readonly kind: 'transferred-unreviewed'; readonly transfer: number }
  | { readonly kind: 'none'; readonly reason: string };

/**
 * Whether s44 governs a review on this day: a review before it came into force (a statement's,
 * before its conversion to a plan) is not a review of an EHC plan. The rule record says when.
 */
function planReviewDay(day: number): boolean {
  try {
    ruleOnDay('annual-review', day);
    return true;
  } catch (err) {
    if (err instanceof SendTimescalesError && err.code === 'NOT_IN_FORCE') return false;
    throw err;
  }
}

function cycleStart(ctx: CaseContext, reviewType: EventType): CycleStart {
  const firstPlan = eventsOf(ctx, 'final-plan-issued')[0];
  const firstTransfer = eventsOf(ctx, 'plan-transferred')[0];
  const reviewWord = reviewType === 'review-meeting' ? 'review meeting' : 'review decision notice';
  if (firstTransfer && (!firstPlan || firstTransfer.day < firstPlan.day)) {
    const last = lastBetween(ctx, [reviewType], Number.NEGATIVE_INFINITY, firstTransfer.day);
    if (!last) return { kind: 'transferred-unreviewed', transfer: firstTransfer.day };
    return {
      kind: 'reviewed',
      day: last.day,
      basis: `The plan was transferred in on ${dayToIso(firstTransfer.day)} and its issue date is not in the case: counted from the last review recorded before the transfer, the ${reviewWord} on ${dayToIso(last.day)} (reg 15(5): "made or last reviewed").`,
    };
  }
  // Otherwise the case first shows the plan by its issue, or (records that begin after the plan
  // was made) by its first recorded review or a re-assessed plan.
  const reviews = eventsOf(ctx, reviewType);
  const firstReview = reviews.find((e) => planReviewDay(e.day));
  const reassessed = eventsOf(ctx, 'reassessment-plan-issued')[0];
  const opening = reassessed && (!firstReview || reassessed.day <= firstReview.day) ? reassessed : firstReview;
  if (firstPlan && (!opening || firstPlan.day <= opening.day)) return { kind: 'made', day: firstPlan.day };
  const newPlan = firstPlan ? { newPlan: firstPlan.day } : {};
  if (opening === reassessed && reassessed) return { kind: 'reassessed', day: reassessed.day, ...newPlan };
  if (firstReview) {
    const earlier = firstReview === reviews[0] ? '' : ` Reviews recorded before ${dayToIso(firstReview.day)} came before s44 was in force (a statement's reviews) and are not counted.`;
    return {
      kind: 'reviewed',
      day: firstReview.day,
      basis: `The plan's issue date is not in the case: the 12 months are counted from the ${reviewWord} recorded on ${dayToIso(firstReview.day)}, "the date on which the plan was last reviewed" (CFA 2014 s44(1)(b)). The review due 12 months after the plan was issued cannot be computed from the case and is not judged.${earlier}`,
      ...newPlan,
    };
  }
  if (reviews.length > 0) {
    return { kind: 'none', reason: `Every ${reviewWord} recorded is dated before s44 came into force (a statement's reviews): no review of an EHC plan to count the 12 months from.` };
  }
  const otherType: EventType = reviewType === 'review-meeting' ? 'review-decision-notified' : 'review-meeting';
  if (eventsOf(ctx, otherType).length === 0) return { kind: 'none', reason: 'No plan has been issued yet.' };
  return {
    kind: 'none',
    reason: `The plan's issue date is not in the case, and no ${reviewWord} is recorded to count the 12 months from (option reviewedOn: "${ctx.reviewedOn}").`,
  };
}

/** Reviews: the 12-month cycle, the decision after each meeting, and the notices before it. */
const reviewCycle: CaseRule = {
  ruleIds: ['annual-review', 'review-after-reassessment', 'plan-transfer-review', 'under-5-review'],
  description:
    'The review cycle: the first review within 12 months starting with the day the plan was made (CFA s44(1)), then within 12 months starting with each review; where the plan was made outside the case (transferred in, or issued before the records start), from the last review recorded on or before the day the case first shows the plan, or from a re-assessed plan that opens the records (s44(1)(b), reg 15(5), reg 27(4)); reviews dated before s44 was in force (of a statement) are not counted; after a re-assessment, within 12 months of the re-assessed plan (reg 27(4)); after a transfer between authorities, reg 15(5); under-5s every 6 months (CoP 9.178, guidance).',
  collect(ctx, out) {
    const reviewType: EventType = ctx.reviewedOn === 'meeting' ? 'review-meeting' : 'review-decision-notified';
    const ceased = eventsOf(ctx, 'plan-ceased')[0]?.day ?? Number.POSITIVE_INFINITY;
    const start = cycleStart(ctx, reviewType);
    // The anchor: the day the period starts (plan made, reviewed, or re-assessed plan sent).
    let anchor: { day: number; kind: 'made' | 'reviewed' | 'reassessed' } | undefined;
    let basis: string | undefined;
    let newPlan: number | undefined;
    switch (start.kind) {
      case 'none':
        out.push(undated('annual-review', null, {}, 'not-triggered', start.reason));
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
        const review = firstBetween(ctx, [reviewType], start.transfer + 1);
        out.push(undated('plan-transfer-review', null, { transfer: start.transfer }, 'not-triggered',
          'The plan was transferred in, but the date it was made or last reviewed is not recorded (reg 15(5) needs it).', review?.day ?? null));
        if (!review) return;
        anchor = { day: review.day, kind: 'reviewed' };
      }
    }
    const dob = ctx.record.dateOfBirth;
    for (let guard = 0; guard < 40 && anchor && anchor.day <= ctx.asOf && anchor.day < ceased; guard++) {
      const next = firstBetween(ctx, [reviewType], anchor.day + 1);
      const nextDay = next?.day ?? null;
      const transfer = firstBetween(ctx, ['plan-transferred'], anchor.day + 1, (nextDay ?? ctx.asOf) + 1);
      const reassessed = firstBetween(ctx, ['reassessment-plan-issued'], anchor.day + 1, (nextDay ?? ctx.asOf) + 1);
      // A new plan issued after a cycle counted from a recorded review starts its own cycle (s44(1)(a)).
      // The period it interrupts stays listed: judged by the next review if there was one, and
      // otherwise not applicable (no review of the replaced plan was owed after it was replaced).
      const replanned: number | undefined = newPlan !== undefined && newPlan > anchor.day && newPlan < (nextDay ?? ctx.asOf + 1) ? newPlan : undefined;
      const restart: { day: number; kind: 'made' | 'reassessed' } | undefined =
        replanned !== undefined && (!reassessed || replanned <= reassessed.day) ? { day: replanned, kind: 'made' }
          : reassessed ? { day: reassessed.day, kind: 'reassessed' } : undefined;
      if (restart?.kind === 'made') newPlan = undefined;
      const plain = entry(ctx, anchor.kind === 'reassessed' ? 'review-after-reassessment' : 'annual-review', { date: anchor.day }, nextDay);
      let e = plain;
      if (transfer && anchor.kind !== 'reassessed') {
        // A review already missed before the transfer stays missed (reported), beside reg 15(5)'s new date.
        if (plain.due !== null && plain.due < transfer.day) out.push(endedBy(plain, ceased));
        e = entry(ctx, 'plan-transfer-review', { lastReviewed: anchor.day, transfer: transfer.day }, nextDay);
      }
      if (restart?.kind === 'reassessed' && e.due !== null && restart.day <= e.due) {
        // Reg 27(4): a re-assessed plan starts a new 12 months before this review fell due.
        anchor = restart;
        basis = undefined;
        continue;
      }
      if (dob !== undefined && addMonthsToDay(dob, 60) > anchor.day) {
        // The guidance applies from 1 April 2015: before that, only the statutory review is tracked.
        try {
          out.push(endedBy(entry(ctx, 'under-5-review', { date: anchor.day }, nextDay), ceased));
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
        e.note = `A new plan was issued on ${dayToIso(restart.day)}, before this review was due: the 12 months start again from its issue (CFA 2014 s44(1)(a)).`;
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

const reviewSteps: CaseRule[] = [
  onEvent({
    ruleId: 'review-decision',
    on: ['review-meeting'],
    done: ['review-decision-notified'],
    description: 'Each review meeting: the decision to continue, amend or cease, notified within 4 weeks (reg 20(10) / 21(9)).',
  }),
  onEvent({
    ruleId: 'review-report',
    on: ['review-meeting'],
    done: ['review-report-sent'],
    onlyWhenRecorded: true,
    description: 'Each review meeting: the written report within 2 weeks (reg 20(9) / 21(7)); tracked when the case records reports.',
  }),
  beforeEvent('review-meeting-notice', 'review-meeting', 'review-notice-sent',
    'Each review meeting: at least two weeks\' notice (reg 20(3) / 21(3)); tracked when the case records notices.'),
  beforeEvent('review-advice-circulation', 'review-meeting', 'review-advice-circulated',
    'Each review meeting: advice circulated at least two weeks before (reg 20(4) / 21(4)); tracked when recorded.'),
];

/** Reg 18: each phase transfer from the date of birth (or the stages the case names). */
const phaseTransfers: CaseRule = {
  ruleIds: ['phase-transfer', 'phase-transfer-post16'],
  description:
    'Each transfer between phases while a plan is in place (from its issue or transfer in, or from a review recorded before either; transfers from the date of birth, year-group offset and transfer stages; past ones and the next to come): the review and any amendment before 15 February (31 March into post-16) of the transfer year (reg 18). Completed by the first review decision in the 12 months before the transfer (where it decided to amend, by the amended plan), or by a plan finalised in those 12 months.',
  collect(ctx, out) {
    const c = ctx.record;
    // The plan is in place from the earlier of its first issue and its first transfer in; where the
    // case records no transfer in and a review before any issue, from that review (the plan was
    // issued before the records start), as the review cycle counts.
    const made = eventsOf(ctx, 'final-plan-issued')[0];
    const transferredIn = eventsOf(ctx, 'plan-transferred')[0];
    const firstReview = firstBetween(ctx, ['review-meeting', 'review-decision-notified'], Number.NEGATIVE_INFINITY);
    const fromReview = firstReview !== undefined && !transferredIn && (!made || firstReview.day < made.day);
    const plan = fromReview ? firstReview : made && transferredIn ? (made.day <= transferredIn.day ? made : transferredIn) : (made ?? transferredIn);
    if (c.dateOfBirth === undefined || !plan) return;
    const ceased = eventsOf(ctx, 'plan-ceased')[0]?.day ?? Number.POSITIVE_INFINITY;
    const list = transferDays(c.dateOfBirth, c.yearGroupOffset, c.transferStages ?? DEFAULT_TRANSFER_STAGES, c.year12Destination ?? 'post16-institution');
    let upcoming = false;
    for (const t of list) {
      const windowStart = addMonthsToDay(t.day, -12);
      // Transfers while a plan was in place, up to and including the next one still to come: its
      // date is known from the date of birth, so it is shown as due (later ones are not yet listed).
      if (t.day <= plan.day || windowStart >= ceased) continue;
      if (t.day > ctx.asOf) {
        if (upcoming) continue;
        upcoming = true;
      }
      const decision = firstBetween(ctx, ['review-decision-notified'], windowStart, t.day);
      let done = decision?.day ?? null;
      if (decision?.decision === 'amend') done = firstBetween(ctx, ['amended-plan-issued'], decision.day, t.day)?.day ?? null;
      // A plan finalised in the 12 months before the transfer (first made, or after a re-assessment)
      // is itself the plan for the new phase: it answers reg 18 as a review would.
      const finalised = firstBetween(ctx, ['final-plan-issued', 'reassessment-plan-issued'], windowStart, t.day);
      if (finalised && (done === null || finalised.day < done)) done = finalised.day;
      const e = endedBy(entry(ctx, t.ruleId, { date: t.day }, done), ceased);
      if (e.due !== null && plan.day > e.due) {
        e.status = 'not-applicable';
        e.note = !fromReview
          ? `The plan was made on ${dayToIso(plan.day)}, after the reg 18 date.`
          : `The plan's issue date is not in the case and its records begin with a review on ${dayToIso(plan.day)}, after the reg 18 date: whether the plan was reviewed before that date is not in the case.`;
        e.daysLate = undefined;
      }
      out.push(e);
    }
  },
};

const laterRules: CaseRule[] = [
  onEvent({
    ruleId: 'amendment-final',
    on: ['amendment-notice-sent'],
    done: ['amended-plan-issued', 'decision-not-to-amend'],
    description: 'Each notice of proposed amendments: the amended plan, or notice of the decision not to amend, within 8 weeks (reg 22(3), (4)).',
  }),
  onEvent({
    ruleId: 'reassessment-decision',
    on: ['reassessment-requested'],
    done: ['reassessment-decision-notified'],
    description: 'Each request for a re-assessment: the decision within 15 days (reg 25(1)).',
  }),
  onEvent({
    ruleId: 'reassessment-final-plan',
    on: ['reassessment-decision-notified'],
    when: (e) => e.decision === undefined || e.decision === 'reassess',
    done: ['reassessment-plan-issued'],
    description: 'Each decision to re-assess: the finalised plan within 14 weeks (reg 27(2)).',
  }),
  onEvent({
    ruleId: 'plan-transfer',
    on: ['moved-la'],
    done: ['plan-transferred'],
    trigger: (e) => ({ move: e.day, aware: e.aware! }),
    from: (e) => Math.min(e.day, e.aware!),
    description: 'Each move to another authority: the old authority transfers the plan on the day of the move, or within 15 working days beginning with the day it became aware (reg 15(2)).',
  }),
  onEvent({
    ruleId: 'plan-transfer-notice',
    on: ['plan-transferred'],
    done: ['transfer-notice-sent'],
    onlyWhenRecorded: true,
    description: 'Each transfer: the new authority tells the family within 6 weeks (reg 15(4)); tracked when recorded.',
  }),
  onEvent({
    ruleId: 'mediation-arrange',
    on: ['mediation-requested'],
    done: ['mediation-held'],
    description: 'Each request for mediation: mediation within 30 days (reg 36(2)).',
  }),
  onEvent({
    ruleId: 'mediation-certificate',
    on: ['mediation-held', 'mediation-declined'],
    done: ['mediation-certificate-issued'],
    description: 'Each mediation concluded or declined: the certificate within 3 working days (regs 34(1), 39(1)).',
  }),
  onEvent({
    ruleId: 'tribunal-response',
    on: ['appeal-received'],
    done: ['appeal-response-sent'],
    description: 'Each appeal: the authority\'s response within 30 working days, not counting 25 December–1 January and August (HESC r21, r12(3)(b)).',
  }),
  onEvent({
    ruleId: 'order-*',
    on: ['tribunal-order'],
    done: ['order-complied'],
    ruleIdOf: (e) => e.order!,
    match: (order, done) => done.order === order.order,
    description: 'Each Tribunal order: compliance within the reg 44 period for that order.',
  }),
];

/**
 * Every statutory case rule: the default rule set of `timeline` and `audit`.
 * @example
 * statutoryCaseRules.flatMap((r) => r.ruleIds) // ['assessment-decision', 'final-plan', …]
 */
export const statutoryCaseRules: readonly CaseRule[] = [...assessmentRules, reviewCycle, ...reviewSteps, phaseTransfers, ...laterRules];

/** The spec of onEvent, checked once when the rule is made (never per case). */
function checkOnEventSpec(spec: unknown): asserts spec is OnEventSpec {
  const wrong = (field: string, value: unknown, what: string): never => {
    throw new SendTimescalesError('INVALID_ARGUMENT', field, value, `${field} must be ${what}, but ${show(value)} was given.`);
  };
  if (!isRecord(spec)) wrong('spec', spec, 'the data of a case rule ({ ruleId, on, done, description, … })');
  const s = spec as Record<string, unknown>;
  if (typeof s.ruleId !== 'string') wrong('spec.ruleId', s.ruleId, 'a rule id (e.g. "final-plan")');
  for (const key of ['on', 'done'] as const) {
    const list = s[key];
    if (!Array.isArray(list) || !list.every((t) => typeof t === 'string' && t in EVENT_TYPES)) wrong(`spec.${key}`, list, 'a list of event types (e.g. ["final-plan-issued"])');
  }
  if (typeof s.description !== 'string') wrong('spec.description', s.description, 'a sentence saying what the rule tracks');
  for (const key of ['when', 'match', 'trigger', 'from', 'ruleIdOf', 'notApplicable'] as const) {
    if (s[key] !== undefined && typeof s[key] !== 'function') wrong(`spec.${key}`, s[key], 'a function, or left out');
  }
}
