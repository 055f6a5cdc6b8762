/**
 * Engine: phase transfers in a case timeline (src/engine/phase-transfers.ts): the next reg 18
 * transfer found from the date of birth, the date it names, what answers it, and reg 1 (commencement).
 *
 * Expected values were worked by hand from the law (docs/law/), with the arithmetic in a comment.
 * [independent cases]: cases worked by an independent reviewer, not read off the library's output.
 */
import { describe, expect, it } from 'vitest';
import { timeline, transfers } from '../../src/index.js';
import { all, one, pick, type EventRecord } from '../support/timelines.js';
import { dayToIso, isoToDay } from '../../src/day/iso.js';
import { DEFAULT_TRANSFER_STAGES, transferDays } from '../../src/law/age/index.js';
import { transfersOf } from '../../src/engine/phase-transfers.js';

describe('(4) phase transfers (reg 18) [independent cases]', () => {
  it('year groups from the date of birth: born 31 Aug 2013 starts Year 7 Sep 2024, born 1 Sep 2013 Sep 2025; born 20 May 2014 Reception/Y7/Y12 = 2018/2025/2030', () => {
    // Year N = the school year in which the child attains N + 5.
    expect(transfers('2013-08-31').map((t) => t.statutoryDate)).toEqual(['2017-02-15', '2024-02-15', '2029-03-31']);
    expect(transfers('2013-09-01').map((t) => t.statutoryDate)).toEqual(['2018-02-15', '2025-02-15', '2030-03-31']);
    expect(transfers('2014-05-20').map((t) => t.statutoryDate)).toEqual(['2018-02-15', '2025-02-15', '2030-03-31']);
  });

  const y7 = (decisionDate: string): EventRecord[] => [
    { type: 'final-plan-issued', date: '2022-01-10' },
    { type: 'review-meeting', date: '2025-01-20' },
    { type: 'review-decision-notified', date: decisionDate, decision: 'continue' },
  ];

  it('Year 7 in Sep 2025: "before 15 February" strict = 14 Feb 2025: decision on 14 Feb met, on 15 Feb late 1; on-or-before reading 15 Feb met', () => {
    expect(pick(one(timeline({ id: 'T1', dateOfBirth: '2014-05-20', events: y7('2025-02-14') }, { asOf: '2025-06-01' }).entries, 'phase-transfer')))
      .toMatchObject({ due: '2025-02-14', status: 'met' });
    expect(pick(one(timeline({ id: 'T2', dateOfBirth: '2014-05-20', events: y7('2025-02-15') }, { asOf: '2025-06-01' }).entries, 'phase-transfer')))
      .toMatchObject({ due: '2025-02-14', status: 'late', daysLate: 1 });
    expect(pick(one(timeline({ id: 'T3', dateOfBirth: '2014-05-20', events: y7('2025-02-15') }, { asOf: '2025-06-01', fixedDate: 'on-or-before' }).entries, 'phase-transfer')))
      .toMatchObject({ due: '2025-02-15', status: 'met' });
  });

  it('review decided to amend on 20 Jan 2025, amended plan 1 Mar 2025: reg 18 done by the amendment -> late 15 (14 Feb -> 1 Mar)', () => {
    const t = timeline({ id: 'T4', dateOfBirth: '2014-05-20', events: [
      { type: 'final-plan-issued', date: '2022-01-10' },
      { type: 'review-meeting', date: '2025-01-06' },
      { type: 'review-decision-notified', date: '2025-01-20', decision: 'amend' },
      { type: 'amendment-notice-sent', date: '2025-01-20' },
      { type: 'amended-plan-issued', date: '2025-03-01' },
    ] }, { asOf: '2025-06-01' });
    expect(pick(one(t.entries, 'phase-transfer'))).toMatchObject({ due: '2025-02-14', done: '2025-03-01', status: 'late', daysLate: 15 });
    // reg 22(3): 20 Jan + 56 = 17 Mar: met.
    expect(pick(one(t.entries, 'amendment-final'))).toMatchObject({ due: '2025-03-17', status: 'met' });
  });

  it('a year behind (yearGroupOffset -1): Year 7 in Sep 2026 -> 14 Feb 2026, overdue 107 days on 1 Jun 2026', () => {
    // 14 Feb -> 1 Jun 2026: 14 + 31 + 30 + 31 + 1 = 107.
    const t = timeline({ id: 'T5', dateOfBirth: '2014-05-20', yearGroupOffset: -1, events: [{ type: 'final-plan-issued', date: '2022-01-10' }] }, { asOf: '2026-06-01' });
    expect(all(t.entries, 'phase-transfer').map((e) => [e.trigger, e.due, e.status, e.daysLate])).toEqual([['2026-09-01', '2026-02-14', 'overdue', 107]]);
  });

  it('Year 12 into a post-16 institution, Sep 2025: before 31 March strict = 30 Mar 2025 (30 Mar met, 31 Mar late 1); into a school sixth form: no reg 18 deadline', () => {
    const ev = (d: string): EventRecord[] => [{ type: 'final-plan-issued', date: '2020-01-10' }, { type: 'review-decision-notified', date: d }];
    expect(pick(one(timeline({ id: 'T6', dateOfBirth: '2009-03-10', events: ev('2025-03-30') }, { asOf: '2025-06-01' }).entries, 'phase-transfer-post16')))
      .toMatchObject({ due: '2025-03-30', status: 'met' });
    expect(pick(one(timeline({ id: 'T7', dateOfBirth: '2009-03-10', events: ev('2025-03-31') }, { asOf: '2025-06-01' }).entries, 'phase-transfer-post16')))
      .toMatchObject({ due: '2025-03-30', status: 'late', daysLate: 1 });
    const sf = timeline({ id: 'T8', dateOfBirth: '2009-03-10', year12Destination: 'school-sixth-form', events: ev('2025-03-31') }, { asOf: '2025-06-01' });
    expect(all(sf.entries, 'phase-transfer-post16')).toEqual([]);
  });

  it('reg 18(3): a post-16 transfer on 1 Sep 2015 -> before 31 May 2015 (strict 30 May)', () => {
    const t = timeline({ id: 'T9', dateOfBirth: '1999-03-12', events: [
      { type: 'final-plan-issued', date: '2014-10-10' }, { type: 'review-decision-notified', date: '2015-05-20' },
    ] }, { asOf: '2015-06-01' });
    expect(one(t.entries, 'phase-transfer-post16')!.due).toBe('2015-05-30');
  });

  it('a plan first made on 10 Apr 2025, after the 14 Feb 2025 date for a Sep 2025 transfer: not-applicable', () => {
    const t = timeline({ id: 'T10', dateOfBirth: '2014-05-20', events: [{ type: 'final-plan-issued', date: '2025-04-10' }] }, { asOf: '2025-06-01' });
    expect(one(t.entries, 'phase-transfer')!.status).toBe('not-applicable');
  });
});

describe('timeline: the next phase transfer is known from the date of birth', () => {
  it('a Year 5 child on 1 Jun 2025 (born 1 Mar 2015): Year 7 from Sept 2026, reg 18 date 14 Feb 2026 shown as due; Year 12 (2030) not yet listed', () => {
    const t = timeline({ id: 'Y5', dateOfBirth: '2015-03-01', events: [{ type: 'final-plan-issued', date: '2022-01-10' }] }, { asOf: '2025-06-01' });
    const transfers = t.entries.filter((e) => e.ruleId.startsWith('phase-transfer'));
    expect(transfers).toHaveLength(1);
    expect(transfers[0]).toMatchObject({ ruleId: 'phase-transfer', trigger: '2026-09-01', due: '2026-02-14', status: 'due' });
  });
});

describe('timeline: reg 18 dates and the commencement of the Regulations (SEND Regs 2014 reg 1)', () => {
  it('SEND Regs 2014 reg 1 / reg 18(3): born 12 Mar 1999, Year 12 from Tue 1 Sep 2015 → before 31 May 2015 = Sat 30 May 2015, met; no "not in force" warning', () => {
    // Attains 16 on 12 Mar 2015 (school year 2014/15, Year 11) → post-16 transfer 1 Sep 2015: reg 18(3).
    // The Regulations, reg 18(3) included, came into force on 1 Sep 2014 (reg 1): 30 May 2015 is after it.
    // The plan finalised on 10 Oct 2014, within the 12 months before the transfer, answers reg 18.
    const t = timeline({ id: 'P15', dateOfBirth: '1999-03-12', events: [
      { type: 'final-plan-issued', date: '2014-10-10' },
      { type: 'review-decision-notified', date: '2015-05-20' },
    ] }, { asOf: '2015-06-01' });
    const e = one(t.entries, 'phase-transfer-post16')!;
    expect(e).toMatchObject({ trigger: '2015-09-01', due: '2015-05-30', done: '2014-10-10', status: 'met' });
    expect(e.citation!.provision).toBe('reg 18(3)');
    expect(e.warnings).toEqual([]);
  });

  it('SEND Regs 2014 reg 1 / reg 18(1)(a): Year 12 from Mon 1 Sep 2014 → before 31 Mar 2014 = Sun 30 Mar 2014, before the Regulations came into force: the entry warns', () => {
    // Born 31 Aug 1998: attains 16 on 31 Aug 2014, in school year 2013/14 → Year 12 from 1 Sep 2014.
    // 30 Mar 2014 < 1 Sep 2014 (reg 1); the plan (29 Aug 2014) came after that date too: not-applicable.
    const t = timeline({ id: 'P14', dateOfBirth: '1998-08-31', events: [{ type: 'final-plan-issued', date: '2014-08-29' }] }, { asOf: '2014-10-01' });
    const e = one(t.entries, 'phase-transfer-post16')!;
    expect(e).toMatchObject({ trigger: '2014-09-01', due: '2014-03-30', status: 'not-applicable' });
    expect(e.warnings).toContain('The date named in reg 18(1)(a) (2014-03-30) is before the regulation came into force on 2014-09-01: it did not apply to this transfer.');
  });
});

describe('the usual transfers are shared by school year of birth (src/engine/phase-transfers.ts)', () => {
  it('for every birthday from 1 January 1950 to 31 December 2040, the shared list equals the transfers worked out from that birthday', () => {
    // The list is keyed by the school year of birth (1 September to 31 August); the transfers count
    // 1 Septembers from it, so two birthdays of one school year must give the same days. Checked
    // for every day, the 31 August / 1 September edges and 29 February included.
    for (let birth = isoToDay('1950-01-01'); birth <= isoToDay('2040-12-31'); birth++) {
      const expected = transferDays(birth, 0, DEFAULT_TRANSFER_STAGES, 'post16-institution');
      const shared = transfersOf(birth, 0, undefined, undefined);
      if (shared.length !== expected.length || shared.some((t, i) => t.day !== expected[i]!.day || t.ruleId !== expected[i]!.ruleId)) {
        expect({ birth: dayToIso(birth), shared }).toEqual({ birth: dayToIso(birth), shared: expected });
      }
    }
  });
});
