import { describe, expect, it } from 'vitest';
import { audit, timeline, deadline } from '../../src/index.js';
import { all, one, pick } from '../support/timelines.js';
import { exampleTerms } from '../support/examples.js';

const terms = exampleTerms();

describe('timeline with a local profile: Dorset beside the statute', () => {
  const record = {
    id: 'D1',
    events: [
      { type: 'request-received', date: '2024-09-02' },
      { type: 'final-plan-issued', date: '2025-01-10' },
      { type: 'review-meeting', date: '2026-01-09' },
      { type: 'review-decision-notified', date: '2026-02-09' },
      { type: 'review-meeting', date: '2026-12-20' },
    ],
  };
  const t = timeline(record, { asOf: '2027-01-31', profile: 'dorset' });

  it('Practice Standard 7.4: plan finalised 10 Jan 2025 → first review by 10 Jan 2026; statute s44(1) → 9 Jan 2026', () => {
    expect(one(t.entries, 'dorset-first-review')).toMatchObject({ due: '2026-01-10', done: '2026-01-09', status: 'met', statutory: { ruleId: 'annual-review', due: '2026-01-09' } });
    expect(one(t.entries, 'annual-review')).toMatchObject({ due: '2026-01-09', status: 'met' });
    expect(one(t.entries, 'dorset-first-review')!.warnings.join(' ')).toContain('Later than the law');
  });

  it('7.4 later reviews: within 12 months of the previous one (9 Jan 2026 → 9 Jan 2027; statute 8 Jan 2027)', () => {
    expect(one(t.entries, 'dorset-annual-review')).toMatchObject({ due: '2027-01-09', done: '2026-12-20', status: 'met', statutory: { ruleId: 'annual-review', due: '2027-01-08' } });
    expect(one(t.entries, 'dorset-first-review', 1)).toBeUndefined();
  });

  it('review letter: meeting 20 Dec 2026 + 4 weeks = 17 Jan 2027, capped at last meeting 9 Jan 2026 + 365 days = 9 Jan 2027', () => {
    expect(one(t.entries, 'dorset-review-letter')).toMatchObject({ trigger: { meeting: '2026-12-20', previousMeeting: '2026-01-09' }, due: '2027-01-09', status: 'overdue' });
    // The first meeting has no previous one: the letter rule is not applied to it.
    expect(t.entries.filter((e) => e.ruleId === 'dorset-review-letter')).toHaveLength(1);
  });

  it('5.16: the 20-week plan, equal to reg 13(2): 2 Sep 2024 + 140 days = 20 Jan 2025; met on 10 Jan', () => {
    expect(one(t.entries, 'dorset-final-plan')).toMatchObject({ due: '2025-01-20', status: 'met', statutory: { ruleId: 'final-plan', due: '2025-01-20' } });
  });

  it('audit with the profile: local rules counted beside the statute, with how often they fall later than the law', () => {
    const a = audit([record], { asOf: '2027-01-31', profile: 'dorset' });
    expect(a.rules.find((r) => r.ruleId === 'dorset-first-review')).toMatchObject({ met: 1, local: { statutory: 'annual-review', laterThanLaw: 1 } });
    expect(a.rules.find((r) => r.ruleId === 'annual-review')!.local).toBeUndefined();
  });
});

describe('timeline with the school term calendar: the 4-week closure exception found automatically', () => {
  // Example calendar: the school closes for the summer on Thu 24 Jul 2025 and re-opens on Wed 3 Sep 2025.
  // Regs 5(4)(a), 10(4)(a), 13(3): advice requested from the head teacher from one week before the
  // closure (17 Jul) to one week before the school re-opens (27 Aug) lifts the 6-, 16- and 20-week limits.
  const record = (advice: string) => ({
    id: 'S1',
    events: [
      { type: 'request-received', date: '2025-07-07' },
      { type: 'advice-requested', date: advice, body: 'school' },
      { type: 'assessment-decision-notified', date: '2025-09-30' },
    ],
  });

  it('advice requested from the school on 17 Jul 2025 (the first day of the window): reg 5(1) lifted', () => {
    const t = timeline(record('2025-07-17'), { asOf: '2025-10-01', terms });
    expect(one(t.entries, 'assessment-decision')).toMatchObject({ due: '2025-08-18', status: 'lifted', exception: 'school-closure' });
    expect(t.warnings.join(' ')).toContain('school-closure');
  });

  it('advice requested on 16 Jul 2025 (the day before the window): not lifted, late by 43 days', () => {
    const t = timeline(record('2025-07-16'), { asOf: '2025-10-01', terms });
    expect(one(t.entries, 'assessment-decision')).toMatchObject({ due: '2025-08-18', status: 'late', daysLate: 43 });
  });

  it('advice from another body never triggers the school exception', () => {
    const other = { ...record('2025-07-20'), events: record('2025-07-20').events.map((e) => (e.type === 'advice-requested' ? { ...e, body: 'educational psychologist' } : e)) };
    expect(one(timeline(other, { asOf: '2025-10-01', terms }).entries, 'assessment-decision')!.status).toBe('late');
  });
});

describe('(5) school-closure exception found from the term calendar [independent cases]', () => {
  // Summer 2025 term ends Wed 23 Jul; school closed 24 Jul - 2 Sep (41 days >= 4 weeks), re-opens 3 Sep.
  // Window: one week before the closure (24 Jul - 7 = 17 Jul) to one week before re-opening (3 Sep - 7 = 27 Aug).
  const run = (adviceDay: string) => one(timeline({ id: 'SC', events: [
    { type: 'request-received', date: '2025-06-02' },
    { type: 'advice-requested', date: adviceDay, body: 'school' },
    { type: 'final-plan-issued', date: '2025-11-03' }, // due 2 Jun + 140 = 20 Oct: 14 days late
  ] }, { asOf: '2025-12-01', terms }).entries, 'final-plan');
  it.each([
    ['2025-07-16', 'late'], ['2025-07-17', 'lifted'], ['2025-08-27', 'lifted'], ['2025-08-28', 'late'],
  ])('advice asked of the school on %s -> final-plan %s', (day, status) => {
    expect(pick(run(day))).toMatchObject({ due: '2025-10-20', status });
  });
});

describe('(8) Dorset profile in timeline and audit [independent cases]', () => {
  const d1 = { id: 'D1', dateOfBirth: '2014-05-20', events: [
    { type: 'request-received', date: '2024-08-22' },
    { type: 'final-plan-issued', date: '2025-01-10' },
    { type: 'review-meeting', date: '2026-01-10' },
    { type: 'review-decision-notified', date: '2026-02-01' },
    { type: 'review-meeting', date: '2026-12-20' },
    { type: 'review-decision-notified', date: '2027-01-15' },
  ] };

  it('7.4: first review by 10 Jan 2026 (statute 9 Jan); meeting 10 Jan 2026 = Dorset met, statute late 1; later review by 10 Jan 2027 (statute 9 Jan)', () => {
    const t = timeline(d1, { asOf: '2027-03-01', profile: 'dorset' });
    expect(pick(one(t.entries, 'annual-review'))).toMatchObject({ due: '2026-01-09', status: 'late', daysLate: 1 });
    expect(all(t.entries, 'dorset-first-review').map((e) => [e.due, e.status, e.statutory])).toEqual([
      ['2026-01-10', 'met', { ruleId: 'annual-review', due: '2026-01-09' }],
    ]);
    expect(all(t.entries, 'dorset-annual-review').map((e) => [e.trigger, e.due, e.status])).toEqual([
      ['2026-01-10', '2027-01-10', 'met'], ['2026-12-20', '2027-12-20', 'due'],
    ]);
  });

  it('review letter: meeting 20 Dec 2026, previous 10 Jan 2026 -> min(20 Dec + 28 = 17 Jan 2027, 10 Jan 2026 + 365 = 10 Jan 2027) = 10 Jan 2027; decision 15 Jan 2027: Dorset late 5, statute met', () => {
    const t = timeline(d1, { asOf: '2027-03-01', profile: 'dorset' });
    expect(all(t.entries, 'dorset-review-letter').map((e) => [e.due, e.status, e.daysLate, e.statutory])).toEqual([
      ['2027-01-10', 'late', 5, { ruleId: 'review-decision', due: '2027-01-17' }],
    ]);
    expect(pick(one(t.entries, 'review-decision', 1))).toMatchObject({ due: '2027-01-17', status: 'met' });
    // Meeting on day 325 (1 Dec 2026): 4 weeks end first, 29 Dec 2026.
    expect(deadline('dorset-review-letter', { meeting: '2026-12-01', previousMeeting: '2026-01-10' }, { profile: 'dorset' }).due).toBe('2026-12-29');
  });

  it('7.10: phase transfer by 15 Feb 2025 on or before (statute strict 14 Feb): decision 15 Feb = Dorset met, statute late 1', () => {
    const t = timeline({ id: 'D2', dateOfBirth: '2014-05-20', events: [
      { type: 'final-plan-issued', date: '2022-01-10' },
      { type: 'review-meeting', date: '2025-01-20' },
      { type: 'review-decision-notified', date: '2025-02-15', decision: 'continue' },
    ] }, { asOf: '2025-06-01', profile: 'dorset' });
    expect(pick(one(t.entries, 'phase-transfer'))).toMatchObject({ due: '2025-02-14', status: 'late', daysLate: 1 });
    expect(pick(one(t.entries, 'dorset-phase-transfer'))).toMatchObject({ due: '2025-02-15', status: 'met' });
  });

  it('audit with Dorset: local rules counted beside statute, with how many fell later than the law', () => {
    const a = audit([d1], { asOf: '2027-03-01', profile: 'dorset' });
    const row = (id: string) => a.rules.find((r) => r.ruleId === id)!;
    expect(row('dorset-first-review')).toMatchObject({ met: 1, local: { statutory: 'annual-review', laterThanLaw: 1 } });
    expect(row('dorset-annual-review')).toMatchObject({ met: 1, due: 1, local: { statutory: 'annual-review', laterThanLaw: 2 } });
    expect(row('dorset-review-letter')).toMatchObject({ late: 1, local: { statutory: 'review-decision', laterThanLaw: 0 } });
    expect(row('annual-review')).toMatchObject({ met: 1, late: 1, due: 1 });
  });
});
