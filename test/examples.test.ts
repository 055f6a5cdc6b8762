import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { audit, timeline } from '../src/index.js';
import { caseworkerList, rejectBadInput } from '../examples/council-system.js';

const csv = (name: string) => parse(readFileSync(new URL(`../examples/${name}`, import.meta.url)), { columns: true }) as Record<string, string>[];

describe('examples/', () => {
  it('council-system.ts: the worklist of a case, and typed errors for bad input', () => {
    expect(caseworkerList('2026-06-01')).toEqual(['final-plan: late (due 2025-05-26), 1 day(s) late', 'review-decision: overdue (due 2026-05-29), 3 day(s) late']);
    // s44(1)(a): plan issued 27 May 2025, review due 26 May 2026. Working days after 1 Apr 2026 up to it:
    // April 19 (21 weekdays less Good Friday 3 Apr, Easter Monday 6 Apr) + May 16 (18 less 4 and 25 May) = 35.
    expect(caseworkerList('2026-04-01')).toEqual(['final-plan: late (due 2025-05-26), 1 day(s) late', 'annual-review: due 2026-05-26, 35 working day(s) left']);
    expect(rejectBadInput()).toBe('INVALID_CASE events[0].date');
  });

  it('case.json: a move between authorities, every deadline met', () => {
    const t = timeline(JSON.parse(readFileSync(new URL('../examples/case.json', import.meta.url), 'utf8')), { asOf: '2026-03-01' });
    expect(t.entries.filter((e) => e.status === 'late' || e.status === 'overdue')).toEqual([]);
    expect(t.entries.map((e) => e.ruleId)).toEqual(expect.arrayContaining(['plan-transfer', 'plan-transfer-review', 'annual-review', 'review-decision']));
  });

  it('caseload.csv: the situations it is meant to show are all in it', () => {
    const rows = csv('caseload.csv');
    const events = new Set(rows.map((r) => r.event));
    for (const e of ['exception', 'moved-la', 'plan-transferred', 'final-plan-issued', 'review-meeting', 'amended-plan-issued']) expect(events).toContain(e);
    const byCase = new Map<string, Record<string, string>[]>();
    for (const r of rows) byCase.set(r.case_id!, [...(byCase.get(r.case_id!) ?? []), r]);
    const cases = [...byCase.entries()].map(([id, rs]) => ({
      id,
      ...(rs.find((r) => r.date_of_birth)?.date_of_birth ? { dateOfBirth: rs.find((r) => r.date_of_birth)!.date_of_birth } : {}),
      events: rs.map((r) => ({
        type: r.event, date: r.date,
        ...Object.fromEntries(['aware', 'decision', 'code', 'until', 'body'].filter((k) => r[k]).map((k) => [k, r[k]])),
      })),
    }));
    const a = audit(cases, { asOf: '2026-11-01' });
    expect(a.cases).toEqual({ total: 7, valid: 7, rejected: 0 });
    const late = a.lateCases.map((l) => `${l.caseId} ${l.ruleId} ${l.status}`);
    expect(late).toContain('C001 final-plan late'); // request 6 Jan 2025, plan 27 May 2025: 1 day late
    expect(late).toContain('C005 phase-transfer late'); // Year 6 child: amended plan after 15 Feb
    expect(late).toContain('C004 under-5-review late'); // under-5 cycle
    expect(a.rules.find((r) => r.ruleId === 'final-plan')!.lifted).toBe(1); // C002's exception
    expect(a.rules.find((r) => r.ruleId === 'plan-transfer')!.met).toBe(1); // C003's move
  });
});
