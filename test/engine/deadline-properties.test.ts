import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, deadline, explain, statutoryRules as rules, weekday, daysBetween, englandAndWales } from '../../src/index.js';
import { addSpan } from '../../src/engine/periods.js';
import { isoToDay, dayToIso } from '../../src/day/iso.js';
import { numRuns } from '../support/fc.js';

const trigger = fc.integer({ min: isoToDay('2018-04-03'), max: isoToDay('2040-12-31') }).map(dayToIso);
const latest = (id: string) => rules.filter((r) => r.id === id).at(-1)!;
const dateRules = [...new Set(rules.filter((r) => r.triggerFields === 'date' && !r.inForce.to).map((r) => r.id))];
const weeksWithin = dateRules.filter((id) => {
  const r = latest(id);
  return r.period.kind === 'span' && r.period.unit === 'weeks' && r.counting === 'after' && r.direction === 'within';
});

describe('deadline invariants (property tests)', () => {
  it(`"within N weeks of" rules land on the trigger's weekday (${weeksWithin.length} rules)`, () => {
    expect(weeksWithin.length).toBeGreaterThan(20);
    fc.assert(fc.property(trigger, fc.constantFrom(...weeksWithin), (t, id) => weekday(deadline(id, t).due!) === weekday(t)), { numRuns });
  });

  it('a "beginning with" period ends one day before the "after" period of the same length', () => {
    fc.assert(
      fc.property(trigger, fc.integer({ min: 1, max: 60 }), fc.constantFrom('days' as const, 'weeks' as const, 'months' as const), (t, n, unit) => {
        const d = isoToDay(t);
        const begun = addSpan(d, n, unit, 'beginning-with', englandAndWales, []);
        const after = addSpan(d, n, unit, 'after', englandAndWales, []);
        // Months where the later month has no corresponding day (31 Jan + 1 month) both end on its last day.
        const clamped = unit === 'months' && Number(addMonths(t, n).slice(8)) < Number(t.slice(8));
        return clamped ? begun === after : begun === after - 1;
      }),
      { numRuns },
    );
  });

  it('a "within" due date is never before its trigger (every date-triggered rule)', () => {
    const within = dateRules.filter((id) => latest(id).direction === 'within' && latest(id).period.kind !== 'fixed-date');
    fc.assert(
      fc.property(trigger, fc.constantFrom(...within), (t, id) => {
        const due = deadline(id, t).due;
        return due === null || daysBetween(t, due) >= 0;
      }),
      { numRuns },
    );
  });

  it('an "at least … before" due date is always before its target', () => {
    const before = dateRules.filter((id) => latest(id).direction === 'at-least-before');
    expect(before.length).toBeGreaterThan(2);
    fc.assert(
      fc.property(trigger, fc.constantFrom(...before), fc.constantFrom('strict' as const, 'permissive' as const), (t, id, notice) =>
        daysBetween(deadline(id, t, { notice }).due!, t) > 0),
      { numRuns },
    );
  });

  it('fixed-date rules give the same date for every trigger in a transfer year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2016, max: 2040 }), fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 364 }), (year, a, b) => {
        const jan1 = `${year}-01-01`;
        const x = addDays(jan1, Math.min(a, year % 4 ? 364 : 365));
        const y = addDays(jan1, Math.min(b, year % 4 ? 364 : 365));
        return ['phase-transfer', 'phase-transfer-post16'].every((id) => deadline(id, x).due === deadline(id, y).due);
      }),
      { numRuns },
    );
  });

  it('explain() mentions every date that appears in the trace', () => {
    const all = dateRules;
    fc.assert(
      fc.property(trigger, fc.constantFrom(...all), (t, id) => {
        const result = deadline(id, t);
        const text = explain(result);
        return result.trace.every((s) => s.date === undefined || text.includes(s.date));
      }),
      { numRuns },
    );
  });

  it('the compound appeal rule is never earlier than 2 months after the decision and always a working day', () => {
    fc.assert(
      fc.property(trigger, fc.option(fc.integer({ min: 0, max: 90 })), (t, gap) => {
        const due = deadline('appeal', { decisionSent: t, ...(gap === null ? {} : { certificateIssued: addDays(t, gap) }) }).due!;
        return daysBetween(t, due) >= 59 && englandAndWales.isWorkingDay(due);
      }),
      { numRuns },
    );
  });
});
