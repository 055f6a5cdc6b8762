import { applicationWindow, getProfile, spanText, statutoryRules as rules } from '../../law/index.js';
import { profileMarkdown } from '../../law/profiles/compare.js';
import { profileArg } from '../local-options.js';
import { describePeriod, rulesMarkdown } from '../../law/reference.js';
import { parse } from '../args.js';
import type { Io } from '../io.js';

export const usage = 'send-timescales rules [--json | --markdown] [--profile <name|file.json>]';
export const summary = 'Every rule: id, period, citation, force and verification; with --profile, the local rules beside the statutory ones.';

export function run(argv: string[], io: Io): number {
  const parsed = parse(argv, { json: { type: 'boolean' }, markdown: { type: 'boolean' }, profile: { type: 'string' } }, usage);
  const chosen = profileArg(parsed.values.profile);
  const profile = chosen === undefined ? undefined : typeof chosen === 'string' ? getProfile(chosen) : chosen;
  const list = profile ? [...rules, ...profile.rules] : rules;
  if (parsed.values.json) io.out(JSON.stringify(list, null, 2) + '\n');
  else if (parsed.values.markdown) io.out((profile ? `${rulesMarkdown(rules)}\n\n${profileMarkdown(profile)}` : rulesMarkdown(rules)) + '\n');
  else {
    for (const r of list) {
      // A version's window of application (which triggers it governs), not its commencement.
      const window = applicationWindow(r);
      const dated = r.appliesTo || window.to ? ` [triggers ${spanText(window)}]` : '';
      const beside = r.force === 'local' ? `  beside ${r.statutory ?? '(no statutory counterpart)'}` : '';
      io.out(`${r.id.padEnd(36)} ${describePeriod(r).slice(0, 60).padEnd(60)}  ${r.citation.provision} (${r.force}, ${r.verification})${dated}${beside}\n`);
    }
  }
  return 0;
}
