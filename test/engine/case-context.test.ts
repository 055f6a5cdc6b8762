/**
 * Engine: the context a council's own case rule is given (src/engine/case-context.ts, timeline.ts).
 * The library's rules find a case's events by type index; a council's rule reads them by name,
 * through the helpers or `ctx.byType`, and must see the same events whichever it uses.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fillNote } from '../../src/engine/case-context.js';
import { numRuns } from '../support/fc.js';
import { EVENT_TYPES, audit, timeline, statutoryCaseRules } from '../../src/index.js';
import { eventsOf, firstBetween, lastBetween, type CaseContext, type CaseRule } from '../../src/entries/case-rules.js';

const record = {
  id: 'C1',
  events: [
    { type: 'request-received', date: '2025-01-06' },
    { type: 'review-meeting', date: '2025-03-03' },
    { type: 'review-meeting', date: '2025-02-03' },
    { type: 'final-plan-issued', date: '2025-05-26' },
    { type: 'review-meeting', date: '2026-09-01' }, // after asOf: not counted
  ],
};

/** A rule that records what it saw of each case, through every way of reading the events. */
function spyRule(seen: unknown[], kept: CaseContext[]): CaseRule {
  return {
    ruleIds: ['spy'],
    description: 'Records what a council rule sees.',
    collect(ctx) {
      const copy = { ...ctx };
      kept.push(ctx);
      seen.push({
        byType: ctx.byType.get('review-meeting')?.map((e) => e.day),
        viaHelper: eventsOf(ctx, 'review-meeting').map((e) => e.day),
        viaCopy: eventsOf(copy, 'review-meeting').map((e) => e.day),
        absent: ctx.byType.get('appeal-received'),
        types: ctx.byType.size,
        first: firstBetween(ctx, ['review-meeting', 'final-plan-issued'], 20100)?.day,
        last: lastBetween(ctx, ['review-meeting'], Number.NEGATIVE_INFINITY, 20200)?.day,
      });
    },
  };
}

describe("a council's rule reads the case's events by type name", () => {
  it('ctx.byType, eventsOf, a copy of the context ({ ...ctx }), firstBetween and lastBetween see the events on or before asOf, in date order', () => {
    const seen: unknown[] = [];
    timeline(record, { asOf: '2026-01-01', rules: [spyRule(seen, [])] });
    // 3 Feb 2025 = day 20122, 3 Mar 2025 = day 20150, 26 May 2025 = day 20234; the meeting of 1 Sep 2026 is after asOf.
    expect(seen).toEqual([{
      byType: [20122, 20150], viaHelper: [20122, 20150], viaCopy: [20122, 20150], absent: [],
      types: Object.keys(EVENT_TYPES).length,
      first: 20122, last: 20150,
    }]);
  });

  it('a context kept by a rule still shows its own case after the next case is judged (audit of two cases)', () => {
    const kept: CaseContext[] = [];
    const other = { id: 'C2', events: [{ type: 'review-meeting', date: '2025-06-02' }] };
    audit([record, other], { asOf: '2026-01-01', rules: [...statutoryCaseRules, spyRule([], kept)] });
    expect(kept.map((ctx) => eventsOf(ctx, 'review-meeting').map((e) => e.day))).toEqual([[20122, 20150], [20241]]);
    expect(kept.map((ctx) => ctx.byType.get('review-meeting')!.map((e) => e.day))).toEqual([[20122, 20150], [20241]]);
  });
});

describe('fillNote: a note of the law with its {name} placeholders filled in', () => {
  const reference = (template: string, values: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name] : undefined) ?? whole);

  it('fills as a replacement of each {name} by its value would, a name with no value left as written (fast-check)', () => {
    const name = fc.constantFrom('date', 'plan', 'due', 'x', 'constructor', 'a_1');
    const piece = fc.oneof(fc.string({ maxLength: 6 }), name.map((n) => `{${n}}`), fc.constantFrom('{', '}', '{}', '{{date}}', '{ date }'));
    const template = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
    const values = fc.dictionary(name, fc.string({ maxLength: 5 }));
    fc.assert(fc.property(template, values, (t, v) => {
      expect(fillNote(t, v)).toBe(reference(t, v));
      expect(fillNote(t, v)).toBe(reference(t, v)); // the second time from the template as split
    }), { numRuns });
  });

  it("the law's own note: 'The plan ceased on {date}.' with date 2025-02-03", () => {
    expect(fillNote('The plan ceased on {date}.', { date: '2025-02-03' })).toBe('The plan ceased on 2025-02-03.');
  });
});
