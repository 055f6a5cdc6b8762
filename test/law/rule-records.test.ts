/**
 * Law: the rule records themselves (src/law/*.ts, gathered in src/law/index.ts): every id present,
 * citations, wording and dates well formed, versions of an id never overlapping, counting and
 * direction following the wording, exceptions and SI 2020/471 where the law puts them, and the
 * wording of every SI 2014/1530 record verbatim from the revised regulations. [records]: the
 * checks written with the review of the records, in its two parts (part 1: assessment to detained
 * persons; part 2: mediation, appeals, Tribunal orders, unopposed appeals).
 */
import { describe, expect, it } from 'vitest';
import { amendmentRules } from '../../src/law/amendment.js';
import { appealRules } from '../../src/law/appeal.js';
import { assessmentRules } from '../../src/law/assessment.js';
import { cessationRules } from '../../src/law/cessation.js';
import { coronavirus2020, coronavirus2020RuleIds } from '../../src/law/coronavirus.js';
import { detainedPersonsRules } from '../../src/law/detained-persons.js';
import { exceptionTable } from '../../src/law/exceptions.js';
import { mediationRules } from '../../src/law/mediation.js';
import { phaseTransferRules } from '../../src/law/phase-transfer.js';
import { planRules } from '../../src/law/plan.js';
import { reassessmentRules } from '../../src/law/reassessment.js';
import { reviewRules } from '../../src/law/review.js';
import { transferRules } from '../../src/law/transfer.js';
import { tribunalOrderRules } from '../../src/law/tribunal-orders.js';
import type { ExceptionCode, Rule } from '../../src/law/types.js';
import { unopposedAppealRules } from '../../src/law/unopposed-appeals.js';
import { isRealIsoDate, regulationsText, wordingRuns } from '../support/records.js';

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

const part2: readonly Rule[] = [...mediationRules, ...appealRules, ...tribunalOrderRules, ...unopposedAppealRules];

describe('part 1 records [records]', () => {
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
      expect(isRealIsoDate(r.inForce.from), r.inForce.from).toBe(true);
      if (r.inForce.to !== undefined) {
        expect(isRealIsoDate(r.inForce.to), r.inForce.to).toBe(true);
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

describe('verbatim SI 2014/1530 wording [records]', () => {
  const text = regulationsText().replace(/\*/g, '');
  const runs = wordingRuns;

  it('rule wording', () => {
    const send = part1.filter((r) => r.citation.instrument.includes('SI 2014/1530'));
    expect(send.length).toBeGreaterThan(25);
    for (const r of send) for (const run of runs(r.wording)) expect(text.includes(run), `${r.id}: ${run}`).toBe(true);
  });

  it('exception wording', () => {
    for (const e of exceptionTable) {
      if (e.citation.instrument.includes('SI 2014/1530')) expect(text.includes(e.wording), e.code).toBe(true);
      for (const [provision, wording] of Object.entries(e.byProvision)) {
        if (!/^reg \d/.test(provision) || e.code === 'coronavirus') continue; // SI 2015/62 and SI 2020/471 texts are not in test/fixtures/legislation/
        expect(text.includes(wording), `${e.code} ${provision}`).toBe(true);
      }
    }
  });
});

describe('part 2 records [records]', () => {
  it('cover every rule id of the brief', () => {
    const ids = new Set(part2.map((r) => r.id));
    for (const id of [
      'mediation-contact',
      'mediation-certificate',
      'mediation-health-notify',
      'mediation-arrange',
      'mediation-notice-of-date',
      'mediation-agreement',
      'mediation-agreement-appealable',
      'mediation-agreement-notify',
      'appeal',
      'tribunal-response',
      'recommendation-response',
      'order-cease',
      'order-assess-notify',
      'order-assess-no-plan',
      'order-assess-final-plan',
      'order-make-plan-draft',
      'order-make-plan-final',
      'order-reconsider',
      'order-amend-provision',
      'order-amend-placement',
      'order-continue',
      'order-continue-amend',
      'unopposed-assess-notify',
      'unopposed-assess-no-plan',
      'unopposed-assess-final-plan',
      'unopposed-amend',
      'unopposed-placement',
      'unopposed-refusal-draft',
      'unopposed-refusal-final',
      'unopposed-cease-amend',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it.each(part2.map((r) => [`${r.id} from ${r.inForce.from}`, r] as const))('%s: citation, wording, dates', (_, r) => {
    expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(r.title.length).toBeGreaterThan(0);
    expect(r.citation.instrument.length).toBeGreaterThan(0);
    expect(r.citation.provision.length).toBeGreaterThan(0);
    expect(r.citation.url).toMatch(/^https:\/\/www\.legislation\.gov\.uk\/uksi\/\d{4}\/\d+\//);
    if (r.force === 'statute') expect(r.wording.trim().length).toBeGreaterThan(0);
    expect(isRealIsoDate(r.inForce.from), r.inForce.from).toBe(true);
    if (r.inForce.to !== undefined) {
      expect(isRealIsoDate(r.inForce.to), r.inForce.to).toBe(true);
      expect(r.inForce.to >= r.inForce.from).toBe(true);
    }
    for (const m of r.modifiedBy) {
      expect(isRealIsoDate(m.from) && isRealIsoDate(m.to)).toBe(true);
      expect(m.from <= m.to).toBe(true);
    }
    // Only the Tribunal Procedure Rules move dates off non-working days.
    expect(r.rollForward).toBe(r.id === 'appeal' || r.id === 'tribunal-response');
    // Nothing here is primary unless read in a primary text.
    if (r.citation.instrument.includes('SI 2008/2699')) expect(r.verification).not.toBe('primary');
    if (r.inForce.to !== undefined) expect(r.verification).not.toBe('primary');
    // Periods are whole and non-negative.
    if (r.period.kind === 'span') expect(Number.isInteger(r.period.n) && r.period.n >= 0).toBe(true);
  });

  it('versions of one id do not overlap in time', () => {
    const byId = new Map<string, Rule[]>();
    for (const r of part2) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
    for (const [id, versions] of byId) {
      const sorted = [...versions].sort((a, b) => (a.inForce.from < b.inForce.from ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1]!;
        expect(prev.inForce.to, `${id} version before ${sorted[i]!.inForce.from} needs inForce.to`).toBeDefined();
        expect(prev.inForce.to! < sorted[i]!.inForce.from, id).toBe(true);
      }
    }
  });

  it('exceptions only where 44(3) and 45(7) put them', () => {
    const withExceptions = part2.filter((r) => r.exceptions.length > 0).map((r) => `${r.id}@${r.inForce.from}`);
    expect(withExceptions.sort()).toEqual(
      [
        'order-assess-notify@2014-09-01',
        'order-assess-no-plan@2014-09-01',
        'order-assess-final-plan@2014-09-01',
        'order-make-plan-draft@2014-09-01',
        'order-make-plan-final@2014-09-01',
        'unopposed-assess-notify@2015-03-23',
        'unopposed-refusal-draft@2015-03-23',
        'unopposed-refusal-final@2015-03-23',
        // the as-made 45(7) covered "(3),(4) or (6)"
        'unopposed-assess@2014-09-01',
        'unopposed-amend@2014-09-01',
      ].sort(),
    );
    for (const r of part2) {
      if (r.exceptions.length === 0) continue;
      expect([...r.exceptions].sort()).toEqual(
        ['absent-from-area', 'early-years-closure', 'personal-circumstances', 'school-closure'].sort(),
      );
    }
  });

  it('SI 2020/471: modifiedBy matches coronavirus.ts, plus the routes through 44(3)(c) and 45(7)(c)', () => {
    // Rules this module carries SI 2020/471 on although coronavirus.ts does not list them:
    // 44(2)(b)-(c) and 45(3), (6) reach reg 10(4)(e) through 44(3)(c) / 45(7)(c) -> reg 13(3)
    // (as amended by SI 2020/471 reg 10); 42(2) borrows reg 44's limits; 45(5)(b) is reg 45(5).
    const viaCrossReference = new Set([
      'order-assess-notify',
      'order-assess-no-plan',
      'order-assess-final-plan',
      'order-make-plan-draft',
      'order-make-plan-final',
      'unopposed-assess-notify',
      'unopposed-refusal-draft',
      'unopposed-refusal-final',
      'mediation-agreement-appealable',
      'unopposed-placement-and-amend',
    ]);
    const listed = new Set(coronavirus2020RuleIds);
    for (const r of part2) {
      const modified = r.modifiedBy.some((m) => m.url === 'https://www.legislation.gov.uk/uksi/2020/471');
      const inForceIn2020 = r.inForce.to === undefined || r.inForce.to >= '2020-05-01';
      expect(modified, r.id).toBe(inForceIn2020 && (listed.has(r.id) || viaCrossReference.has(r.id)));
    }
  });

  it('counting follows the wording: only SI 2017/1306 says "beginning with"', () => {
    for (const r of part2) {
      expect(r.counting, r.id).toBe(r.id === 'recommendation-response' ? 'beginning-with' : 'after');
    }
  });

  // The wording of every primary SEND Regulations record is verbatim text of the revised
  // regulations (test/fixtures/legislation/send-regs-2014.md). Records join paragraphs with single
  // spaces, so each run between two paragraph numbers must occur in the text.
  it('wording is verbatim SI 2014/1530 text', () => {
    const text = regulationsText();
    const sendPrimary = part2.filter((r) => r.citation.instrument.includes('SI 2014/1530') && r.verification === 'primary');
    expect(sendPrimary.length).toBeGreaterThan(20);
    for (const r of sendPrimary) {
      const runs = wordingRuns(r.wording);
      for (const run of runs) expect(text.includes(run), `${r.id}: ${run}`).toBe(true);
    }
  });
});
