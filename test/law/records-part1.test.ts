/**
 * Rule records, part 1: assessment, plans, transfers between authorities, reviews, phase
 * transfers, amendments, re-assessments, cessation, detained persons, the exception table and the
 * 2020 coronavirus modification.
 *
 * Every expected date below was worked by hand from the law (docs/law/conventions.md conventions), with
 * weekdays checked in python3 `datetime` and bank holidays taken from the gov.uk feed, never by
 * running the engine. England and Wales bank holidays used:
 *   2024: 1 Jan, 29 Mar, 1 Apr, 6 May, 27 May, 26 Aug, 25–26 Dec
 *   2025: 1 Jan, 18 Apr (Good Friday), 21 Apr, 5 May, 26 May, 25 Aug, 25–26 Dec
 *   2026: 1 Jan, 3 Apr, 6 Apr, 4 May, 25 May, 31 Aug, 25 Dec, 28 Dec
 * Defaults: `notice: 'strict'` (at least N weeks before M → M − 7N − 1) and `fixedDate: 'before'`
 * (before 15 February → 14 February). No SEND Regulations period rolls forward.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deadline } from '../../src/index.js';
import { amendmentRules } from '../../src/law/amendment.js';
import { assessmentRules } from '../../src/law/assessment.js';
import { cessationRules } from '../../src/law/cessation.js';
import { coronavirus2020, coronavirus2020RuleIds } from '../../src/law/coronavirus.js';
import { detainedPersonsRules } from '../../src/law/detained-persons.js';
import { exceptionTable } from '../../src/law/exceptions.js';
import { phaseTransferRules } from '../../src/law/phase-transfer.js';
import { planRules } from '../../src/law/plan.js';
import { reassessmentRules } from '../../src/law/reassessment.js';
import { reviewRules } from '../../src/law/review.js';
import { transferRules } from '../../src/law/transfer.js';
import type { ExceptionCode, Rule } from '../../src/law/types.js';
import { sendRegulationsFile } from '../support/fixtures.js';

/** The due date of a rule for a trigger (the engine's public entry point). */
function due(ruleId: string, trigger: unknown, options?: Record<string, unknown>): string | null {
  return deadline(ruleId, trigger as never, options as never).due;
}

/** The error code thrown by `fn`, or undefined when it does not throw. */
function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}

const part1: readonly Rule[] = [
  ...assessmentRules,
  ...planRules,
  ...transferRules,
  ...reviewRules,
  ...phaseTransferRules,
  ...amendmentRules,
  ...reassessmentRules,
  ...cessationRules,
  ...detainedPersonsRules,
];

// ---------------------------------------------------------------------------------------------
// The records themselves
// ---------------------------------------------------------------------------------------------
const ISO = /^\d{4}-\d{2}-\d{2}$/;
function validIso(date: string): boolean {
  if (!ISO.test(date)) return false;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

describe('part 1 records', () => {
  it('has every rule id of part 1', () => {
    expect([...new Set(part1.map((r) => r.id))].sort()).toEqual(
      [
        'assessment-decision',
        'advice-response',
        'no-plan-notice',
        'draft-plan-representations',
        'final-plan',
        'plan-disclosure-higher-education',
        'plan-transfer',
        'plan-transfer-notice',
        'plan-transfer-review',
        'health-transfer',
        'health-transfer-request',
        'health-change-notify',
        'health-change-request',
        'annual-review',
        'review-after-reassessment',
        'review-meeting-notice',
        'review-advice-circulation',
        'review-report',
        'review-decision',
        'under-5-review',
        'review-list-to-schools',
        'school-consultation-response',
        'phase-transfer',
        'phase-transfer-post16',
        'post16-transfer',
        'amendment-representations',
        'amendment-final',
        'amendment-not-proceeding',
        'reassessment-decision',
        'reassessment-final-plan',
        'cease-pending-appeal',
        'dp-assessment-decision',
        'dp-no-plan-notice',
        'dp-draft-plan-representations',
        'dp-final-plan',
        'dp-release',
      ].sort(),
    );
  });

  it.each(part1.map((r) => [`${r.id} (${r.citation.provision})`, r] as const))(
    '%s: citation, wording and inForce are well formed',
    (_label, r) => {
      expect(r.citation.instrument.trim()).not.toBe('');
      expect(r.citation.provision.trim()).not.toBe('');
      expect(r.citation.url).toMatch(/^https:\/\/www\.(legislation\.gov\.uk\/(uksi|ukpga)\/|gov\.uk\/government\/publications\/)/);
      expect(validIso(r.inForce.from), r.inForce.from).toBe(true);
      if (r.inForce.to !== undefined) {
        expect(validIso(r.inForce.to), r.inForce.to).toBe(true);
        expect(r.inForce.to >= r.inForce.from).toBe(true);
      }
      expect(r.title.trim()).not.toBe('');
      expect(r.owedBy.trim()).not.toBe('');
      expect(r.notes.length).toBeGreaterThan(0);
      if (r.force === 'statute') {
        expect(r.wording.trim().length).toBeGreaterThan(20);
        expect(r.wording.startsWith('[')).toBe(false);
        expect(r.verification).toBe('primary');
      } else {
        expect(r.force).toBe('guidance');
        expect(r.verification).not.toBe('primary');
        expect(r.inForce.from).toBe('2015-04-01');
      }
      if (r.citation.instrument.includes('SI 2014/1530') || r.citation.instrument.includes('SI 2015/62')) {
        expect(r.rollForward, r.id).toBe(false);
        expect(r.citation.url.startsWith(`https://www.legislation.gov.uk/uksi/${r.citation.instrument.includes('SI 2015/62') ? '2015/62' : '2014/1530'}/regulation/`)).toBe(true);
      }
      if (r.citation.instrument.includes('SI 2014/1530') || r.citation.instrument.includes('Children and Families Act')) {
        expect(r.inForce.from >= '2014-09-01').toBe(true);
      }
      if (r.citation.instrument.includes('SI 2015/62')) expect(r.inForce.from).toBe('2015-04-01');
      if (r.period.kind === 'compound') expect(Array.isArray(r.triggerFields)).toBe(true);
      else expect(r.triggerFields).toBe('date');
    },
  );

  it('windows of application of one id do not overlap (phase-transfer-post16: 18(1)(a), 18(3), 18(1)(a))', () => {
    const windowOf = (r: Rule) => r.appliesTo ?? r.inForce;
    const byId = new Map<string, Rule[]>();
    for (const r of part1) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
    for (const [id, versions] of byId) {
      const sorted = [...versions].sort((a, b) => (windowOf(a).from < windowOf(b).from ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        const prev = windowOf(sorted[i - 1]!);
        expect(prev.to, `${id} version before ${windowOf(sorted[i]!).from} needs an end to its window`).toBeDefined();
        expect(prev.to! < windowOf(sorted[i]!).from, id).toBe(true);
      }
    }
    const post16 = part1.filter((r) => r.id === 'phase-transfer-post16').map((r) => [r.citation.provision, r.appliesTo?.from, r.appliesTo?.to]);
    expect(post16).toEqual([
      ['reg 18(1)(a)', '2014-09-01', '2015-08-31'],
      ['reg 18(3)', '2015-09-01', '2015-09-01'],
      ['reg 18(1)(a)', '2015-09-02', undefined],
    ]);
  });

  it('SEND Regs 2014 reg 1: every provision of the Regulations came into force on 1 Sep 2014; a window of application lies within its time in force', () => {
    // Reg 1: "come into force on 1st September 2014". Reg 18(3) was law from that day, although it
    // governs only a transfer on 1 September 2015 (its window of application, not its commencement).
    for (const r of part1) {
      if (r.citation.instrument.includes('SI 2014/1530') && r.force === 'statute') expect(r.inForce, `${r.id} ${r.citation.provision}`).toEqual({ from: '2014-09-01' });
      if (r.appliesTo === undefined) continue;
      expect(r.appliesTo.from >= r.inForce.from, r.id).toBe(true);
      if (r.inForce.to !== undefined) expect((r.appliesTo.to ?? '9999-12-31') <= r.inForce.to, r.id).toBe(true);
    }
    expect(part1.filter((r) => r.id === 'phase-transfer-post16').map((r) => r.inForce)).toEqual([
      { from: '2014-09-01' }, { from: '2014-09-01' }, { from: '2014-09-01' },
    ]);
  });

  it('counting and direction follow the wording', () => {
    const beginningWith = new Set([
      'draft-plan-representations',
      'plan-transfer',
      'plan-transfer-review',
      'health-transfer',
      'health-transfer-request',
      'health-change-notify',
      'health-change-request',
      'annual-review',
      'amendment-representations',
      'dp-draft-plan-representations',
    ]);
    const atLeastBefore = new Set(['review-meeting-notice', 'review-advice-circulation', 'review-list-to-schools', 'post16-transfer']);
    for (const r of part1) {
      expect(r.counting, r.id).toBe(beginningWith.has(r.id) ? 'beginning-with' : 'after');
      expect(r.direction, r.id).toBe(atLeastBefore.has(r.id) ? 'at-least-before' : 'within');
    }
  });

  it('exceptions are exactly the codes docs/law/conventions.md (and SI 2015/62) give each provision', () => {
    const la: ExceptionCode[] = ['school-closure', 'early-years-closure', 'personal-circumstances', 'absent-from-area'];
    const dp: ExceptionCode[] = ['school-closure', 'personal-circumstances', 'absent-from-area'];
    const expected: Record<string, ExceptionCode[]> = {
      'assessment-decision': la,
      'advice-response': ['personal-circumstances', 'absent-from-area', 'missed-appointment'],
      'no-plan-notice': la,
      'final-plan': la,
      'reassessment-final-plan': la,
      'dp-assessment-decision': dp,
      'dp-no-plan-notice': dp,
      'dp-final-plan': dp,
    };
    for (const r of part1) {
      expect([...r.exceptions].sort(), r.id).toEqual([...(expected[r.id] ?? [])].sort());
      expect(r.exceptions, r.id).not.toContain('coronavirus');
    }
  });

  it('SI 2020/471: modifiedBy matches coronavirus.ts', () => {
    const listed = new Set(coronavirus2020RuleIds);
    for (const r of part1) {
      // plan-transfer and health-transfer carry a copy limited to the late-awareness limb.
      const modified = r.modifiedBy.some((m) => m === coronavirus2020 || (m.instrument === coronavirus2020.instrument && m.onlyLimb === 'late-awareness'));
      expect(modified, r.id).toBe(listed.has(r.id));
    }
    expect(coronavirus2020.from).toBe('2020-05-01');
    expect(coronavirus2020.to).toBe('2020-09-25');
    expect(coronavirus2020.effect).toContain('as soon as reasonably practicable');
  });
});

// The wording of every SI 2014/1530 record (rules and exceptions) is verbatim text of the revised
// regulations (test/fixtures/legislation/send-regs-2014.md). Records join paragraphs with single spaces
// and drop the mirror's Markdown emphasis (*…*), so each run between two paragraph numbers must
// occur in the text once its list markers and asterisks are removed.
const textsFile = sendRegulationsFile;
describe('verbatim SI 2014/1530 wording', () => {
  const text = readFileSync(textsFile, 'utf8')
        .split('\n')
        .map((l) => (l.startsWith('- ') ? l.slice(2) : l))
        .filter((l) => l.trim() !== '')
        .join(' ')
        .replace(/\*/g, '');
  const runs = (wording: string) => wording.split(/ (?=\((?:\d+[A-Z]?|[a-z]|[ivx]+)\) )/);

  it('rule wording', () => {
    const send = part1.filter((r) => r.citation.instrument.includes('SI 2014/1530'));
    expect(send.length).toBeGreaterThan(25);
    for (const r of send) for (const run of runs(r.wording)) expect(text.includes(run), `${r.id}: ${run}`).toBe(true);
  });

  it('exception wording', () => {
    for (const e of exceptionTable) {
      if (e.citation.instrument.includes('SI 2014/1530')) expect(text.includes(e.wording), e.code).toBe(true);
      for (const [provision, wording] of Object.entries(e.byProvision)) {
        if (!/^reg \d/.test(provision) || e.code === 'coronavirus') continue; // SI 2015/62 and SI 2020/471 texts are not in texts/
        expect(text.includes(wording), `${e.code} ${provision}`).toBe(true);
      }
    }
  });
});
