/**
 * Small builders of SEN2 model objects for tests: a person with requests, an assessment with its
 * plan, an active plan. Only what a test names is set; lists default to empty. Synthetic: no real
 * person's data.
 */
import type { Sen2ActivePlan, Sen2Assessment, Sen2Header, Sen2NamedPlan, Sen2Person, Sen2Request } from '../../src/readers/sen2/model.js';

type Without<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

export function header(referenceDate = '2026-01-15'): Sen2Header {
  return { collection: 'SEN2', year: referenceDate.slice(0, 4), referenceDate };
}

export function plan(fields: Without<Sen2NamedPlan, 'placements'> = {}): Sen2NamedPlan {
  return { placements: [], ...fields };
}

export function assessment(fields: Sen2Assessment): Sen2Assessment {
  return fields;
}

export function active(fields: Without<Sen2ActivePlan, 'placements' | 'needs'> = {}): Sen2ActivePlan {
  return { placements: [], needs: [], ...fields };
}

export function request(fields: Without<Sen2Request, 'assessments'> = {}): Sen2Request {
  return { assessments: [], ...fields };
}

export function person(position: number, fields: Without<Sen2Person, 'position' | 'requests'> = {}): Sen2Person {
  return { position, requests: [], ...fields };
}

/**
 * A person whose one request led to a plan: request received on `received`, decision to assess,
 * plan issued on `issued` (the assessment outcome dated the same day), Week20 as given.
 */
export function planned(position: number, received: string, issued: string, options: { week20?: '0' | '1'; transferLa?: string; upn?: string } = {}): Sen2Person {
  return person(position, {
    ...(options.upn ? { upn: options.upn } : {}),
    requests: [request({
      receivedDate: received,
      requestOutcome: 'Y',
      requestOutcomeDate: received,
      assessments: [{ assessmentOutcome: 'Y', assessmentOutcomeDate: issued, week20: options.week20 ?? '0', namedPlan: plan({ startDate: issued }) }],
      ...(options.transferLa ? { activePlans: active({ transferLa: options.transferLa }) } : {}),
    })],
  });
}

// A synthetic return, census 15 January 2026 (the measures cover 2025). Hand-worked:
//   1 A…001  request 6 Jan 2025, plan 26 May (+140): within 20 weeks (statutory); Day 1: day 141, beyond
//   2 A…002  request 6 Jan 2025, plan 27 May (+141): 20–52 weeks
//   3 A…003  request 3 Mar 2025, plan 1 Sep (+182), Week20 = 1: 20–52 weeks, exception recorded
//   4 A…004  transferred in from LA 201, plan 15 Jul 2019: left out of the measure
//   5 A…005  plan 1 Mar before its request of 3 Mar 2025: set aside (plan-before-request)
//   6 (none) request 5 Jan 2026, undecided: audited, no plan
//   7 A…007  request 3 Jun 2024, plan 3 Jun 2025 (+365): over 52 weeks; review 1 Dec 2025, decision 22 Dec (+21): within 4 weeks
export function workedReturnPersons(): Sen2Person[] {
  return [
    planned(1, '2025-01-06', '2025-05-26', { upn: 'A000000000001' }),
    planned(2, '2025-01-06', '2025-05-27', { upn: 'A000000000002' }),
    planned(3, '2025-03-03', '2025-09-01', { upn: 'A000000000003', week20: '1' }),
    planned(4, '2019-03-01', '2019-07-15', { upn: 'A000000000004', transferLa: '201' }),
    planned(5, '2025-03-03', '2025-03-01', { upn: 'A000000000005' }),
    person(6, { requests: [request({ receivedDate: '2026-01-05', requestOutcome: 'A' })] }),
    person(7, { upn: 'A000000000007', requests: [request({
      receivedDate: '2024-06-03', requestOutcome: 'Y', requestOutcomeDate: '2024-07-08',
      assessments: [{ assessmentOutcome: 'Y', assessmentOutcomeDate: '2025-05-01', week20: '0', namedPlan: plan({ startDate: '2025-06-03' }) }],
      activePlans: active({ reviewMeeting: '2025-12-01', lastReview: '2025-12-22', reviewOutcome: 'M' }),
    })] }),
  ];
}
