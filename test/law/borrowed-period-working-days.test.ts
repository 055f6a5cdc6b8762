/**
 * CFA 2014 s45(4): a plan is maintained until "the period allowed for bringing an appeal under
 * section 51" has ended. That period is the Tribunal's (HESC r20(1)(c), moved by r12(2)–(3)), so the
 * working days that move it are the Tribunal Procedure Rules' (r1(3)), not the SEND Regulations'
 * undefined term. A rule that borrows another's period (`periodOf`) says so in its trace, and a
 * local restatement that names no definition of its own (Dorset para 9.6) inherits the borrowed one.
 */
import { describe, expect, it } from 'vitest';
import { deadline } from '../../src/index.js';
import { getRule } from '../../src/law/index.js';

const TRIBUNAL = /Tribunal Procedure Rules define a working day \(r1\(3\)\)/;
const workingDayLine = (ruleId: string, options = {}) =>
  deadline(ruleId, { decisionSent: '2025-06-20' }, options).trace.find((s) => s.step === 'Working days')?.detail;

describe('s45(4) cease-pending-appeal: the appeal period\'s working days', () => {
  it('[records] the record names the Tribunal Procedure Rules\' definition, as the appeal rule does', () => {
    expect(getRule('cease-pending-appeal').workingDays).toBe('tribunal-procedure-rules');
    expect(getRule('cease-pending-appeal').workingDays).toBe(getRule('appeal').workingDays);
  });

  it('decision sent Fri 20 Jun 2025: 2 months → Wed 20 Aug, in August so r12(3)(a) → Mon 1 Sep; the trace cites HESC r1(3)', () => {
    const d = deadline('cease-pending-appeal', { decisionSent: '2025-06-20' });
    expect(d.due).toBe('2025-09-01');
    expect(workingDayLine('cease-pending-appeal')).toMatch(TRIBUNAL);
    expect(workingDayLine('cease-pending-appeal')).toBe(workingDayLine('appeal'));
  });

  it('Dorset para 9.6 restates s45(4) with no definition of its own: it inherits the appeal period\'s', () => {
    const d = deadline('dorset-cease-pending-appeal', { decisionSent: '2025-06-20' }, { profile: 'dorset' });
    expect(d.due).toBe('2025-09-01');
    expect(workingDayLine('dorset-cease-pending-appeal', { profile: 'dorset' })).toMatch(TRIBUNAL);
  });

  it('reg 34(1) mediation-certificate counts its own working days: the SEND Regulations\' undefined term, with no period borrowed', () => {
    // Mediation-certificate: 3 working days after the adviser was told; its record names no Tribunal definition.
    const line = deadline('mediation-certificate', '2025-06-20').trace.find((s) => s.step === 'Working days')?.detail;
    expect(line).toMatch(/not defined in the SEND Regulations 2014/);
  });
});
