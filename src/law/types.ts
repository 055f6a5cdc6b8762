/**
 * The shape of a rule record. Law is data: every time limit the library computes is one
 * readonly record of this shape, and the engine, the docs and the CLI all read the same table.
 */
import type { IsoDate } from '../day/iso.js';

/**
 * How the trigger day is treated: excluded (`after`: "within N weeks of X") or day 1 (`beginning-with`: "beginning with X").
 * @example
 * ```ts
 * getRule('final-plan').counting;    // 'after'
 * getRule('annual-review').counting; // 'beginning-with' (s44(1): "every 12 months starting with")
 * ```
 */
export type Counting = 'after' | 'beginning-with';

/**
 * `within`: a latest date after the trigger. `at-least-before`: a latest date before a target date (notices).
 * @example
 * ```ts
 * getRule('review-meeting-notice').direction; // 'at-least-before'
 * ```
 */
export type Direction = 'within' | 'at-least-before';

/**
 * The force of a rule: `statute` (a "must" of an Act or regulations), `guidance` (a "should" of the Code of Practice) or `local` (a council's own standard).
 * @example
 * ```ts
 * getRule('final-plan').force; // 'statute'
 * ```
 */
export type Force = 'statute' | 'guidance' | 'local';

/**
 * How far the wording was checked: `primary` = read in the instrument itself; `secondary` = read only in a secondary source; `unverified` = not checked.
 * @example
 * ```ts
 * getRule('final-plan').verification; // 'primary'
 * ```
 */
export type Verification = 'primary' | 'secondary' | 'unverified';

/**
 * Exception codes (public API, like rule ids): docs/law/conventions.md. An exception lifts a limit; it never moves it.
 * @example
 * ```ts
 * deadline('final-plan', '2025-01-06', { exception: 'personal-circumstances' satisfies ExceptionCode }).status; // 'lifted'
 * ```
 */
export type ExceptionCode =
  | 'school-closure'
  | 'early-years-closure'
  | 'personal-circumstances'
  | 'absent-from-area'
  | 'missed-appointment'
  | 'coronavirus';

/**
 * The process a rule belongs to; the generated reference groups rules by it.
 * @example
 * ```ts
 * getRule('final-plan').process; // 'plan'
 * ```
 */
export type Process =
  | 'assessment'
  | 'plan'
  | 'transfer'
  | 'review'
  | 'phase-transfer'
  | 'amendment'
  | 'reassessment'
  | 'cessation'
  | 'mediation'
  | 'appeal'
  | 'tribunal-orders'
  | 'unopposed-appeals'
  | 'detained-persons'
  | 'local';

/**
 * The period of a rule.
 * - `span`: a length in a unit, counted from the trigger per `counting` (or back from the target when
 *   `direction` is `at-least-before`). `n: 0` means "immediately" (due on the trigger day).
 * - `fixed-date`: a day of the calendar year of the trigger (reg 18: "before 15 February").
 * - `compound`: computed by a registered compound method (e.g. `appeal`; see `src/law/methods/`).
 * - `none`: the law sets no period (e.g. "as soon as practicable"); `deadline()` returns `due: null` with the reason.
 * @example
 * ```ts
 * getRule('final-plan').period;     // { kind: 'span', unit: 'weeks', n: 20 }
 * getRule('phase-transfer').period; // { kind: 'fixed-date', month: 2, day: 15 }
 * ```
 */
export type Period =
  | { readonly kind: 'span'; readonly unit: 'days' | 'weeks' | 'months' | 'working-days' | 'school-days' | 'hours'; readonly n: number }
  | { readonly kind: 'fixed-date'; readonly month: number; readonly day: number }
  | { readonly kind: 'compound'; readonly method: CompoundMethod; readonly summary: string; readonly n?: number }
  | { readonly kind: 'none'; readonly reason: string };

/**
 * The id of a compound method: a named computation for rules whose due date is not one period
 * from one date. The library registers the statutory methods ({@link StatutoryCompoundMethod});
 * a profile may bring its own (ids `<profile>-…`, e.g. Dorset's `dorset-review-letter`). The 0.4
 * names of Dorset's methods, `review-letter` and `end-of-autumn-term`, are still understood.
 * @example
 * ```ts
 * const period = getRule('appeal').period;
 * if (period.kind === 'compound') period.method; // 'appeal'
 * ```
 */
export type CompoundMethod = StatutoryCompoundMethod | (string & {});

/**
 * The compound methods the library registers for the statutory rules.
 * @example
 * ```ts
 * const method: StatutoryCompoundMethod = 'plan-transfer';
 * ```
 */
export type StatutoryCompoundMethod =
  | 'plan-transfer'          // reg 15(2), 15(7): day of move, or 15 working days beginning with awareness
  | 'later-of-periods'       // reg 15(5): later of 12 months from last review and 3 months from transfer
  | 'appeal'                 // HESC r20(1)(c) + r12: later of 2 months and 1 month after certificate, then r12
  | 'tribunal-working-days'  // HESC r21 + r12(3)(b): working days not counting 25 Dec–1 Jan and August
  | 'as-order';              // reg 42(2): the period of the tribunal order the agreement stands for

/**
 * What one field of a trigger holds: `date` (a civil date), `instant` (a date and time, Europe/London
 * unless an offset is given) or `rule-id` (the id of another rule, e.g. the tribunal order a
 * mediation agreement stands for).
 * @example
 * ```ts
 * getRule('mediation-agreement-appealable').triggerShape.fields[1]?.kind; // 'rule-id'
 * ```
 */
export type TriggerFieldKind = 'date' | 'instant' | 'rule-id';

/**
 * One field of a trigger: its name (the key of a trigger object; `date` for a one-value trigger),
 * what it holds, and a label for a person entering it (a form's input label).
 * @example
 * ```ts
 * const aware: TriggerField = { name: 'aware', kind: 'date', label: 'Date the authority became aware of the move' };
 * ```
 */
export interface TriggerField {
  readonly name: string;
  readonly kind: TriggerFieldKind;
  readonly label: string;
  /** The field may be left out (e.g. the mediation certificate of an appeal). */
  readonly optional?: boolean;
}

/**
 * The shape of a rule's trigger, read by the engine, the validators, the command line and the
 * spreadsheet functions alike. `given: 'value'`: the trigger is its one field's value (a date, or a
 * date and time). `given: 'object'`: an object of the named fields (e.g. `{ move, aware }`).
 * @example
 * ```ts
 * getRule('final-plan').triggerShape;
 * // { given: 'value', fields: [{ name: 'date', kind: 'date', label: 'Date the request for an assessment was received' }] }
 * ```
 */
export interface TriggerShape {
  readonly given: 'value' | 'object';
  readonly fields: readonly TriggerField[];
}

/**
 * Which definition of "working day" a rule's count uses; the wording of each is held once in
 * `src/law/working-days.ts`. `send-regulations`: the SEND Regulations 2014 do not define the term
 * (the default). `tribunal-procedure-rules`: the Tribunal Procedure Rules define it in r1(3).
 * @example
 * ```ts
 * getRule('tribunal-response').workingDays; // 'tribunal-procedure-rules'
 * ```
 */
export type WorkingDayDefinition = 'send-regulations' | 'tribunal-procedure-rules';

/**
 * Where a rule comes from. `url` is the legislation.gov.uk (or gov.uk) page of the provision.
 * @example
 * ```ts
 * getRule('final-plan').citation;
 * // { instrument: 'The Special Educational Needs and Disability Regulations 2014 (SI 2014/1530)', provision: 'reg 13(2)',
 * //   url: 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/13' }
 * ```
 */
export interface Citation {
  readonly instrument: string;
  readonly provision: string;
  readonly url: string;
}

/**
 * A period in which an instrument changed how the rule applies (e.g. SI 2020/471).
 * @example
 * ```ts
 * getRule('final-plan').modifiedBy[0]?.from; // '2020-05-01'
 * ```
 */
export interface Modification {
  readonly instrument: string;
  /** How a message cites the instrument briefly (e.g. `SI 2020/471`); absent: its full name. */
  readonly citedAs?: string;
  readonly url: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** What changed, in plain English, quoted where possible. */
  readonly effect: string;
  /**
   * Where the modification reached only one limb of a compound rule (SI 2020/471 relaxed reg 15(2)
   * and 15(7) only "in relation to the second reference to 15 working days"): the limb's name, as
   * the engine reports it. Absent: the whole rule.
   */
  readonly onlyLimb?: 'late-awareness';
}

/**
 * A rule record: one statutory, guidance or local time limit as readonly data. The engine, the
 * generated reference (`docs/rules.md`) and the CLI all read the same table ({@link rules}).
 * @example
 * ```ts
 * const rule: Rule = getRule('final-plan');
 * rule.title;               // 'Finalised EHC plan sent (the 20-week limit)'
 * describePeriod(rule);     // '20 weeks after'
 * rule.citation.provision;  // 'reg 13(2)'
 * rule.exceptions;          // ['school-closure', 'early-years-closure', 'personal-circumstances', 'absent-from-area']
 * ```
 */
export interface Rule {
  /** Canonical, stable id from docs/law/README.md (public API: never renamed). */
  readonly id: string;
  readonly title: string;
  readonly process: Process;
  /** Who owes the duty (e.g. 'local authority'). */
  readonly owedBy: string;
  /** What starts the period, in plain English. */
  readonly trigger: string;
  /**
   * The names of the trigger's fields, as 0.4 gave them: `date` (the trigger is one value) or the
   * named fields of a compound trigger (e.g. `['move', 'aware']`). Always the names of
   * {@link Rule.triggerShape}, which says more (each field's kind and label).
   */
  readonly triggerFields: 'date' | readonly string[];
  /** The trigger's shape: each field's name, kind and label ({@link TriggerShape}). */
  readonly triggerShape: TriggerShape;
  readonly period: Period;
  readonly counting: Counting;
  readonly direction: Direction;
  /** Whether a due date on a non-working day moves to the next working day (only where the instrument says so). */
  readonly rollForward: boolean;
  /** The exact wording of the provision, quoted character for character from the instrument. */
  readonly wording: string;
  readonly citation: Citation;
  readonly force: Force;
  readonly verification: Verification;
  /**
   * When the provision itself was law: `from` its commencement (the SEND Regulations 2014: 1
   * September 2014, reg 1), `to` the last day before it was revoked or substituted (absent while it
   * stands). A due date before `from` gets a warning that the provision was not yet in force on
   * that day (a September 2014 transfer's "before 31 March" date).
   */
  readonly inForce: { readonly from: IsoDate; readonly to?: IsoDate };
  /**
   * The window of application: which triggers (by date) this version governs, where that is
   * narrower than `inForce`. Reg 18(3) was in force from 1 September 2014 like the rest of the
   * Regulations, but governs only a transfer on 1 September 2015: `appliesTo: { from:
   * '2015-09-01', to: '2015-09-01' }`. Absent: every trigger while the provision is in force. The
   * version applied to a trigger is the one whose window holds the trigger date; windows of the
   * versions of one id never overlap.
   */
  readonly appliesTo?: { readonly from: IsoDate; readonly to?: IsoDate };
  readonly modifiedBy: readonly Modification[];
  /** Exception codes that lift this limit. */
  readonly exceptions: readonly ExceptionCode[];
  /** Notes for auditors: readings chosen, known ambiguities, related rules. */
  readonly notes: readonly string[];
  /**
   * What the due day means, where "the last day on which it is done in time" would mislead (e.g.
   * the last day a plan must still be maintained). Shown in traces.
   */
  readonly dueMeaning?: string;
  /**
   * Which definition of "working day" its count uses, where it counts working days (absent: that
   * of the rule named by `periodOf`, if any, else `send-regulations`, the SEND Regulations'
   * undefined term).
   */
  readonly workingDays?: WorkingDayDefinition;
  /**
   * How the exception records cite this rule's provision (e.g. `reg 13`, `SI 2015/62 reg 13`), so
   * that an exception is quoted in the rule's own regulation's words (reg 44(3)(b) says 2 weeks'
   * absence where reg 5(4)(d) says 4). Absent: the exception's main wording.
   */
  readonly exceptionsCitedAs?: string;
  /**
   * The rule whose period this one applies, where it is another rule's (s45(4): a plan is
   * maintained until the appeal period ends): that rule's verification is reported too.
   */
  readonly periodOf?: string;
  /** Local profile name, for `force: 'local'` rules. */
  readonly profile?: string;
  /** For local rules: the statutory rule id it restates, tightens or loosens. */
  readonly statutory?: string | null;
}
