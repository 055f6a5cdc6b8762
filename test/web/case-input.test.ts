/** The timeline's event table and the case record it writes (issue 17 §1.2: "enter or paste a case's events"). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { timeline } from '../../src/engine/timeline.js';
import { caseOfForm, formOfCase } from '../../src/web/case-input.js';
import { lateOrLeft, timelineCsvRows } from '../../src/web/timeline-rows.js';

const example = JSON.parse(readFileSync('examples/case.json', 'utf8')) as Record<string, unknown>;

describe('caseOfForm and formOfCase', () => {
  it('examples/case.json through the form is the same record', () => {
    const made = caseOfForm(formOfCase(example));
    expect(made.problems).toEqual([]);
    expect(made.record).toEqual(example);
  });

  it('a move\'s details aware=… become its field; empty rows are left out and the rows of the events kept', () => {
    const made = caseOfForm({ id: 'C1', dateOfBirth: '', rows: [
      { type: '', date: '', details: '' },
      { type: 'moved-la', date: '2025-09-01', details: ' aware = 2025-08-20 ' },
    ] });
    expect(made.record).toEqual({ id: 'C1', events: [{ type: 'moved-la', date: '2025-09-01', aware: '2025-08-20' }] });
    expect(made.rowOfEvent).toEqual([1]);
  });

  it('details not written name=value, or a field given twice, are problems naming the event\'s row', () => {
    const made = caseOfForm({ id: 'C1', dateOfBirth: '', rows: [{ type: 'review-decision-notified', date: '2025-02-10', details: 'continue; date=2025-02-11' }] });
    expect(made.record).toBeUndefined();
    expect(made.problems.map((p) => p.path)).toEqual(['events[0].details', 'events[0].details']);
    expect(made.problems[0]!.message).toContain('Event 1');
  });

  it('a field named like an Object property is a field the library then refuses, not a change to the object', () => {
    const made = caseOfForm({ id: 'C1', dateOfBirth: '', rows: [{ type: 'request-received', date: '2025-01-06', details: '__proto__=x' }] });
    expect(Object.keys(made.record!.events[0]!)).toEqual(['type', 'date', '__proto__']);
    expect(() => timeline(made.record!, { asOf: '2025-06-30' })).toThrow();
  });
});

describe('the timeline\'s rows', () => {
  it('examples/case.json as of 1 March 2026: annual review due 14 January 2027 = 319 days left (1 Mar 2026 to 14 Jan 2027)', () => {
    const t = timeline(example as never, { asOf: '2026-03-01' });
    const review = t.entries.find((e) => e.ruleId === 'annual-review' && e.status === 'due')!;
    expect(review.due).toBe('2027-01-14');
    expect(lateOrLeft(review, t.asOf)).toBe('319 days left');
    const row = timelineCsvRows(t).find((r) => r[2] === 'annual-review' && r[7] === 'due')!;
    expect(row[9]).toBe(319);
  });

  it('reg 13(2): request 6 January 2025, plan 27 May 2025 = 1 day late (due 26 May)', () => {
    const t = timeline({ id: 'L', events: [{ type: 'request-received', date: '2025-01-06' }, { type: 'final-plan-issued', date: '2025-05-27' }] }, { asOf: '2025-06-30' });
    const entry = t.entries.find((e) => e.ruleId === 'final-plan')!;
    expect(lateOrLeft(entry, t.asOf)).toBe('1 day late');
  });
});
