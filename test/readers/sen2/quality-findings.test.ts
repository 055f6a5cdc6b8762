import { describe, expect, it } from 'vitest';
import { sen2Findings } from '../../../src/readers/sen2/quality.js';
import type { Sen2Person } from '../../../src/readers/sen2/model.js';
import { active, person, plan, planned, request } from '../../support/sen2-model.js';

const census = '2026-01-15';
const kinds = (p: Sen2Person): [string, string, string][] => sen2Findings(p, census).map((f) => [f.kind, f.severity, f.path]);

describe('Data quality: each impossible date combination, with the element names', () => {
  it('a clean person has no findings', () => {
    expect(sen2Findings(planned(1, '2025-01-06', '2025-05-26'), census)).toEqual([]);
  });

  it.each<[string, Sen2Person, [string, string, string]]>([
    ['plan issued before the request', planned(1, '2025-03-03', '2025-03-01'),
      ['plan-before-request', 'set-aside', 'Person[1]/Requests[1]/Assessment[1]/NamedPlan/StartDate']],
    ['request outcome before the request', person(2, { requests: [request({ receivedDate: '2025-03-03', requestOutcome: 'N', requestOutcomeDate: '2025-03-02' })] }),
      ['outcome-before-request', 'set-aside', 'Person[2]/Requests[1]/RequestOutcomeDate']],
    ['a review before the plan started', person(3, { requests: [request({ receivedDate: '2024-01-08', requestOutcome: 'Y', requestOutcomeDate: '2024-02-12', assessments: [{ assessmentOutcome: 'Y', assessmentOutcomeDate: '2024-05-01', namedPlan: plan({ startDate: '2024-05-20' }) }], activePlans: active({ reviewMeeting: '2024-05-01' }) })] }),
      ['review-before-plan', 'set-aside', 'Person[3]/Requests[1]/ActivePlans/ReviewMeeting']],
    ['a review decision before its meeting', person(4, { requests: [request({ receivedDate: '2024-01-08', activePlans: active({ reviewMeeting: '2025-05-01', lastReview: '2025-04-30' }) })] }),
      ['decision-before-meeting', 'set-aside', 'Person[4]/Requests[1]/ActivePlans/LastReview']],
    ['a birth after the request', person(5, { personBirthDate: '2025-02-01', requests: [request({ receivedDate: '2025-01-06' })] }),
      ['birth-after-event', 'set-aside', 'Person[5]/PersonBirthDate']],
    ['a date after the census date', planned(6, '2025-10-06', '2026-01-16'),
      ['after-census', 'set-aside', 'Person[6]/Requests[1]/Assessment[1]/NamedPlan/StartDate']],
    ['an unreadable date', person(7, { requests: [request({ receivedDate: '06/01/2025' })] }),
      ['unreadable-date', 'set-aside', 'Person[7]/Requests[1]/ReceivedDate']],
    ['an unknown code', person(8, { requests: [request({ receivedDate: '2025-01-06', requestOutcome: 'B', requestOutcomeDate: '2025-02-03' })] }),
      ['unknown-code', 'set-aside', 'Person[8]/Requests[1]/RequestOutcome']],
    ['a plan that ceased before it started', person(9, { requests: [request({ receivedDate: '2024-01-08', assessments: [{ assessmentOutcome: 'Y', namedPlan: plan({ startDate: '2024-05-20', ceaseDate: '2024-05-19' }) }] })] }),
      ['ceased-before-plan', 'set-aside', 'Person[9]/Requests[1]/Assessment[1]/NamedPlan/CeaseDate']],
  ])('%s', (_name, p, expected) => {
    expect(kinds(p)).toContainEqual(expected);
  });

  it('the same day is possible: a plan issued on the day of the request, a decision on the day of the meeting', () => {
    expect(sen2Findings(planned(1, '2025-03-03', '2025-03-03'), census)).toEqual([]);
    expect(sen2Findings(person(2, { requests: [request({ receivedDate: '2024-01-08', activePlans: active({ reviewMeeting: '2025-05-01', lastReview: '2025-05-01' }) })] }), census)).toEqual([]);
  });

  it('the census date itself is within the return', () => {
    expect(sen2Findings(planned(1, '2025-09-01', '2026-01-15'), census)).toEqual([]);
  });

  it('a transferred-in plan\'s reviews may precede nothing here: its StartDate is the first authority\'s', () => {
    const p = person(1, { requests: [request({ receivedDate: '2024-01-08', assessments: [{ assessmentOutcome: 'Y', namedPlan: plan({ startDate: '2024-05-20' }) }], activePlans: active({ transferLa: '201', reviewMeeting: '2024-05-01' }) })] });
    expect(kinds(p).map((k) => k[0])).not.toContain('review-before-plan');
  });

  it.each<[string, Sen2Person, string]>([
    ['a request with no ReceivedDate', person(1, { requests: [request({ requestOutcome: 'A' })] }), 'missing-received-date'],
    ['an outcome with no date', person(2, { requests: [request({ receivedDate: '2025-01-06', requestOutcome: 'Y' })] }), 'outcome-without-date'],
    ['a date with no outcome', person(3, { requests: [request({ receivedDate: '2025-01-06', requestOutcomeDate: '2025-02-03' })] }), 'date-without-outcome'],
    ['a plan after an outcome of no plan', person(4, { requests: [request({ receivedDate: '2025-01-06', assessments: [{ assessmentOutcome: 'N', namedPlan: plan({ startDate: '2025-05-26' }) }] })] }), 'plan-without-plan-outcome'],
  ])('warnings, where the law is not offended: %s', (_name, p, kind) => {
    const found = sen2Findings(p, census);
    expect(found.map((f) => [f.kind, f.severity])).toContainEqual([kind, 'warning']);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('every finding is an issue of the library\'s error shape', () => {
    const [f] = sen2Findings(person(7, { source: { line: 42 }, requests: [request({ receivedDate: '2025-13-01' })] }), census);
    expect(f).toMatchObject({ code: 'INVALID_DATE', path: 'Person[7]/Requests[1]/ReceivedDate', value: '2025-13-01', row: 42 });
    expect(f!.message).toMatch(/ReceivedDate "2025-13-01" is not a date the return writes/);
  });
});
