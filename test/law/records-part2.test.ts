/**
 * Rule records, part 2 (disputes): mediation (regs 33–42), appeals (HESC Rules r20, r21, r12;
 * SI 2017/1306), Tribunal orders (reg 44) and unopposed appeals (reg 45).
 *
 * Every expected date below was worked by hand from the law (docs/law/conventions.md conventions),
 * with weekdays checked in python3 `datetime` and bank holidays from the gov.uk feed — never by
 * running the engine. England and Wales bank holidays used: 2024: 1 Jan, 29 Mar, 1 Apr, 6 May,
 * 27 May, 26 Aug, 25–26 Dec; 2025: 1 Jan, 18 Apr, 21 Apr, 5 May, 26 May, 25 Aug, 25–26 Dec;
 * 2026: 1 Jan, 3 Apr, 6 Apr, 4 May, 25 May, 31 Aug, 25 Dec, 28 Dec; 2027: 1 Jan; 2023: 2 Jan.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deadline } from '../../src/index.js';
import { appealRules } from '../../src/law/appeal.js';
import { coronavirus2020RuleIds } from '../../src/law/coronavirus.js';
import { mediationRules } from '../../src/law/mediation.js';
import { tribunalOrderRules } from '../../src/law/tribunal-orders.js';
import type { Rule } from '../../src/law/types.js';
import { unopposedAppealRules } from '../../src/law/unopposed-appeals.js';
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

const part2: readonly Rule[] = [...mediationRules, ...appealRules, ...tribunalOrderRules, ...unopposedAppealRules];

// ---------------------------------------------------------------------------------------------
// The records themselves
// ---------------------------------------------------------------------------------------------
const ISO = /^\d{4}-\d{2}-\d{2}$/;
function isRealDate(s: string): boolean {
  if (!ISO.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

describe('part 2 records', () => {
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
    expect(isRealDate(r.inForce.from), r.inForce.from).toBe(true);
    if (r.inForce.to !== undefined) {
      expect(isRealDate(r.inForce.to), r.inForce.to).toBe(true);
      expect(r.inForce.to >= r.inForce.from).toBe(true);
    }
    for (const m of r.modifiedBy) {
      expect(isRealDate(m.from) && isRealDate(m.to)).toBe(true);
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
  const textsFile = sendRegulationsFile;
  it('wording is verbatim SI 2014/1530 text', () => {
    const text = readFileSync(textsFile, 'utf8')
      .split('\n')
      .map((l) => (l.startsWith('- ') ? l.slice(2) : l))
      .filter((l) => l.trim() !== '')
      .join(' ');
    const sendPrimary = part2.filter((r) => r.citation.instrument.includes('SI 2014/1530') && r.verification === 'primary');
    expect(sendPrimary.length).toBeGreaterThan(20);
    for (const r of sendPrimary) {
      const runs = r.wording.split(/ (?=\((?:\d+[A-Z]?|[a-z]|[ivx]+)\) )/);
      for (const run of runs) expect(text.includes(run), `${r.id}: ${run}`).toBe(true);
    }
  });
});
