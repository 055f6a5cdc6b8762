/**
 * Law: phase transfers (src/law/phase-transfer.ts): SEND Regulations 2014 reg 18, and reg 1
 * (commencement) for the dates it names.
 * Defaults: `notice: 'strict'` (at least N weeks before M → M − 7N − 1) and `fixedDate: 'before'`
 * (before 15 February → 14 February). No SEND Regulations period rolls forward.
 *
 * Every expected date was worked by hand from the law (docs/law/conventions.md), with its arithmetic
 * in a comment, never read off the engine. Each describe names where its cases came from: [records]
 * (the hand-worked checks of the rule records) or [independent review] (a second, independent
 * reading of each provision from the statutory text).
 */
import { describe, expect, it } from 'vitest';
import { deadline } from '../../src/index.js';
import { due, errorCode } from '../support/deadlines.js';

describe('phase transfers (reg 18) [records]', () => {
  it('reg 18(1)(b): transfer Tue 1 Sep 2026 → before 15 Feb 2026 = Sat 14 Feb 2026 (strict default)', () => {
    expect(due('phase-transfer', '2026-09-01')).toBe('2026-02-14');
  });

  it('reg 18(1)(b): transfer Tue 1 Sep 2026 with { fixedDate: \'on-or-before\' } → Sun 15 Feb 2026', () => {
    expect(due('phase-transfer', '2026-09-01', { fixedDate: 'on-or-before' })).toBe('2026-02-15');
  });

  it('reg 18(1)(a): transfer to post-16 Mon 1 Sep 2025 → before 31 Mar 2025 = Sun 30 Mar 2025', () => {
    expect(due('phase-transfer-post16', '2025-09-01')).toBe('2025-03-30');
  });

  it('reg 18(3): transfer to post-16 on Tue 1 Sep 2015 → before 31 May 2015 = Sat 30 May 2015', () => {
    expect(due('phase-transfer-post16', '2015-09-01')).toBe('2015-05-30');
  });

  it('reg 18(3): transfer on 1 Sep 2015 with { fixedDate: \'on-or-before\' } → Sun 31 May 2015', () => {
    expect(due('phase-transfer-post16', '2015-09-01', { fixedDate: 'on-or-before' })).toBe('2015-05-31');
  });

  it('reg 18(1)(a): a post-16 transfer on Mon 7 Sep 2015 is not "on 1 September 2015" → Mon 30 Mar 2015', () => {
    expect(due('phase-transfer-post16', '2015-09-07')).toBe('2015-03-30');
  });

  it('reg 18(1)(a): transfer Thu 1 Sep 2016 → Wed 30 Mar 2016 (18(3) no longer applies)', () => {
    expect(due('phase-transfer-post16', '2016-09-01')).toBe('2016-03-30');
  });

  // The Regulations came into force on 1 Sep 2014 (reg 1), reg 18(3) included. Which version of
  // phase-transfer-post16 governs a transfer is its window of application; a "not in force" warning
  // is given only where the due day falls before 1 Sep 2014.
  const NOT_IN_FORCE_WARNING = /came into force|not in force|nothing was owed/;

  it.each([
    // transfer, provision, due (strict), why
    ['2015-09-01', 'reg 18(3)', '2015-05-30', 'Tue 1 Sep 2015 is "on 1 September 2015": before 31 May 2015 = Sat 30 May 2015'],
    ['2015-09-02', 'reg 18(1)(a)', '2015-03-30', 'Wed 2 Sep 2015, the day after: before 31 Mar 2015 = Mon 30 Mar 2015'],
    ['2015-12-31', 'reg 18(1)(a)', '2015-03-30', 'Thu 31 Dec 2015, same calendar year: before 31 Mar 2015 = Mon 30 Mar 2015'],
    ['2015-08-31', 'reg 18(1)(a)', '2015-03-30', 'Mon 31 Aug 2015, the day before: before 31 Mar 2015 = Mon 30 Mar 2015'],
  ] as const)('SEND Regs 2014 reg 1 / reg 18: post-16 transfer %s → %s, due %s, no "not in force" warning (%s)', (transfer, provision, expected, _why) => {
    // 30 May 2015 and 30 Mar 2015 are both after 1 Sep 2014 (reg 1): the provision was in force on the due day.
    const d = deadline('phase-transfer-post16', transfer);
    expect(d.due).toBe(expected);
    expect(d.citation.provision).toBe(provision);
    expect(d.warnings.filter((w) => NOT_IN_FORCE_WARNING.test(w))).toEqual([]);
  });

  it('SEND Regs 2014 reg 1 / reg 18(3): on-or-before reading for 1 Sep 2015 → Sun 31 May 2015, no warning at all', () => {
    // before 31 May 2015, read on or before → 31 May 2015; after 1 Sep 2014, and before the transfer.
    const d = deadline('phase-transfer-post16', '2015-09-01', { fixedDate: 'on-or-before' });
    expect(d.due).toBe('2015-05-31');
    expect(d.warnings).toEqual([]);
  });

  it.each([
    // rule, transfer, provision, due (strict)
    ['phase-transfer-post16', '2014-09-01', 'reg 18(1)(a)', '2014-03-30'], // before 31 Mar 2014 = Sun 30 Mar 2014 < 1 Sep 2014
    ['phase-transfer-post16', '2014-12-31', 'reg 18(1)(a)', '2014-03-30'], // same calendar year 2014
    ['phase-transfer', '2014-09-01', 'reg 18(1)(b)', '2014-02-14'], // before 15 Feb 2014 = Fri 14 Feb 2014 < 1 Sep 2014
  ] as const)('SEND Regs 2014 reg 1 / reg 18(1): %s for a transfer on %s: the %s date (%s) fell before 1 Sep 2014 → warning stays', (rule, transfer, provision, expected) => {
    const d = deadline(rule, transfer);
    expect(d.due).toBe(expected);
    expect(d.warnings).toContain(
      `The date named in ${provision} (${expected}) is before the regulation came into force on 2014-09-01: it did not apply to this transfer.`,
    );
  });

  it('SEND Regs 2014 reg 1 / reg 18(2): at least 5 months before a transfer on Wed 1 Oct 2014 → Wed 30 Apr 2014, before reg 18(2) was in force (warned)', () => {
    // 1 Oct 2014 − 5 months = 1 May 2014; strict (clear days) − 1 day = 30 Apr 2014 < 1 Sep 2014.
    const d = deadline('post16-transfer', '2014-10-01');
    expect(d.due).toBe('2014-04-30');
    expect(d.warnings).toContain('The due date under reg 18(2) (2014-04-30) is before the provision came into force on 2014-09-01: nothing was owed under it by that day.');
  });

  it('SEND Regs 2014 reg 1 / reg 18(2): a transfer on Mon 2 Feb 2015 → due Mon 1 Sep 2014, the day the Regulations came into force: no warning', () => {
    // 2 Feb 2015 − 5 months = 2 Sep 2014; strict − 1 day = 1 Sep 2014 = commencement (reg 1): in force.
    const d = deadline('post16-transfer', '2015-02-02');
    expect(d.due).toBe('2014-09-01');
    expect(d.warnings.filter((w) => NOT_IN_FORCE_WARNING.test(w))).toEqual([]);
  });

  it('SEND Regs 2014 reg 1: a post-16 transfer on Sun 31 Aug 2014, before any version applies → NOT_IN_FORCE', () => {
    expect(errorCode(() => deadline('phase-transfer-post16', '2014-08-31'))).toBe('NOT_IN_FORCE');
  });

  it('reg 18(2): post-16 → post-16 transfer Mon 5 Jan 2026 → at least 5 months before: Mon 4 Aug 2025 (strict)', () => {
    // 5 Jan 2026 − 5 months = 5 Aug 2025; strict: one day earlier, 4 Aug 2025.
    expect(due('post16-transfer', '2026-01-05')).toBe('2025-08-04');
  });

  it('reg 18(2): transfer Thu 31 Jul 2025: − 5 months = 28 Feb 2025 (clamped) → strict Thu 27 Feb 2025', () => {
    // 31 Jul − 5 months = 31 Feb (none) → 28 Feb 2025; strict − 1 day = 27 Feb 2025.
    expect(due('post16-transfer', '2025-07-31')).toBe('2025-02-27');
  });

  it('reg 18(2): transfer Thu 31 Jul 2025 with { notice: \'permissive\' } → Fri 28 Feb 2025', () => {
    expect(due('post16-transfer', '2025-07-31', { notice: 'permissive' })).toBe('2025-02-28');
  });
});

describe('phase transfers (reg 18) [independent review]', () => {
  it('reg 18(1)(b) phase-transfer: "before 15 February" of 2026 for a Sept 2026 transfer', () => {
    expect(due('phase-transfer', '2026-09-03')).toBe('2026-02-14');
    expect(due('phase-transfer', '2026-09-03', { fixedDate: 'on-or-before' })).toBe('2026-02-15');
  });
  it('reg 18(1)(a) phase-transfer-post16: "before 31 March" 2025', () => {
    expect(due('phase-transfer-post16', '2025-09-04')).toBe('2025-03-30');
    expect(due('phase-transfer-post16', '2025-09-04', { fixedDate: 'on-or-before' })).toBe('2025-03-31');
  });
  it('reg 18(3) phase-transfer-post16: transfer on 1 Sep 2015 → before 31 May 2015', () => {
    expect(due('phase-transfer-post16', '2015-09-01')).toBe('2015-05-30');
    expect(due('phase-transfer-post16', '2015-09-01', { fixedDate: 'on-or-before' })).toBe('2015-05-31');
    // a different day of 2015 falls back on 18(1)(a)
    expect(due('phase-transfer-post16', '2015-09-02')).toBe('2015-03-30');
    expect(due('phase-transfer-post16', '2015-08-31')).toBe('2015-03-30');
  });
  it('reg 18(2) post16-transfer: at least five months before 5 Jan 2026', () => {
    // permissive: 5 Jan 2026 − 5 months = 5 Aug 2025; strict (clear day): 4 Aug 2025
    expect(due('post16-transfer', '2026-01-05')).toBe('2025-08-04');
    expect(due('post16-transfer', '2026-01-05', { notice: 'permissive' })).toBe('2025-08-05');
  });
  it('reg 18(2) post16-transfer: transfer 31 Jul 2025, permissive clamps to 28 Feb', () => {
    // D + 5 months ≤ 31 Jul: D = 28 Feb → 28 Jul ✓; D = 1 Mar → 1 Aug ✗. Permissive = 28 Feb 2025.
    expect(due('post16-transfer', '2025-07-31', { notice: 'permissive' })).toBe('2025-02-28');
    // leap year: 31 Jul 2024 − 5 months = 29 Feb 2024
    expect(due('post16-transfer', '2024-07-31', { notice: 'permissive' })).toBe('2024-02-29');
  });
});
