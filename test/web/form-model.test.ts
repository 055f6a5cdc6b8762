/**
 * The calculator's form is read from each rule's record (issue 17 §1.1: "the trigger inputs the
 * rule's record defines; the options it takes"): checked here for every rule of the table.
 */
import { describe, expect, it } from 'vitest';
import { deadline } from '../../src/engine/deadline.js';
import { SendTimescalesError } from '../../src/errors.js';
import { getRule, rules } from '../../src/law/index.js';
import { findCompoundMethod } from '../../src/law/methods/index.js';
import { complete, formModel, optionsOf, readsTerms, triggerOf } from '../../src/web/form-model.js';

/** A value a person could enter in each kind of control; a later date field an earlier date (a previous meeting before its meeting). */
const SAMPLE = { date: ['2025-01-06', '2024-11-04'], 'datetime-local': ['2025-01-06T14:30'], 'rule-select': ['order-make-plan-final'] } as const;

describe('formModel: one input per trigger field, labelled with the field\'s own label', () => {
  it.each(rules.map((r) => [r.id, r] as const))('%s', (_, rule) => {
    const model = formModel(rule);
    expect(model.fields.map((f) => [f.name, f.label, f.required])).toEqual(rule.triggerShape.fields.map((f) => [f.name, f.label, f.optional !== true]));
    for (const [i, f] of model.fields.entries()) {
      const kind = rule.triggerShape.fields[i]!.kind;
      expect(f.control).toBe(kind === 'date' ? 'date' : kind === 'instant' ? 'datetime-local' : 'rule-select');
    }
    // The options the record says the rule takes, and no other.
    const names = model.options.map((o) => o.name);
    expect(names.includes('fixedDate')).toBe(rule.period.kind === 'fixed-date');
    expect(names.includes('notice')).toBe(rule.direction === 'at-least-before');
    expect(names.includes('coronavirus')).toBe(rule.modifiedBy.length > 0);
    const exception = model.options.find((o) => o.name === 'exception');
    expect(exception?.choices.slice(1).map((c) => c.value) ?? []).toEqual(rule.exceptions);
    expect(model.profile).toBe(rule.profile);
    // Every control labelled: a person (and a browser test) finds it by its label.
    for (const o of model.options) expect(o.label.length).toBeGreaterThan(5);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s: the filled-in form gives deadline() a trigger of the rule\'s shape', (_, rule) => {
    const model = formModel(rule);
    const values = Object.fromEntries(model.fields.map((f, i) => [f.name, SAMPLE[f.control][Math.min(i, SAMPLE[f.control].length - 1)]!]));
    expect(complete(model, values)).toBe(true);
    expect(complete(model, {})).toBe(model.fields.every((f) => !f.required));
    try {
      const result = deadline(rule.id, triggerOf(rule, values), optionsOf(model, {}));
      expect(result.ruleId).toBe(rule.id);
    } catch (e) {
      // Some rules need more than a trigger (a term calendar, a version in force that day): the
      // library says so in its own error. A trigger of the wrong shape would be the page's fault.
      expect(e).toBeInstanceOf(SendTimescalesError);
      expect((e as SendTimescalesError).code).not.toBe('INVALID_TRIGGER');
    }
  });
});

describe('the form\'s results, worked by hand', () => {
  it('reg 13(2) final-plan: request 6 January 2025 + 20 weeks (140 days) = Monday 26 May 2025', () => {
    const rule = rules.find((r) => r.id === 'final-plan')!;
    const model = formModel(rule);
    expect(deadline('final-plan', triggerOf(rule, { date: '2025-01-06' }), optionsOf(model, {})).due).toBe('2025-05-26');
  });

  it('reg 15(2) plan-transfer: aware 17 March, move 24 March 2025 (under 15 working days\' notice); 15 working days beginning with 17 March = 4 April 2025', () => {
    const rule = rules.find((r) => r.id === 'plan-transfer')!;
    expect(deadline('plan-transfer', triggerOf(rule, { move: '2025-03-24', aware: '2025-03-17' }), optionsOf(formModel(rule), {})).due).toBe('2025-04-04');
  });

  it('reg 5(4)(c) personal circumstances chosen on the form lifts reg 13(2)\'s limit (no date; it would have been 26 May 2025)', () => {
    const rule = rules.find((r) => r.id === 'final-plan')!;
    const result = deadline('final-plan', '2025-01-06', optionsOf(formModel(rule), { exception: 'personal-circumstances' }));
    expect([result.due, result.status, result.wouldHaveBeenDue]).toEqual([null, 'lifted', '2025-05-26']);
  });

  it('reg 18(1) phase-transfer, "before 15 February": on-or-before chosen gives 15 February 2026 for a transfer on 1 September 2026', () => {
    const rule = rules.filter((r) => r.id === 'phase-transfer').at(-1)!;
    const model = formModel(rule);
    expect(deadline('phase-transfer', '2026-09-01', optionsOf(model, { fixedDate: 'on-or-before' })).due).toBe('2026-02-15');
    expect(deadline('phase-transfer', '2026-09-01', optionsOf(model, {})).due).toBe('2026-02-14');
  });

  it('a Dorset rule is worked out with its own profile, from its record', () => {
    const rule = rules.find((r) => r.id === 'dorset-first-review')!;
    const options = optionsOf(formModel(rule), {});
    expect(options.profile).toBe('dorset');
    expect(deadline('dorset-first-review', '2025-01-10', options).statutory).toEqual({ ruleId: 'annual-review', due: '2026-01-09' });
  });

  it('a choice the rule does not offer is not passed on (the reading of a notice, for the 20-week limit)', () => {
    const rule = rules.find((r) => r.id === 'final-plan')!;
    expect(optionsOf(formModel(rule), { notice: 'permissive', fixedDate: 'on-or-before' })).toEqual({});
  });
});

describe('a term calendar offered where the rule\'s record reads term dates', () => {
  it('a span of school days (Dorset para 6.17, 6 school days) and a method that reads the terms: offered; the law\'s spans of weeks and working days: not', () => {
    const schoolDays = rules.filter((r) => r.period.kind === 'span' && r.period.unit === 'school-days');
    expect(schoolDays.map((r) => r.id)).toContain('dorset-exclusion-provision');
    for (const r of schoolDays) expect(formModel(r).terms, r.id).toBe(true);
    const byMethod = rules.filter((r) => r.period.kind === 'compound' && findCompoundMethod(r.period.method)?.readsTerms === true);
    expect(byMethod.length).toBeGreaterThan(0);
    for (const r of byMethod) expect(formModel(r).terms, r.id).toBe(true);
    for (const id of ['final-plan', 'assessment-decision', 'appeal', 'phase-transfer']) expect(formModel(getRule(id)).terms, id).toBeUndefined();
    // Exactly the rules whose records say so, however many there are.
    expect(rules.filter((r) => readsTerms(r)).map((r) => r.id).sort()).toEqual([...schoolDays, ...byMethod].map((r) => r.id).sort());
  });

  it('the method that reads the terms gives no date without them, as the form tells the user', () => {
    const r = rules.find((x) => x.period.kind === 'compound' && findCompoundMethod(x.period.method)?.readsTerms === true)!;
    const d = deadline(r.id, '2026-09-01', { profile: r.profile! });
    expect(d.due).toBeNull();
    expect(d.reason).toMatch(/term calendar/);
  });
});
