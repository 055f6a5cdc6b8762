/**
 * The plain inputs of the Department's measures (src/engine/dfe-measures.ts), taken from the
 * persons of a SEN2 return: each plan with its request day, issue day, `Week20` flag and whether it
 * was transferred in; each active plan's latest review meeting with its decision day. A plan whose
 * request has no readable `ReceivedDate` cannot be timed: it is listed in `untimed`, not dropped.
 */
import type { PlanTiming, ReviewTiming } from '../../engine/dfe-measures.js';
import type { ReadPerson } from './read-person.js';
import { sen2CaseId } from './to-cases.js';

/**
 * What the measures read from a return's audited persons.
 * @example
 * const inputs: Sen2MeasureInputs = { plans: [], reviews: [], untimed: [] };
 */
export interface Sen2MeasureInputs {
  readonly plans: PlanTiming[];
  readonly reviews: ReviewTiming[];
  /** Plans with a StartDate whose request has no ReceivedDate: their 20 weeks cannot be counted. */
  readonly untimed: { readonly caseId: string; readonly path: string }[];
}

/**
 * Adds a read person's plans and reviews to the measures' inputs.
 * @internal
 */
export function addMeasureInputs(p: ReadPerson, into: Sen2MeasureInputs): void {
  p.requests.forEach((r, i) => {
    const caseId = sen2CaseId(p.personId, i + 1, p.requests.length);
    const transferredIn = r.active?.transferLa !== undefined;
    for (const a of r.assessments) {
      const start = a.plan?.start;
      if (start === undefined) continue;
      // AssessmentOutcome H (historical): the decision to issue was made before the collection
      // period, or the plan was transferred in ("even if the EHC plan start date is within the
      // collection year", the guide's item 3.1): not a new plan of this return, so it is left out
      // of the 20-week measure as a plan with TransferLA is.
      const notNewHere = transferredIn || a.outcome?.effect === 'historical';
      if (r.received === undefined) {
        into.untimed.push({ caseId, path: start.path });
        continue;
      }
      into.plans.push({ id: caseId, requestDay: r.received.day, issueDay: start.day, exceptionRecorded: a.exceptionRecorded, transferredIn: notNewHere });
    }
    const meeting = r.active?.reviewMeeting;
    if (meeting !== undefined) into.reviews.push({ id: caseId, meetingDay: meeting.day, decisionDay: r.active?.lastReview?.day ?? null });
  });
}
