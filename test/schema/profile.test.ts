import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkProfile } from '../../src/law/profiles/index.js';
import { getProfile } from '../../src/index.js';
import { allRegisteredMethodIds, findCompoundMethod } from '../../src/law/methods/index.js';
import { fieldNamesOf } from '../../src/law/trigger-shape.js';
import { builtInMethodFields, createProfileSchema, profileIssues, type MethodFields } from '../../src/schema/profile.js';
import { numRuns } from '../support/fc.js';

/** Dorset's profile as data: its compound methods are functions, registered by the library, so a JSON copy leaves them out. */
function dorsetAsData(): Record<string, unknown> {
  const { methods: _methods, ...data } = getProfile('dorset');
  return structuredClone(data) as Record<string, unknown>;
}

/**
 * The profile schema against the hand checker it will replace (`checkProfile`): both accept and
 * refuse the same profiles, and a profile with one fault gets the same code, field, value and
 * words from both.
 */

/** The compound methods as the hand checker knows them: the registry (0.4 names included), each with the trigger it reads. */
const CHECKER_METHODS: MethodFields = Object.fromEntries(allRegisteredMethodIds().map((id) => [id, fieldNamesOf(findCompoundMethod(id)!.trigger)]));
const schema = createProfileSchema(CHECKER_METHODS);

type Json = Record<string, unknown>;
const example = JSON.parse(readFileSync(new URL('../../examples/profile-example.json', import.meta.url), 'utf8')) as Json;
const base = (): Json => structuredClone(example);
const rule = (p: Json, i = 0): Json => (p.rules as Json[])[i]!;

function byHand(data: unknown): { code: string; path: string; value: unknown; message: string } | null {
  try {
    checkProfile(data);
    return null;
  } catch (e) {
    const err = e as { code: string; field: string; value: unknown; message: string };
    return { code: err.code, path: err.field, value: err.value, message: err.message };
  }
}

const byZod = (data: unknown) => profileIssues(data, schema)[0] ?? null;

describe('the compound methods read from the rule records', () => {
  it('are the methods the checker knows, each with the trigger it reads', () => {
    expect(Object.keys(builtInMethodFields).sort()).toEqual(Object.keys(CHECKER_METHODS).sort());
    for (const [method, fields] of Object.entries(CHECKER_METHODS)) expect(builtInMethodFields[method]).toEqual(fields);
  });
});

describe('profileSchema accepts what defineProfile accepts', () => {
  it.each([
    ['the fictional Exampleshire profile (examples/profile-example.json)', example],
    ['the built-in Dorset profile (every compound method of Dorset, counterparts and timeline mirrors)', dorsetAsData()],
  ])('%s', (_, data) => {
    expect(byHand(data)).toBeNull();
    expect(profileIssues(data, schema)).toEqual([]);
  });
});

// Each row: a fault, the field both name, the code. The words and value must be the hand checker's.
const faults: [string, (p: Json) => void, string, string?][] = [
  ['an unknown field', (p) => { p.colour = 'blue'; }, 'profile.colour'],
  ['no name', (p) => { delete p.name; }, 'profile.name'],
  ['a name of spaces', (p) => { p.name = '  '; }, 'profile.name'],
  ['a name that is not kebab-case', (p) => { p.name = 'Example Shire'; }, 'profile.name'],
  ['a title that is a number', (p) => { p.title = 3; }, 'profile.title'],
  ['a source that is text', (p) => { p.source = 'the web'; }, 'profile.source'],
  ['an unknown field of the source', (p) => { (p.source as Json).page = 3; }, 'profile.source.page'],
  ['a source without `read`', (p) => { delete (p.source as Json).read; }, 'profile.source.read'],
  ['an empty source url', (p) => { (p.source as Json).url = ''; }, 'profile.source.url'],
  ['no rules', (p) => { p.rules = []; }, 'profile.rules'],
  ['rules that are not a list', (p) => { p.rules = {}; }, 'profile.rules'],
  ['a rule that is text', (p) => { (p.rules as unknown[])[0] = 'final-plan'; }, 'profile.rules[0]'],
  ['an unknown field on a rule', (p) => { rule(p).colour = 'blue'; }, 'profile.rules[0].colour'],
  ['an id without the prefix', (p) => { rule(p).id = 'final-plan-local'; }, 'profile.rules[0].id'],
  ['a statutory id (and so without the prefix)', (p) => { rule(p).id = 'final-plan'; }, 'profile.rules[0].id'],
  ['an id that is not kebab-case', (p) => { rule(p).id = 'exampleshire-Final'; }, 'profile.rules[0].id'],
  ['an empty wording', (p) => { rule(p).wording = ''; }, 'profile.rules[0].wording'],
  ['an empty dueMeaning', (p) => { rule(p).dueMeaning = ' '; }, 'profile.rules[0].dueMeaning'],
  ['an unknown process', (p) => { rule(p).process = 'plans'; }, 'profile.rules[0].process'],
  ['an unknown counting', (p) => { rule(p).counting = 'from'; }, 'profile.rules[0].counting'],
  ['an unknown direction', (p) => { rule(p).direction = 'before'; }, 'profile.rules[0].direction'],
  ['force other than local', (p) => { rule(p).force = 'statute'; }, 'profile.rules[0].force'],
  ['an unknown verification', (p) => { rule(p).verification = 'checked'; }, 'profile.rules[0].verification'],
  ['rollForward as text', (p) => { rule(p).rollForward = 'no'; }, 'profile.rules[0].rollForward'],
  ['another profile name on a rule', (p) => { rule(p).profile = 'dorset'; }, 'profile.rules[0].profile'],
  ['no profile name on a rule', (p) => { delete rule(p).profile; }, 'profile.rules[0].profile'],
  ['triggerFields as an empty list', (p) => { rule(p).triggerFields = []; }, 'profile.rules[0].triggerFields'],
  ['triggerFields with a number in a name', (p) => { rule(p).triggerFields = ['move1']; }, 'profile.rules[0].triggerFields'],
  ['triggerFields as a number', (p) => { rule(p).triggerFields = 1; }, 'profile.rules[0].triggerFields'],
  ['a period that is a number', (p) => { rule(p).period = 6; }, 'profile.rules[0].period'],
  ['a period of an unknown kind', (p) => { rule(p).period = { kind: 'soon' }; }, 'profile.rules[0].period.kind'],
  ['a period with no kind', (p) => { rule(p).period = { unit: 'weeks', n: 6 }; }, 'profile.rules[0].period.kind'],
  ['an unknown field of a span', (p) => { rule(p).period = { kind: 'span', unit: 'weeks', n: 6, from: 'x' }; }, 'profile.rules[0].period.from'],
  ['an unknown unit (reg 13(2)\'s 20 weeks written in fortnights)', (p) => { rule(p).period = { kind: 'span', unit: 'fortnights', n: 10 }; }, 'profile.rules[0].period.unit'],
  ['a negative count', (p) => { rule(p).period = { kind: 'span', unit: 'weeks', n: -1 }; }, 'profile.rules[0].period.n'],
  ['a fractional count', (p) => { rule(p).period = { kind: 'span', unit: 'weeks', n: 1.5 }; }, 'profile.rules[0].period.n'],
  ['a span read from two dates', (p) => { rule(p).triggerFields = ['move', 'aware']; }, 'profile.rules[0].period'],
  ['school days counted backwards', (p) => { rule(p).period = { kind: 'span', unit: 'school-days', n: 5 }; rule(p).direction = 'at-least-before'; }, 'profile.rules[0].period.unit'],
  ['hours counted backwards', (p) => { rule(p).period = { kind: 'span', unit: 'hours', n: 5 }; rule(p).direction = 'at-least-before'; }, 'profile.rules[0].period.unit'],
  ['a fixed date of 29 February (not a day of every year)', (p) => { rule(p).period = { kind: 'fixed-date', month: 2, day: 29 }; }, 'profile.rules[0].period'],
  ['a fixed date in month 13', (p) => { rule(p).period = { kind: 'fixed-date', month: 13, day: 1 }; }, 'profile.rules[0].period'],
  ['a fixed date with a day as text', (p) => { rule(p).period = { kind: 'fixed-date', month: 2, day: '15' }; }, 'profile.rules[0].period'],
  ['a fixed date read from two dates', (p) => { rule(p).period = { kind: 'fixed-date', month: 2, day: 15 }; rule(p).triggerFields = ['move', 'aware']; }, 'profile.rules[0].period'],
  ['an unknown field of a fixed date', (p) => { rule(p).period = { kind: 'fixed-date', month: 2, day: 15, year: 2025 }; }, 'profile.rules[0].period.year'],
  ['an unknown compound method', (p) => { rule(p).period = { kind: 'compound', method: 'magic', summary: 'x' }; }, 'profile.rules[0].period.method'],
  ['a compound method that is a number', (p) => { rule(p).period = { kind: 'compound', method: 7, summary: 'x' }; }, 'profile.rules[0].period.method'],
  ['a compound method with the wrong trigger fields (Dorset\'s review letter from one date)', (p) => { rule(p).period = { kind: 'compound', method: 'review-letter', summary: 'x' }; }, 'profile.rules[0].period.method'],
  ['a compound method with no summary', (p) => { rule(p).period = { kind: 'compound', method: 'end-of-autumn-term' }; }, 'profile.rules[0].period.summary'],
  ['a compound method with a fractional n', (p) => { rule(p).period = { kind: 'compound', method: 'end-of-autumn-term', summary: 'x', n: 0.5 }; }, 'profile.rules[0].period.n'],
  ['no period with no reason', (p) => { rule(p).period = { kind: 'none' }; }, 'profile.rules[0].period.reason'],
  ['a citation that is text', (p) => { rule(p).citation = 'reg 13'; }, 'profile.rules[0].citation'],
  ['a citation with an unknown field', (p) => { (rule(p).citation as Json).page = 1; }, 'profile.rules[0].citation.page'],
  ['a citation with no provision', (p) => { delete (rule(p).citation as Json).provision; }, 'profile.rules[0].citation.provision'],
  ['a citation url that is a number', (p) => { (rule(p).citation as Json).url = 1; }, 'profile.rules[0].citation.url'],
  ['no inForce', (p) => { delete rule(p).inForce; }, 'profile.rules[0].inForce'],
  ['an inForce with an unknown field', (p) => { rule(p).inForce = { from: '2024-09-01', until: '2025-01-01' }; }, 'profile.rules[0].inForce.until'],
  ['an impossible inForce date', (p) => { rule(p).inForce = { from: '2025-02-29' }; }, 'profile.rules[0].inForce.from', 'INVALID_DATE'],
  ['an inForce date in another layout', (p) => { rule(p).inForce = { from: '01/09/2024' }; }, 'profile.rules[0].inForce.from', 'INVALID_DATE'],
  ['an inForce with no from', (p) => { rule(p).inForce = {}; }, 'profile.rules[0].inForce.from', 'INVALID_DATE'],
  ['an inForce that ends before it starts', (p) => { rule(p).inForce = { from: '2024-09-01', to: '2024-08-31' }; }, 'profile.rules[0].inForce.to'],
  ['a window of application before the standard took effect', (p) => { rule(p).appliesTo = { from: '2024-08-31' }; }, 'profile.rules[0].appliesTo'],
  ['an open window of application for a standard that ended', (p) => { rule(p).inForce = { from: '2024-09-01', to: '2025-08-31' }; rule(p).appliesTo = { from: '2024-09-01' }; }, 'profile.rules[0].appliesTo'],
  ['a window of application that ends before it starts', (p) => { rule(p).appliesTo = { from: '2025-01-02', to: '2025-01-01' }; }, 'profile.rules[0].appliesTo.to'],
  ['modifiedBy that is not a list', (p) => { rule(p).modifiedBy = {}; }, 'profile.rules[0].modifiedBy'],
  ['a modification that is text', (p) => { rule(p).modifiedBy = ['covid']; }, 'profile.rules[0].modifiedBy[0]'],
  ['a modification with no effect', (p) => { rule(p).modifiedBy = [{ instrument: 'SI 2020/471', url: '', from: '2020-05-01', to: '2020-09-25' }]; }, 'profile.rules[0].modifiedBy[0].effect'],
  ['a modification that ends before it starts (SI 2020/471 the wrong way round)', (p) => { rule(p).modifiedBy = [{ instrument: 'SI 2020/471', url: '', from: '2020-09-25', to: '2020-05-01', effect: 'relaxed' }]; }, 'profile.rules[0].modifiedBy[0].to'],
  ['a modification with an impossible end', (p) => { rule(p).modifiedBy = [{ instrument: 'SI 2020/471', url: '', from: '2020-05-01', to: '2020-09-31', effect: 'relaxed' }]; }, 'profile.rules[0].modifiedBy[0].to', 'INVALID_DATE'],
  ['an unknown exception code', (p) => { rule(p).exceptions = ['holiday']; }, 'profile.rules[0].exceptions'],
  ['exceptions that are not a list', (p) => { rule(p).exceptions = 'school-closure'; }, 'profile.rules[0].exceptions'],
  ['a note that is a number', (p) => { rule(p).notes = [1]; }, 'profile.rules[0].notes'],
  ['an unknown statutory id', (p) => { rule(p).statutory = 'final-plans'; }, 'profile.rules[0].statutory'],
  ['no statutory id (null is needed to say there is none)', (p) => { delete rule(p).statutory; }, 'profile.rules[0].statutory'],
  ['two versions of one id in force together', (p) => { (p.rules as Json[]).push(structuredClone(rule(p))); }, 'profile.rules'],
  ['a timeline mirror that is a list', (p) => { p.timeline = []; }, 'profile.timeline'],
  ['a timeline mirror for a rule it does not have', (p) => { p.timeline = { 'exampleshire-nothing': { which: 'first' } }; }, 'profile.timeline.exampleshire-nothing'],
  ['a timeline mirror with an unknown which', (p) => { p.timeline = { 'exampleshire-final-plan': { which: 'second' } }; }, 'profile.timeline.exampleshire-final-plan.which'],
  ['a timeline mirror with an unknown field', (p) => { p.timeline = { 'exampleshire-final-plan': { when: 1 } }; }, 'profile.timeline.exampleshire-final-plan.when'],
  ['a timeline mirror whose previous has no event', (p) => { p.timeline = { 'exampleshire-final-plan': { previous: { field: 'x' } } }; }, 'profile.timeline.exampleshire-final-plan.previous.event'],
  ['a timeline mirror that is text', (p) => { p.timeline = { 'exampleshire-final-plan': 'first' }; }, 'profile.timeline.exampleshire-final-plan'],
  ['counterparts that are text', (p) => { p.counterparts = 'none'; }, 'profile.counterparts'],
  ['a counterpart for a rule it does not have', (p) => { p.counterparts = { 'exampleshire-nothing': { field: 'meeting' } }; }, 'profile.counterparts.exampleshire-nothing'],
  ['a counterpart for a rule with no statutory counterpart', (p) => { rule(p).statutory = null; p.counterparts = { 'exampleshire-final-plan': { sameDay: 'x' } }; }, 'profile.counterparts.exampleshire-final-plan'],
  ['a counterpart that is neither { field } nor { sameDay }', (p) => { p.counterparts = { 'exampleshire-final-plan': { day: 'x' } }; }, 'profile.counterparts.exampleshire-final-plan'],
  ['a counterpart that is a number', (p) => { p.counterparts = { 'exampleshire-final-plan': 1 }; }, 'profile.counterparts.exampleshire-final-plan'],
  ['a counterpart field for a one-date rule', (p) => { p.counterparts = { 'exampleshire-final-plan': { field: 'move' } }; }, 'profile.counterparts.exampleshire-final-plan.field'],
  ['a counterpart with both field and sameDay', (p) => { p.counterparts = { 'exampleshire-final-plan': { field: 'move', sameDay: 'x' } }; }, 'profile.counterparts.exampleshire-final-plan.sameDay'],
  ['a counterpart sameDay of spaces', (p) => { p.counterparts = { 'exampleshire-final-plan': { sameDay: ' ' } }; }, 'profile.counterparts.exampleshire-final-plan.sameDay'],
];

describe('profileSchema refuses what defineProfile refuses, in the same words', () => {
  it.each(faults)('%s', (_, change, path, code = 'INVALID_OPTION') => {
    const p = base();
    change(p);
    const hand = byHand(p);
    expect(hand).toMatchObject({ code, path });
    expect(byZod(p)).toEqual(hand);
  });

  it('a profile that is not an object', () => {
    for (const data of [null, 'exampleshire', [], 3]) expect(byZod(data)).toEqual(byHand(data));
  });

  it('a counterpart whose statutory rule takes named dates (Dorset\'s plan transfer: reg 15(2) takes { move, aware })', () => {
    const dorset = dorsetAsData() as unknown as Json;
    const transfer = (dorset.rules as Json[]).findIndex((r) => r.id === 'dorset-plan-transfer');
    dorset.counterparts = { ...(dorset.counterparts as Json), 'dorset-plan-transfer': { field: 'move' } };
    expect(transfer).toBeGreaterThanOrEqual(0);
    const hand = byHand(dorset);
    expect(hand).toMatchObject({ path: 'profile.counterparts.dorset-plan-transfer.field' });
    expect(byZod(dorset)).toEqual(hand);
  });
});

describe('profileSchema and defineProfile agree on generated profiles', () => {
  // Near-valid profiles: the example with one or more of the faults above.
  const faulty = fc.uniqueArray(fc.nat({ max: faults.length - 1 }), { minLength: 0, maxLength: 3 }).map((picked) => {
    const p = base();
    // A fault that no longer applies (its rule replaced by text, say) is left out.
    const applied = picked.filter((i) => {
      try {
        faults[i]![1](p);
        return true;
      } catch {
        return false;
      }
    });
    return { p, picked: applied };
  });

  it('accept and refuse exactly the same profiles', () => {
    fc.assert(fc.property(faulty, ({ p }) => {
      expect(byZod(p) === null).toBe(byHand(p) === null);
    }), { numRuns });
  });

  it('name the same first problem when there is one fault', () => {
    fc.assert(fc.property(faulty.filter(({ picked }) => picked.length === 1), ({ p }) => {
      expect(byZod(p)).toEqual(byHand(p));
    }), { numRuns });
  });

  it('accept the same valid variations: any kebab-case name with matching rule ids', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,4}){0,2}$/).filter((n) => n !== 'dorset');
    fc.assert(fc.property(name, fc.nat({ max: 400 }), (n, weeks) => {
      const p = base();
      p.name = n;
      for (const r of p.rules as Json[]) {
        r.id = `${n}-${String(r.id).slice('exampleshire-'.length)}`;
        r.profile = n;
      }
      rule(p).period = { kind: 'span', unit: 'weeks', n: weeks };
      delete p.counterparts;
      delete p.timeline;
      const hand = byHand(p);
      expect(byZod(p)).toEqual(hand);
    }), { numRuns });
  });
});
