/**
 * A synthetic profile (fictional "Synthshire") that uses every period kind and every compound
 * method: each span unit, a fixed date, no period, each statutory method, each method a built-in
 * profile registers, and a method of its own. It proves that a profile reaches every method
 * through the registry and that a local rule computed with a method gives the statutory rule's
 * date for the same trigger.
 */
import { describe, expect, it } from 'vitest';
import { deadline, getRule, rules, type Rule, type TriggerInput } from '../../../src/index.js';
import { defineProfile } from '../../../src/schema/define-profile.js';
import { statutoryMethods } from '../../../src/law/methods/index.js';
import { date, namedFields } from '../../../src/law/trigger-shape.js';
import type { CompoundMethodDefinition } from '../../../src/law/methods/types.js';

const NAME = 'synthshire';

/** A local record from a template: fictional wording and citation, local force. */
function local(id: string, from: Partial<Rule> & Pick<Rule, 'period'>, statutory: string | null = null): Record<string, unknown> {
  return {
    title: `Synthshire: ${id} (fictional)`,
    process: 'plan',
    owedBy: 'Synthshire Council (fictional)',
    trigger: 'the trigger of the fictional standard',
    triggerFields: 'date',
    counting: 'after',
    direction: 'within',
    rollForward: false,
    modifiedBy: [],
    exceptions: [],
    notes: ['Fictional, for tests.'],
    ...from,
    id: `${NAME}-${id}`,
    wording: 'FICTIONAL: a synthetic standard for tests.',
    citation: { instrument: 'Synthshire Standards (fictional)', provision: id, url: '' },
    force: 'local',
    verification: 'unverified',
    inForce: { from: '2014-09-01' },
    profile: NAME,
    statutory,
  };
}

/** The profile's own method: 14 days after the later of two dates. */
const fortnightAfterLater: CompoundMethodDefinition = {
  id: `${NAME}-fortnight-after-later`,
  description: '14 days after the later of two dates',
  trigger: namedFields(date('a', 'First date'), date('b', 'Second date')).triggerShape,
  compute: ({ days }) => ({ due: Math.max(days.a!, days.b!) + 14, usesWorkingDays: false }),
};

/** For each statutory method, the first statutory rule that uses it, copied as a local rule. */
const statutoryUsers = statutoryMethods.map((m) => {
  const rule = rules.find((r) => r.force !== 'local' && r.period.kind === 'compound' && r.period.method === m.id)!;
  return { method: m.id, rule };
});

/** For each built-in profile's method, the Dorset rule that uses it. */
const dorsetUsers = ['dorset-review-letter', 'dorset-end-of-autumn-term'].map((method) => ({
  method,
  rule: rules.find((r) => r.profile === 'dorset' && r.period.kind === 'compound' && r.period.method === method)!,
}));

function copyOf(rule: Rule, id: string): Record<string, unknown> {
  const { id: _id, force: _f, profile: _p, statutory: _s, citation: _c, verification: _v, inForce: _i, appliesTo: _a, ...rest } = rule as Rule & Record<string, unknown>;
  return local(id, rest as Partial<Rule> & Pick<Rule, 'period'>, rule.force === 'local' ? null : rule.id);
}

const synthshire = defineProfile({
  name: NAME,
  title: 'Synthshire Standards (fictional)',
  council: 'Synthshire Council (fictional)',
  source: { title: 'none: a synthetic profile for tests', read: 'fictional' },
  methods: [fortnightAfterLater],
  rules: [
    local('days', { period: { kind: 'span', unit: 'days', n: 15 } }),
    local('weeks', { period: { kind: 'span', unit: 'weeks', n: 6 } }),
    local('months', { period: { kind: 'span', unit: 'months', n: 12 } }),
    local('working-days', { period: { kind: 'span', unit: 'working-days', n: 10 } }),
    local('school-days', { period: { kind: 'span', unit: 'school-days', n: 6 } }),
    local('hours', { period: { kind: 'span', unit: 'hours', n: 48 } }),
    local('fixed-date', { period: { kind: 'fixed-date', month: 2, day: 15 } }),
    local('none', { period: { kind: 'none', reason: 'No period is set: the standard says "promptly".' } }),
    ...statutoryUsers.map(({ method, rule }) => copyOf(rule, `method-${method}`)),
    ...dorsetUsers.map(({ method, rule }) => copyOf(rule, `method-${method}`)),
    local('own-method', {
      triggerFields: ['a', 'b'],
      period: { kind: 'compound', method: fortnightAfterLater.id, summary: '14 days after the later of two dates' },
    }),
  ],
});

const opts = { profile: synthshire };

describe('a synthetic profile with every period kind and every compound method', () => {
  it('uses every method the library registers, and one of its own', () => {
    const used = new Set(synthshire.rules.flatMap((r) => (r.period.kind === 'compound' ? [r.period.method] : [])));
    for (const m of statutoryMethods) expect(used.has(m.id), m.id).toBe(true);
    expect(used.has('dorset-review-letter') && used.has('dorset-end-of-autumn-term') && used.has(fortnightAfterLater.id)).toBe(true);
    expect(new Set(synthshire.rules.map((r) => r.period.kind))).toEqual(new Set(['span', 'fixed-date', 'none', 'compound']));
  });

  it('spans, hand-worked from Monday 6 January 2025', () => {
    // 15 days after: 6 Jan + 15 = 21 Jan. 6 weeks: + 42 days = 17 Feb. 12 months: 6 Jan 2026.
    expect(deadline(`${NAME}-days`, '2025-01-06', opts).due).toBe('2025-01-21');
    expect(deadline(`${NAME}-weeks`, '2025-01-06', opts).due).toBe('2025-02-17');
    expect(deadline(`${NAME}-months`, '2025-01-06', opts).due).toBe('2026-01-06');
    // 10 working days after Mon 6 Jan: 7–10 Jan (4), 13–17 Jan (5), Mon 20 Jan (10th).
    expect(deadline(`${NAME}-working-days`, '2025-01-06', opts).due).toBe('2025-01-20');
    // 48 hours from Friday 28 March 2025 10:00 GMT: the clocks go forward on Sunday 30 March, so the
    // hours end on Sunday 30 March 11:00 BST.
    expect(deadline(`${NAME}-hours`, '2025-03-28T10:00', opts).due).toBe('2025-03-30');
  });

  it('school days need a term calendar; a date alone for an hours rule gives no date; "none" gives no date with its reason', () => {
    const school = deadline(`${NAME}-school-days`, '2025-01-06', opts);
    expect(school.due).toBeNull();
    expect(school.warnings.join(' ') + school.trace.map((t) => t.detail ?? '').join(' ')).toContain('term calendar');
    expect(deadline(`${NAME}-hours`, '2025-03-28', opts).due).toBeNull();
    const none = deadline(`${NAME}-none`, '2025-01-06', opts);
    expect(none.due).toBeNull();
  });

  it('a fixed date: 15 February of the transfer year, a local date read on or before the named day (docs/profiles.md): transfer 1 September 2025 → Saturday 15 February 2025', () => {
    expect(deadline(`${NAME}-fixed-date`, '2025-09-01', opts).due).toBe('2025-02-15');
  });

  it.each(statutoryUsers)('method $method: the local rule gives the statutory rule\'s date for the same trigger', ({ method, rule }) => {
    const triggers: Record<string, TriggerInput> = {
      'plan-transfer': { move: '2025-03-24', aware: '2025-03-03' },
      'later-of-periods': { lastReviewed: '2024-11-01', transfer: '2025-03-24' },
      appeal: { decisionSent: '2025-03-03' },
      'tribunal-working-days': '2025-07-14',
      'as-order': { agreement: '2025-03-03', order: 'order-make-plan-final' },
    };
    const trigger = triggers[method];
    expect(trigger, `a trigger for ${method}`).toBeDefined();
    const statutory = deadline(rule.id, trigger!);
    const mine = deadline(`${NAME}-method-${method}`, trigger!, opts);
    expect(mine.due).toBe(statutory.due);
    expect(mine.due).not.toBeNull();
    expect(mine.statutory).toEqual({ ruleId: rule.id, due: statutory.due });
  });

  it('Dorset\'s review-letter method, used by another profile, gives Dorset\'s date', () => {
    const trigger = { meeting: '2025-03-03', previousMeeting: '2024-03-20' };
    expect(deadline(`${NAME}-method-dorset-review-letter`, trigger, opts).due)
      .toBe(deadline('dorset-review-letter', trigger, { profile: 'dorset' }).due);
  });

  it('Dorset\'s end-of-autumn-term method needs a term calendar, as Dorset\'s own rule does', () => {
    expect(deadline(`${NAME}-method-dorset-end-of-autumn-term`, '2025-09-01', opts).due).toBeNull();
    expect(deadline('dorset-post16-transfer', '2025-09-01', { profile: 'dorset' }).due).toBeNull();
  });

  it('its own method, hand-worked: the later of Mon 3 and Mon 10 March 2025, + 14 days = Mon 24 March 2025', () => {
    const d = deadline(`${NAME}-own-method`, { a: '2025-03-03', b: '2025-03-10' }, opts);
    expect(d.due).toBe('2025-03-24');
    expect(synthshire.rules.find((r) => r.id === `${NAME}-own-method`)!.triggerShape.fields.map((f) => f.label)).toEqual(['First date', 'Second date']);
  });

  it('refuses a method no one registered, and a method of its own that takes a library id', () => {
    expect(() => defineProfile({ ...JSON.parse(JSON.stringify({ ...synthshire, methods: undefined })), name: 'synthshire-two', rules: [local('x', { period: { kind: 'compound', method: 'no-such-method', summary: 's' } })].map((r) => ({ ...r, id: 'synthshire-two-x', profile: 'synthshire-two' })) }))
      .toThrow(expect.objectContaining({ code: 'INVALID_OPTION', field: 'profile.rules[0].period.method' }));
    expect(() => defineProfile({ name: 'other', title: 't', council: 'c', source: { title: 't', read: 'r' }, methods: [{ ...fortnightAfterLater, id: 'appeal' }], rules: [{ ...local('x', { period: { kind: 'span', unit: 'days', n: 1 } }), id: 'other-x', profile: 'other' }] }))
      .toThrow(expect.objectContaining({ code: 'INVALID_OPTION', field: 'profile.methods[0].id' }));
  });

  it('a 0.4 record without a trigger shape gets one: the method\'s, or one date named by its trigger words', () => {
    expect(getRule('plan-transfer').triggerShape.given).toBe('object');
    const days = synthshire.rules.find((r) => r.id === `${NAME}-days`)!;
    expect(days.triggerShape).toEqual({ given: 'value', fields: [{ name: 'date', kind: 'date', label: 'the trigger of the fictional standard' }] });
    const hours = synthshire.rules.find((r) => r.id === `${NAME}-hours`)!;
    expect(hours.triggerShape.fields[0]!.kind).toBe('instant');
  });
});
