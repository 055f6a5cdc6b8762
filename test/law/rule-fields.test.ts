/**
 * The facts the engine reads from a rule record, each set where the law needs it: the trigger's
 * shape (and the 0.4 names beside it), which "working day" a count uses, how the exception records
 * cite the rule's provision, and whose period it borrows.
 */
import { describe, expect, it } from 'vitest';
import { deadline, getProfile, localRules, rules, statutoryRules } from '../../src/index.js';
import { exceptionRecords } from '../../src/law/exceptions.js';
import { findCompoundMethod } from '../../src/law/methods/index.js';
import { fieldNamesOf, sameShape } from '../../src/law/trigger-shape.js';
import type { Rule } from '../../src/law/types.js';

const dorset = getProfile('dorset');

describe('trigger shapes on the records', () => {
  it.each(rules.map((r) => [r.id, r] as const))('%s: triggerFields are the names of its triggerShape; every field has a label', (_, r) => {
    expect(fieldNamesOf(r.triggerShape)).toEqual(r.triggerFields);
    for (const f of r.triggerShape.fields) expect(f.label).toMatch(/^[A-Z]/);
  });
  it('a compound rule takes its method\'s fields (names, kinds, optional fields)', () => {
    for (const r of rules) {
      if (r.period.kind !== 'compound') continue;
      const method = findCompoundMethod(r.period.method, dorset.methods);
      expect(method, r.id).toBeDefined();
      expect(sameShape(r.triggerShape, method!.trigger), r.id).toBe(true);
    }
  });
  it('only a rule counted in hours takes an instant; only as-order takes a rule id', () => {
    const kinds = (r: Rule) => r.triggerShape.fields.map((f) => f.kind);
    expect(rules.filter((r) => kinds(r).includes('instant')).map((r) => r.id)).toEqual(['dorset-casework-recording']);
    expect(rules.filter((r) => kinds(r).includes('rule-id')).map((r) => r.id)).toEqual(['mediation-agreement-appealable']);
  });
});

describe('working-day definitions', () => {
  /** Whether a rule's count can use working days: a span of working days, or a method that counts them. */
  const countsWorkingDays = (r: Rule) => (r.period.kind === 'span' && r.period.unit === 'working-days')
    || (r.period.kind === 'compound' && ['plan-transfer', 'appeal', 'tribunal-working-days', 'as-order'].includes(r.period.method));
  /** The definition a rule's citation implies: a borrowed period's (s45(4) applies the appeal period, HESC r1(3)), else the Tribunal Procedure Rules' for the HESC rules, else the SEND Regulations'. */
  const impliedDefinition = (r: Rule): string | undefined => (r.periodOf !== undefined
    ? statutoryRules.find((x) => x.id === r.periodOf)?.workingDays
    : r.citation.instrument.includes('Tribunal Procedure') ? 'tribunal-procedure-rules' : 'send-regulations');
  it('every statutory rule that counts working days names its definition; the Tribunal Procedure Rules\' own for the HESC rules and for s45(4), which applies their appeal period', () => {
    for (const r of statutoryRules.filter(countsWorkingDays)) {
      expect(r.workingDays, r.id).toBe(impliedDefinition(r));
    }
    expect(statutoryRules.filter((r) => r.workingDays === 'tribunal-procedure-rules').map((r) => r.id)).toEqual(['cease-pending-appeal', 'appeal', 'tribunal-response']);
  });
  it('tribunal-response: Thu 3 Jul 2025 + 30 counted working days → the trace quotes r1(3); final-plan-like counts quote the SEND Regulations', () => {
    const tribunal = deadline('tribunal-response', '2025-07-03').trace.find((s) => s.step === 'Working days')?.detail;
    expect(tribunal).toMatch(/^The Tribunal Procedure Rules define a working day \(r1\(3\)\)/);
    const send = deadline('health-change-notify', '2025-07-03').trace.find((s) => s.step === 'Working days')?.detail;
    expect(send).toMatch(/^"Working day" is not defined in the SEND Regulations 2014; this count uses the England and Wales calendar: .*included\)\.$/);
  });
});

describe('how exception records cite a rule (exceptionsCitedAs)', () => {
  /** The reading 0.5 made from the citation: the first "reg N(" of the provision, prefixed for SI 2015/62. */
  const fromCitation = (r: Rule) => {
    const reg = /reg (\d+)\(/.exec(r.citation.provision)?.[1];
    return reg === undefined ? undefined : `${r.citation.instrument.includes('2015/62') ? 'SI 2015/62 reg ' : 'reg '}${reg}`;
  };
  it('every rule with exceptions says how they cite it, as its citation implies', () => {
    for (const r of statutoryRules.filter((x) => x.exceptions.length > 0)) expect(r.exceptionsCitedAs, r.id).toBe(fromCitation(r));
  });
  it('each such label is one the exception records use for some exception of the rule', () => {
    for (const r of statutoryRules.filter((x) => x.exceptions.length > 0)) {
      const labels = r.exceptions.flatMap((code) => exceptionRecords[code].provisions);
      expect(labels.some((l) => l.startsWith(`${r.exceptionsCitedAs}(`)), r.id).toBe(true);
    }
  });
  it('reg 44(3)(b) is quoted in its own words for order-make-plan-final (2 weeks\' absence, not reg 5(4)(d)\'s 4)', () => {
    const r = deadline('order-make-plan-final', '2025-01-06', { exception: 'absent-from-area' });
    expect(r.exception?.citation.provision).toMatch(/^reg 44\(3\)/);
    expect(r.exception?.wording).toMatch(/2 weeks/);
  });
  it('dp-final-plan cites SI 2015/62', () => {
    expect(deadline('dp-final-plan', '2025-01-06', { exception: 'personal-circumstances' }).exception?.citation.provision).toMatch(/^SI 2015\/62 reg 13\(3\)|^SI 2015\/62 reg 10\(4\)/);
  });
});

describe('a borrowed period (periodOf)', () => {
  it('cease-pending-appeal and Dorset\'s 9.6 apply the appeal period, and say its wording was read only in a secondary source', () => {
    expect(rules.filter((r) => r.periodOf !== undefined).map((r) => [r.id, r.periodOf])).toEqual([
      ['cease-pending-appeal', 'appeal'], ['dorset-cease-pending-appeal', 'appeal'],
    ]);
    const w = deadline('cease-pending-appeal', { decisionSent: '2025-01-15' }).warnings;
    expect(w).toContain('The period is that of the rule "Appeal to the First-tier Tribunal (SEND)" (r20(1)(c); r12(2)–(3)), whose wording was read only in a secondary source (verification: secondary).');
    const dorsetWarnings = deadline('dorset-cease-pending-appeal', { decisionSent: '2025-01-15' }, { profile: dorset }).warnings;
    expect(dorsetWarnings.some((x) => x.includes('r20(1)(c); r12(2)–(3)') && x.includes('secondary source'))).toBe(true);
    expect(deadline('appeal', { decisionSent: '2025-01-15' }).warnings.some((x) => x.startsWith('The period is that of the rule'))).toBe(false);
  });
  it('no local rule names a period of a rule that does not exist', () => {
    for (const r of localRules) if (r.periodOf) expect(rules.some((x) => x.id === r.periodOf)).toBe(true);
  });
});
