/**
 * audit() at England scale keeps its counts in compact form (per rule, counts by status; the late
 * list as numbers until the result is taken) and runs as an auditor fed one case at a time. These
 * tests pin that the compact form says what the timelines say, case by case, and that the auditor
 * says what audit() says, however the caseload is fed to it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, audit, createAuditor, createWorkingCalendar, statutoryCaseRules, timeline, type CaseRecord, type EntryStatus } from '../../src/index.js';
import { numRuns } from '../support/fc.js';

const AS_OF = '2026-11-01';
const TYPES = [
  'request-received', 'assessment-decision-notified', 'advice-requested', 'advice-received', 'draft-plan-served', 'final-plan-issued',
  'review-meeting', 'review-decision-notified', 'amendment-notice-sent', 'amended-plan-issued', 'reassessment-requested',
  'reassessment-decision-notified', 'reassessment-plan-issued', 'moved-la', 'plan-transferred', 'mediation-requested', 'mediation-held',
  'appeal-received', 'appeal-response-sent', 'plan-ceased',
] as const;

const date = fc.integer({ min: 0, max: 3600 }).map((n) => addDays('2016-01-04', n));
const event = fc.record({ type: fc.constantFrom(...TYPES), date }).map((e) => (e.type === 'moved-la' ? { ...e, aware: e.date } : e));
/** An exception lifting limits over some days (reg 13(3)): lifted and excluded counts must agree too. */
const exception = fc.record({ date, days: fc.integer({ min: 0, max: 60 }) })
  .map(({ date: d, days }) => ({ type: 'exception' as const, date: d, until: addDays(d, days), code: 'personal-circumstances' as const }));
const caseArb = (id: fc.Arbitrary<string>) => fc.record({
  id,
  dateOfBirth: fc.option(fc.integer({ min: 0, max: 4020 }).map((n) => addDays('2005-01-01', n)), { nil: undefined }),
  events: fc.array(fc.oneof({ weight: 9, arbitrary: event }, { weight: 1, arbitrary: exception }), { minLength: 1, maxLength: 14 }),
}).map((c) => (c.dateOfBirth === undefined ? { id: c.id, events: c.events } : c) as CaseRecord);
/** A record that fails validation (an impossible date): counted in, set aside. */
const badRecord = fc.string({ minLength: 1, maxLength: 4 }).map((id) => ({ id: `bad-${id}`, events: [{ type: 'request-received', date: '2025-02-30' }] }));
/** Caseloads with unique ids, now and then a bad record. */
const caseload = fc.uniqueArray(fc.oneof({ weight: 6, arbitrary: caseArb(fc.string({ minLength: 1, maxLength: 6 }).filter((id) => !id.startsWith('bad-'))) }, { weight: 1, arbitrary: badRecord }), {
  selector: (c) => c.id, minLength: 0, maxLength: 12,
});

/** The options that change due days: the readings, a calendar with closures, the Dorset profile. */
const closures = createWorkingCalendar({ id: 'closures', name: 'A council with two closures', closures: [
  ...['2020-12-29', '2020-12-30', '2020-12-31', '2023-08-14', '2023-08-15', '2023-08-16', '2023-08-17', '2023-08-18'].map((date) => ({ date, name: 'Council closure' })),
] });
const readings = fc.record({
  notice: fc.constantFrom('strict' as const, 'permissive' as const),
  fixedDate: fc.constantFrom('before' as const, 'on-or-before' as const),
  calendar: fc.constantFrom(undefined, closures),
  profile: fc.constantFrom(undefined, 'dorset' as const),
}, { requiredKeys: [] }).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));

const STATUSES: readonly [EntryStatus, string][] = [
  ['met', 'met'], ['late', 'late'], ['overdue', 'overdue'], ['due', 'due'], ['lifted', 'lifted'], ['relaxed', 'relaxed'],
  ['not-applicable', 'notApplicable'], ['not-triggered', 'notTriggered'],
];

describe('audit(): the compact tally equals the timelines, case by case', () => {
  it('per rule, every status count and the late list are those of timeline() for each case', () => {
    fc.assert(
      fc.property(caseload, fc.constantFrom('meeting' as const, 'decision' as const), readings, (cases, reviewedOn, more) => {
        // The audit works each due day out once per rule and trigger day, with its options: the
        // timelines, with the same options, work every one out afresh.
        const a = audit(cases, { asOf: AS_OF, reviewedOn, ...more });
        const valid = cases.filter((c) => !String(c.id).startsWith('bad-'));
        const timelines = valid.map((c) => timeline(c, { asOf: AS_OF, reviewedOn, ...more }));
        // in = audited + set aside
        expect(a.cases).toEqual({ total: cases.length, valid: valid.length, rejected: cases.length - valid.length });
        const expected = new Map<string, Record<string, number>>();
        for (const t of timelines) {
          for (const e of t.entries) {
            const row = expected.get(e.ruleId) ?? Object.fromEntries(STATUSES.map(([, key]) => [key, 0]));
            row[STATUSES.find(([s]) => s === e.status)![1]]!++;
            expected.set(e.ruleId, row);
          }
        }
        expect(new Set(a.rules.map((r) => r.ruleId))).toEqual(new Set(expected.keys()));
        for (const r of a.rules) {
          const want = expected.get(r.ruleId)!;
          for (const [, key] of STATUSES) expect(r[key as keyof typeof r], `${r.ruleId} ${key}`).toBe(want[key]);
          expect(r.applicable).toBe(want.met! + want.late! + want.overdue! + want.due! + want.lifted! + want.relaxed!);
        }
        // The late list: the late and overdue entries of each case, as the timelines date them.
        const late = timelines.flatMap((t) => t.entries.filter((e) => e.status === 'late' || e.status === 'overdue')
          .map((e) => ({ caseId: t.caseId, ruleId: e.ruleId, due: e.due, done: e.done, status: e.status, daysLate: e.daysLate })));
        const key = (l: { caseId: string; ruleId: string; due: string | null; done?: string | undefined; status: string; daysLate?: number | undefined }) =>
          JSON.stringify([l.caseId, l.ruleId, l.due, l.done ?? null, l.status, l.daysLate]);
        expect(a.lateCases.map(key).sort()).toEqual(late.map(key).sort());
      }),
      { numRuns: Math.ceil(numRuns / 3) },
    );
  });
});

describe('createAuditor(): one case at a time, the same audit', () => {
  it('fed case by case, in parts with a result taken between them, the auditor equals audit() of the list', () => {
    fc.assert(
      fc.property(caseload, fc.array(fc.nat(), { maxLength: 4 }), fc.option(fc.constant({ from: '2017-01-01', to: '2024-12-31' }), { nil: undefined }),
        (cases, cuts, range) => {
          const options = { asOf: AS_OF, ...range };
          const whole = audit(cases, options);
          const auditor = createAuditor(options);
          const at = [...new Set(cuts.map((c) => (cases.length ? c % cases.length : 0)))].sort((x, y) => x - y);
          let start = 0;
          for (const end of [...at, cases.length]) {
            for (const c of cases.slice(start, end)) auditor.add(c);
            start = Math.max(start, end);
            // A result part way through is the audit of the cases so far, and leaves the auditor as it was.
            expect(auditor.result()).toEqual(audit(cases.slice(0, start), options));
          }
          expect(auditor.result()).toEqual(whole);
        }),
      { numRuns: Math.ceil(numRuns / 3) },
    );
  });

  it('a stream audited with audit() equals the auditor, repeated ids included (the first stays audited)', () => {
    const withRepeats = fc.array(caseArb(fc.constantFrom('A', 'B', 'C')), { maxLength: 6 });
    fc.assert(
      fc.property(withRepeats, (cases) => {
        const auditor = createAuditor({ asOf: AS_OF });
        for (const c of cases) auditor.add(c);
        expect(auditor.result()).toEqual(audit(cases.values(), { asOf: AS_OF }));
      }),
      { numRuns: Math.ceil(numRuns / 3) },
    );
  });
});

/**
 * The audit reuses one pool of entries from case to case (src/engine/entry-pool.ts). A field a rule
 * sets on some entries only (the advice body) must not carry over to the next case's entry in the
 * same slot: an exception naming a body reaches only that body's deadline, so a stale body would
 * keep a limit the exception lifts. Random caseloads seldom put the two in one slot; this does.
 */
describe('audit(): nothing of one case reaches the next', () => {
  // Case A: only advice requests to "health", so every pooled slot of A holds an entry with body "health".
  const adviceOnly: CaseRecord = {
    id: 'A',
    events: Array.from({ length: 40 }, (_, i) => ({ type: 'advice-requested' as const, date: addDays('2025-01-06', i), body: 'health' })),
  };
  // Case B (reg 13(2), 13(3)(c)): request 6 Jan 2025 + 140 days = 26 May 2025; plan 20 Jun 2025, 25 days late;
  // personal circumstances 1-10 Feb 2025, recorded against the educational psychologist, fall inside the
  // 20 weeks and lift the limit: the 20-week entry names no body, so an exception naming one still reaches it.
  const lifted: CaseRecord = {
    id: 'B',
    events: [
      { type: 'request-received', date: '2025-01-06' },
      { type: 'final-plan-issued', date: '2025-06-20' },
      { type: 'exception', code: 'personal-circumstances', date: '2025-02-01', until: '2025-02-10', body: 'ep' },
    ],
  };
  const finalPlan = (a: ReturnType<typeof audit>) => a.rules.find((r) => r.ruleId === 'final-plan')!;

  it('case B alone: its 20-week limit is lifted, as its timeline says', () => {
    expect(timeline(lifted, { asOf: AS_OF }).entries.find((e) => e.ruleId === 'final-plan')!.status).toBe('lifted');
    expect(finalPlan(audit([lifted], { asOf: AS_OF }))).toMatchObject({ lifted: 1, late: 0 });
  });

  it('case B after case A (whose entries all named a body): still lifted, and A and B together count what each counts alone', () => {
    const together = audit([adviceOnly, lifted], { asOf: AS_OF });
    expect(finalPlan(together)).toMatchObject({ lifted: 1, late: 0 });
    const apart = [audit([adviceOnly], { asOf: AS_OF }), audit([lifted], { asOf: AS_OF })];
    for (const r of together.rules) {
      const sum = apart.map((a) => a.rules.find((x) => x.ruleId === r.ruleId)).filter((x) => x !== undefined);
      for (const key of ['met', 'late', 'overdue', 'due', 'lifted', 'relaxed', 'notApplicable', 'notTriggered'] as const) {
        expect(r[key], `${r.ruleId} ${key}`).toBe(sum.reduce((n, x) => n + x[key], 0));
      }
    }
  });

  it('the same through createAuditor(), one case at a time', () => {
    const auditor = createAuditor({ asOf: AS_OF });
    auditor.add(adviceOnly);
    auditor.add(lifted);
    expect(finalPlan(auditor.result())).toMatchObject({ lifted: 1, late: 0 });
  });
});

describe('audit(): the late list\'s dates', () => {
  // The late list keeps day numbers and writes each day's ISO text once, from a table that spans some
  // centuries from the first day met; a day beyond it is written on its own. Both give the timeline's text.
  it('a late plan in 2025 and one in 2500 (beyond the table): due and done as the timelines give them', () => {
    const cases: CaseRecord[] = [
      { id: 'near', events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'final-plan-issued', date: '2025-05-27' }] },
      { id: 'far', events: [{ type: 'request-received', date: '2500-01-04' }, { type: 'final-plan-issued', date: '2500-06-30' }] },
    ];
    const asOf = '2501-01-01';
    const a = audit(cases, { asOf });
    for (const c of cases) {
      const expected = timeline(c, { asOf }).entries.filter((e) => e.status === 'late' || e.status === 'overdue')
        .map((e) => ({ ruleId: e.ruleId, due: e.due, done: e.done }));
      const listed = a.lateCases.filter((l) => l.caseId === c.id).map((l) => ({ ruleId: l.ruleId, due: l.due, done: l.done }));
      expect(listed).toEqual(expected);
    }
    // reg 13(2): 6 Jan 2025 + 140 days = 26 May 2025; the plan of 27 May is one day late.
    expect(a.lateCases.find((l) => l.caseId === 'near' && l.ruleId === 'final-plan')).toMatchObject({ due: '2025-05-26', done: '2025-05-27', daysLate: 1 });
    // 4 Jan 2500 + 140 days = 24 May 2500 (Jan 27 + Feb 28 + Mar 31 + Apr 30 + 24); the plan of 30 June is 37 days late.
    expect(a.lateCases.find((l) => l.caseId === 'far' && l.ruleId === 'final-plan')).toMatchObject({ due: '2500-05-24', done: '2500-06-30', daysLate: 37 });
  });
});

describe('a rule is skipped for a case without its trigger events (src/engine/case-context.ts triggerMasks)', () => {
  it('the timeline with every rule called on every case (copies of the rules, which declare no triggers) is the same, entry for entry', () => {
    // A copy of a rule object is not the object that declared its triggers, so the engine calls it on every case.
    const everyCase = statutoryCaseRules.map((r) => ({ ...r }));
    fc.assert(
      fc.property(caseArb(fc.constant('C')), fc.constantFrom('meeting' as const, 'decision' as const), (c, reviewedOn) => {
        expect(timeline(c, { asOf: AS_OF, reviewedOn, rules: everyCase })).toEqual(timeline(c, { asOf: AS_OF, reviewedOn }));
      }),
      { numRuns },
    );
  });

  it('a case with no events of a rule\'s triggers gives that rule no entry, and a case with none at all still gets the review cycle\'s "not triggered"', () => {
    const t = timeline({ id: 'E', events: [{ type: 'exception', date: '2025-01-06', code: 'personal-circumstances' }] }, { asOf: AS_OF });
    expect(t.entries.map((e) => [e.ruleId, e.status])).toEqual([['annual-review', 'not-triggered']]);
  });
});

describe('the late list past one block of rows (src/engine/audit.ts LateList keeps 16,384 rows a block)', () => {
  it('20,000 late rows (10,000 cases, two late deadlines each) come back in order, each as its case\'s timeline gives it', () => {
    // Request 6 Jan 2025 + 6 weeks = 17 Feb (reg 5(1)), decided 18 Feb: late 1. Final plan due 26 May
    // (request + 140 days, reg 13(2)), issued 26 May + n + 1: late n + 1 days, so each row is told apart.
    const cases = Array.from({ length: 10_000 }, (_, n) => ({
      id: `L${n}`,
      events: [
        { type: 'request-received', date: '2025-01-06' },
        { type: 'assessment-decision-notified', date: '2025-02-18', decision: 'assess' },
        { type: 'final-plan-issued', date: addDays('2025-05-26', (n % 300) + 1) },
      ],
    }));
    const a = audit(cases, { asOf: AS_OF });
    const expected = cases.flatMap((c) => timeline(c, { asOf: AS_OF }).entries
      .filter((e) => e.status === 'late' || e.status === 'overdue')
      .map((e) => ({ caseId: c.id, ruleId: e.ruleId, due: e.due, done: e.done, status: e.status, daysLate: e.daysLate })));
    expect(expected.length).toBeGreaterThan(16_384);
    expect(a.lateCases.map((r) => ({ ...r }))).toEqual(expected);
  });
});

describe('cases of many events (the audit reuses a list per length up to 64, and one list for longer ones)', () => {
  it('cases of 70, 3, 130 and 70 events, 66 of them review meetings in one case: per rule, the counts the timelines give', () => {
    // Reviews every 12 months from a plan of 6 Jan 2025 would run past asOf: so monthly meetings, each
    // within 12 months of the one before (met), and the early-years and notice rules beside them.
    const monthly = (n: number, from: string) => Array.from({ length: n }, (_, i) => ({ type: 'review-meeting' as const, date: addDays(from, 30 * (i + 1)) }));
    const cases = [
      { id: 'A', events: [{ type: 'final-plan-issued' as const, date: '2015-01-06' }, ...monthly(66, '2015-01-06'), ...monthly(3, '2016-01-01').map((e) => ({ ...e, type: 'amendment-notice-sent' as const }))] },
      { id: 'B', events: [{ type: 'request-received' as const, date: '2025-01-06' }, { type: 'final-plan-issued' as const, date: '2025-06-02' }, { type: 'review-meeting' as const, date: '2026-05-01' }] },
      { id: 'C', events: [{ type: 'final-plan-issued' as const, date: '2015-03-02' }, ...monthly(129, '2015-03-02')] },
      { id: 'D', events: [{ type: 'final-plan-issued' as const, date: '2016-01-06' }, ...monthly(69, '2016-01-06')] },
    ];
    const a = audit(cases, { asOf: AS_OF });
    const counts = new Map<string, Record<string, number>>();
    for (const c of cases) {
      for (const e of timeline(c, { asOf: AS_OF }).entries) {
        const row = counts.get(e.ruleId) ?? {};
        row[e.status] = (row[e.status] ?? 0) + 1;
        counts.set(e.ruleId, row);
      }
    }
    for (const r of a.rules) {
      const want = counts.get(r.ruleId)!;
      expect([r.ruleId, r.met, r.late, r.overdue, r.due, r.notApplicable, r.notTriggered])
        .toEqual([r.ruleId, want.met ?? 0, want.late ?? 0, want.overdue ?? 0, want.due ?? 0, want['not-applicable'] ?? 0, want['not-triggered'] ?? 0]);
    }
    expect(a.rules.find((r) => r.ruleId === 'annual-review')!.met).toBeGreaterThan(66 + 129 + 69 - 5);
  });
});
