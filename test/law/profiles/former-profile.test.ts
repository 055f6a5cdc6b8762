/**
 * A profile written for 0.4 (trigger field names only, the former method names, no methods of its
 * own) computes what its 0.6 form computes: Dorset's standards rewritten that way give the same
 * dates, reasons and statutory dates for any trigger (property tests).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deadline, defineProfile, getProfile } from '../../../src/index.js';
import { dayToIso, isoToDay } from '../../../src/day/iso.js';
import { numRuns } from '../../support/fc.js';
import { exampleTerms } from '../../support/examples.js';

const terms = exampleTerms();
const dorset = getProfile('dorset');
const FORMER: Record<string, string> = { 'dorset-review-letter': 'review-letter', 'dorset-end-of-autumn-term': 'end-of-autumn-term' };
const rename = (id: string) => id.replace(/^dorset-/, 'olddorset-');
const rekey = <T>(o: Readonly<Record<string, T>> | undefined) => (o ? Object.fromEntries(Object.entries(o).map(([k, v]) => [rename(k), v])) : undefined);

/** Dorset as a 0.4 JSON file would have held it. */
const former = defineProfile(JSON.parse(JSON.stringify({
  name: 'olddorset',
  title: dorset.title,
  council: dorset.council,
  source: dorset.source,
  rules: dorset.rules.map(({ triggerShape: _shape, workingDays: _wd, periodOf: _of, ...r }) => ({
    ...r,
    id: rename(r.id),
    profile: 'olddorset',
    period: r.period.kind === 'compound' ? { ...r.period, method: FORMER[r.period.method] ?? r.period.method } : r.period,
  })),
  counterparts: rekey(dorset.counterparts),
  timeline: rekey(dorset.timeline),
})));

const day = fc.integer({ min: isoToDay('2015-01-01'), max: isoToDay('2030-12-31') }).map(dayToIso);

/**
 * What a result says, whichever profile gave it. With `borrowed`, less the two things only a 0.6
 * record can say of a period it borrows (`periodOf`, which a 0.4 file could not hold): whose
 * working days the count uses and how that period's wording was read. The dates, reasons and
 * statutory dates are compared in full.
 */
function outcome(id: string, trigger: Parameters<typeof deadline>[1], profile: typeof dorset, { borrowed = false } = {}) {
  try {
    const r = deadline(id, trigger, { profile, terms });
    const trace = borrowed ? r.trace.map((s) => (s.step === 'Working days' ? { step: s.step } : s)) : r.trace;
    const warnings = borrowed ? r.warnings.filter((w) => !w.startsWith('The period is that of the rule')) : r.warnings;
    // The rule's own id appears in its messages; compare them with it taken out.
    const words = JSON.stringify({ due: r.due, reason: r.reason ?? null, statutory: r.statutory ?? null, trace, warnings });
    return JSON.parse(words.replaceAll('olddorset', 'dorset')) as unknown;
  } catch (e) {
    return { error: (e as { code?: string }).code };
  }
}

describe('a profile of 0.4 keeps loading and computing', () => {
  it('its rules take the shapes of the 0.6 records (labels aside: a 0.4 file had none)', () => {
    for (const r of former.rules) {
      const now = dorset.rules.find((x) => rename(x.id) === r.id)!;
      expect(r.triggerShape.fields.map((f) => [f.name, f.kind, f.optional === true]), r.id).toEqual(now.triggerShape.fields.map((f) => [f.name, f.kind, f.optional === true]));
    }
  });
  it('one-date rules: the same outcome for any trigger date', () => {
    const oneDate = dorset.rules.filter((r) => r.triggerShape.given === 'value');
    fc.assert(fc.property(day, fc.constantFrom(...oneDate), (on, r) => {
      expect(outcome(rename(r.id), on, former)).toEqual(outcome(r.id, on, dorset));
    }), { numRuns });
  });
  it('the review letter, the plan transfer and para 9.6 (the appeal window): the same outcome for any pair of dates', () => {
    fc.assert(fc.property(day, fc.integer({ min: -30, max: 400 }), (first, gap) => {
      const second = dayToIso(isoToDay(first) + gap);
      expect(outcome('olddorset-review-letter', { previousMeeting: first, meeting: second }, former))
        .toEqual(outcome('dorset-review-letter', { previousMeeting: first, meeting: second }, dorset));
      expect(outcome('olddorset-plan-transfer', { aware: first, move: second }, former))
        .toEqual(outcome('dorset-plan-transfer', { aware: first, move: second }, dorset));
      expect(outcome('olddorset-cease-pending-appeal', { decisionSent: first, certificateIssued: second }, former, { borrowed: true }))
        .toEqual(outcome('dorset-cease-pending-appeal', { decisionSent: first, certificateIssued: second }, dorset, { borrowed: true }));
    }), { numRuns });
  });
});
