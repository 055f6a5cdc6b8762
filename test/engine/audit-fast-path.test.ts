/**
 * The audit's fast path at England scale: each record is validated by the hand-written check into
 * events reused from case to case, and each case's entries are taken from a pool reused likewise.
 * These properties pin that the fast path says what zod says (accepts, refuses, and words each
 * refusal the same), that reusing the buffers changes nothing however records follow one another,
 * and that audit()'s per-rule counts equal timeline()'s, case by case, over plausible caseloads.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, audit, timeline, type Audit, type CaseRecord, type EntryStatus } from '../../src/index.js';
import { statutoryCaseRules } from '../../src/entries/case-rules.js';
import { caseBuffer } from '../../src/schema/fast-validate.js';
import { validateCaseBySchema, validateCaseReusing, type Validated } from '../../src/schema/validate.js';
import { numRuns } from '../support/fc.js';

const maybe = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
/** Real dates, impossible ones, other layouts and non-strings: each rule of the date fields at its edge. */
const dateish = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 16000, max: 21000 }).map((n) => new Date(n * 864e5).toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constantFrom('2024-02-29', '2025-02-29', '2025-13-01', '2025-1-6', '06/01/2025', '', '2025-01-06T00:00', '0000-01-01') },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.constant(null)) },
);
/** Events near the schema's rules: the fields each type requires, sometimes missing or wrong. */
const nearEvent = fc.record(
  {
    type: fc.constantFrom('request-received', 'final-plan-issued', 'review-meeting', 'advice-requested', 'moved-la', 'exception', 'tribunal-order', 'plan-issued', 7),
    date: dateish,
    aware: maybe(dateish),
    until: maybe(dateish),
    decision: maybe(fc.constantFrom('assess', 'not-assess', 'continue', 'perhaps', 0)),
    body: maybe(fc.constantFrom('school', 'educational psychologist', '', 1)),
    order: maybe(fc.constantFrom('order-make-plan-final', 'order-', 'x')),
    code: maybe(fc.constantFrom('personal-circumstances', 'school-closure', 'holiday')),
    note: maybe(fc.constantFrom('a note', 3)),
    extra: maybe(fc.constant(true)),
  },
  { requiredKeys: ['type', 'date'] },
);
const nearRecord = fc.record(
  {
    id: fc.oneof(fc.constantFrom('C1', 'C2', '', 12, 1.5, Number.NaN, Number.POSITIVE_INFINITY), fc.constant(null), fc.constant({ id: 1 })),
    dateOfBirth: maybe(dateish),
    yearGroupOffset: maybe(fc.constantFrom(0, -3, 3, 4, 0.5, '1')),
    transferStages: maybe(fc.constantFrom(['year7'], ['year12', 'year7'], ['year5'], 'year7', [])),
    year12Destination: maybe(fc.constantFrom('post16-institution', 'school-sixth-form', 'college')),
    twentyWeekExceptionRecorded: maybe(fc.constantFrom(true, false, 'yes')),
    events: fc.oneof({ weight: 8, arbitrary: fc.array(nearEvent, { maxLength: 6 }) }, { weight: 1, arbitrary: fc.constantFrom('none', null) }),
    unknown: maybe(fc.constant(1)),
  },
  { requiredKeys: ['events'] },
);

/** The engine form as plain data, read at once (a reused buffer is overwritten by the next record). */
function snapshot(v: Validated): unknown {
  return v.ok ? { ok: true, value: { ...v.value, events: v.value.events.map((e) => ({ ...e })) } } : v;
}

/** Anything at all, near-valid records, and plausible valid ones (defined below), mixed in one stream. */
const anyRecord = fc.oneof(
  { weight: 1, arbitrary: fc.anything() },
  { weight: 4, arbitrary: nearRecord },
  { weight: 4, arbitrary: fc.constantFrom('V1', 'V2').chain((id) => plausibleCase(id)) },
);

describe('the fast validation path agrees with caseSchema (zod)', () => {
  it('accepts and refuses what zod does, gives the same engine form, and words the same issues when refusing, record after record through one reused buffer', () => {
    fc.assert(
      fc.property(fc.array(anyRecord, { minLength: 1, maxLength: 8 }), (records) => {
        const buffer = caseBuffer();
        for (const r of records) {
          expect(snapshot(validateCaseReusing(r, buffer))).toEqual(snapshot(validateCaseBySchema(r)));
        }
      }),
      { numRuns: numRuns * 2 },
    );
  });
});

// Plausible cases, shaped as councils' records are: a request, the decision, advice, a draft and a
// plan, then reviews with their decisions; now and then a move, an exception, a ceased plan.
const day = (n: number) => addDays('2015-01-05', n);
const plausibleCase = (id: string) => fc.record({
  request: fc.integer({ min: 0, max: 3600 }),
  decision: fc.integer({ min: 20, max: 110 }),
  notAssess: fc.boolean(),
  // None, one or several requests for advice: the entries of one case and the next differ in number and order.
  advice: fc.array(fc.constantFrom('educational psychologist', 'school', 'health'), { maxLength: 3 }),
  plan: fc.integer({ min: 100, max: 260 }),
  reviews: fc.array(fc.record({ gap: fc.integer({ min: 250, max: 430 }), decision: fc.integer({ min: 5, max: 60 }) }), { maxLength: 5 }),
  birthYears: fc.option(fc.integer({ min: 2, max: 17 }), { nil: undefined }),
  exception: fc.option(fc.record({
    at: fc.integer({ min: 0, max: 200 }), days: fc.integer({ min: 0, max: 60 }),
    // An exception naming a body reaches only that body's deadlines.
    body: fc.option(fc.constantFrom('educational psychologist', 'school', 'health'), { nil: undefined }),
  }), { nil: undefined }),
  moved: fc.option(fc.integer({ min: 30, max: 400 }), { nil: undefined }),
  ceased: fc.option(fc.integer({ min: 100, max: 1500 }), { nil: undefined }),
}).map((c): CaseRecord => {
  const events: Record<string, unknown>[] = [
    { type: 'request-received', date: day(c.request) },
    { type: 'assessment-decision-notified', date: day(c.request + c.decision), decision: c.notAssess ? 'not-assess' : 'assess' },
    ...c.advice.flatMap((body, i) => [
      { type: 'advice-requested', date: day(c.request + 40 + i), body },
      { type: 'advice-received', date: day(c.request + 40 + i + c.decision), body },
    ]),
    { type: 'draft-plan-served', date: day(c.request + c.plan - 25) },
    { type: 'final-plan-issued', date: day(c.request + c.plan) },
  ];
  let anchor = c.request + c.plan;
  for (const r of c.reviews) {
    anchor += r.gap;
    events.push({ type: 'review-meeting', date: day(anchor) }, { type: 'review-decision-notified', date: day(anchor + r.decision), decision: 'continue' });
  }
  if (c.exception) {
    const { at, days, body } = c.exception;
    events.push({ type: 'exception', date: day(c.request + at), until: day(c.request + at + days), code: 'personal-circumstances', ...(body ? { body } : {}) });
  }
  if (c.moved !== undefined) events.push({ type: 'moved-la', date: day(anchor + c.moved), aware: day(anchor + c.moved - 20) }, { type: 'plan-transferred', date: day(anchor + c.moved + 3) });
  if (c.ceased !== undefined) events.push({ type: 'plan-ceased', date: day(c.request + c.plan + c.ceased) });
  return { id, ...(c.birthYears === undefined ? {} : { dateOfBirth: day(c.request - Math.floor(c.birthYears * 365.25)) }), events } as CaseRecord;
});
const plausibleCaseload = fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => plausibleCase(`P${i}`))));

const KEYS: readonly [EntryStatus, string][] = [
  ['met', 'met'], ['late', 'late'], ['overdue', 'overdue'], ['due', 'due'], ['lifted', 'lifted'], ['relaxed', 'relaxed'],
  ['not-applicable', 'notApplicable'], ['not-triggered', 'notTriggered'],
];

/** Per rule and status, the counts of the cases' timelines. */
function timelineCounts(cases: readonly CaseRecord[], options: Parameters<typeof timeline>[1]): Map<string, Record<string, number>> {
  const counts = new Map<string, Record<string, number>>();
  for (const c of cases) {
    for (const e of timeline(c, options).entries) {
      const row = counts.get(e.ruleId) ?? Object.fromEntries(KEYS.map(([, k]) => [k, 0]));
      row[KEYS.find(([s]) => s === e.status)![1]]!++;
      counts.set(e.ruleId, row);
    }
  }
  return counts;
}

function auditCounts(a: Audit): Map<string, Record<string, number>> {
  return new Map(a.rules.map((r) => [r.ruleId, Object.fromEntries(KEYS.map(([, k]) => [k, r[k as keyof typeof r] as number]))]));
}

describe('audit() over plausible caseloads: the pooled fast path counts what the timelines say', () => {
  const readings = fc.record({
    reviewedOn: fc.constantFrom('meeting' as const, 'decision' as const),
    profile: fc.option(fc.constant('dorset'), { nil: undefined }),
  });

  it('per rule, every status count equals that of timeline() for each case', () => {
    fc.assert(
      fc.property(plausibleCaseload, readings, (cases, { reviewedOn, profile }) => {
        const options = { asOf: '2026-11-01', reviewedOn, ...(profile ? { profile } : {}) };
        expect(auditCounts(audit(cases, options))).toEqual(timelineCounts(cases, options));
      }),
      { numRuns: Math.ceil(numRuns / 3) },
    );
  });

  it('the pooled audit (the library\'s own rules) equals the audit that makes every object anew (the same rules passed as a rule set)', () => {
    fc.assert(
      fc.property(plausibleCaseload, readings, (cases, { reviewedOn, profile }) => {
        const options = { asOf: '2026-11-01', reviewedOn, ...(profile ? { profile } : {}) };
        expect(audit(cases, options)).toEqual(audit(cases, { ...options, rules: statutoryCaseRules }));
      }),
      { numRuns: Math.ceil(numRuns / 3) },
    );
  });
});
