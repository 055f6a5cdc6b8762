import { describe, expect, it } from 'vitest';
import { statutoryRules as rules, deadline } from '../../src/index.js';

const nonPrimary = rules.filter((r) => r.verification !== 'primary');

describe('verification is honest and visible', () => {
  it(`lists the ${nonPrimary.length} rule records whose wording is not checked against the instrument`, () => {
    // Printed so that the count shows in CI output.
    console.log(
      `Rule records not verified against the primary text (${nonPrimary.length} of ${rules.length}):\n` +
        nonPrimary.map((r) => `  ${r.id} [${r.inForce.from}${r.inForce.to ? `..${r.inForce.to}` : ''}]: ${r.verification} (${r.citation.provision})`).join('\n'),
    );
    expect(nonPrimary.every((r) => r.verification === 'secondary' || r.verification === 'unverified')).toBe(true);
  });

  it('every result of a non-primary rule warns about its wording', () => {
    for (const r of nonPrimary.filter((x) => x.triggerFields === 'date')) {
      const on = r.inForce.to ?? '2025-06-02';
      expect(deadline(r.id, on).warnings.join(' '), r.id).toContain(`verification: ${r.verification}`);
    }
  });

  it('every record has a citation with instrument, provision and a legislation or gov.uk URL; every statutory record has wording', () => {
    for (const r of rules) {
      expect(r.citation.instrument.length, r.id).toBeGreaterThan(5);
      expect(r.citation.provision.length, r.id).toBeGreaterThan(1);
      expect(r.citation.url, r.id).toMatch(/^https:\/\/(www\.)?(legislation\.)?gov\.uk\//);
      if (r.force === 'statute') expect(r.wording.length, r.id).toBeGreaterThan(20);
    }
  });

  it('guidance records are never marked primary unless their wording was read', () => {
    for (const r of rules.filter((x) => x.force === 'guidance')) expect(r.verification, r.id).not.toBe('primary');
  });
});
