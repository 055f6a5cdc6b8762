import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { audit, timeline } from '../../src/index.js';
import { caseArb } from '../support/cases.js';
import { numRuns } from '../support/fc.js';

const AS_OF = '2026-11-01';

describe('timeline and audit invariants (property tests)', () => {
  it('timelines are pure: the same events in any order give the same deadlines', () => {
    fc.assert(
      fc.property(caseArb, fc.infiniteStream(fc.integer()), (c, seeds) => {
        const shuffled = [...c.events].map((e) => ({ e, k: seeds.next().value })).sort((a, b) => a.k - b.k).map((x) => x.e);
        const a = timeline(c, { asOf: AS_OF });
        const b = timeline({ ...c, events: shuffled }, { asOf: AS_OF });
        expect(b.entries).toEqual(a.entries);
        expect(timeline(c, { asOf: AS_OF })).toEqual(a);
      }),
      { numRuns: Math.ceil(numRuns / 3) },
    );
  });

  it('audit counts add up to the number of applicable deadlines of the timelines', () => {
    fc.assert(
      // One record per case id: records sharing an id are set aside (see the audit tests).
      fc.property(fc.uniqueArray(caseArb, { selector: (c) => c.id, minLength: 1, maxLength: 6 }), (cases) => {
        const result = audit(cases, { asOf: AS_OF });
        let applicable = 0;
        let late = 0;
        for (const c of cases) {
          for (const e of timeline(c, { asOf: AS_OF }).entries) {
            if (e.status !== 'not-applicable' && e.status !== 'not-triggered') applicable++;
            if (e.status === 'late' || e.status === 'overdue') late++;
          }
        }
        expect(result.rules.reduce((n, r) => n + r.applicable, 0)).toBe(applicable);
        for (const r of result.rules) expect(r.met + r.late + r.overdue + r.due + r.lifted + r.relaxed).toBe(r.applicable);
        expect(result.lateCases).toHaveLength(late);
      }),
      { numRuns: Math.ceil(numRuns / 3) },
    );
  });

  it('adding a completing event on the due date never turns a met deadline into anything else, and completes the one it answers', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const before = timeline(c, { asOf: AS_OF });
        const open = before.entries.find((e) => (e.status === 'due' || e.status === 'overdue') && e.due !== null && e.due <= AS_OF && e.ruleId === 'final-plan');
        fc.pre(open !== undefined);
        const after = timeline({ ...c, events: [...c.events, { type: 'final-plan-issued', date: open!.due! }] }, { asOf: AS_OF });
        // draft-plan-representations is a "must allow" period: finalising inside it is the breach, so a plan
        // issued on its 15th day rightly turns it from met to late. Every other met deadline must stay met.
        const met = (t: typeof before) =>
          t.entries.filter((e) => e.status === 'met' && e.ruleId !== 'draft-plan-representations').map((e) => `${e.ruleId}@${JSON.stringify(e.trigger)}`);
        for (const key of met(before)) expect(met(after)).toContain(key);
        expect(after.entries.find((e) => e.ruleId === 'final-plan' && e.trigger === open!.trigger)!.status).toBe('met');
      }),
      { numRuns: Math.ceil(numRuns / 3) },
    );
  });
});
