import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { statutoryRules as rules, rulesMarkdown, ruleIds, deadline, casesMarkdown, statutoryCaseRules } from '../../src/index.js';

describe('docs/rules.md is generated from the rule records', () => {
  it('the committed file equals a fresh generation (run npm run docs:rules after changing a rule)', () => {
    const committed = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    expect(committed).toBe(rulesMarkdown(rules));
  });
  it('docs/cases.md equals a fresh generation from the event types and case rules', () => {
    const committed = readFileSync(new URL('../../docs/cases.md', import.meta.url), 'utf8');
    expect(committed).toBe(casesMarkdown(statutoryCaseRules));
  });
  it('lists every rule id', () => {
    const doc = rulesMarkdown(rules);
    for (const id of ruleIds()) expect(doc).toContain(`\`${id}\``);
  });
});

describe('every rule id answers deadline() with a cited, traced result or a reasoned null', () => {
  it.each(ruleIds())('%s', (id) => {
    const version = rules.filter((r) => r.id === id).at(-1)!;
    const fields = version.triggerFields;
    const on = version.inForce.to ?? '2025-06-02';
    const trigger = fields === 'date' ? on : Object.fromEntries(fields.map((f) => [f, f === 'order' ? 'order-amend-provision' : on]));
    const result = deadline(id, trigger);
    expect(result.citation.instrument.length).toBeGreaterThan(0);
    expect(result.trace.length).toBeGreaterThan(0);
    if (result.due === null) expect(result.reason?.length).toBeGreaterThan(0);
  });
});
