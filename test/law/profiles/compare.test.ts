/**
 * Where local standards depart from the law: the comparison table (every local rule with a
 * statutory counterpart classified), and docs/profiles.md generated from it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  compareWithStatute, getProfile, profiles, profilesMarkdown, type ComparisonRow,
} from '../../../src/index.js';
import { exampleTerms } from '../../support/examples.js';

const terms = exampleTerms();

describe('Dorset compared with the statute', () => {
  const rows = compareWithStatute('dorset', { terms });
  const byId = new Map<string, ComparisonRow>(rows.map((r) => [r.ruleId, r]));

  it('classifies every local rule that has a statutory counterpart, each over real samples', () => {
    const withCounterpart = getProfile('dorset').rules.filter((r) => r.statutory).map((r) => r.id);
    expect(rows.map((r) => r.ruleId)).toEqual(withCounterpart);
    for (const r of rows) {
      expect(r.verdict).not.toBe('not-computed');
      expect(r.samples).toBe(r.earlier + r.same + r.later);
      expect(r.samples).toBeGreaterThan(0);
    }
  });

  it('the verdicts, worked by hand', () => {
    expect(Object.fromEntries(rows.map((r) => [r.ruleId, r.verdict]))).toEqual({
      'dorset-assessment-decision': 'equal',
      'dorset-advice-response': 'equal',
      'dorset-no-plan-notice': 'equal',
      'dorset-draft-plan-representations': 'equal',
      'dorset-final-plan': 'equal',
      'dorset-under-5-review': 'equal',
      // 7.4 "within 12 months of" = corresponding date; s44(1) "12 months starting with" = the day before.
      'dorset-first-review': 'later',
      'dorset-annual-review': 'later',
      // min(meeting + 28, previous + 365) ≤ meeting + 28: never later; earlier when the meeting is after previous + 337.
      'dorset-review-letter': 'stricter',
      // decision + 28 against the decision day itself (Devon 2022).
      'dorset-review-amended-draft': 'later',
      'dorset-review-list-to-schools': 'equal',
      'dorset-review-advice-circulation': 'equal',
      'dorset-updated-plan': 'equal',
      // "by 15 February" (15 Feb) against "before 15 February" (strict: 14 Feb); 31 March against 30 March.
      'dorset-phase-transfer': 'later',
      'dorset-phase-transfer-post16': 'later',
      // the end of the autumn term (December) against 5 months before a September move (31 March).
      'dorset-post16-transfer': 'stricter',
      'dorset-amendment-final': 'equal',
      'dorset-plan-transfer': 'equal',
      'dorset-cease-pending-appeal': 'equal',
      'dorset-mediation-arrange': 'equal',
    });
  });

  it('how much later: one day for 7.4 and 7.10, 28 days for the amended draft', () => {
    expect(byId.get('dorset-first-review')).toMatchObject({ laterBy: 1, earlierBy: 0 });
    expect(byId.get('dorset-annual-review')).toMatchObject({ laterBy: 1, earlierBy: 0 });
    expect(byId.get('dorset-phase-transfer')).toMatchObject({ laterBy: 1, earlierBy: 0 });
    expect(byId.get('dorset-phase-transfer-post16')).toMatchObject({ laterBy: 1, earlierBy: 0 });
    expect(byId.get('dorset-review-amended-draft')).toMatchObject({ laterBy: 28, earlierBy: 0 });
    // The cap can take the whole 4 weeks: a meeting 365 days after the previous one → the letter is due that day.
    expect(byId.get('dorset-review-letter')).toMatchObject({ laterBy: 0, earlierBy: 28 });
    expect(byId.get('dorset-review-letter')!.example).toEqual({
      trigger: { previousMeeting: '2024-09-01', meeting: '2025-09-01' }, local: '2025-09-01', statutory: '2025-09-29',
    });
  });

  it('with the permissive fixedDate reading the phase-transfer dates agree with the statute', () => {
    const permissive = compareWithStatute('dorset', { terms, fixedDate: 'on-or-before', from: '2025-01-01', to: '2025-03-31' });
    expect(permissive.find((r) => r.ruleId === 'dorset-phase-transfer')?.verdict).toBe('equal');
    expect(permissive.find((r) => r.ruleId === 'dorset-phase-transfer-post16')?.verdict).toBe('equal');
  });

  it('without a term calendar the post-16 → post-16 rule is not computed, and says so', () => {
    const bare = compareWithStatute('dorset', { from: '2025-09-01', to: '2025-09-10' });
    expect(bare.find((r) => r.ruleId === 'dorset-post16-transfer')?.verdict).toBe('not-computed');
  });
});

describe('docs/profiles.md', () => {
  it('the generated part equals a fresh generation (run npm run docs:rules after changing a profile)', () => {
    const doc = readFileSync(new URL('../../../docs/profiles.md', import.meta.url), 'utf8');
    const START = '<!-- generated:profiles:start -->';
    const END = '<!-- generated:profiles:end -->';
    const i = doc.indexOf(START);
    const j = doc.indexOf(END);
    expect(i).toBeGreaterThan(0);
    expect(j).toBeGreaterThan(i);
    expect(doc.slice(i + START.length, j).trim()).toBe(profilesMarkdown(profiles, { terms }).trim());
  });
  it('lists every Dorset rule and flags the later ones', () => {
    const doc = readFileSync(new URL('../../../docs/profiles.md', import.meta.url), 'utf8');
    for (const r of getProfile('dorset').rules) expect(doc).toContain(`\`${r.id}\``);
    expect(doc).toContain('| `dorset-first-review` | para 7.4 | `annual-review` (s44(1)) | **LATER than the law** |');
  });
});
