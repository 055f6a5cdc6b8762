import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defineProfile, getProfile, SendTimescalesError } from '../../src/index.js';
import { checkProfile } from '../../src/schema/define-profile.js';
import { allRegisteredMethodIds, findCompoundMethod } from '../../src/law/methods/index.js';
import { fieldNamesOf } from '../../src/law/trigger-shape.js';
import { builtInMethodFields, methodFieldsWith, profileIssues } from '../../src/schema/profile.js';
import { base, example, faults, ownMethod, rule, type Json } from './profile-faults.js';
import { numRuns } from '../support/fc.js';
import { statutoryRules } from '../../src/law/index.js';

const statutoryIds = new Set(statutoryRules.map((r) => r.id));

/** Dorset's profile as data: its compound methods are functions, registered by the library, so a JSON copy leaves them out. */
function dorsetAsData(): Record<string, unknown> {
  const { methods: _methods, ...data } = getProfile('dorset');
  return structuredClone(data) as Record<string, unknown>;
}

/**
 * The profile schema is the one check of a profile (`defineProfile`). It refuses every profile
 * 0.5's hand-written checker refused, with the same code, field, value and words: what that
 * checker answered for each fault is recorded in fixtures/profile-refusals.json.
 */
type Outcome = { code: string; path: string; value?: unknown; message: string } | null;
const recorded = JSON.parse(readFileSync(new URL('./fixtures/profile-refusals.json', import.meta.url), 'utf8')) as Record<string, Outcome>;

/** The first issue defineProfile's checks throw, as an outcome. */
function checked(data: unknown): Outcome {
  try {
    checkProfile(data);
    return null;
  } catch (e) {
    if (!(e instanceof SendTimescalesError)) throw e;
    return { code: e.code, path: e.field, value: e.value, message: e.issues[0]!.message };
  }
}

describe('the compound methods read from the rule records', () => {
  it('are the methods the registry knows (0.4 names included), each with the trigger it reads', () => {
    const registry = Object.fromEntries(allRegisteredMethodIds().map((id) => [id, fieldNamesOf(findCompoundMethod(id)!.trigger)]));
    expect(Object.keys(builtInMethodFields).sort()).toEqual(Object.keys(registry).sort());
    for (const [method, fields] of Object.entries(registry)) expect(builtInMethodFields[method]).toEqual(fields);
  });

  it('a profile\'s own methods come first, then the library\'s', () => {
    const fields = methodFieldsWith([ownMethod()]);
    expect(Object.keys(fields)[0]).toBe('exampleshire-later');
    expect(fields['exampleshire-later']).toEqual(['a', 'b']);
    expect(Object.keys(fields).slice(1)).toEqual(Object.keys(builtInMethodFields));
    expect(methodFieldsWith(undefined)).toBe(builtInMethodFields);
  });
});

describe('defineProfile accepts what 0.5 accepted', () => {
  it.each([
    ['the fictional Exampleshire profile (examples/profile-example.json)', example],
    ['the built-in Dorset profile (every compound method of Dorset, counterparts and timeline mirrors)', dorsetAsData()],
  ])('%s', (_, data) => {
    expect(checked(data)).toBeNull();
    expect(profileIssues(data)).toEqual([]);
  });

  it('a profile with a method of its own, whose rule reads that method\'s trigger', () => {
    const p = base();
    p.name = 'ownshire';
    p.rules = [{ ...rule(p), id: 'ownshire-later', profile: 'ownshire', triggerFields: ['a', 'b'], period: { kind: 'compound', method: 'exampleshire-later', summary: 'the later of a and b' } }];
    delete p.counterparts;
    delete p.timeline;
    p.methods = [ownMethod()];
    // A 0.4-style record (no triggerShape) takes the trigger shape of the method it names.
    expect(defineProfile(p).rules[0]!.triggerShape).toEqual(ownMethod().trigger);
  });

  it('a modification cited by its provision (citedAs), as the library\'s own records are', () => {
    const p = base();
    rule(p).modifiedBy = [{ instrument: 'SI 2020/471', url: '', from: '2020-05-01', to: '2020-09-25', effect: 'relaxed', citedAs: 'reg 5' }];
    expect(checked(p)).toBeNull();
  });
});

describe('defineProfile refuses what 0.5 refused, in the same words', () => {
  it.each(faults)('%s', (label, change, path, code = 'INVALID_OPTION') => {
    const p = base();
    change(p);
    const before = recorded[label];
    expect(before).toMatchObject({ code, path });
    expect(checked(p)).toEqual(before);
  });

  it('a profile that is not an object', () => {
    for (const data of [null, 'exampleshire', [], 3]) expect(checked(data)).toEqual(recorded[`not an object: ${JSON.stringify(data)}`]);
  });

  it('a counterpart whose statutory rule takes named dates (Dorset\'s plan transfer: reg 15(2) takes { move, aware })', () => {
    const dorset = dorsetAsData() as unknown as Json;
    const transfer = (dorset.rules as Json[]).findIndex((r) => r.id === 'dorset-plan-transfer');
    dorset.counterparts = { ...(dorset.counterparts as Json), 'dorset-plan-transfer': { field: 'move' } };
    expect(transfer).toBeGreaterThanOrEqual(0);
    const refused = checked(dorset);
    expect(refused).toMatchObject({ path: 'profile.counterparts.dorset-plan-transfer.field' });
    expect(refused).toEqual(recorded['a counterpart whose statutory rule takes named dates']);
  });

  it('a method whose trigger is text is refused naming its trigger (0.5 failed with a TypeError here)', () => {
    const p = base();
    p.methods = [ownMethod({ trigger: 'date' })];
    expect(checked(p)).toEqual({
      code: 'INVALID_OPTION', path: 'profile.methods[0].trigger', value: 'date',
      message: 'profile.methods[0].trigger must be { given: "value" | "object", fields: [{ name, kind, label }] }.',
    });
  });

  it('a built-in profile\'s own method (Dorset\'s review letter) may be brought by the same function, not another', () => {
    const dorsetMethod = getProfile('dorset').methods![0]!;
    const p = base();
    p.methods = [dorsetMethod];
    expect(checked(p)).toBeNull();
    p.methods = [{ ...dorsetMethod, compute: () => ({ due: 0, usesWorkingDays: false }) }];
    expect(checked(p)).toMatchObject({ path: 'profile.methods[0].id', value: dorsetMethod.id });
  });
});

describe('every problem is reported at once, in a stated order', () => {
  it('unknown fields first, then the fields in the order the record lists them', () => {
    const p = base();
    p.title = 3;
    p.colour = 'blue';
    rule(p).counting = 'from';
    const e = (() => {
      try {
        defineProfile(p);
      } catch (x) {
        return x as SendTimescalesError;
      }
      throw new Error('accepted');
    })();
    expect(e.issues.map((i) => i.path)).toEqual(['profile.colour', 'profile.title', 'profile.rules[0].counting']);
    expect([e.code, e.field, e.value]).toEqual(['INVALID_OPTION', 'profile.colour', 'blue']);
    expect(e.message).toBe(e.issues.map((i) => i.message).join(' '));
  });

  it('what reads one field against another is read once every field is sound', () => {
    const p = base();
    rule(p).id = 'final-plan-local';
    const alone = checked(p);
    rule(p).counting = 'from';
    expect(profileIssues(p).map((i) => i.path)).toEqual(['profile.rules[0].counting']);
    expect(alone).toMatchObject({ path: 'profile.rules[0].id' });
  });
});

describe('defineProfile on generated profiles', () => {
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

  it('refuses a profile exactly when it has a fault (0.5 refused every pair of faults of the table too)', () => {
    fc.assert(fc.property(faulty, ({ p, picked }) => {
      expect(checked(p) === null).toBe(picked.length === 0);
    }), { numRuns });
  });

  it('names the recorded problem when there is one fault', () => {
    fc.assert(fc.property(faulty.filter(({ picked }) => picked.length === 1), ({ p, picked }) => {
      expect(checked(p)).toEqual(recorded[faults[picked[0]!]![0]]);
    }), { numRuns });
  });

  it('names, first, one of the problems each fault alone would give', () => {
    fc.assert(fc.property(faulty.filter(({ picked }) => picked.length > 1), ({ p, picked }) => {
      const first = checked(p);
      const alone = picked.map((i) => recorded[faults[i]![0]]!.path);
      // A fault inside a list or object the other fault replaced is named at that list or object.
      expect(alone.some((path) => first!.path === path || first!.path.startsWith(`${path}.`) || path.startsWith(`${first!.path}.`) || path.startsWith(`${first!.path}[`)
        || first!.path.startsWith(`${path}[`))).toBe(true);
    }), { numRuns });
  });

  it('refuses a name that makes a local rule id a statutory one (profile "dp", rule dp-final-plan)', () => {
    const p = base();
    p.name = 'dp';
    for (const r of p.rules as Json[]) {
      r.id = `dp-${String(r.id).slice('exampleshire-'.length)}`;
      r.profile = 'dp';
    }
    (p.rules as Json[])[0]!.id = 'dp-final-plan';
    expect(statutoryIds.has('dp-final-plan')).toBe(true);
    expect(checked(p)).toMatchObject({ code: 'INVALID_OPTION', path: 'profile.rules[0].id', value: 'dp-final-plan' });
  });

  it('accepts any kebab-case name with matching rule ids', () => {
    // A name whose rule ids would be statutory ids ("dp" + "final-plan" = dp-final-plan) is refused
    // for that reason, tested with the refusals; here the ids are the profile's own.
    const ownIds = (n: string) => (base().rules as Json[]).map((r) => `${n}-${String(r.id).slice('exampleshire-'.length)}`);
    const name = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,4}){0,2}$/)
      .filter((n) => n !== 'dorset' && ownIds(n).every((id) => !statutoryIds.has(id)));
    fc.assert(fc.property(name, fc.nat({ max: 400 }), (n, weeks) => {
      const p = base();
      p.name = n;
      const ids = ownIds(n);
      (p.rules as Json[]).forEach((r, i) => {
        r.id = ids[i];
        r.profile = n;
      });
      rule(p).period = { kind: 'span', unit: 'weeks', n: weeks };
      delete p.counterparts;
      delete p.timeline;
      expect(checked(p)).toBeNull();
    }), { numRuns });
  });
});
