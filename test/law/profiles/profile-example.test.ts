/**
 * A second council adds a profile by writing data only: examples/profile-example.json (fictional
 * "Exampleshire") is loaded, checked and used, and bad profiles are refused with the field named.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compareWithStatute, deadline, defineProfile, getProfile, type Profile } from '../../../src/index.js';

const raw = JSON.parse(readFileSync(new URL('../../../examples/profile-example.json', import.meta.url), 'utf8')) as Profile;
const exampleshire = defineProfile(raw);

describe('examples/profile-example.json (fictional)', () => {
  it('is clearly fictional', () => {
    expect(exampleshire.council).toMatch(/fictional/);
    for (const r of exampleshire.rules) expect(r.wording).toMatch(/^FICTIONAL EXAMPLE/);
  });
  it('is used by passing the checked object: 18 weeks from Mon 6 Jan 2025 → Mon 12 May 2025 (6 Jan + 126 days), statute 26 May', () => {
    const r = deadline('exampleshire-final-plan', '2025-01-06', { profile: exampleshire });
    expect([r.due, r.statutory]).toEqual(['2025-05-12', { ruleId: 'final-plan', due: '2025-05-26' }]);
    expect(r.force).toBe('local');
    expect(r.warnings.some((w) => w.includes('Exampleshire County Council (a fictional council) (profile "exampleshire")'))).toBe(true);
  });
  it('the raw object works too (checked on first use, cached), and the result is frozen data', () => {
    expect(deadline('exampleshire-contact-record', '2025-01-06', { profile: raw }).due).toBe('2025-01-08');
    expect(defineProfile(raw)).toBe(exampleshire);
    expect(Object.isFrozen(exampleshire.rules[0])).toBe(true);
  });
  it('its rules are not reachable without it, and Dorset\'s are not reachable with it', () => {
    expect(() => deadline('exampleshire-final-plan', '2025-01-06')).toThrow(expect.objectContaining({ code: 'UNKNOWN_RULE' }));
    expect(() => deadline('dorset-first-review', '2025-01-10', { profile: exampleshire })).toThrow(expect.objectContaining({ code: 'UNKNOWN_RULE', message: expect.stringContaining("profile: 'dorset'") }));
  });
  it('compares with the statute: 18 weeks is stricter; 20 working days differs from 4 weeks both ways', () => {
    // 20 working days after a weekday meeting with no bank holiday = 28 days; + 1 per bank holiday; after a Saturday = 27 days.
    const rows = compareWithStatute(exampleshire, { from: '2025-01-01', to: '2025-12-31' });
    expect(rows.map((r) => [r.ruleId, r.verdict])).toEqual([['exampleshire-final-plan', 'stricter'], ['exampleshire-review-decision', 'differs']]);
    expect(rows[0]).toMatchObject({ earlierBy: 14, laterBy: 0 });
  });
});

describe('defineProfile refuses a bad profile, naming the field', () => {
  const base = (): Record<string, unknown> => structuredClone(raw) as unknown as Record<string, unknown>;
  const rule0 = (p: Record<string, unknown>): Record<string, unknown> => (p.rules as Record<string, unknown>[])[0]!;
  it.each<[string, (p: Record<string, unknown>) => void, string]>([
    ['a built-in name', (p) => { p.name = 'dorset'; }, 'profile.name'],
    ['a name that is not kebab-case', (p) => { p.name = 'Example Shire'; }, 'profile.name'],
    ['an unknown field', (p) => { p.colour = 'blue'; }, 'profile.colour'],
    ['an id without the prefix', (p) => { rule0(p).id = 'final-plan-local'; }, 'profile.rules[0].id'],
    ['force other than local', (p) => { rule0(p).force = 'statute'; }, 'profile.rules[0].force'],
    ['another profile name on a rule', (p) => { rule0(p).profile = 'dorset'; }, 'profile.rules[0].profile'],
    ['an unknown unit', (p) => { rule0(p).period = { kind: 'span', unit: 'fortnights', n: 9 }; }, 'profile.rules[0].period.unit'],
    ['school days counted backwards', (p) => { rule0(p).period = { kind: 'span', unit: 'school-days', n: 5 }; rule0(p).direction = 'at-least-before'; }, 'profile.rules[0].period.unit'],
    ['an unknown compound method', (p) => { rule0(p).period = { kind: 'compound', method: 'magic', summary: 'x' }; }, 'profile.rules[0].period.method'],
    ['a compound method with the wrong trigger fields', (p) => { rule0(p).period = { kind: 'compound', method: 'review-letter', summary: 'x' }; }, 'profile.rules[0].period.method'],
    ['an unknown statutory id', (p) => { rule0(p).statutory = 'final-plans'; }, 'profile.rules[0].statutory'],
    ['an unknown exception code', (p) => { rule0(p).exceptions = ['holiday']; }, 'profile.rules[0].exceptions'],
    ['an unknown field on a rule', (p) => { rule0(p).colour = 'blue'; }, 'profile.rules[0].colour'],
    ['a counterpart for a rule it does not have', (p) => { p.counterparts = { 'exampleshire-nothing': { field: 'meeting' } }; }, 'profile.counterparts.exampleshire-nothing'],
    ['no rules', (p) => { p.rules = []; }, 'profile.rules'],
    ['a window of application before the standard took effect', (p) => { rule0(p).appliesTo = { from: '2024-08-31' }; }, 'profile.rules[0].appliesTo'],
    ['a window of application that ends before it starts', (p) => { rule0(p).appliesTo = { from: '2025-01-02', to: '2025-01-01' }; }, 'profile.rules[0].appliesTo.to'],
  ])('%s', (_, change, field) => {
    const p = base();
    change(p);
    expect(() => defineProfile(p)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', field }));
  });
  it('an impossible date is INVALID_DATE', () => {
    const p = base();
    rule0(p).inForce = { from: '2025-02-29' };
    expect(() => defineProfile(p)).toThrow(expect.objectContaining({ code: 'INVALID_DATE', field: 'profile.rules[0].inForce.from' }));
  });
  it('two versions of one id are told apart by their windows of application (appliesTo), both in force from 1 Sep 2024', () => {
    // Version 1 governs requests to 31 Dec 2024 (18 weeks); version 2 from 1 Jan 2025 (16 weeks).
    const p = base();
    const rules = p.rules as Record<string, unknown>[];
    const v1 = { ...rules[0]!, appliesTo: { from: '2024-09-01', to: '2024-12-31' } };
    const v2 = { ...rules[0]!, appliesTo: { from: '2025-01-01' }, period: { kind: 'span', unit: 'weeks', n: 16 } };
    p.rules = [v1, v2, ...rules.slice(1)];
    const profile = defineProfile(p);
    // Mon 30 Dec 2024 + 18 weeks (126 days) = Mon 5 May 2025; Mon 6 Jan 2025 + 16 weeks (112 days) = Mon 28 Apr 2025.
    expect(deadline('exampleshire-final-plan', '2024-12-30', { profile }).due).toBe('2025-05-05');
    expect(deadline('exampleshire-final-plan', '2025-01-06', { profile }).due).toBe('2025-04-28');
    const overlapping = base();
    (overlapping.rules as Record<string, unknown>[]).push({ ...rules[0]!, appliesTo: { from: '2025-01-01' } });
    expect(() => defineProfile(overlapping)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', field: 'profile.rules' }));
  });
  it('the built-in profile is returned as it is', () => {
    expect(defineProfile(getProfile('dorset'))).toBe(getProfile('dorset'));
  });
});
