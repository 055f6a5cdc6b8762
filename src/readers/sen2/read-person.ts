/**
 * A person of the return with its values read: dates as day numbers, codes as their entries of the
 * code lists, every unreadable date and unknown code a finding naming its element. The data-quality
 * checks, the mapping to cases and the measures all work from this form, so each value is read once.
 */
import { unreadableDateMessage, sen2DayOrNaN } from './dates.js';
import {
  assessmentOutcomeCodes, ceaseReasonCodes, codeOf, requestOutcomeCodes, reviewOutcomeCodes, week20Codes,
  type AssessmentEffect, type RequestEffect, type ReviewEffect, type Sen2Code, type Sen2CodeList,
} from './codes.js';
import { finding, type Sen2Finding } from './findings.js';
import type { Sen2Person, Sen2Source } from './model.js';

/** A day read from an element, with the element's path (for findings). @internal */
export interface ReadDay {
  readonly day: number;
  readonly path: string;
  readonly text: string;
}

/** @internal */
export interface ReadPlan {
  readonly path: string;
  readonly start: ReadDay | undefined;
  readonly cease: ReadDay | undefined;
  readonly ceaseReason: Sen2Code | undefined;
}

/** @internal */
export interface ReadAssessment {
  readonly path: string;
  readonly outcome: Sen2Code<AssessmentEffect> | undefined;
  readonly outcomeDate: ReadDay | undefined;
  readonly exceptionRecorded: boolean;
  readonly plan: ReadPlan | undefined;
}

/** @internal */
export interface ReadActivePlan {
  readonly path: string;
  /** The authority the plan came from, when it was transferred in. */
  readonly transferLa: string | undefined;
  readonly reviewMeeting: ReadDay | undefined;
  readonly lastReview: ReadDay | undefined;
  readonly reviewOutcome: Sen2Code<ReviewEffect> | undefined;
  readonly phaseTransferDue: ReadDay | undefined;
  readonly phaseTransferFinal: ReadDay | undefined;
}

/** @internal */
export interface ReadRequest {
  readonly path: string;
  readonly received: ReadDay | undefined;
  readonly outcome: Sen2Code<RequestEffect> | undefined;
  readonly outcomeDate: ReadDay | undefined;
  readonly assessments: readonly ReadAssessment[];
  readonly active: ReadActivePlan | undefined;
}

/** @internal */
export interface ReadPerson {
  readonly person: Sen2Person;
  /** The person's UPN, else their position in the return. */
  readonly personId: string;
  readonly path: string;
  readonly birth: ReadDay | undefined;
  readonly requests: readonly ReadRequest[];
  readonly findings: Sen2Finding[];
}

/** A present, non-empty value (an empty element says nothing). */
function given(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/**
 * Reads a person's values; unreadable dates and unknown codes become findings, never guesses.
 * @internal
 */
export function readPerson(person: Sen2Person): ReadPerson {
  const findings: Sen2Finding[] = [];
  const personId = given(person.upn) ? person.upn.trim() : String(person.position);
  const base = `Person[${person.position}]`;
  const at = person.source;
  const date = (value: string | undefined, path: string, source?: Sen2Source): ReadDay | undefined => {
    if (!given(value)) return undefined;
    const day = sen2DayOrNaN(value);
    if (day !== day) {
      findings.push(finding('unreadable-date', path, value, `${path}: ${unreadableDateMessage(path.slice(path.lastIndexOf('/') + 1), value)}`, source ?? at));
      return undefined;
    }
    return { day, path, text: value };
  };
  const code = <E extends string>(list: Sen2CodeList<E>, value: string | undefined, path: string, source?: Sen2Source): Sen2Code<E> | undefined => {
    if (!given(value)) return undefined;
    const found = codeOf(list, value);
    if (!found) {
      findings.push(finding('unknown-code', path, value, `${path}: "${value}" is not a code of ${list.element} (item ${list.item}): the codes are ${list.codes.map((c) => `${c.code} (${c.meaning})`).join(', ')}.`, source ?? at));
    }
    return found;
  };
  const birth = date(person.personBirthDate, `${base}/PersonBirthDate`);
  const requests = person.requests.map((request, r): ReadRequest => {
    const rp = `${base}/Requests[${r + 1}]`;
    const rs = request.source;
    const assessments = request.assessments.map((a, k): ReadAssessment => {
      const ap = `${rp}/Assessment[${k + 1}]`;
      const week20 = code(week20Codes, a.week20, `${ap}/Week20`, a.source);
      const plan = a.namedPlan;
      const pp = `${ap}/NamedPlan`;
      return {
        path: ap,
        outcome: code(assessmentOutcomeCodes, a.assessmentOutcome, `${ap}/AssessmentOutcome`, a.source),
        outcomeDate: date(a.assessmentOutcomeDate, `${ap}/AssessmentOutcomeDate`, a.source),
        exceptionRecorded: week20?.effect === 'recorded',
        plan: plan === undefined ? undefined : {
          path: pp,
          start: date(plan.startDate, `${pp}/StartDate`, plan.source),
          cease: date(plan.ceaseDate, `${pp}/CeaseDate`, plan.source),
          ceaseReason: code(ceaseReasonCodes, plan.ceaseReason, `${pp}/CeaseReason`, plan.source),
        },
      };
    });
    const active = request.activePlans;
    const ac = `${rp}/ActivePlans`;
    return {
      path: rp,
      received: date(request.receivedDate, `${rp}/ReceivedDate`, rs),
      outcome: code(requestOutcomeCodes, request.requestOutcome, `${rp}/RequestOutcome`, rs),
      outcomeDate: date(request.requestOutcomeDate, `${rp}/RequestOutcomeDate`, rs),
      assessments,
      active: active === undefined ? undefined : {
        path: ac,
        transferLa: given(active.transferLa) ? active.transferLa.trim() : undefined,
        reviewMeeting: date(active.reviewMeeting, `${ac}/ReviewMeeting`, active.source),
        lastReview: date(active.lastReview, `${ac}/LastReview`, active.source),
        reviewOutcome: code(reviewOutcomeCodes, active.reviewOutcome, `${ac}/ReviewOutcome`, active.source),
        phaseTransferDue: date(active.phaseTransferDueDate, `${ac}/PhaseTransferDueDate`, active.source),
        phaseTransferFinal: date(active.phaseTransferFinalDate, `${ac}/PhaseTransferFinalDate`, active.source),
      },
    };
  });
  return { person, personId, path: base, birth, requests, findings };
}
