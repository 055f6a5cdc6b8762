/**
 * A council's published profile file on the command line: `--profile profiles/buckinghamshire.json`
 * with the built bin, on a deadline, the rules list and a case timeline. No code of the council's
 * own is involved: the file is the whole of it.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from './support-cli.js';

const profile = fileURLToPath(new URL('../../profiles/buckinghamshire.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'send-timescales-cli-profile-'));

describe('send-timescales --profile profiles/buckinghamshire.json (built bin)', () => {
  it('deadline: invitations for a meeting on Thu 20 Mar 2025 by Wed 19 Feb 2025 (20 Mar − 28 − 1), reg 20(3) by 5 Mar (20 Mar − 14 − 1)', () => {
    const r = cli(['deadline', 'buckinghamshire-review-invitations', '2025-03-20', '--profile', profile]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^2025-02-19 {2}\(Wednesday 19 February 2025\)/);
    expect(r.out).toContain('Statutory counterpart review-meeting-notice: 2025-03-05');
    expect(r.out).toContain('item 2, Buckinghamshire Council, SchoolsWeb: “Timeframes and responsibilities”');
    expect(r.err).toBe('');
  });
  it('deadline --notice permissive --json: 20 Feb 2025 (20 Mar − 28), beside 6 Mar 2025 (20 Mar − 14)', () => {
    const r = cli(['deadline', 'buckinghamshire-review-invitations', '2025-03-20', '--profile', profile, '--notice', 'permissive', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect([json.due, json.statutory]).toEqual(['2025-02-20', { ruleId: 'review-meeting-notice', due: '2025-03-06' }]);
  });
  it('deadline: "within every 12 months" from Fri 10 Jan 2025 → Sat 10 Jan 2026, one day later than s44(1)\'s 9 Jan 2026, with the warning', () => {
    const r = cli(['deadline', 'buckinghamshire-annual-review', '2025-01-10', '--profile', profile]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^2026-01-10/);
    expect(r.out).toContain('Statutory counterpart annual-review: 2026-01-09');
    expect(r.out).toContain('Later than the law: buckinghamshire-annual-review is due 2026-01-10, 1 day after the statutory limit annual-review (s44(1)) on 2026-01-09.');
  });
  it('without the profile the local id is UNKNOWN_RULE; rules --profile lists the four local rules', () => {
    expect(cli(['deadline', 'buckinghamshire-annual-review', '2025-01-10']).err).toContain('UNKNOWN_RULE');
    const r = cli(['rules', '--profile', profile, '--json']);
    expect(r.code).toBe(0);
    const ids = (JSON.parse(r.out) as { id: string }[]).map((x) => x.id).filter((id) => id.startsWith('buckinghamshire-'));
    expect(ids).toEqual(['buckinghamshire-annual-review', 'buckinghamshire-under-5-review', 'buckinghamshire-review-record', 'buckinghamshire-review-invitations']);
  });
  it('timeline: a notice given 10 Feb 2025 for a meeting on 6 Mar 2025 meets reg 20(3) (by 19 Feb) and is 5 days late locally (by 5 Feb)', () => {
    const path = join(dir, 'b001.json');
    writeFileSync(path, JSON.stringify({
      id: 'B001',
      dateOfBirth: '2021-06-01',
      events: [
        { type: 'final-plan-issued', date: '2024-09-10' },
        { type: 'review-notice-sent', date: '2025-02-10' },
        { type: 'review-meeting', date: '2025-03-06' },
        { type: 'review-report-sent', date: '2025-03-18' },
        { type: 'review-decision-notified', date: '2025-03-27', decision: 'continue' },
      ],
    }));
    const text = cli(['timeline', path, '--as-of', '2025-06-01', '--profile', profile]);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/2025-02-05\s+buckinghamshire-review-invitations\s+late\s+2025-02-10\s+5/);
    expect(text.out).toMatch(/2025-02-19\s+review-meeting-notice\s+met\s+2025-02-10/);
    // 6 Mar 2025 + 12 months = 6 Mar 2026 (local); s44(1) "starting with" = 5 Mar 2026.
    expect(text.out).toMatch(/2026-03-06\s+buckinghamshire-annual-review\s+due/);
    const json = JSON.parse(cli(['timeline', path, '--as-of', '2025-06-01', '--profile', profile, '--json']).out);
    const local = (json.entries as { ruleId: string; due: string; status: string; statutory?: { ruleId: string; due: string } }[])
      .filter((e) => e.ruleId.startsWith('buckinghamshire-'))
      .map((e) => [e.ruleId, e.due, e.status, e.statutory?.due]);
    expect(local).toEqual([
      ['buckinghamshire-review-invitations', '2025-02-05', 'late', '2025-02-19'],
      ['buckinghamshire-under-5-review', '2025-03-10', 'met', '2025-03-10'],
      ['buckinghamshire-review-record', '2025-03-20', 'met', '2025-03-20'],
      ['buckinghamshire-under-5-review', '2025-09-06', 'due', '2025-09-06'],
      ['buckinghamshire-annual-review', '2025-09-10', 'met', '2025-09-09'],
      ['buckinghamshire-annual-review', '2026-03-06', 'due', '2026-03-05'],
    ]);
  });
});
