/** The shape `deadline()` returns: plain, JSON-serialisable data. */
import type { IsoDate } from '../day/iso.js';
import type { Citation, ExceptionCode, Force, Verification } from '../law/types.js';

/** One step of the arithmetic, so that an auditor can redo it by hand. */
export interface TraceStep {
  readonly step: string;
  readonly date?: IsoDate;
  readonly detail?: string;
}

export type DeadlineStatus = 'lifted' | 'relaxed' | 'not-applicable';

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
}
