/**
 * The Department's 20-week measure counts new plans issued in the calendar year before the census.
 * A plan whose AssessmentOutcome is H (historical: the decision to issue was made before the
 * collection period, or the plan was transferred in "even if the EHC plan start date is within the
 * collection year", the guide's item 3.1) is not a new plan of this return: it is left out of the
 * measure exactly as a plan with TransferLA is.
 */
import { describe, expect, it } from 'vitest';
import { auditSen2 } from '../../../src/readers/sen2/index.js';
import { assessment, header, person, plan, planned, request } from '../../support/sen2-model.js';

/** A plan issued on `issued` under AssessmentOutcome H, its request received on `received`. */
function historical(position: number, received: string, issued: string) {
  return person(position, {
    requests: [request({
      receivedDate: received,
      requestOutcome: 'H',
      assessments: [assessment({ assessmentOutcome: 'H', week20: '0', namedPlan: plan({ startDate: issued }) })],
    })],
  });
}

describe('SEN2 measures: plans under AssessmentOutcome H (historical)', () => {
  it('census 15 Jan 2026, year 2025: a new plan (6 Jan → 26 May 2025, 140 days: within) counts; an H plan started 2 Jun 2025 is left out', () => {
    const r = auditSen2([planned(1, '2025-01-06', '2025-05-26'), historical(2, '2024-06-03', '2025-06-02')], header('2026-01-15'));
    expect(r.measures.plans).toMatchObject({ year: 2025, issued: 1, transferredInLeftOut: 1 });
  });

  it('the same H plan with a request 7 days before its start would be within 20 weeks: it is still not counted, so the share is unchanged', () => {
    const r = auditSen2([planned(1, '2025-01-06', '2025-06-02'), historical(2, '2025-05-26', '2025-06-02')], header('2026-01-15'));
    // Plan 1: 6 Jan + 140 days = 26 May; issued 2 Jun, 7 days late. Plan 2 (H) is not a new plan here.
    expect(r.measures.plans).toMatchObject({ issued: 1, transferredInLeftOut: 1 });
  });
});
