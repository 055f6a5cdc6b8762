/**
 * The Dorset profile (docs/law/dorset.md): one hand-worked case per rule, named after its paragraph,
 * with the arithmetic in the comments, and the statutory date reported beside it.
 */
import { describe, expect, it } from 'vitest';
import {
  deadline, explain, getRule, getProfile, localRules, profiles, rules, statutoryRules, ruleIds,
  type Deadline, type DeadlineOptions, type TriggerInput,
} from '../../../src/index.js';
import { checkProfile } from '../../../src/schema/define-profile.js';
import { dorsetReferenceIds } from '../../support/fixtures.js';
import { exampleTerms } from '../../support/examples.js';

const terms = exampleTerms();
const dorset = getProfile('dorset');

function d(id: string, trigger: TriggerInput, options: DeadlineOptions = {}): Deadline {
  return deadline(id, trigger, { profile: 'dorset', ...options });
}
/** The local and statutory dates side by side. */
function both(id: string, trigger: TriggerInput, options: DeadlineOptions = {}): [string | null, string | null | undefined] {
  const r = d(id, trigger, options);
  return [r.due, r.statutory?.due];
}

describe('the profile is data and covers docs/law/dorset.md', () => {
  it('has one record per Dorset rule id of §5, plus the child-in-care variant', () => {
    const ids = dorsetReferenceIds();
    expect(ids.length).toBe(26);
    const ours = dorset.rules.map((r) => r.id);
    for (const id of ids) expect(ours).toContain(id);
    expect(ours.filter((id) => !ids.includes(id))).toEqual(['dorset-exclusion-provision-in-care']);
    expect(new Set(ours).size).toBe(ours.length);
  });
  it('every record is local, names its profile and a real statutory counterpart (or null), and passes the profile checks', () => {
    expect(() => checkProfile(dorset)).not.toThrow();
    const statutory = new Set<string>(ruleIds());
    for (const r of dorset.rules) {
      expect(r.force).toBe('local');
      expect(r.profile).toBe('dorset');
      expect(r.statutory === null || statutory.has(r.statutory!)).toBe(true);
      // Never "primary" unless the council's own text was read: only the two rules quoting "Let's talk SEND".
      if (r.verification === 'primary') expect(r.citation.instrument).toMatch(/Let’s talk SEND/);
      else expect(r.wording).toMatch(/^\[Not verbatim/);
    }
  });
  it('rules lists the local rules after the statutory table (api.md); statutoryRules and ruleIds stay statutory; getRule and localRules find the local ids', () => {
    expect(rules.filter((r) => r.force === 'local' && r.profile === 'dorset')).toHaveLength(dorset.rules.length);
    expect(statutoryRules.some((r) => r.force === 'local')).toBe(false);
    expect(rules.slice(0, statutoryRules.length)).toEqual(statutoryRules);
    expect(ruleIds().some((id) => id.startsWith('dorset-'))).toBe(false);
    expect(getRule('dorset-first-review').citation.provision).toBe('para 7.4');
    expect(localRules).toHaveLength(dorset.rules.length);
    expect(profiles.map((p) => p.name)).toEqual(['dorset']);
  });
});

describe('a local id needs its profile', () => {
  it('without it: UNKNOWN_RULE saying to pass the profile', () => {
    expect(() => deadline('dorset-first-review', '2025-01-10')).toThrow(expect.objectContaining({ code: 'UNKNOWN_RULE', message: expect.stringContaining("{ profile: 'dorset' }") }));
  });
  it('an unknown id inside the profile lists its rules', () => {
    expect(() => d('dorset-anual-review', '2025-01-10')).toThrow(expect.objectContaining({ code: 'UNKNOWN_RULE', message: expect.stringContaining('dorset-annual-review') }));
  });
  it('an unknown profile is INVALID_OPTION naming the value and the known profiles', () => {
    expect(() => deadline('final-plan', '2025-01-06', { profile: 'devon' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', field: 'profile', value: 'devon', message: expect.stringContaining('"dorset"') }),
    );
  });
  it('terms must be a TermCalendar', () => {
    // @ts-expect-error the term data, not a TermCalendar made from it, which must be refused
    expect(() => d('dorset-exclusion-provision', '2025-01-10', { terms: { terms: [] } })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', field: 'terms' }));
  });
  it('statutory rules are unchanged with a profile, and carry no statutory field', () => {
    const r = d('final-plan', '2025-01-06');
    expect(r.due).toBe('2025-05-26');
    expect(r.statutory).toBeUndefined();
  });
});

describe('Dorset Council SEND Practice Standards, hand-worked', () => {
  it('5.3: request Mon 6 Jan 2025 → decision by Mon 17 Feb 2025 (+ 6 × 7 = 42 days); reg 5(1) the same', () => {
    expect(both('dorset-assessment-decision', '2025-01-06')).toEqual(['2025-02-17', '2025-02-17']);
  });
  it('5.3: an exception lifts the local and the statutory limit alike', () => {
    const r = d('dorset-assessment-decision', '2025-01-06', { exception: 'school-closure' });
    expect(r.status).toBe('lifted');
    expect(r.statutory).toEqual({ ruleId: 'assessment-decision', due: null, status: 'lifted' });
  });
  it('5.17: information requested, received 6 Jan 2025 → by 17 Feb 2025; reg 8(1) the same', () => {
    expect(both('dorset-advice-response', '2025-01-06')).toEqual(['2025-02-17', '2025-02-17']);
  });
  it('5.18: request 6 Jan 2025 → decision not to issue by Mon 28 Apr 2025 (+ 112 days: 25 + 28 + 31 + 28); reg 10(1) the same', () => {
    expect(both('dorset-no-plan-notice', '2025-01-06')).toEqual(['2025-04-28', '2025-04-28']);
  });
  it('5.19 / 8.1: draft served Mon 3 Mar 2025 → 15 days beginning with service end Mon 17 Mar 2025 (3 + 14); reg 13(1)(a) the same', () => {
    expect(both('dorset-draft-plan-representations', '2025-03-03')).toEqual(['2025-03-17', '2025-03-17']);
  });
  it('5.16: request 6 Jan 2025 → plan by Mon 26 May 2025 (+ 140 days, a bank holiday, no roll-forward); reg 13(2) the same', () => {
    expect(both('dorset-final-plan', '2025-01-06')).toEqual(['2025-05-26', '2025-05-26']);
  });
  it('7.2: under-5 plan reviewed 10 Jan 2025 → next by 10 Jul 2025 (6 months, corresponding date); CoP 9.178 the same', () => {
    expect(both('dorset-under-5-review', '2025-01-10')).toEqual(['2025-07-10', '2025-07-10']);
  });
  it('Practice Standard 7.4: plan finalised 10 Jan 2025 → first review by 10 Jan 2026; statute s44(1) → 9 Jan 2026', () => {
    // "within 12 months of" excludes the day: the corresponding date. "12 months starting with" includes it: the day before.
    const r = d('dorset-first-review', '2025-01-10');
    expect([r.due, r.statutory]).toEqual(['2026-01-10', { ruleId: 'annual-review', due: '2026-01-09' }]);
    expect(r.warnings.some((w) => w.startsWith('Later than the law') && w.includes('1 day after'))).toBe(true);
    expect(r.trace.at(-1)).toMatchObject({ step: 'Statutory counterpart', date: '2026-01-09' });
    expect(r.trace.at(-1)!.detail).toContain('1 day LATER');
  });
  it('7.4: finalised 29 Feb 2024 → both 28 Feb 2025 (no 29 Feb in 2025: the month-end rule makes them agree)', () => {
    expect(both('dorset-first-review', '2024-02-29')).toEqual(['2025-02-28', '2025-02-28']);
  });
  it('7.4: last reviewed 15 Mar 2025 → next review by 15 Mar 2026; s44(1)(b) → 14 Mar 2026', () => {
    expect(both('dorset-annual-review', '2025-03-15')).toEqual(['2026-03-15', '2026-03-14']);
  });
  describe('review letter ("Let\'s talk SEND", July 2024): meeting + 4 weeks, capped at last meeting + 365 days', () => {
    it('previous meeting 15 Jan 2025, meeting Mon 1 Dec 2025 (320 days later) → letter by 29 Dec 2025 (meeting + 28; cap 15 Jan 2026 is later); reg 20(10) the same', () => {
      expect(both('dorset-review-letter', { meeting: '2025-12-01', previousMeeting: '2025-01-15' })).toEqual(['2025-12-29', '2025-12-29']);
    });
    it('the meeting itself is due by last meeting + 337 days: 15 Jan 2025 + 337 = 18 Dec 2025, whose + 28 = 15 Jan 2026 = the cap', () => {
      // 15 Jan 2025 + 337: 16 (to 31 Jan) + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 = 319 (30 Nov), + 18 = 18 Dec 2025.
      expect(both('dorset-review-letter', { meeting: '2025-12-18', previousMeeting: '2025-01-15' })).toEqual(['2026-01-15', '2026-01-15']);
      // One day later (338): the cap bites, one day before the statute's 4 weeks.
      expect(both('dorset-review-letter', { meeting: '2025-12-19', previousMeeting: '2025-01-15' })).toEqual(['2026-01-15', '2026-01-16']);
    });
    it('meeting 30 Dec 2025 (349 days after 15 Jan 2025) → letter by 15 Jan 2026, 12 days before reg 20(10)\'s 27 Jan 2026', () => {
      const r = d('dorset-review-letter', { meeting: '2025-12-30', previousMeeting: '2025-01-15' });
      expect([r.due, r.statutory?.due]).toEqual(['2026-01-15', '2026-01-27']);
      expect(r.trace.map((s) => s.step)).toContain('Cap: 365 days after the last meeting');
      expect(r.trace.find((s) => s.step === 'The earlier of the two')?.detail).toContain('12 days after the 337th day');
    });
    it('a meeting before the previous one is refused', () => {
      expect(() => d('dorset-review-letter', { meeting: '2025-01-01', previousMeeting: '2025-01-15' })).toThrow(expect.objectContaining({ code: 'INVALID_TRIGGER' }));
    });
  });
  it('review letter: amendments in draft a further 4 weeks after the letter of 29 Dec 2025 → 26 Jan 2026; in law (Devon 2022) due with the decision, 29 Dec 2025', () => {
    const r = d('dorset-review-amended-draft', '2025-12-29');
    expect([r.due, r.statutory]).toEqual(['2026-01-26', { ruleId: 'review-decision', due: '2025-12-29' }]);
    expect(r.warnings.some((w) => w.includes('28 days after'))).toBe(true);
  });
  it('7.6: term starts Mon 6 Jan 2025 (the term calendar\'s next term start) → schools told by 22 Dec 2024 (strict − 15), 23 Dec permissive; CoP 9.172 the same', () => {
    const start = terms.nextTermStart('2024-12-01')!;
    expect(start).toBe('2025-01-06');
    expect(both('dorset-review-list-to-schools', start)).toEqual(['2024-12-22', '2024-12-22']);
    expect(both('dorset-review-list-to-schools', start, { notice: 'permissive' })).toEqual(['2024-12-23', '2024-12-23']);
  });
  it('7.7: review meeting Fri 20 Jun 2025 → advice circulated by 5 Jun 2025 (strict: 20 − 14 − 1), 6 Jun permissive; reg 20(4) the same', () => {
    expect(both('dorset-review-advice-circulation', '2025-06-20')).toEqual(['2025-06-05', '2025-06-05']);
    expect(both('dorset-review-advice-circulation', '2025-06-20', { notice: 'permissive' })).toEqual(['2025-06-06', '2025-06-06']);
  });
  it('7.9: review meeting Mon 2 Jun 2025 → updated plan by 30 Jun 2025 (+ 28); reg 20(10) decision the same day', () => {
    expect(both('dorset-updated-plan', '2025-06-02')).toEqual(['2025-06-30', '2025-06-30']);
  });
  describe('7.10: phase transfers by 15 February / 31 March, read on or before whatever the fixedDate option says', () => {
    it('September 2026 transfer → by Sun 15 Feb 2026; reg 18(1)(b) "before 15 February" → 14 Feb 2026', () => {
      const r = d('dorset-phase-transfer', '2026-09-01');
      expect([r.due, r.statutory?.due]).toEqual(['2026-02-15', '2026-02-14']);
      expect(r.trace.find((s) => s.step === 'Local standard: on or before')?.date).toBe('2026-02-15');
    });
    it('with fixedDate "on-or-before" the statute reads 15 Feb too; with "before" the local date does not move', () => {
      expect(both('dorset-phase-transfer', '2026-09-01', { fixedDate: 'on-or-before' })).toEqual(['2026-02-15', '2026-02-15']);
      expect(both('dorset-phase-transfer', '2026-09-01', { fixedDate: 'before' })).toEqual(['2026-02-15', '2026-02-14']);
    });
    it('September 2025 move into post-16 → by 31 Mar 2025; reg 18(1)(a) → 30 Mar 2025', () => {
      expect(both('dorset-phase-transfer-post16', '2025-09-01')).toEqual(['2025-03-31', '2025-03-30']);
    });
  });
  describe('7.10: post-16 → post-16 move reviewed in the autumn term before the September move', () => {
    it('move 1 Sep 2026 → the end of the autumn 2025 term, Fri 19 Dec 2025; reg 18(2) strict: 1 Sep 2026 − 5 months = 1 Apr 2026, − 1 clear day = 31 Mar 2026', () => {
      const r = d('dorset-post16-transfer', '2026-09-01', { terms });
      expect([r.due, r.statutory?.due]).toEqual(['2025-12-19', '2026-03-31']);
      expect(r.trace.find((s) => s.step === 'Autumn term before the transfer')?.detail).toContain('Autumn 2025');
    });
    it('without a term calendar: due null with the reason, never a guess (the statutory date is still given)', () => {
      const r = d('dorset-post16-transfer', '2026-09-01');
      expect(r.due).toBeNull();
      expect(r.reason).toMatch(/needs a school term calendar/);
      expect(r.statutory?.due).toBe('2026-03-31');
    });
    it('a move outside September, or without that autumn term in the calendar: due null with the reason', () => {
      expect(d('dorset-post16-transfer', '2026-01-05', { terms }).reason).toMatch(/September/);
      expect(d('dorset-post16-transfer', '2024-09-02', { terms }).reason).toMatch(/no autumn term/);
    });
  });
  it('8.2: proposed amendments sent Mon 3 Mar 2025 → amended plan by 28 Apr 2025 (+ 56); reg 22(3) the same', () => {
    expect(both('dorset-amendment-final', '2025-03-03')).toEqual(['2025-04-28', '2025-04-28']);
  });
  it('9.7: move Mon 24 Mar 2025, aware Mon 17 Mar → 15 working days beginning with 17 Mar: Fri 4 Apr 2025; reg 15(2) the same', () => {
    expect(both('dorset-plan-transfer', { move: '2025-03-24', aware: '2025-03-17' })).toEqual(['2025-04-04', '2025-04-04']);
  });
  it('9.6: cease decision sent 30 Jun 2025 → appeal window ends 1 Sep 2025 (2 months → 30 Aug, in August → first working day after 31 Aug); s45(4) the same', () => {
    expect(both('dorset-cease-pending-appeal', { decisionSent: '2025-06-30' })).toEqual(['2025-09-01', '2025-09-01']);
  });
  it('12.6: told the family wishes to mediate on 2 Jun 2025 → mediation arranged by 2 Jul 2025 (+ 30 days); reg 36(2) the same', () => {
    expect(both('dorset-mediation-arrange', '2025-06-02')).toEqual(['2025-07-02', '2025-07-02']);
  });
  describe('6.17 / 6.18: education after a permanent exclusion, in school days', () => {
    it('6.17: excluded Fri 10 Jan 2025 → from Mon 20 Jan 2025 (13, 14, 15, 16, 17, 20 = day 6), as SI 2007/1870 reg 4(3)(a)', () => {
      const r = d('dorset-exclusion-provision', '2025-01-10', { terms });
      expect([r.due, r.statutory]).toEqual(['2025-01-20', null]);
      expect(r.trace.find((s) => s.step === 'Days not counted')?.detail).toBe('Between Saturday 11 January 2025 and Monday 20 January 2025: 4 weekend days.');
      expect(r.trace.find((s) => s.step === 'School days')?.detail).toContain('EXAMPLE term dates');
    });
    it('6.17 across Christmas: excluded Wed 18 Dec 2024 → Thu 19 (1), Fri 20 (2), [holiday], Mon 6 Jan (3), 7 (4), 8 (5), Thu 9 Jan 2025 (6)', () => {
      expect(d('dorset-exclusion-provision', '2024-12-18', { terms }).due).toBe('2025-01-09');
    });
    it('6.17 without a term calendar: due null, "needs a school term calendar"', () => {
      const r = d('dorset-exclusion-provision', '2025-01-10');
      expect(r.due).toBeNull();
      expect(r.reason).toMatch(/needs a school term calendar/);
    });
    it('6.17 outside the term calendar: due null with the reason', () => {
      expect(d('dorset-exclusion-provision', '2026-07-20', { terms }).reason).toMatch(/after its last term/);
      expect(d('dorset-exclusion-provision', '2024-08-01', { terms }).reason).toMatch(/outside it/);
    });
    it('6.18 (child in care, its own id): excluded Fri 10 Jan 2025 → Mon 13 Jan (day 1); on the last day of term, Fri 20 Dec 2024 → Mon 6 Jan 2025', () => {
      expect(d('dorset-exclusion-provision-in-care', '2025-01-10', { terms }).due).toBe('2025-01-13');
      expect(d('dorset-exclusion-provision-in-care', '2024-12-20', { terms }).due).toBe('2025-01-06');
    });
  });
  describe('11.2: casework recorded within 48 hours (an instant rule)', () => {
    it('contact Mon 6 Jan 2025 14:30 → Wed 8 Jan 2025 14:30 GMT', () => {
      const r = d('dorset-casework-recording', '2025-01-06T14:30');
      expect(r.due).toBe('2025-01-08');
      expect(r.trigger).toEqual({ at: '2025-01-06T14:30+00:00' });
      expect(r.trace.find((s) => s.step === 'Add 48 hours')?.detail).toBe('Monday 6 January 2025 14:30 GMT + 48 hours = Wednesday 8 January 2025 14:30 GMT.');
    });
    it('across the clock change: Sat 29 Mar 2025 10:00 GMT + 48 elapsed hours = Mon 31 Mar 2025 11:00 BST', () => {
      const r = d('dorset-casework-recording', '2025-03-29T10:00');
      expect(r.due).toBe('2025-03-31');
      expect(r.trace.find((s) => s.step === 'Add 48 hours')?.detail).toContain('Monday 31 March 2025 11:00 BST. The clocks changed');
    });
    it('late in the evening the due date is two days on: Fri 23:59 → Sun 23:59; a Date is an instant read in London', () => {
      expect(d('dorset-casework-recording', '2025-06-06T23:59').due).toBe('2025-06-08');
      // 2025-06-02T09:15Z = 10:15 BST on Monday 2 June → Wednesday 4 June 10:15 BST.
      expect(d('dorset-casework-recording', new Date('2025-06-02T09:15:00Z')).due).toBe('2025-06-04');
      expect(d('dorset-casework-recording', '2025-06-02T10:15+01:00').due).toBe('2025-06-04');
    });
    it('a date alone: due null with the reason, never a guess', () => {
      const r = d('dorset-casework-recording', '2025-01-06');
      expect(r.due).toBeNull();
      expect(r.reason).toMatch(/date and time/);
    });
    it('a time that does not exist, or happens twice, at a clock change needs its offset; nonsense is INVALID_DATE', () => {
      expect(() => d('dorset-casework-recording', '2025-03-30T01:30')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
      expect(() => d('dorset-casework-recording', '2025-10-26T01:30')).toThrow(expect.objectContaining({ code: 'INVALID_DATE', message: expect.stringContaining('twice') }));
      expect(d('dorset-casework-recording', '2025-10-26T01:30+01:00').due).toBe('2025-10-28');
      expect(() => d('dorset-casework-recording', '2025-01-06T25:00')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    });
  });
  it('11.4: supervision Thu 17 Apr 2025 → notes by Tue 6 May 2025 (10 working days: Good Friday, Easter Monday and the early May bank holiday skipped)', () => {
    // 22 (1), 23, 24, 25, 28, 29, 30 Apr (7), 1 May (8), 2 May (9), [5 May bank holiday], 6 May (10).
    expect(both('dorset-supervision-notes', '2025-04-17')).toEqual(['2025-05-06', undefined]);
  });
  it('6.13: last supervision 31 Jan 2025 → next due 28 Feb 2025 (one month, clamped to the month\'s end)', () => {
    expect(d('dorset-supervision', '2025-01-31').due).toBe('2025-02-28');
  });
  it('6.15 / 11.3 and 4.2: last CMOOE summary or meeting Mon 2 Jun 2025 → next due Mon 16 Jun 2025 (fortnightly: + 14)', () => {
    expect(d('dorset-cmooe-summary', '2025-06-02').due).toBe('2025-06-16');
    expect(d('dorset-cmooe-meeting', '2025-06-02').due).toBe('2025-06-16');
  });
});

describe('every Dorset rule answers deadline() with a cited, traced result or a reasoned null, and explains', () => {
  const sample: Record<string, TriggerInput> = {
    'dorset-review-letter': { meeting: '2025-06-02', previousMeeting: '2024-06-10' },
    'dorset-plan-transfer': { move: '2025-06-02', aware: '2025-05-01' },
    'dorset-cease-pending-appeal': { decisionSent: '2025-06-02' },
    'dorset-casework-recording': '2025-06-02T09:00',
    'dorset-post16-transfer': '2025-09-01',
  };
  it.each(dorset.rules.map((r) => r.id))('%s', (id) => {
    const r = d(id, sample[id] ?? '2025-06-02', { terms });
    expect(r.force).toBe('local');
    expect(r.citation.instrument.length).toBeGreaterThan(0);
    expect(r.trace.length).toBeGreaterThan(1);
    expect(r.due === null ? r.reason : r.due).toBeTruthy();
    expect(r.statutory === null || typeof r.statutory?.ruleId === 'string').toBe(true);
    expect(r.warnings.some((w) => w.includes('local standard of Dorset Council'))).toBe(true);
    expect(explain(r)).toContain(r.citation.provision);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
