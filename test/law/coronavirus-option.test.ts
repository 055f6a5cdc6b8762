import { describe, expect, it } from 'vitest';
import { deadline } from '../../src/index.js';

describe('SI 2020/471 (in force 1 May 2020, ceased to have effect 25 September 2020): the coronavirus option', () => {
  it('reg 13(2) from Monday 7 January 2019: due Monday 27 May 2019 (7 Jan + 140 days), a period before 1 May 2020, so the option has no effect and says when the relaxation applied', () => {
    // 7 Jan 2019 + 20 × 7 = 140 days = Monday 27 May 2019; the modification record runs
    // 2020-05-01 to 2020-09-25, which the period does not reach.
    const d = deadline('final-plan', '2019-01-07', { coronavirus: true });
    expect(d.due).toBe('2019-05-27');
    expect(d.status).toBeUndefined();
    expect(d.warnings).toContain('The coronavirus option has no effect: the period does not overlap Friday 1 May 2020 to Friday 25 September 2020, when the relaxation applied.');
  });

  it('reg 15(2) with the move on the day of awareness + 15 working days or more: only the late-awareness limb was relaxed, and the message cites the instrument briefly', () => {
    // Aware Monday 1 June 2020, move Monday 20 July 2020: already 21 working days strictly between
    // in June alone (2–5, 8–12, 15–19, 22–26, 29–30), 15 or more, so the duty is on the day of the
    // move, 20 July 2020, which SI 2020/471 did not relax (only the late-awareness limb).
    const d = deadline('plan-transfer', { aware: '2020-06-01', move: '2020-07-20' }, { coronavirus: true });
    expect(d.due).toBe('2020-07-20');
    expect(d.warnings.join('\n')).toContain('SI 2020/471 relaxed only the late-awareness limb of this regulation');
  });
});
