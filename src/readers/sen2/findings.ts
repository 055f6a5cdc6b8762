/**
 * What the SEN2 reader finds wrong with a person's data: each finding an issue of the library's
 * one error shape (code, path, value, message, row), with its kind and whether it sets the person
 * aside. Shared by the value reader, the data-quality checks and the audit.
 */
import type { ErrorIssue } from '../../errors.js';
import type { Sen2Source } from './model.js';

/**
 * The kinds of finding. Those that offend the law, or leave a date unknown, set the person aside;
 * the others are warnings (docs/sen2.md "Data quality").
 * @example
 * const kind: Sen2FindingKind = 'plan-before-request';
 */
export type Sen2FindingKind =
  | 'unreadable-date' | 'unknown-code' | 'after-census'
  | 'plan-before-request' | 'outcome-before-request' | 'plan-outcome-before-decision' | 'review-before-plan'
  | 'decision-before-meeting' | 'ceased-before-plan' | 'amended-before-plan' | 'birth-after-event'
  | 'repeated-id' | 'no-requests' | 'invalid-case'
  | 'missing-received-date' | 'outcome-without-date' | 'date-without-outcome' | 'plan-without-plan-outcome';

/**
 * One finding about one person: an {@link ErrorIssue} (`path` names the elements, e.g.
 * `Person[3]/Requests[1]/ReceivedDate`; `row` the line where the person starts, when known), its
 * kind, and `severity`: `set-aside` (the person is not audited) or `warning` (audited as read).
 * @example
 * const f: Sen2Finding = { code: 'INVALID_CASE', kind: 'plan-before-request', severity: 'set-aside', path: 'Person[1]/Requests[1]/Assessment[1]/NamedPlan/StartDate', value: '2025-01-02', message: '…' };
 */
export interface Sen2Finding extends ErrorIssue {
  readonly kind: Sen2FindingKind;
  readonly severity: 'set-aside' | 'warning';
}

/** The kinds that are warnings: the law is not offended and no date is unknown. */
const WARNINGS: ReadonlySet<Sen2FindingKind> = new Set(['missing-received-date', 'outcome-without-date', 'date-without-outcome', 'plan-without-plan-outcome']);

/** A finding of a kind, its severity from the kind. @internal */
export function finding(kind: Sen2FindingKind, path: string, value: unknown, message: string, source?: Sen2Source): Sen2Finding {
  const code = kind === 'unreadable-date' ? 'INVALID_DATE' : 'INVALID_CASE';
  return { code, kind, severity: WARNINGS.has(kind) ? 'warning' : 'set-aside', path, value, message, ...(source?.line !== undefined ? { row: source.line } : {}) };
}
