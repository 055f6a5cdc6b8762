import { applicationWindow, getProfile, spanText, statutoryRules as rules } from '../../law/index.js';
import { profileMarkdown } from '../../reference/profiles-markdown.js';
import { profileArg } from '../local-options.js';
import { describePeriod } from '../../law/rule-words.js';
import { rulesMarkdown } from '../../reference/rules-markdown.js';
import { expectPositionals, parse } from '../args.js';
import { PROFILE, type CommandSpec } from '../help.js';
import type { Io } from '../io.js';
import { table } from '../text.js';

export const spec: CommandSpec = {
  name: 'rules',
  args: '',
  summary: 'Every rule: id, period, citation, force and verification; with --profile, the local rules after the statutory ones.',
  options: [
    { name: 'json', type: 'boolean', text: 'Write the rules as JSON (the API\'s Rule objects).' },
    { name: 'markdown', type: 'boolean', text: 'Write the rule reference as Markdown (as docs/rules.md).' },
    PROFILE,
  ],
  example: 'send-timescales rules --profile dorset',
};

export function run(argv: string[], io: Io): number {
  const parsed = parse(argv, spec);
  expectPositionals(parsed, [], spec);
  const chosen = profileArg(parsed.values.profile);
  const profile = chosen === undefined ? undefined : typeof chosen === 'string' ? getProfile(chosen) : chosen;
  const list = profile ? [...rules, ...profile.rules] : rules;
  if (parsed.values.json) io.out(JSON.stringify(list, null, 2) + '\n');
  else if (parsed.values.markdown) io.out((profile ? `${rulesMarkdown(rules)}\n\n${profileMarkdown(profile)}` : rulesMarkdown(rules)) + '\n');
  else {
    const rows = list.map((r) => {
      // A version's window of application (which triggers it governs), not its commencement.
      const window = applicationWindow(r);
      const dated = r.appliesTo || window.to ? ` [triggers ${spanText(window)}]` : '';
      const beside = r.force === 'local' ? `; beside ${r.statutory ?? '(no statutory counterpart)'}` : '';
      return [r.id, `${describePeriod(r)}. ${r.citation.provision} (${r.force}, ${r.verification})${dated}${beside}`];
    });
    io.out(table(['rule', 'period; provision (force, verification)'], rows) + '\n');
  }
  return 0;
}
