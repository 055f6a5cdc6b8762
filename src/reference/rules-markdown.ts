/**
 * The rule reference, generated from the rule records (docs/rules.md, `send-timescales rules
 * --markdown`). Nothing about a rule is written twice: this reads the same table the engine uses.
 */
import { SendTimescalesError, show } from '../errors.js';
import { expectRules } from '../law/rule-shape.js';
import { describePeriod, PROCESS_TITLES } from '../law/rule-words.js';
import type { Process, Rule } from '../law/types.js';
import { markdownCell } from './markdown.js';

/** The trigger dates a version governs (its `appliesTo` window, else its time in force). */
function windowOf(rule: Rule): { readonly from: string; readonly to?: string } {
  return rule.appliesTo ?? rule.inForce;
}

function span(s: { readonly from: string; readonly to?: string }): string {
  return s.to ? `${s.from} to ${s.to}` : `from ${s.from}`;
}

/** When the provision was in force, and which triggers this version governs where that is narrower. */
function inForce(rule: Rule): string {
  return rule.appliesTo ? `${span(rule.inForce)}; applies to triggers ${span(rule.appliesTo)}` : span(rule.inForce);
}

/**
 * The rule reference as Markdown (docs/rules.md, `send-timescales rules --markdown`): every rule
 * record, grouped by process. Nothing about a rule is written twice: it reads the same table the engine uses.
 * @param rules - The records to list (usually the exported `rules` table).
 * @param title - The page title.
 * @returns The Markdown text.
 * @example
 * ```ts
 * rulesMarkdown(rules).split('\n')[0]; // '# Rule reference'
 * ```
 */
export function rulesMarkdown(rules: readonly Rule[], title = 'Rule reference'): string {
  expectRules(rules);
  if (typeof title !== 'string') {
    throw new SendTimescalesError('INVALID_ARGUMENT', 'title', title, `The page title must be text, but ${show(title)} was given.`);
  }
  const out: string[] = [];
  out.push(`# ${title}`, '');
  out.push('Generated from the rule records in `src/law/` by `npm run docs:rules`; do not edit by hand (a test fails when this file is out of date).', '');
  out.push(
    'Counting: `after` = the trigger day is not counted ("within N weeks of"); `beginning-with` = the trigger day is day 1 ("starting with"). ' +
      'Verification: `primary` = wording checked against the instrument; `secondary` = read only in a secondary source; `unverified` = not checked. ' +
      'In force: when the provision itself was law (`inForce`); "applies to triggers" (`appliesTo`): the trigger dates a version governs, where narrower (reg 18(3) came into force on 1 September 2014 but governs only a transfer on 1 September 2015).',
    '',
  );
  const byProcess = new Map<Process, Rule[]>();
  for (const r of rules) byProcess.set(r.process, [...(byProcess.get(r.process) ?? []), r]);
  out.push('## Summary', '');
  out.push('| rule id | period | counting | citation | force | verification | in force |', '|---|---|---|---|---|---|---|');
  for (const [, list] of byProcess) {
    for (const r of list) {
      out.push(`| [\`${r.id}\`](#${anchor(r)}) | ${markdownCell(shortPeriod(r))} | ${r.counting} | ${markdownCell(r.citation.provision)} | ${r.force} | ${r.verification} | ${inForce(r)} |`);
    }
  }
  out.push('');
  for (const [process, list] of byProcess) {
    out.push(`## ${PROCESS_TITLES[process]}`, '');
    for (const r of list) {
      const dated = r.appliesTo ? ` (triggers ${span(r.appliesTo)})` : r.inForce.to ? ` (${span(r.inForce)})` : '';
      out.push(`### <a id="${anchor(r)}"></a>\`${r.id}\`${dated}: ${r.title}`, '');
      out.push(`- **Period**: ${describePeriod(r)}`);
      out.push(`- **Counting**: ${r.counting}; **direction**: ${r.direction}; **roll-forward**: ${r.rollForward ? 'yes (next working day)' : 'no'}`);
      out.push(`- **Owed by**: ${r.owedBy}`);
      out.push(`- **Trigger**: ${r.trigger}`);
      out.push(`- **Citation**: [${r.citation.instrument}, ${r.citation.provision}](${r.citation.url})`);
      out.push(`- **Force**: ${r.force}; **verification**: ${r.verification}; **in force**: ${inForce(r)}`);
      if (r.exceptions.length) out.push(`- **Lifted by**: ${r.exceptions.map((e) => `\`${e}\``).join(', ')}`);
      if (r.modifiedBy.length) out.push(`- **Modified by**: ${r.modifiedBy.map((m) => `${m.instrument} (${m.from} to ${m.to})`).join('; ')}`);
      if (r.statutory !== undefined) out.push(`- **Statutory counterpart**: ${r.statutory ? `\`${r.statutory}\`` : 'none'}`);
      out.push('', `> ${r.wording.replace(/\n/g, '\n> ')}`, '');
      if (r.notes.length) {
        out.push('Notes:', '');
        for (const n of r.notes) out.push(`- ${n.replace(/\n/g, ' ')}`);
        out.push('');
      }
    }
  }
  return out.join('\n');
}

function shortPeriod(r: Rule): string {
  return r.period.kind === 'compound' ? `compound (${r.period.method})` : describePeriod(r);
}

/** One anchor per version: the id, with the window's first day for a version whose window ends. */
function anchor(r: Rule): string {
  const w = windowOf(r);
  return w.to ? `${r.id}-${w.from}` : r.id;
}
