import { rules } from '../../law/index.js';
import { describePeriod, rulesMarkdown } from '../../law/reference.js';
import { parse } from '../args.js';
import type { Io } from '../io.js';

export const usage = 'send-timescales rules [--json | --markdown]';
export const summary = 'Every rule: id, period, citation, force and verification.';

export function run(argv: string[], io: Io): number {
  const parsed = parse(argv, { json: { type: 'boolean' }, markdown: { type: 'boolean' } }, usage);
  if (parsed.values.json) io.out(JSON.stringify(rules, null, 2) + '\n');
  else if (parsed.values.markdown) io.out(rulesMarkdown(rules) + '\n');
  else {
    for (const r of rules) {
      const dated = r.inForce.to ? ` [${r.inForce.from} to ${r.inForce.to}]` : '';
      io.out(`${r.id.padEnd(34)} ${describePeriod(r).slice(0, 60).padEnd(60)}  ${r.citation.provision} (${r.force}, ${r.verification})${dated}\n`);
    }
  }
  return 0;
}
