import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { audit, createTermCalendar, timeline, type TimelineEntry } from '../../src/index.js';

const find = (entries: readonly TimelineEntry[], ruleId: string, n = 0) => entries.filter((e) => e.ruleId === ruleId)[n];
const terms = createTermCalendar(JSON.parse(readFileSync(new URL('../../examples/terms-example.json', import.meta.url), 'utf8')));

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
    expect(find(t.entries, 'dorset-first-review')).toMatchObject({ due: '2026-01-10', done: '2026-01-09', status: 'met', statutory: { ruleId: 'annual-review', due: '2026-01-09' } });
    expect(find(t.entries, 'annual-review')).toMatchObject({ due: '2026-01-09', status: 'met' });
    expect(find(t.entries, 'dorset-first-review')!.warnings.join(' ')).toContain('Later than the law');
  });

  it('7.4 later reviews: within 12 months of the previous one (9 Jan 2026 → 9 Jan 2027; statute 8 Jan 2027)', () => {
    expect(find(t.entries, 'dorset-annual-review')).toMatchObject({ due: '2027-01-09', done: '2026-12-20', status: 'met', statutory: { ruleId: 'annual-review', due: '2027-01-08' } });
    expect(find(t.entries, 'dorset-first-review', 1)).toBeUndefined();
  });

  it('review letter: meeting 20 Dec 2026 + 4 weeks = 17 Jan 2027, capped at last meeting 9 Jan 2026 + 365 days = 9 Jan 2027', () => {
    expect(find(t.entries, 'dorset-review-letter')).toMatchObject({ trigger: { meeting: '2026-12-20', previousMeeting: '2026-01-09' }, due: '2027-01-09', status: 'overdue' });
    // The first meeting has no previous one: the letter rule is not applied to it.
    expect(t.entries.filter((e) => e.ruleId === 'dorset-review-letter')).toHaveLength(1);
  });

  it('5.16: the 20-week plan, equal to reg 13(2): 2 Sep 2024 + 140 days = 20 Jan 2025; met on 10 Jan', () => {
    expect(find(t.entries, 'dorset-final-plan')).toMatchObject({ due: '2025-01-20', status: 'met', statutory: { ruleId: 'final-plan', due: '2025-01-20' } });
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
    expect(find(t.entries, 'assessment-decision')).toMatchObject({ due: '2025-08-18', status: 'lifted', exception: 'school-closure' });
    expect(t.warnings.join(' ')).toContain('school-closure');
  });

  it('advice requested on 16 Jul 2025 (the day before the window): not lifted, late by 43 days', () => {
    const t = timeline(record('2025-07-16'), { asOf: '2025-10-01', terms });
    expect(find(t.entries, 'assessment-decision')).toMatchObject({ due: '2025-08-18', status: 'late', daysLate: 43 });
  });

  it('advice from another body never triggers the school exception', () => {
    const other = { ...record('2025-07-20'), events: record('2025-07-20').events.map((e) => (e.type === 'advice-requested' ? { ...e, body: 'educational psychologist' } : e)) };
    expect(find(timeline(other, { asOf: '2025-10-01', terms }).entries, 'assessment-decision')!.status).toBe('late');
  });
});
