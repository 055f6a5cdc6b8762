/** The calculator's list of rules (issue 17 §1.1: "every rule …, searchable by title, id or provision"). */
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/law/index.js';
import { grouped, ruleCatalogue, searchRules } from '../../src/web/rule-catalogue.js';

const catalogue = ruleCatalogue();

describe('ruleCatalogue', () => {
  it('lists every rule id of the table once: statutory, guidance, tribunal and the Dorset profile', () => {
    expect(catalogue.map((e) => e.id)).toEqual([...new Set(rules.map((r) => r.id))]);
    expect(catalogue.some((e) => e.id.startsWith('dorset-'))).toBe(true);
    expect(catalogue.some((e) => e.id === 'tribunal-response')).toBe(true);
  });

  it('describes a rule with several versions by its current one', () => {
    const versions = rules.filter((r) => r.id === 'phase-transfer-post16');
    expect(versions.length).toBeGreaterThan(1);
    expect(catalogue.find((e) => e.id === 'phase-transfer-post16')?.provision).toBe(versions.at(-1)!.citation.provision);
  });

  it('groups the local standards under their profile', () => {
    expect([...grouped(catalogue).keys()]).toContain('Local standards: Dorset');
  });
});

describe('searchRules', () => {
  it('finds by id, by title words in any case and order, and by provision', () => {
    expect(searchRules(catalogue, 'final-plan').map((e) => e.id)).toContain('final-plan');
    expect(searchRules(catalogue, '20-WEEK finalised').map((e) => e.id)).toContain('final-plan');
    expect(searchRules(catalogue, 'reg 13(2)').map((e) => e.id)).toContain('final-plan');
  });

  it('an empty query finds every rule; a query matching nothing finds none', () => {
    expect(searchRules(catalogue, '  ')).toHaveLength(catalogue.length);
    expect(searchRules(catalogue, 'no such words here')).toEqual([]);
  });
});
