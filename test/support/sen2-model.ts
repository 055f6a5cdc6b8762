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
