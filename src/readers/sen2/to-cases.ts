/**
 * From a person of the SEN2 return to the library's case records: one case per request, because
 * the engine pairs each request with the first plan or decision on or after it, whatever request
 * that belonged to. In one case per person, a withdrawn request of 2023 would be "answered" by the
 * plan of a request of 2025 and reported 600 days late. One case per request keeps each request
 * with its own assessment, plan and active plan, as the return nests them.
 *
 * The case id is the person's UPN (else their position in the return); a person with several
 * requests has one case per request, `<id>#1`, `<id>#2`, … in file order.
 */
import { addMonthsToDay } from '../../day/arithmetic.js';
import { dayToIso, isoToDay, type IsoDate } from '../../day/iso.js';
import type { CaseEvent, CaseRecord } from '../../schema/case.js';
import type { Sen2Finding } from './findings.js';
import type { Sen2Person } from './model.js';
import { checkReadPerson } from './quality.js';
import { readPerson, type ReadPerson, type ReadRequest } from './read-person.js';

/**
 * A person's cases, with what the mapping could not carry (`notes`) and the data-quality findings.
 * `cases` is empty when a finding sets the person aside.
 * @example
 * const mapped: Sen2PersonCases = sen2PersonToCases(person, { census: '2026-01-15' });
 * mapped.cases.map((c) => c.id) // e.g. ['A123456789012']
 */
export interface Sen2PersonCases {
  readonly position: number;
  readonly personId: string;
  readonly cases: readonly CaseRecord[];
  readonly setAside: boolean;
  readonly findings: readonly Sen2Finding[];
  /** What the return could not tell the cases (transfers in, withdrawn requests, earlier reviews not carried). */
  readonly notes: readonly string[];
}

/**
 * The case of one request, from values already read and checked.
 * @internal
 */
export function requestCase(p: ReadPerson, r: ReadRequest, id: string, notes: string[]): CaseRecord {
  const events: CaseEvent[] = [];
  const at = (type: CaseEvent['type'], day: number, extra: Partial<CaseEvent> = {}): void => {
    events.push({ type, date: dayToIso(day), ...extra });
  };
  const active = r.active;
  const transferredIn = active?.transferLa !== undefined;
  // The return carries only the latest review. Where that review is more than 12 months after the
  // plan started, the reviews between are not in the return: the case then begins at the latest
  // review (the engine counts the next one from it, CFA s44(1)(b)) rather than report as late the
  // reviews it cannot see.
  const starts = r.assessments.map((a) => a.plan?.start?.day).filter((d): d is number => d !== undefined);
  const planStart = starts.length ? Math.min(...starts) : undefined;
  const meeting = active?.reviewMeeting?.day;
  const earlierReviewsMissing = planStart !== undefined && meeting !== undefined && meeting > addMonthsToDay(planStart, 12);
  const withHistory = !transferredIn && !earlierReviewsMissing;
  if (transferredIn) {
    notes.push(`${id}: the plan was transferred in from ${active!.transferLa}; its StartDate is that authority's and the transfer date is not in the return, so the request and plan dates are not audited here (and the plan is left out of the 20-week measure).`);
  } else if (earlierReviewsMissing) {
    notes.push(`${id}: the plan started on ${dayToIso(planStart!)}, more than 12 months before its latest review (${dayToIso(meeting!)}); earlier reviews are not in the return, so the case begins at the latest review.`);
  }
  // A withdrawn request (or an assessment withdrawn with no plan) ends the duties it started; the
  // case has no event that says so, so its request events are left out rather than shown overdue.
  const withdrawn = r.outcome?.effect === 'withdrawn'
    || r.assessments.some((a) => a.outcome?.effect === 'withdrawn' && a.plan?.start === undefined);
  if (withdrawn && withHistory) {
    notes.push(`${id}: the request or its assessment was withdrawn (${r.outcome?.effect === 'withdrawn' ? `RequestOutcome ${r.outcome.code}` : 'AssessmentOutcome'}): its deadlines no longer run, so its dates are not audited.`);
  }
  // A historical outcome (H) says a decision was made before the latest collection period, or (for
  // the assessment) that the plan was transferred in, and the return then carries no date for it.
  // Without that date the request would show its decision as overdue; its request-stage events are
  // left out rather than report as late a decision that was made.
  const historical = r.outcome?.effect === 'historical' ? `RequestOutcome ${r.outcome.code}`
    : r.assessments.find((a) => a.outcome?.effect === 'historical') ? 'AssessmentOutcome H' : undefined;
  let exceptionRecorded = false;
  if (withHistory && !withdrawn) {
    if (historical) {
      notes.push(`${id}: ${historical} (historical): the decision was made before the latest collection period and its date is not in the return, so the request's own deadlines are not audited.`);
    } else {
      if (r.received) at('request-received', r.received.day);
      const effect = r.outcome?.effect;
      if (r.outcomeDate && (effect === 'assess' || effect === 'not-assess')) at('assessment-decision-notified', r.outcomeDate.day, { decision: effect });
      else if (effect === 'undecided') {
        notes.push(`${id}: RequestOutcome ${r.outcome!.code} (${r.outcome!.meaning}): no decision event; the decision is still due.`);
      }
    }
    for (const a of r.assessments) {
      if (a.outcome?.effect === 'no-plan' && a.outcomeDate) at('decision-not-to-issue', a.outcomeDate.day);
      else if (a.outcome?.effect === 'undecided') {
        notes.push(`${id}: AssessmentOutcome ${a.outcome.code} (${a.outcome.meaning}): no decision event; the plan or the decision not to issue is still due.`);
      }
      if (a.plan?.start) at('final-plan-issued', a.plan.start.day);
      if (a.exceptionRecorded) exceptionRecorded = true;
    }
  }
  for (const a of r.assessments) {
    if (a.plan?.cease) {
      at('plan-ceased', a.plan.cease.day, a.plan.ceaseReason ? { note: `CeaseReason ${a.plan.ceaseReason.code}: ${a.plan.ceaseReason.meaning}` } : {});
    }
  }
  if (active) {
    if (active.reviewMeeting) at('review-meeting', active.reviewMeeting.day);
    if (active.lastReview) {
      at('review-decision-notified', active.lastReview.day, active.reviewOutcome ? { decision: active.reviewOutcome.effect } : {});
    }
    if (active.phaseTransferFinal) at('amended-plan-issued', active.phaseTransferFinal.day, { note: 'PhaseTransferFinalDate: the final amended plan at the phase transfer' });
    if (active.phaseTransferDue) {
      notes.push(`${id}: PhaseTransferDueDate ${dayToIso(active.phaseTransferDue.day)} is the authority's own reg 18 date; the engine computes the transfer's date from the date of birth.`);
    }
  }
  if (exceptionRecorded) {
    notes.push(`${id}: Week20 = 1: exceptions to the 20-week limit were recorded, without which or when; reported as "exception recorded".`);
  }
  return {
    id,
    ...(p.birth ? { dateOfBirth: dayToIso(p.birth.day) } : {}),
    ...(exceptionRecorded ? { twentyWeekExceptionRecorded: true } : {}),
    events,
  };
}

/**
 * The case id of a person's n-th request (1-based) among `count` requests.
 * @example
 * sen2CaseId('A123456789012', 1, 1) // 'A123456789012'
 * sen2CaseId('A123456789012', 2, 3) // 'A123456789012#2'
 */
export function sen2CaseId(personId: string, n: number, count: number): string {
  return count === 1 ? personId : `${personId}#${n}`;
}

/**
 * A read person's cases, findings and notes. @internal
 */
export function casesOfReadPerson(p: ReadPerson, census: number): Sen2PersonCases {
  const findings = checkReadPerson(p, census);
  const setAside = findings.some((f) => f.severity === 'set-aside');
  const notes: string[] = [];
  const cases = setAside ? [] : p.requests.map((r, i) => requestCase(p, r, sen2CaseId(p.personId, i + 1, p.requests.length), notes));
  return { position: p.person.position, personId: p.personId, cases, setAside, findings, notes };
}

/**
 * A person of the SEN2 return as the library's case records (one per request), with the
 * data-quality findings (docs/sen2.md). The census date (the header's `ReferenceDate`) is needed
 * to find dates after it.
 * @example
 * ```ts
 * const mapped = sen2PersonToCases(
 *   { position: 1, upn: 'A123456789012', requests: [{ receivedDate: '2025-01-06', requestOutcome: 'Y', requestOutcomeDate: '2025-02-10',
 *     assessments: [{ assessmentOutcome: 'Y', assessmentOutcomeDate: '2025-04-28', week20: '0', namedPlan: { startDate: '2025-05-26', placements: [] } }] }] },
 *   { census: '2026-01-15' },
 * );
 * mapped.cases[0]?.events.map((e) => e.type); // ['request-received', 'assessment-decision-notified', 'final-plan-issued']
 * ```
 */
export function sen2PersonToCases(person: Sen2Person, options: { readonly census: IsoDate }): Sen2PersonCases {
  return casesOfReadPerson(readPerson(person), isoToDay(options.census, 'census'));
}
