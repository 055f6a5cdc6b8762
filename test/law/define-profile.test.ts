/**
 * Law: profile validation (defineProfile in src/law/profiles/index.ts). A council's profile is data,
 * so every way it can be wrong is refused with the field named, before any date is computed: one
 * row per refusal, each a change to the fictional example profile (examples/profile-example.json)
 * that is otherwise valid. The refusals of test/law/profiles/profile-example.test.ts are not repeated.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineProfile } from '../../src/index.js';

type Data = Record<string, unknown>;

const raw = JSON.parse(readFileSync(new URL('../../examples/profile-example.json', import.meta.url), 'utf8')) as Data;
/** A fresh, valid copy of the example profile: its rules are exampleshire-final-plan (18 weeks, statutory final-plan),
 * exampleshire-review-decision and exampleshire-contact-record (statutory: null), all triggered by one date. */
const base = (): Data => structuredClone(raw);
const rule0 = (p: Data): Data => (p.rules as Data[])[0]!;
const modification = { instrument: 'SI 2099/1', url: '', from: '2025-01-01', to: '2025-03-31', effect: 'relaxed' };

describe('defineProfile refuses a profile that is not one, naming the field', () => {
  it('the example profile itself is accepted (every row below changes one thing in it)', () => {
    expect(defineProfile(base()).name).toBe('exampleshire');
  });

  it.each<[string, string, string, (p: Data) => unknown]>([
    // [refusal, code, field, change]
    ['not an object', 'INVALID_OPTION', 'profile', () => null],
    ['a list, not an object', 'INVALID_OPTION', 'profile', () => []],
    ['no name', 'INVALID_OPTION', 'profile.name', (p) => { delete p.name; return p; }],
    ['an empty title', 'INVALID_OPTION', 'profile.title', (p) => { p.title = ' '; return p; }],
    ['a council that is not text', 'INVALID_OPTION', 'profile.council', (p) => { p.council = 5; return p; }],
    ['a source that is not an object', 'INVALID_OPTION', 'profile.source', (p) => { p.source = 'the standards'; return p; }],
    ['an unknown field in the source', 'INVALID_OPTION', 'profile.source.page', (p) => { (p.source as Data).page = 4; return p; }],
    ['a source not saying how it was read', 'INVALID_OPTION', 'profile.source.read', (p) => { delete (p.source as Data).read; return p; }],
    ['a source url that is not text', 'INVALID_OPTION', 'profile.source.url', (p) => { (p.source as Data).url = 5; return p; }],
    ['rules that are not a list', 'INVALID_OPTION', 'profile.rules', (p) => { p.rules = {}; return p; }],
    ['a rule that is not a record', 'INVALID_OPTION', 'profile.rules[0]', (p) => { (p.rules as unknown[])[0] = 'final plan in 18 weeks'; return p; }],
    ['a rule with an empty title', 'INVALID_OPTION', 'profile.rules[0].title', (p) => { rule0(p).title = ''; return p; }],
    ['a rule without wording', 'INVALID_OPTION', 'profile.rules[0].wording', (p) => { delete rule0(p).wording; return p; }],
    ['a dueMeaning that is not text', 'INVALID_OPTION', 'profile.rules[0].dueMeaning', (p) => { rule0(p).dueMeaning = 5; return p; }],
    ['an unknown process', 'INVALID_OPTION', 'profile.rules[0].process', (p) => { rule0(p).process = 'shopping'; return p; }],
    ['counting "from" (the words are read as "after" or "beginning-with")', 'INVALID_OPTION', 'profile.rules[0].counting', (p) => { rule0(p).counting = 'from'; return p; }],
    ['an unknown direction', 'INVALID_OPTION', 'profile.rules[0].direction', (p) => { rule0(p).direction = 'before'; return p; }],
    ['an unknown verification', 'INVALID_OPTION', 'profile.rules[0].verification', (p) => { rule0(p).verification = 'checked'; return p; }],
    ['rollForward that is not true or false', 'INVALID_OPTION', 'profile.rules[0].rollForward', (p) => { rule0(p).rollForward = 'yes'; return p; }],
    ['triggerFields that are neither "date" nor names', 'INVALID_OPTION', 'profile.rules[0].triggerFields', (p) => { rule0(p).triggerFields = 'dates'; return p; }],
    ['an empty list of triggerFields', 'INVALID_OPTION', 'profile.rules[0].triggerFields', (p) => { rule0(p).triggerFields = []; return p; }],
    ['a period that is not an object', 'INVALID_OPTION', 'profile.rules[0].period', (p) => { rule0(p).period = '18 weeks'; return p; }],
    ['an unknown period kind', 'INVALID_OPTION', 'profile.rules[0].period.kind', (p) => { rule0(p).period = { kind: 'range' }; return p; }],
    ['a negative span', 'INVALID_OPTION', 'profile.rules[0].period.n', (p) => { rule0(p).period = { kind: 'span', unit: 'weeks', n: -1 }; return p; }],
    ['a span of a fraction', 'INVALID_OPTION', 'profile.rules[0].period.n', (p) => { rule0(p).period = { kind: 'span', unit: 'weeks', n: 1.5 }; return p; }],
    ['an unknown field in a span', 'INVALID_OPTION', 'profile.rules[0].period.from', (p) => { rule0(p).period = { kind: 'span', unit: 'weeks', n: 18, from: 'request' }; return p; }],
    ['a span triggered by several dates', 'INVALID_OPTION', 'profile.rules[0].period', (p) => { rule0(p).triggerFields = ['move', 'aware']; return p; }],
    ['a fixed date that is not a day of every year (30 February)', 'INVALID_OPTION', 'profile.rules[0].period', (p) => { rule0(p).period = { kind: 'fixed-date', month: 2, day: 30 }; return p; }],
    ['a fixed date triggered by several dates', 'INVALID_OPTION', 'profile.rules[0].period', (p) => { rule0(p).period = { kind: 'fixed-date', month: 2, day: 15 }; rule0(p).triggerFields = ['transfer', 'aware']; return p; }],
    ['a compound period without a summary', 'INVALID_OPTION', 'profile.rules[0].period.summary', (p) => { rule0(p).period = { kind: 'compound', method: 'tribunal-working-days', summary: '' }; return p; }],
    ['a compound period of a negative number', 'INVALID_OPTION', 'profile.rules[0].period.n', (p) => { rule0(p).period = { kind: 'compound', method: 'tribunal-working-days', summary: '30 working days', n: -30 }; return p; }],
    ['no period without the reason', 'INVALID_OPTION', 'profile.rules[0].period.reason', (p) => { rule0(p).period = { kind: 'none' }; return p; }],
    ['a citation that is not an object', 'INVALID_OPTION', 'profile.rules[0].citation', (p) => { rule0(p).citation = 'para 5.16'; return p; }],
    ['a citation without its provision', 'INVALID_OPTION', 'profile.rules[0].citation.provision', (p) => { (rule0(p).citation as Data).provision = ''; return p; }],
    ['an unknown field in a citation', 'INVALID_OPTION', 'profile.rules[0].citation.page', (p) => { (rule0(p).citation as Data).page = 12; return p; }],
    ['inForce that is not a span of dates', 'INVALID_OPTION', 'profile.rules[0].inForce', (p) => { rule0(p).inForce = '2024-09-01'; return p; }],
    ['inForce ending before it starts', 'INVALID_OPTION', 'profile.rules[0].inForce.to', (p) => { rule0(p).inForce = { from: '2024-09-01', to: '2024-08-31' }; return p; }],
    ['an unknown field in inForce', 'INVALID_OPTION', 'profile.rules[0].inForce.until', (p) => { rule0(p).inForce = { from: '2024-09-01', until: '2025-08-31' }; return p; }],
    ['an impossible date in inForce', 'INVALID_DATE', 'profile.rules[0].inForce.to', (p) => { rule0(p).inForce = { from: '2024-09-01', to: '2025-02-30' }; return p; }],
    ['modifiedBy that is not a list', 'INVALID_OPTION', 'profile.rules[0].modifiedBy', (p) => { rule0(p).modifiedBy = modification; return p; }],
    ['a modification that is not an object', 'INVALID_OPTION', 'profile.rules[0].modifiedBy[0]', (p) => { rule0(p).modifiedBy = ['SI 2099/1']; return p; }],
    ['a modification ending before it starts', 'INVALID_OPTION', 'profile.rules[0].modifiedBy[0].to', (p) => { rule0(p).modifiedBy = [{ ...modification, to: '2024-12-31' }]; return p; }],
    ['a modification without its effect', 'INVALID_OPTION', 'profile.rules[0].modifiedBy[0].effect', (p) => { rule0(p).modifiedBy = [{ ...modification, effect: '' }]; return p; }],
    ['an impossible date in a modification', 'INVALID_DATE', 'profile.rules[0].modifiedBy[0].from', (p) => { rule0(p).modifiedBy = [{ ...modification, from: '2025-02-29' }]; return p; }],
    ['exceptions that are not a list', 'INVALID_OPTION', 'profile.rules[0].exceptions', (p) => { rule0(p).exceptions = 'school-closure'; return p; }],
    ['notes that are not a list of texts', 'INVALID_OPTION', 'profile.rules[0].notes', (p) => { rule0(p).notes = [1]; return p; }],
    ['a timeline that is not a map', 'INVALID_OPTION', 'profile.timeline', (p) => { p.timeline = 'all'; return p; }],
    ['a timeline entry for a rule it does not have', 'INVALID_OPTION', 'profile.timeline.exampleshire-nothing', (p) => { p.timeline = { 'exampleshire-nothing': {} }; return p; }],
    ['a timeline entry that is not an object', 'INVALID_OPTION', 'profile.timeline.exampleshire-final-plan', (p) => { p.timeline = { 'exampleshire-final-plan': 'first' }; return p; }],
    ['a timeline "which" other than all, first or later', 'INVALID_OPTION', 'profile.timeline.exampleshire-final-plan.which', (p) => { p.timeline = { 'exampleshire-final-plan': { which: 'second' } }; return p; }],
    ['a timeline "previous" that is not { field, event }', 'INVALID_OPTION', 'profile.timeline.exampleshire-final-plan.previous', (p) => { p.timeline = { 'exampleshire-final-plan': { previous: 'review-meeting' } }; return p; }],
    ['counterparts that are not a map', 'INVALID_OPTION', 'profile.counterparts', (p) => { p.counterparts = []; return p; }],
    ['a counterpart for a rule with no statutory counterpart', 'INVALID_OPTION', 'profile.counterparts.exampleshire-contact-record', (p) => { p.counterparts = { 'exampleshire-contact-record': { sameDay: 'same trigger' } }; return p; }],
    ['a counterpart field on a rule triggered by one date', 'INVALID_OPTION', 'profile.counterparts.exampleshire-final-plan.field', (p) => { p.counterparts = { 'exampleshire-final-plan': { field: 'request' } }; return p; }],
    ['a counterpart that is neither { field } nor { sameDay }', 'INVALID_OPTION', 'profile.counterparts.exampleshire-final-plan', (p) => { p.counterparts = { 'exampleshire-final-plan': { day: 'same' } }; return p; }],
  ])('%s: %s on %s', (_refusal, code, field, change) => {
    const data = change(base());
    expect(() => defineProfile(data)).toThrow(expect.objectContaining({ code, field }));
  });
});
