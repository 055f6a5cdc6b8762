/**
 * A compound method: a named computation for rules whose due date is not one period from one date
 * (the later of two periods, a day that depends on notice, the tribunal's own calendar). A method
 * is data plus one function: the engine looks it up by the id a rule's period names and calls it.
 */
import type { WorkingCalendar } from '../../calendar/working-calendar.js';
import type { TermCalendar } from '../../calendar/terms.js';
import type { TraceStep } from '../trace.js';
import type { Counting, Period, Rule, TriggerShape } from '../types.js';

type SpanUnit = Extract<Period, { kind: 'span' }>['unit'];

/**
 * The engine's counting, lent to a method so that it counts and explains periods exactly as an
 * ordinary rule does (each function appends its steps to `trace`).
 * @example
 * ```ts
 * // Inside a method's compute({ days, calendar, trace, tools }):
 * const due = tools.addSpan(days.date!, 20, 'weeks', 'after', calendar, trace);
 * ```
 */
export interface CountingTools {
  /** A period counted forward from a day ("within N weeks of X", "N working days beginning with X"): the due day. */
  addSpan(trigger: number, n: number, unit: SpanUnit, counting: Counting, calendar: WorkingCalendar, trace: TraceStep[] | undefined): number;
  /** A trace step listing the non-working days from `from` to `to` (inclusive) on `calendar`. */
  listSkipped(calendar: WorkingCalendar, from: number, to: number, trace: TraceStep[] | undefined): void;
  /** The words for "N months beginning with X", the month-end case spelled out. */
  monthsBeginningWithDetail(trigger: number, n: number, due: number): string;
  /** The tribunal's calendar over a base calendar: 25 December–1 January and August not counted either. */
  tribunalCalendar(base: WorkingCalendar): WorkingCalendar;
}

/**
 * What a method is given: the trigger read by its shape, the calendars, and the engine's counting.
 * @example
 * ```ts
 * compute: ({ days }: CompoundInput) => ({ due: Math.max(days.a!, days.b!) + 14, usesWorkingDays: false });
 * ```
 */
export interface CompoundInput {
  /** Day numbers of the trigger's date fields (a one-value trigger's is `date`); an optional field left out is absent. */
  readonly days: Readonly<Record<string, number>>;
  /** The trigger's rule-id fields (e.g. `order`). */
  readonly names: Readonly<Record<string, string>>;
  /** The rule's `period.n`, for a method that takes a length. */
  readonly n: number | undefined;
  readonly calendar: WorkingCalendar;
  /** The school term calendar, for methods that need term dates (absent unless the caller gave one). */
  readonly terms: TermCalendar | undefined;
  /** The steps so far; undefined when no trace is wanted (a caseload's timelines). */
  readonly trace: TraceStep[] | undefined;
  readonly tools: CountingTools;
  /** Applies another rule record to trigger days, as the engine would (reg 42(2): an agreement "as if" an order). */
  readonly apply: (rule: Rule, days: Readonly<Record<string, number>>) => CompoundOutcome;
}

/**
 * What a method returns.
 * @example
 * ```ts
 * const outcome: CompoundOutcome = { due: 20234, usesWorkingDays: false }; // a day number, or null with the reason
 * ```
 */
export interface CompoundOutcome {
  /** The due day, or null (with `reason`) when the inputs cannot give one. */
  readonly due: number | null;
  readonly reason?: string;
  /** Whether the date depends on working days (the engine then says which, and checks projected years). */
  readonly usesWorkingDays: boolean;
  /** The branch of a rule with two that gave the date (a modification may reach only one). */
  readonly limb?: 'on-the-day' | 'late-awareness';
  /** The rule whose exceptions apply, where not the rule itself (reg 42(2) borrows an order's). */
  readonly exceptionsFrom?: Rule;
}

/**
 * A compound method's definition. The library registers the statutory ones; a profile written in
 * TypeScript may bring its own (`Profile.methods`, ids `<profile>-…`).
 * @example
 * ```ts
 * const fortnightAfterLater: CompoundMethodDefinition = {
 *   id: 'exampleshire-fortnight-after-later',
 *   description: '14 days after the later of two dates',
 *   trigger: namedFields(date('a', 'First date'), date('b', 'Second date')).triggerShape,
 *   compute: ({ days }) => ({ due: Math.max(days.a!, days.b!) + 14, usesWorkingDays: false }),
 * };
 * ```
 */
export interface CompoundMethodDefinition {
  /** Kebab-case; a profile's own methods start with `<profile>-`. */
  readonly id: string;
  /** What it computes, in a sentence (for references and error messages). */
  readonly description: string;
  /** The trigger it reads: a rule using it has the same fields (names, kinds, which are optional). */
  readonly trigger: TriggerShape;
  /** The rule whose period it computes, where it is one rule's (the `periodOf` of another rule that uses it). */
  readonly periodOf?: string;
  /**
   * The method reads the school's term calendar (`input.terms`, the option `terms`): without one it
   * gives no date. Forms (the offline page's calculator) offer a term calendar for such a rule.
   */
  readonly readsTerms?: true;
  /** The due day, appending its working-out to `input.trace`; throws `INVALID_TRIGGER` for an impossible trigger. */
  readonly compute: (input: CompoundInput) => CompoundOutcome;
}
