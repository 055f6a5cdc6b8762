/** The shape `deadline()` returns: plain, JSON-serialisable data. */
import type { IsoDate } from '../day/iso.js';
import type { Citation, ExceptionCode, Force, Verification } from '../law/types.js';

// One step of the arithmetic: defined with the law, whose compound methods write steps too.
import type { TraceStep } from '../law/trace.js';
export type { TraceStep } from '../law/trace.js';

/**
 * Why a {@link Deadline} has no due date although the rule has a period: `lifted` (an exception
 * applies), `relaxed` (the 2020 coronavirus modification applies) or `not-applicable`.
 * @example
 * ```ts
 * const status: DeadlineStatus | undefined = deadline('final-plan', '2025-01-06', { exception: 'personal-circumstances' }).status; // 'lifted'
 * ```
 */
export type DeadlineStatus = 'lifted' | 'relaxed' | 'not-applicable';

/**
 * What {@link deadline} returns: plain, JSON-serialisable data.
 * @example
 * ```ts
 * const d: Deadline = deadline('final-plan', '2025-01-06');
 * d.due;                 // '2025-05-26'
 * d.citation.provision;  // 'reg 13(2)'
 * d.force;               // 'statute'
 * d.trace.at(-1)?.step;  // 'Due'
 * ```
 */
export interface Deadline {
  readonly ruleId: string;
  readonly title: string;
  /** The trigger as given: an ISO date, or the named dates of a compound rule. */
  readonly trigger: IsoDate | Readonly<Record<string, string>>;
  /** The last compliant day, or null (no period in law, or the limit lifted or relaxed). */
  readonly due: IsoDate | null;
  readonly status?: DeadlineStatus;
  /** Why `due` is null. */
  readonly reason?: string;
  /** For a lifted or relaxed limit: the date the limit would have fallen on. */
  readonly wouldHaveBeenDue?: IsoDate;
  /** The exception that lifted the limit, with its wording. */
  readonly exception?: { readonly code: ExceptionCode; readonly wording: string; readonly citation: Citation };
  readonly citation: Citation;
  readonly wording: string;
  readonly force: Force;
  readonly verification: Verification;
  readonly trace: readonly TraceStep[];
  readonly warnings: readonly string[];
  /**
   * For a local rule (`force: 'local'`, with a profile): its statutory counterpart's due date for
   * the same trigger, computed with the same options; `null` when there is none or it cannot be
   * computed for that trigger. `due` is null (with `status`) where the statutory limit is lifted or
   * relaxed. Absent on statutory and guidance results.
   */
  readonly statutory?: StatutoryBeside | null;
}

/**
 * The statutory date reported beside a local rule's ({@link Deadline.statutory}).
 * @example
 * ```ts
 * deadline('dorset-first-review', '2025-01-10', { profile: 'dorset' }).statutory; // { ruleId: 'annual-review', due: '2026-01-09' }
 * ```
 */
export interface StatutoryBeside {
  readonly ruleId: string;
  readonly due: IsoDate | null;
  readonly status?: DeadlineStatus;
}
