/**
 * The statutory case rules as data: which events of a case start each time limit, which complete
 * it, how a completing event is paired with its trigger, and which rules make up the review cycle.
 * The rule records (the other files of this folder) say how long each period is; this table says
 * how a case's history reaches them. The engine applies each kind of entry generically
 * (src/engine/case-rules.ts) and never names a rule.
 *
 * Event types are named as strings: the case schema, a layer above the law, defines them, and the
 * engine checks at compile time that every one named here is an event type.
 *
 * Notes are templates: `{name}` is filled in by the engine with the ISO date (or word) of that name.
 */

/**
 * A day an event records: its own date (`day`), or the day the authority became aware of a move (`aware`).
 * @example
 * ```ts
 * const field: EventDayField = 'aware'; // a moved-la event's awareness day
 * ```
 */
export type EventDayField = 'day' | 'aware';

/**
 * The common pattern: each event of an `on` type starts a period; the first `done` event on or
 * after it (on or after the earliest of its trigger days) completes it.
 * @example
 * const rule: OnEventCaseRule = { kind: 'on-event', ruleId: 'amendment-final', on: ['amendment-notice-sent'], done: ['amended-plan-issued'], description: '…' };
 */
export interface OnEventCaseRule<E extends string = string> {
  readonly kind: 'on-event';
  readonly ruleId: string;
  /** What the rule tracks, in a sentence (docs/cases.md). */
  readonly description: string;
  readonly on: readonly E[];
  readonly done: readonly E[];
  /** Only trigger events recording one of these decisions start the period (an event recording none does too). */
  readonly onlyDecisions?: readonly string[];
  /** The trigger's fields, each read from a day of the event (default: `{ date }` from the event's date). */
  readonly trigger?: Readonly<Record<string, EventDayField>>;
  /**
   * A completing event answers only the trigger that names the same value of `field`; with
   * `unnamedPairs`, an event that names none pairs with any (a reply that does not say which body sent it).
   */
  readonly pairBy?: { readonly field: 'body' | 'order'; readonly unnamedPairs: boolean };
  /** The rule id is the value of this field of the trigger event (a Tribunal order names its rule); `ruleId` then names the family. */
  readonly ruleIdFrom?: 'order';
  /** Tracked only when the case records a completing event of these types at all (councils that do not record them). */
  readonly onlyWhenRecorded?: boolean;
  /**
   * Events that, recorded on or after the trigger and no later than the completing event, mean the
   * rule does not apply to that trigger; `note` says why (`{date}`: the event's date).
   */
  readonly displacedBy?: readonly { readonly event: E; readonly decision?: string; readonly note: string }[];
  /** The rule applies only where the completing event is recorded; otherwise it is not applicable, for this reason. */
  readonly onlyWhenDone?: string;
}

/**
 * A "must allow" period: the authority must allow the period to run before it acts. Acting
 * (`endedEarlyBy`) on or before the period's last day is the breach; not acting at all meets it.
 * @example
 * ```ts
 * statutoryCaseRuleData.filter((r) => r.kind === 'must-allow').map((r) => r.ruleId); // ['draft-plan-representations']
 * ```
 */
export interface MustAllowCaseRule<E extends string = string> {
  readonly kind: 'must-allow';
  readonly ruleId: string;
  readonly description: string;
  readonly on: E;
  readonly endedEarlyBy: E;
  /** `early`: acted too soon (`{done}`, `{due}`); `allowed`: the period ran out and no act came during it. */
  readonly notes: { readonly early: string; readonly allowed: string };
}

/**
 * A notice "at least … before" an event: the last `done` event after the previous `target` event and on or before this one.
 * @example
 * ```ts
 * statutoryCaseRuleData.filter((r) => r.kind === 'notice-before').map((r) => r.ruleId); // e.g. ['review-meeting-notice', …]
 * ```
 */
export interface NoticeBeforeCaseRule<E extends string = string> {
  readonly kind: 'notice-before';
  readonly ruleId: string;
  readonly description: string;
  readonly target: E;
  readonly done: E;
}

/**
 * The events of a plan's life that the review cycle and phase transfers read.
 * @example
 * planEvents.made // 'final-plan-issued'
 */
export interface PlanEvents<E extends string = string> {
  /** The plan was made (issued) by this authority. */
  readonly made: E;
  /** The plan was transferred in from another authority. */
  readonly transferredIn: E;
  /** A plan was finalised after a re-assessment. */
  readonly reassessed: E;
  /** A review meeting; and the decision notified after it. */
  readonly reviewMeeting: E;
  readonly reviewDecision: E;
  /** A plan was amended. */
  readonly amended: E;
  /** The authority ceased to maintain the plan: deadlines still open then no longer apply. */
  readonly ceased: E;
}

/**
 * The review cycle: the rules a plan's reviews are judged by, and when each applies. The engine's
 * logic (counting from the plan's making or its last review, restarting after a re-assessment or a
 * new plan, crossing a transfer) is parameterised by these fields.
 * @example
 * ```ts
 * statutoryReviewCycle.rules.plan; // 'annual-review'
 * ```
 */
export interface ReviewCycleCaseRule<E extends string = string> {
  readonly kind: 'review-cycle';
  readonly description: string;
  readonly events: PlanEvents<E>;
  /**
   * The statutory cycle: `plan` for a plan made or last reviewed (its in-force date also says
   * whether a review was of an EHC plan at all); `reassessedPlan` for the first review after a
   * re-assessment; `transferredPlan` for the review after a transfer between authorities.
   */
  readonly rules: { readonly plan: string; readonly reassessedPlan: string; readonly transferredPlan: string };
  /** The guidance review for young children: another period beside the statutory one while the child is under `underAge`. */
  readonly earlyYears: { readonly ruleId: string; readonly underAge: number };
  readonly notes: {
    /** Counted from the last review before a transfer in (`{transfer}`, `{review}`: the event's name, `{reviewed}`). */
    readonly transferredBasis: string;
    /** Counted from the first recorded review (`{review}`, `{reviewed}`), the plan's issue date not in the case. */
    readonly reviewedBasis: string;
    /** Appended where earlier reviews predate the cycle's rule (`{reviewed}`). */
    readonly reviewsBeforeInForce: string;
    /** Every review recorded predates the cycle's rule (`{review}`). */
    readonly allReviewsBeforeInForce: string;
    readonly noPlan: string;
    /** No issue date and no review to count from (`{review}`, `{reviewedOn}`: the option's value). */
    readonly nothingToCountFrom: string;
    /** Transferred in with no review recorded before the transfer. */
    readonly transferUnreviewed: string;
    /** A new plan (`{date}`) issued before a review counted from an earlier one fell due. */
    readonly newPlan: string;
  };
}

/**
 * Transfers between phases: each transfer while a plan is in place, reviewed (and amended where the
 * review decided so) in the `windowMonths` before it. The rule of each transfer comes from the
 * transfer stages (ages); `ruleIds` lists them for the docs.
 * @example
 * ```ts
 * statutoryCaseRuleData.find((r) => r.kind === 'phase-transfers')?.windowMonths; // 12
 * ```
 */
export interface PhaseTransfersCaseRule<E extends string = string> {
  readonly kind: 'phase-transfers';
  readonly ruleIds: readonly string[];
  readonly description: string;
  readonly events: PlanEvents<E>;
  readonly windowMonths: number;
  /** The review decision that is completed only by the amended plan. */
  readonly amendDecision: string;
  /** `madeAfter`: the plan was made after the date (`{plan}`); `recordsBeginAfter`: the records begin with a review after it. */
  readonly notes: { readonly madeAfter: string; readonly recordsBeginAfter: string };
}

/**
 * One statutory case rule as data.
 * @example
 * statutoryCaseRuleData.filter((r) => r.kind === 'on-event').length
 */
export type CaseRuleData<E extends string = string> =
  | OnEventCaseRule<E>
  | MustAllowCaseRule<E>
  | NoticeBeforeCaseRule<E>
  | ReviewCycleCaseRule<E>
  | PhaseTransfersCaseRule<E>;

/** The events of a plan's life, named once for the review cycle and the phase transfers. */
export const planEvents = {
  made: 'final-plan-issued',
  transferredIn: 'plan-transferred',
  reassessed: 'reassessment-plan-issued',
  reviewMeeting: 'review-meeting',
  reviewDecision: 'review-decision-notified',
  amended: 'amended-plan-issued',
  ceased: 'plan-ceased',
} as const satisfies PlanEvents;

/** The assessment path: from the request to the decision and the plan. */
const assessment = [
  {
    kind: 'on-event',
    ruleId: 'assessment-decision',
    on: ['request-received'],
    done: ['assessment-decision-notified'],
    description: 'Each request for an assessment: the decision whether to assess, within 6 weeks (reg 5(1)).',
  },
  {
    kind: 'on-event',
    ruleId: 'final-plan',
    on: ['request-received'],
    done: ['final-plan-issued'],
    description: 'Each request: the finalised plan within 20 weeks (reg 13(2)), unless the authority decided not to assess or not to issue a plan.',
    displacedBy: [
      { event: 'assessment-decision-notified', decision: 'not-assess', note: 'The authority decided not to carry out an assessment (notified {date}).' },
      { event: 'decision-not-to-issue', note: 'The authority decided not to issue a plan (notified {date}); reg 10 applies instead.' },
    ],
  },
  {
    kind: 'on-event',
    ruleId: 'no-plan-notice',
    on: ['request-received'],
    done: ['decision-not-to-issue'],
    description: 'Each request where the authority decides not to issue a plan: notice within 16 weeks (reg 10(1)).',
    onlyWhenDone: 'Applies only where the authority decides, after an assessment, not to issue a plan; no such decision is recorded.',
  },
  {
    kind: 'on-event',
    ruleId: 'advice-response',
    on: ['advice-requested'],
    done: ['advice-received'],
    description: 'Each request for advice: the body provides it within 6 weeks (reg 8(1)); a reply is matched to its request by `body`.',
    pairBy: { field: 'body', unnamedPairs: true },
  },
  {
    kind: 'must-allow',
    ruleId: 'draft-plan-representations',
    on: 'draft-plan-served',
    endedEarlyBy: 'final-plan-issued',
    description: 'Each draft plan: at least 15 days for representations (reg 13(1)(a)); met when the plan was not finalised before they ended.',
    notes: {
      early: 'The plan was finalised on {done}, before the 15 days for representations ended on {due}.',
      allowed: 'The period for representations has ended and no plan was finalised during it.',
    },
  },
] as const satisfies readonly CaseRuleData[];

/** Reviews: the 12-month cycle. */
const reviewCycle = {
  kind: 'review-cycle',
  description:
    'The review cycle: the first review within 12 months starting with the day the plan was made (CFA s44(1)), then within 12 months starting with each review; where the plan was made outside the case (transferred in, or issued before the records start), from the last review recorded on or before the day the case first shows the plan, or from a re-assessed plan that opens the records (s44(1)(b), reg 15(5), reg 27(4)); reviews dated before s44 was in force (of a statement) are not counted; after a re-assessment, within 12 months of the re-assessed plan (reg 27(4)); after a transfer between authorities, reg 15(5); under-5s every 6 months (CoP 9.178, guidance).',
  events: planEvents,
  rules: { plan: 'annual-review', reassessedPlan: 'review-after-reassessment', transferredPlan: 'plan-transfer-review' },
  earlyYears: { ruleId: 'under-5-review', underAge: 5 },
  notes: {
    transferredBasis: 'The plan was transferred in on {transfer} and its issue date is not in the case: counted from the last review recorded before the transfer, the {review} on {reviewed} (reg 15(5): "made or last reviewed").',
    reviewedBasis: 'The plan\'s issue date is not in the case: the 12 months are counted from the {review} recorded on {reviewed}, "the date on which the plan was last reviewed" (CFA 2014 s44(1)(b)). The review due 12 months after the plan was issued cannot be computed from the case and is not judged.',
    reviewsBeforeInForce: ' Reviews recorded before {reviewed} came before s44 was in force (a statement\'s reviews) and are not counted.',
    allReviewsBeforeInForce: 'Every {review} recorded is dated before s44 came into force (a statement\'s reviews): no review of an EHC plan to count the 12 months from.',
    noPlan: 'No plan has been issued yet.',
    nothingToCountFrom: 'The plan\'s issue date is not in the case, and no {review} is recorded to count the 12 months from (option reviewedOn: "{reviewedOn}").',
    transferUnreviewed: 'The plan was transferred in, but the date it was made or last reviewed is not recorded (reg 15(5) needs it).',
    newPlan: 'A new plan was issued on {date}, before this review was due: the 12 months start again from its issue (CFA 2014 s44(1)(a)).',
  },
} as const satisfies CaseRuleData;

/** Reviews: the decision after each meeting, the report, and the notices before it. */
const reviewSteps = [
  {
    kind: 'on-event',
    ruleId: 'review-decision',
    on: ['review-meeting'],
    done: ['review-decision-notified'],
    description: 'Each review meeting: the decision to continue, amend or cease, notified within 4 weeks (reg 20(10) / 21(9)).',
  },
  {
    kind: 'on-event',
    ruleId: 'review-report',
    on: ['review-meeting'],
    done: ['review-report-sent'],
    onlyWhenRecorded: true,
    description: 'Each review meeting: the written report within 2 weeks (reg 20(9) / 21(7)); tracked when the case records reports.',
  },
  {
    kind: 'notice-before',
    ruleId: 'review-meeting-notice',
    target: 'review-meeting',
    done: 'review-notice-sent',
    description: 'Each review meeting: at least two weeks\' notice (reg 20(3) / 21(3)); tracked when the case records notices.',
  },
  {
    kind: 'notice-before',
    ruleId: 'review-advice-circulation',
    target: 'review-meeting',
    done: 'review-advice-circulated',
    description: 'Each review meeting: advice circulated at least two weeks before (reg 20(4) / 21(4)); tracked when recorded.',
  },
] as const satisfies readonly CaseRuleData[];

/** Reg 18: each phase transfer from the date of birth (or the stages the case names). */
const phaseTransfers = {
  kind: 'phase-transfers',
  ruleIds: ['phase-transfer', 'phase-transfer-post16'],
  description:
    'Each transfer between phases while a plan is in place (from its issue or transfer in, or from a review recorded before either; transfers from the date of birth, year-group offset and transfer stages; past ones and the next to come): the review and any amendment before 15 February (31 March into post-16) of the transfer year (reg 18). Completed by the first review decision in the 12 months before the transfer (where it decided to amend, by the amended plan), or by a plan finalised in those 12 months.',
  events: planEvents,
  windowMonths: 12,
  amendDecision: 'amend',
  notes: {
    madeAfter: 'The plan was made on {plan}, after the reg 18 date.',
    recordsBeginAfter: 'The plan\'s issue date is not in the case and its records begin with a review on {plan}, after the reg 18 date: whether the plan was reviewed before that date is not in the case.',
  },
} as const satisfies CaseRuleData;

/** Amendments, re-assessments, transfers between authorities, mediation and appeals. */
const later = [
  {
    kind: 'on-event',
    ruleId: 'amendment-final',
    on: ['amendment-notice-sent'],
    done: ['amended-plan-issued', 'decision-not-to-amend'],
    description: 'Each notice of proposed amendments: the amended plan, or notice of the decision not to amend, within 8 weeks (reg 22(3), (4)).',
  },
  {
    kind: 'on-event',
    ruleId: 'reassessment-decision',
    on: ['reassessment-requested'],
    done: ['reassessment-decision-notified'],
    description: 'Each request for a re-assessment: the decision within 15 days (reg 25(1)).',
  },
  {
    kind: 'on-event',
    ruleId: 'reassessment-final-plan',
    on: ['reassessment-decision-notified'],
    onlyDecisions: ['reassess'],
    done: ['reassessment-plan-issued'],
    description: 'Each decision to re-assess: the finalised plan within 14 weeks (reg 27(2)).',
  },
  {
    kind: 'on-event',
    ruleId: 'plan-transfer',
    on: ['moved-la'],
    done: ['plan-transferred'],
    trigger: { move: 'day', aware: 'aware' },
    description: 'Each move to another authority: the old authority transfers the plan on the day of the move, or within 15 working days beginning with the day it became aware (reg 15(2)).',
  },
  {
    kind: 'on-event',
    ruleId: 'plan-transfer-notice',
    on: ['plan-transferred'],
    done: ['transfer-notice-sent'],
    onlyWhenRecorded: true,
    description: 'Each transfer: the new authority tells the family within 6 weeks (reg 15(4)); tracked when recorded.',
  },
  {
    kind: 'on-event',
    ruleId: 'mediation-arrange',
    on: ['mediation-requested'],
    done: ['mediation-held'],
    description: 'Each request for mediation: mediation within 30 days (reg 36(2)).',
  },
  {
    kind: 'on-event',
    ruleId: 'mediation-certificate',
    on: ['mediation-held', 'mediation-declined'],
    done: ['mediation-certificate-issued'],
    description: 'Each mediation concluded or declined: the certificate within 3 working days (regs 34(1), 39(1)).',
  },
  {
    kind: 'on-event',
    ruleId: 'tribunal-response',
    on: ['appeal-received'],
    done: ['appeal-response-sent'],
    description: 'Each appeal: the authority\'s response within 30 working days, not counting 25 December–1 January and August (HESC r21, r12(3)(b)).',
  },
  {
    kind: 'on-event',
    ruleId: 'order-*',
    on: ['tribunal-order'],
    done: ['order-complied'],
    ruleIdFrom: 'order',
    pairBy: { field: 'order', unnamedPairs: false },
    description: 'Each Tribunal order: compliance within the reg 44 period for that order.',
  },
] as const satisfies readonly CaseRuleData[];

/**
 * Every statutory case rule, in the order `timeline` applies them (and docs/cases.md lists them).
 * @example
 * statutoryCaseRuleData[0].ruleId // 'assessment-decision'
 */
export const statutoryCaseRuleData = [...assessment, reviewCycle, ...reviewSteps, phaseTransfers, ...later] as const;

/**
 * The statutory review cycle as data: which rules a review completes (the timeline says how a
 * review is dated for these).
 */
export const statutoryReviewCycle: ReviewCycleCaseRule = reviewCycle;

/**
 * Said beside a rule skipped in a case because it was not yet in force: the Regulations' commencement.
 * @example
 * notInForceNote // 'the SEND Regulations 2014 apply to requests from 1 September 2014'
 */
export const notInForceNote = 'the SEND Regulations 2014 apply to requests from 1 September 2014';
