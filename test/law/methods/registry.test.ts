/**
 * The compound-method registry: each method the library registers, worked by hand (the arithmetic
 * in each test's name or comment); Dorset's two methods, which live beside its profile; a
 * profile's own method; a method whose fields are not its rule's, or without a function, refused.
 * (A method no one registered, and one taking a registered id, are refused in
 * test/law/profiles/synthetic-profile.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { deadline, defineProfile, englandAndWales, getProfile, type Profile } from '../../../src/index.js';
import { compoundMethod, findCompoundMethod, registeredMethodIds, statutoryMethods } from '../../../src/law/methods/index.js';
import type { CompoundMethodDefinition } from '../../../src/law/methods/types.js';
import { dorsetEndOfAutumnTermMethod, dorsetReviewLetterMethod } from '../../../src/law/profiles/dorset-methods.js';
import { date, namedFields } from '../../../src/law/trigger-shape.js';
import { computeCompound } from '../../../src/engine/compound.js';
import type { TraceStep } from '../../../src/law/trace.js';
import { dayToIso, isoToDay } from '../../../src/day/iso.js';
import { exampleTerms } from '../../support/examples.js';

const terms = exampleTerms();

/** A method applied to ISO trigger dates, as the engine applies it: the due date (or null) and the trace. */
function run(method: string, dates: Record<string, string>, { n, withTerms = false, profile }: { n?: number; withTerms?: boolean; profile?: Profile } = {}) {
  const trace: TraceStep[] = [];
  const days = Object.fromEntries(Object.entries(dates).map(([k, v]) => [k, isoToDay(v)]));
  const out = computeCompound({
    method, days, names: {}, n, calendar: englandAndWales, terms: withTerms ? terms : undefined, trace, profile,
    apply: () => { throw new Error('not used'); },
  });
  return { due: out.due === null ? null : dayToIso(out.due), out, trace };
}

describe('statutory methods (registered by the library)', () => {
  it('are the five the statutory records name', () => {
    expect(statutoryMethods.map((m) => m.id)).toEqual(['plan-transfer', 'later-of-periods', 'appeal', 'tribunal-working-days', 'as-order']);
    for (const m of statutoryMethods) expect(m.description.length).toBeGreaterThan(10);
  });

  describe('plan-transfer (reg 15(2), 15(7))', () => {
    it('aware Mon 17 Mar, move Mon 24 Mar 2025: 4 working days between (18–21 Mar) < 15, so 15 working days beginning with 17 Mar: 17–21, 24–28, 31 Mar–4 Apr → Fri 4 Apr 2025', () => {
      const r = run('plan-transfer', { move: '2025-03-24', aware: '2025-03-17' });
      expect([r.due, r.out.limb, r.out.usesWorkingDays]).toEqual(['2025-04-04', 'late-awareness', true]);
    });
    it('aware Mon 24 Feb, move Mon 24 Mar 2025: 25 Feb–21 Mar holds 19 working days ≥ 15 → the day of the move, 24 Mar 2025', () => {
      const r = run('plan-transfer', { move: '2025-03-24', aware: '2025-02-24' });
      expect([r.due, r.out.limb]).toEqual(['2025-03-24', 'on-the-day']);
    });
  });

  describe('later-of-periods (reg 15(5))', () => {
    it('last reviewed 10 Jan 2025 → 12 months beginning with it end 9 Jan 2026; transfer 15 Jun 2025 → 3 months end 14 Sep 2025; the later: 9 Jan 2026', () => {
      expect(run('later-of-periods', { lastReviewed: '2025-01-10', transfer: '2025-06-15' }).due).toBe('2026-01-09');
    });
    it('last reviewed 1 Dec 2024 → ends 30 Nov 2025; transfer 1 Nov 2025 → 3 months end 31 Jan 2026; the later: 31 Jan 2026', () => {
      expect(run('later-of-periods', { lastReviewed: '2024-12-01', transfer: '2025-11-01' }).due).toBe('2026-01-31');
    });
  });

  describe('appeal (HESC r20(1)(c) with r12)', () => {
    it('sent Wed 15 Jan 2025 + 2 months = Sat 15 Mar 2025, not a working day → r12(2): Mon 17 Mar 2025', () => {
      expect(run('appeal', { decisionSent: '2025-01-15' }).due).toBe('2025-03-17');
    });
    it('sent 30 Jun 2025 + 2 months = 30 Aug 2025, in August → r12(3)(a): the first working day after 31 Aug, Mon 1 Sep 2025', () => {
      expect(run('appeal', { decisionSent: '2025-06-30' }).due).toBe('2025-09-01');
    });
    it('sent 26 Oct 2025 + 2 months = Fri 26 Dec 2025 → r12(3)(a): the first working day after 1 Jan 2026, Fri 2 Jan 2026', () => {
      expect(run('appeal', { decisionSent: '2025-10-26' }).due).toBe('2026-01-02');
    });
    it('sent 6 Jan 2025 (→ Thu 6 Mar); certificate 1 Mar 2025 + 1 month = Tue 1 Apr 2025, later → 1 Apr 2025', () => {
      expect(run('appeal', { decisionSent: '2025-01-06', certificateIssued: '2025-03-01' }).due).toBe('2025-04-01');
    });
    it('names the rule whose period it computes (periodOf: appeal)', () => {
      expect(findCompoundMethod('appeal')?.periodOf).toBe('appeal');
    });
  });

  describe('tribunal-working-days (HESC r21(1)(c) with r12(3)(b))', () => {
    it('received Tue 1 Jul 2025, 30 days: 2–31 Jul gives 22, August not counted, 1–5 Sep gives 27, 8–10 Sep gives 30 → Wed 10 Sep 2025', () => {
      expect(run('tribunal-working-days', { date: '2025-07-01' }, { n: 30 }).due).toBe('2025-09-10');
    });
    it('received Mon 1 Dec 2025, 10 days: 2–5 Dec (4), 8–12 Dec (9), 15 Dec (10) → Mon 15 Dec 2025', () => {
      expect(run('tribunal-working-days', { date: '2025-12-01' }, { n: 10 }).due).toBe('2025-12-15');
    });
  });

  describe('as-order (reg 42(2))', () => {
    it('agreement Mon 6 Jan 2025 standing for order-make-plan-final (11 weeks after the order) → 6 Jan + 77 days = Mon 24 Mar 2025', () => {
      const r = deadline('mediation-agreement-appealable', { agreement: '2025-01-06', order: 'order-make-plan-final' });
      expect(r.due).toBe('2025-03-24');
      expect(r.due).toBe(deadline('order-make-plan-final', '2025-01-06').due);
    });
    it('refuses an order that is not a tribunal order rule', () => {
      expect(() => deadline('mediation-agreement-appealable', { agreement: '2025-01-06', order: 'final-plan' }))
        .toThrow(expect.objectContaining({ code: 'INVALID_TRIGGER', field: 'trigger.order' }));
    });
  });
});

describe("Dorset's methods (beside its profile)", () => {
  it('are the profile\'s own, and their 0.4 names still reach them', () => {
    expect(getProfile('dorset').methods?.map((m) => m.id)).toEqual(['dorset-review-letter', 'dorset-end-of-autumn-term']);
    expect(findCompoundMethod('review-letter')).toBe(dorsetReviewLetterMethod);
    expect(findCompoundMethod('end-of-autumn-term')).toBe(dorsetEndOfAutumnTermMethod);
    expect(registeredMethodIds()).not.toContain('review-letter');
  });
  it('review letter: meeting 1 Jun 2025 + 28 = 29 Jun 2025, before previous 10 Sep 2024 + 365 = 10 Sep 2025 → 29 Jun 2025', () => {
    expect(run('dorset-review-letter', { meeting: '2025-06-01', previousMeeting: '2024-09-10' }).due).toBe('2025-06-29');
  });
  it('review letter: meeting 1 Sep 2025 + 28 = 29 Sep 2025, after the cap 10 Sep 2024 + 365 = 10 Sep 2025 → 10 Sep 2025', () => {
    expect(run('dorset-review-letter', { meeting: '2025-09-01', previousMeeting: '2024-09-10' }).due).toBe('2025-09-10');
  });
  it('review letter: a meeting not after the previous one is INVALID_TRIGGER', () => {
    expect(() => run('dorset-review-letter', { meeting: '2024-09-10', previousMeeting: '2024-09-10' })).toThrow(expect.objectContaining({ code: 'INVALID_TRIGGER' }));
  });
  it('end of the autumn term: move 1 Sep 2026 → the Autumn 2025 term of the example calendar ends Fri 19 Dec 2025', () => {
    expect(run('dorset-end-of-autumn-term', { date: '2026-09-01' }, { withTerms: true }).due).toBe('2025-12-19');
  });
  it('end of the autumn term: no date without a term calendar, or for a move outside September', () => {
    expect(run('dorset-end-of-autumn-term', { date: '2026-09-01' }).out.reason).toMatch(/needs a school term calendar/);
    expect(run('dorset-end-of-autumn-term', { date: '2026-01-05' }, { withTerms: true }).out.reason).toMatch(/September/);
  });
});

/** A fictional council's method: 10 days after the later of two dates. */
const tenDaysAfterLater: CompoundMethodDefinition = {
  id: 'testshire-ten-days-after-later',
  description: '10 days after the later of two dates (fictional)',
  trigger: namedFields(date('first', 'First date'), date('second', 'Second date')).triggerShape,
  compute: ({ days, trace }) => {
    const due = Math.max(days.first!, days.second!) + 10;
    trace?.push({ step: 'Ten days after the later date', date: dayToIso(due) });
    return { due, usesWorkingDays: false };
  },
};

function profileUsing(method: string, methods?: readonly CompoundMethodDefinition[], triggerFields: unknown = ['first', 'second']): Record<string, unknown> {
  return {
    name: 'testshire',
    title: 'Testshire (fictional)',
    council: 'Testshire (a fictional council)',
    source: { title: 'none', read: 'fictional' },
    ...(methods ? { methods } : {}),
    rules: [{
      id: 'testshire-later', title: 'Testshire: later (fictional)', process: 'local', owedBy: 'Testshire', trigger: 'two dates',
      triggerFields, period: { kind: 'compound', method, summary: 'fictional' }, counting: 'after', direction: 'within',
      rollForward: false, wording: 'FICTIONAL', citation: { instrument: 'Testshire standards (fictional)', provision: 'para 1', url: '' },
      force: 'local', verification: 'unverified', inForce: { from: '2024-01-01' }, modifiedBy: [], exceptions: [], notes: [],
      profile: 'testshire', statutory: null,
    }],
  };
}

describe('a profile registers its own method', () => {
  it('10 days after the later of 3 Mar and 1 Mar 2025 → 13 Mar 2025', () => {
    const p = defineProfile(profileUsing('testshire-ten-days-after-later', [tenDaysAfterLater]));
    const r = deadline('testshire-later', { first: '2025-03-03', second: '2025-03-01' }, { profile: p });
    expect(r.due).toBe('2025-03-13');
    expect(r.trace.some((s) => s.step === 'Ten days after the later date')).toBe(true);
    // The rule's shape is the method's: its labels are the method's words.
    expect(p.rules[0]!.triggerShape).toEqual(tenDaysAfterLater.trigger);
  });
  it('is not registered for anyone else', () => {
    expect(findCompoundMethod('testshire-ten-days-after-later')).toBeUndefined();
    expect(() => compoundMethod('testshire-ten-days-after-later')).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
  it('a method whose fields are not the rule\'s is refused', () => {
    expect(() => defineProfile(profileUsing('testshire-ten-days-after-later', [tenDaysAfterLater], ['first', 'third'])))
      .toThrow(expect.objectContaining({ code: 'INVALID_OPTION', field: 'profile.rules[0].period.method' }));
  });
  it('a method must come with a function', () => {
    // @ts-expect-error a method's compute read from JSON as text, which the profile must refuse
    const textCompute: CompoundMethodDefinition = { ...tenDaysAfterLater, compute: 'x' };
    expect(() => defineProfile(profileUsing('testshire-ten-days-after-later', [textCompute])))
      .toThrow(expect.objectContaining({ code: 'INVALID_OPTION', field: 'profile.methods[0].compute' }));
  });
  it('a JSON profile of 0.4 naming review-letter still loads and computes as Dorset\'s', () => {
    const p = defineProfile(profileUsing('review-letter', undefined, ['meeting', 'previousMeeting']));
    const r = deadline('testshire-later', { meeting: '2025-06-01', previousMeeting: '2024-09-10' }, { profile: p });
    expect(r.due).toBe('2025-06-29');
    expect(p.rules[0]!.triggerShape).toEqual(dorsetReviewLetterMethod.trigger);
  });
});
