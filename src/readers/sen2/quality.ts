/**
 * Data quality of a SEN2 return, person by person: every date combination the law makes impossible
 * (a plan issued before its request, an outcome before the request, a review before the plan
 * started, a decision before its meeting, a birth after any event, any date after the census date),
 * each listed with the elements that hold the dates. A person with such a finding, an unreadable
 * date or an unknown code is set aside; the rest are warnings (docs/sen2.md "Data quality").
 */
import { dayToIso, isoToDay, type IsoDate } from '../../day/iso.js';
import { finding, type Sen2Finding } from './findings.js';
import type { Sen2Person } from './model.js';
import { readPerson, type ReadDay, type ReadPerson } from './read-person.js';

/** The element name at the end of a path. */
const element = (d: ReadDay): string => d.path.slice(d.path.lastIndexOf('/') + 1);

/** A finding when `later` comes before `earlier` (the same day is possible: both acts on one day). */
function notBefore(out: Sen2Finding[], kind: Sen2Finding['kind'], earlier: ReadDay | undefined, later: ReadDay | undefined, why: string, p: ReadPerson): void {
  if (earlier === undefined || later === undefined || later.day >= earlier.day) return;
  out.push(finding(kind, later.path, later.text,
    `${later.path} (${dayToIso(later.day)}) is before ${earlier.path} (${dayToIso(earlier.day)}): ${why}`, p.person.source));
}

/**
 * The findings of a read person, its own (unreadable dates, unknown codes) and the date checks.
 * @internal
 */
export function checkReadPerson(p: ReadPerson, census: number): Sen2Finding[] {
  const out: Sen2Finding[] = [...p.findings];
  if (p.requests.length === 0) {
    out.push(finding('no-requests', p.path, p.personId, `${p.path} (${p.personId}) has no Requests: there is nothing of this person to audit.`, p.person.source));
  }
  const all: ReadDay[] = [];
  for (const r of p.requests) {
    const req = r.received;
    if (req === undefined) {
      out.push(finding('missing-received-date', `${r.path}/ReceivedDate`, undefined,
        `${r.path} has no ReceivedDate: the request's own deadlines (6 and 20 weeks) cannot be counted; its other dates are audited.`, p.person.source));
    }
    if (r.outcome !== undefined && r.outcomeDate === undefined && (r.outcome.effect === 'assess' || r.outcome.effect === 'not-assess')) {
      out.push(finding('outcome-without-date', `${r.path}/RequestOutcomeDate`, undefined, `${r.path}/RequestOutcome is ${r.outcome.code} (${r.outcome.meaning}) but RequestOutcomeDate is missing: no decision date to audit.`, p.person.source));
    }
    if (r.outcome === undefined && r.outcomeDate !== undefined) {
      out.push(finding('date-without-outcome', `${r.path}/RequestOutcome`, undefined, `${r.path}/RequestOutcomeDate is ${dayToIso(r.outcomeDate.day)} but RequestOutcome is missing: which decision was made is not known, so none is audited.`, p.person.source));
    }
    notBefore(out, 'outcome-before-request', req, r.outcomeDate, 'a decision whether to assess cannot precede the request (reg 4, 5).', p);
    all.push(...[req, r.outcomeDate].filter((d): d is ReadDay => d !== undefined));
    for (const a of r.assessments) {
      notBefore(out, 'outcome-before-request', req, a.outcomeDate, 'an assessment\'s outcome cannot precede the request.', p);
      notBefore(out, 'plan-outcome-before-decision', r.outcomeDate, a.outcomeDate, 'the outcome of an assessment cannot precede the decision to assess (reg 5, 10).', p);
      const plan = a.plan;
      notBefore(out, 'plan-before-request', req, plan?.start, 'a plan cannot be issued before the request for the assessment it follows (reg 13(2)).', p);
      notBefore(out, 'ceased-before-plan', plan?.start, plan?.cease, 'a plan cannot cease before it started.', p);
      // A historical outcome (H) may carry its plan: the decision to issue came before the collection period.
      if (plan?.start !== undefined && a.outcome !== undefined && a.outcome.effect !== 'plan' && a.outcome.effect !== 'historical') {
        out.push(finding('plan-without-plan-outcome', plan.start.path, plan.start.text, `${plan.start.path} records a plan issued on ${dayToIso(plan.start.day)}, but ${a.path}/AssessmentOutcome is ${a.outcome.code} (${a.outcome.meaning}): the plan is audited as issued.`, p.person.source));
      }
      all.push(...[a.outcomeDate, plan?.start, plan?.cease].filter((d): d is ReadDay => d !== undefined));
      const active = r.active;
      if (active !== undefined && active.transferLa === undefined) {
        // A plan transferred in started at the first authority; its own dates are not this authority's.
        notBefore(out, 'review-before-plan', plan?.start, active.reviewMeeting, 'a plan cannot be reviewed before it started (CFA 2014 s44).', p);
        notBefore(out, 'amended-before-plan', plan?.start, active.phaseTransferFinal, 'a plan cannot be amended before it started.', p);
      }
    }
    const active = r.active;
    if (active !== undefined) {
      notBefore(out, 'decision-before-meeting', active.reviewMeeting, active.lastReview, 'the decision after a review comes after its meeting (reg 20(10)).', p);
      all.push(...[active.reviewMeeting, active.lastReview, active.phaseTransferFinal].filter((d): d is ReadDay => d !== undefined));
    }
  }
  if (p.birth !== undefined) {
    const first = all.reduce<ReadDay | undefined>((a, b) => (a === undefined || b.day < a.day ? b : a), undefined);
    if (first !== undefined && first.day < p.birth.day) {
      out.push(finding('birth-after-event', p.birth.path, p.birth.text, `${p.birth.path} (${dayToIso(p.birth.day)}) is after ${first.path} (${dayToIso(first.day)}): nothing about a child can happen before their birth.`, p.person.source));
    }
    all.push(p.birth);
  }
  for (const d of all) {
    // The return describes the position on the census date: a later date cannot have happened yet.
    if (d.day > census) {
      out.push(finding('after-census', d.path, d.text, `${d.path} (${dayToIso(d.day)}) is after the census date ${dayToIso(census)}: ${element(d)} cannot be later than the date the return describes.`, p.person.source));
    }
  }
  return out;
}

/**
 * The data-quality findings of one person of a return, given the census date (the header's
 * `ReferenceDate`). Findings with `severity: 'set-aside'` mean the person cannot be audited as read.
 * @example
 * ```ts
 * const findings = sen2Findings(person, '2026-01-15');
 * findings.filter((f) => f.severity === 'set-aside').map((f) => f.kind); // e.g. ['plan-before-request']
 * ```
 */
export function sen2Findings(person: Sen2Person, census: IsoDate): Sen2Finding[] {
  return checkReadPerson(readPerson(person), isoToDay(census, 'census'));
}
