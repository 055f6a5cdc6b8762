/**
 * Buckinghamshire Council's annual review timescales, written as one data file
 * (profiles/buckinghamshire.json) and used with no code of its own: loaded by defineProfile, each
 * rule worked by hand beside its statutory counterpart, compared with the statute, and in a timeline.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  compareWithStatute, deadline, defineProfile, explain, ruleIds, timeline,
  type CaseRecord, type Deadline, type DeadlineOptions, type Profile,
} from '../../../src/index.js';
import { checkProfile } from '../../../src/schema/define-profile.js';
import { dayToIso, isoToDay } from '../../../src/day/iso.js';
import { numRuns } from '../../support/fc.js';

const raw = JSON.parse(readFileSync(new URL('../../../profiles/buckinghamshire.json', import.meta.url), 'utf8')) as Profile;
const bucks = defineProfile(raw);

function d(id: string, trigger: string, options: DeadlineOptions = {}): Deadline {
  return deadline(id, trigger, { profile: bucks, ...options });
}
/** The local and statutory dates side by side. */
function both(id: string, trigger: string, options: DeadlineOptions = {}): [string | null, string | null | undefined] {
  const r = d(id, trigger, options);
  return [r.due, r.statutory?.due];
}
const laterThanTheLaw = (r: Deadline) => r.warnings.filter((w) => w.startsWith('Later than the law'));

const UNDERSTANDING = 'https://schoolsweb.buckinghamshire.gov.uk/send-and-inclusion/annual-reviews/annual-reviews-and-ehcp-guidance/understanding-the-annual-review-process';

describe('profiles/buckinghamshire.json is a profile written as data alone', () => {
  it('loads with defineProfile: frozen, named, four rules, each a local standard beside a real statutory rule', () => {
    expect(() => checkProfile(raw)).not.toThrow();
    expect(Object.isFrozen(bucks.rules[0])).toBe(true);
    expect(bucks.name).toBe('buckinghamshire');
    expect(bucks.council).toBe('Buckinghamshire Council');
    expect(bucks.rules.map((r) => [r.id, r.statutory])).toEqual([
      ['buckinghamshire-annual-review', 'annual-review'],
      ['buckinghamshire-under-5-review', 'under-5-review'],
      ['buckinghamshire-review-record', 'review-report'],
      ['buckinghamshire-review-invitations', 'review-meeting-notice'],
    ]);
    const statutory = new Set<string>(ruleIds());
    for (const r of bucks.rules) {
      expect(r.force).toBe('local');
      expect(r.profile).toBe('buckinghamshire');
      expect(statutory.has(r.statutory!)).toBe(true);
      expect(r.citation.url.startsWith(UNDERSTANDING)).toBe(true);
    }
  });
  it('marks its wording honestly: "primary" only for words read on the council\'s page, the rest "[Not verbatim …"', () => {
    for (const r of bucks.rules) {
      if (r.verification === 'primary') {
        expect(r.citation.url).toBe(UNDERSTANDING);
        expect(r.wording).not.toMatch(/^\[Not verbatim/);
      } else {
        expect(r.verification).toBe('unverified');
        expect(r.wording).toMatch(/^\[Not verbatim/);
      }
    }
    expect(bucks.rules.filter((r) => r.verification === 'unverified').map((r) => r.id)).toEqual(['buckinghamshire-review-invitations']);
    expect(d('buckinghamshire-review-invitations', '2025-03-20').warnings.some((w) => w.includes('was not verified'))).toBe(true);
  });
  it('its rules are reached only with it', () => {
    expect(() => deadline('buckinghamshire-annual-review', '2025-01-10')).toThrow(expect.objectContaining({ code: 'UNKNOWN_RULE' }));
    expect(() => d('dorset-first-review', '2025-01-10')).toThrow(expect.objectContaining({ code: 'UNKNOWN_RULE' }));
    expect(d('final-plan', '2025-01-06').due).toBe('2025-05-26');
  });
  it('in force from 1 April 2020 (Buckinghamshire Council\'s first day; the page carries no date): an earlier trigger is NOT_IN_FORCE', () => {
    for (const r of bucks.rules) expect(r.inForce).toEqual({ from: '2020-04-01' });
    expect(d('buckinghamshire-review-record', '2020-04-01').due).toBe('2020-04-15');
    expect(() => d('buckinghamshire-review-record', '2020-03-31')).toThrow(expect.objectContaining({ code: 'NOT_IN_FORCE' }));
  });
});

describe('Buckinghamshire Council, SchoolsWeb, hand-worked beside the statute', () => {
  describe('"Understanding the Annual Review process", "within every 12 months" (1 day LATER than CFA 2014 s44(1))', () => {
    it('plan made Fri 10 Jan 2025 → Sat 10 Jan 2026 (the corresponding date); s44(1) "starting with" → Fri 9 Jan 2026', () => {
      const r = d('buckinghamshire-annual-review', '2025-01-10');
      expect([r.due, r.statutory]).toEqual(['2026-01-10', { ruleId: 'annual-review', due: '2026-01-09' }]);
      expect(laterThanTheLaw(r)).toEqual([
        'Later than the law: buckinghamshire-annual-review is due 2026-01-10, 1 day after the statutory limit annual-review (s44(1)) on 2026-01-09. Meeting the local standard alone can breach the statute.',
      ]);
      expect(r.trace.at(-1)).toMatchObject({ step: 'Statutory counterpart', date: '2026-01-09' });
      expect(r.trace.at(-1)!.detail).toContain('1 day LATER');
    });
    it('last reviewed Sat 15 Mar 2025 → Sun 15 Mar 2026; s44(1)(b) → Sat 14 Mar 2026', () => {
      expect(both('buckinghamshire-annual-review', '2025-03-15')).toEqual(['2026-03-15', '2026-03-14']);
    });
    it('plan made 29 Feb 2024 → both 28 Feb 2025 (no 29 Feb in 2025: the month-end rule makes them agree, and no warning)', () => {
      const r = d('buckinghamshire-annual-review', '2024-02-29');
      expect([r.due, r.statutory?.due]).toEqual(['2025-02-28', '2025-02-28']);
      expect(laterThanTheLaw(r)).toEqual([]);
    });
  });
  describe('"For pre-schoolers with EHCPs, this review must be within 6 months" (the same date as CoP 9.178)', () => {
    it('reviewed Fri 10 Jan 2025 → Thu 10 Jul 2025 (6 months, the corresponding date); under-5-review the same', () => {
      const r = d('buckinghamshire-under-5-review', '2025-01-10');
      expect([r.due, r.statutory]).toEqual(['2025-07-10', { ruleId: 'under-5-review', due: '2025-07-10' }]);
      expect(laterThanTheLaw(r)).toEqual([]);
    });
    it('reviewed 31 Aug 2025 → 28 Feb 2026 (no 31 Feb: the month\'s last day); under-5-review the same', () => {
      expect(both('buckinghamshire-under-5-review', '2025-08-31')).toEqual(['2026-02-28', '2026-02-28']);
    });
  });
  it('Record of Annual Review "within 2 weeks of the date of the Review meeting": meeting Thu 20 Mar 2025 → Thu 3 Apr 2025 (+ 14); reg 20(7)–(9) the same', () => {
    const r = d('buckinghamshire-review-record', '2025-03-20');
    expect([r.due, r.statutory]).toEqual(['2025-04-03', { ruleId: 'review-report', due: '2025-04-03' }]);
    expect(laterThanTheLaw(r)).toEqual([]);
  });
  describe('"Timeframes and responsibilities" item 2: invitations at least 4 weeks before the meeting (reg 20(3): 2 weeks)', () => {
    it('meeting Thu 20 Mar 2025 → by Wed 19 Feb 2025 (strict: 20 Mar − 28 = 20 Feb, − 1 clear day); reg 20(3) → Wed 5 Mar 2025 (20 Mar − 14 − 1)', () => {
      const r = d('buckinghamshire-review-invitations', '2025-03-20');
      expect([r.due, r.statutory]).toEqual(['2025-02-19', { ruleId: 'review-meeting-notice', due: '2025-03-05' }]);
      expect(laterThanTheLaw(r)).toEqual([]);
      expect(r.trace.at(-1)!.detail).toContain('14 days earlier (stricter)');
    });
    it('permissive notice: Thu 20 Feb 2025 (20 Mar − 28); reg 20(3) → Thu 6 Mar 2025 (20 Mar − 14)', () => {
      expect(both('buckinghamshire-review-invitations', '2025-03-20', { notice: 'permissive' })).toEqual(['2025-02-20', '2025-03-06']);
    });
    it('meeting Mon 5 Jan 2026 → Sun 7 Dec 2025 (5 Jan − 28 = 8 Dec, − 1; a notice date does not move off a weekend); reg 20(3) → Sun 21 Dec 2025', () => {
      expect(both('buckinghamshire-review-invitations', '2026-01-05')).toEqual(['2025-12-07', '2025-12-21']);
    });
  });
  it.each(bucks.rules.map((r) => r.id))('%s: a cited, traced, explained local result', (id) => {
    const r = d(id, '2025-06-02');
    expect(r.force).toBe('local');
    expect(r.trace.length).toBeGreaterThan(1);
    expect(r.warnings.some((w) => w.includes('local standard of Buckinghamshire Council (profile "buckinghamshire")'))).toBe(true);
    expect(explain(r)).toContain(r.citation.provision);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

describe('invariants over any trigger (property tests)', () => {
  const trigger = fc.integer({ min: isoToDay('2020-04-01'), max: isoToDay('2040-12-31') }).map(dayToIso);
  const gap = (r: Deadline) => isoToDay(r.due!) - isoToDay(r.statutory!.due!);
  it('invitations are always exactly 14 days before the statutory notice date, under either notice reading', () => {
    fc.assert(fc.property(trigger, fc.constantFrom('strict' as const, 'permissive' as const), (t, notice) => gap(d('buckinghamshire-review-invitations', t, { notice })) === -14), { numRuns });
  });
  it('the record and the pre-school review always fall on the statutory day', () => {
    fc.assert(fc.property(trigger, fc.constantFrom('buckinghamshire-review-record', 'buckinghamshire-under-5-review'), (t, id) => gap(d(id, t)) === 0), { numRuns });
  });
  it('"within every 12 months" is one day after s44(1), except from a 29 February, where both end on 28 February', () => {
    fc.assert(fc.property(trigger, (t) => gap(d('buckinghamshire-annual-review', t)) === (t.endsWith('-02-29') ? 0 : 1)), { numRuns });
    expect(gap(d('buckinghamshire-annual-review', '2028-02-29'))).toBe(0);
  });
});

describe('compared with the statute (compareWithStatute)', () => {
  const rows = compareWithStatute(bucks);
  it('the verdicts, worked by hand', () => {
    expect(Object.fromEntries(rows.map((r) => [r.ruleId, r.verdict]))).toEqual({
      // 12 months after (corresponding date) against 12 months starting with (the day before).
      'buckinghamshire-annual-review': 'later',
      // 6 months after, as para 9.178's outer end.
      'buckinghamshire-under-5-review': 'equal',
      // meeting + 14, as reg 20(9).
      'buckinghamshire-review-record': 'equal',
      // meeting − 28 (− 1) against meeting − 14 (− 1).
      'buckinghamshire-review-invitations': 'stricter',
    });
    for (const r of rows) expect(r.samples).toBe(730);
  });
  it('by how much: 1 day later for the 12 months; 14 days earlier for the invitations', () => {
    const byId = new Map(rows.map((r) => [r.ruleId, r]));
    expect(byId.get('buckinghamshire-annual-review')).toMatchObject({ laterBy: 1, earlierBy: 0, later: 730 });
    expect(byId.get('buckinghamshire-review-invitations')).toMatchObject({ laterBy: 0, earlierBy: 14, earlier: 730 });
    // 1 Sep 2024 − 28 = 4 Aug, − 1 = 3 Aug; − 14 = 18 Aug, − 1 = 17 Aug.
    expect(byId.get('buckinghamshire-review-invitations')!.example).toEqual({ trigger: '2024-09-01', local: '2024-08-03', statutory: '2024-08-17' });
  });
});

describe('a small case with the profile (timeline)', () => {
  // Born 1 Jun 2021 (under 5 throughout); plan issued 10 Sep 2024; notice of the first review
  // given 10 Feb 2025 for a meeting on 6 Mar 2025; report sent 18 Mar; decision 27 Mar.
  const record: CaseRecord = {
    id: 'B001',
    dateOfBirth: '2021-06-01',
    events: [
      { type: 'final-plan-issued', date: '2024-09-10' },
      { type: 'review-notice-sent', date: '2025-02-10' },
      { type: 'review-meeting', date: '2025-03-06' },
      { type: 'review-report-sent', date: '2025-03-18' },
      { type: 'review-decision-notified', date: '2025-03-27', decision: 'continue' },
    ],
  };
  const entries = timeline(record, { asOf: '2025-06-01', profile: bucks }).entries;
  const row = (ruleId: string, trigger: string) => {
    const e = entries.find((x) => x.ruleId === ruleId && x.trigger === trigger)!;
    return [e.due, e.status, e.done, e.daysLate, e.statutory];
  };
  it('notice on 10 Feb 2025 meets reg 20(3) (by 19 Feb: 6 Mar − 14 − 1) but is 5 days late for Buckinghamshire (by 5 Feb: 6 Mar − 28 − 1)', () => {
    expect(row('review-meeting-notice', '2025-03-06')).toEqual(['2025-02-19', 'met', '2025-02-10', undefined, undefined]);
    expect(row('buckinghamshire-review-invitations', '2025-03-06')).toEqual(['2025-02-05', 'late', '2025-02-10', 5, { ruleId: 'review-meeting-notice', due: '2025-02-19' }]);
  });
  it('the record sent 18 Mar meets both (by 20 Mar: 6 Mar + 14)', () => {
    expect(row('buckinghamshire-review-record', '2025-03-06')).toEqual(['2025-03-20', 'met', '2025-03-18', undefined, { ruleId: 'review-report', due: '2025-03-20' }]);
  });
  it('the pre-school review: 10 Sep 2024 + 6 months = 10 Mar 2025, met by the meeting of 6 Mar; the next, 6 Sep 2025, is due', () => {
    expect(row('buckinghamshire-under-5-review', '2024-09-10')).toEqual(['2025-03-10', 'met', '2025-03-06', undefined, { ruleId: 'under-5-review', due: '2025-03-10' }]);
    expect(row('buckinghamshire-under-5-review', '2025-03-06')).toEqual(['2025-09-06', 'due', undefined, undefined, { ruleId: 'under-5-review', due: '2025-09-06' }]);
  });
  it('the 12 months: from 10 Sep 2024 → 10 Sep 2025 (s44(1): 9 Sep), met; from the review of 6 Mar 2025 → 6 Mar 2026 (s44(1): 5 Mar), due', () => {
    expect(row('buckinghamshire-annual-review', '2024-09-10')).toEqual(['2025-09-10', 'met', '2025-03-06', undefined, { ruleId: 'annual-review', due: '2025-09-09' }]);
    expect(row('buckinghamshire-annual-review', '2025-03-06')).toEqual(['2026-03-06', 'due', undefined, undefined, { ruleId: 'annual-review', due: '2026-03-05' }]);
  });
  it('every local entry sits beside a statutory one of the same trigger, and the statutory entries are those of the case without the profile', () => {
    const local = entries.filter((e) => e.force === 'local');
    expect(local).toHaveLength(6);
    for (const e of local) expect(entries.some((s) => s.ruleId === e.statutory!.ruleId && s.trigger === e.trigger && s.due === e.statutory!.due)).toBe(true);
    const without = timeline(record, { asOf: '2025-06-01' }).entries;
    expect(entries.filter((e) => e.force !== 'local')).toEqual(without);
  });
});
