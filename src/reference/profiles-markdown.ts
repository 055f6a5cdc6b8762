/**
 * A profile as Markdown: its source, the comparison with the statute (the conflicts table) and its
 * rules. docs/profiles.md holds this for every built-in profile (generated; a test checks it).
 */
import { expectList, optionsObject } from '../guard.js';
import { MONTH_NAMES } from '../day/iso.js';
import type { TriggerInput } from '../engine/trigger.js';
import type { Profile } from '../law/profiles/index.js';
import { describePeriod } from '../law/rule-words.js';
import type { Rule } from '../law/types.js';
import { markdownCell } from './markdown.js';
import {
  compareWithStatute, comparisonSampleNotes, resolveProfile, type CompareOptions, type ComparisonVerdict,
} from './profile-comparison.js';

/** As describePeriod, with a local fixed date read "by" (on or before), as the engine reads it. */
function periodWords(r: Rule): string {
  const p = r.period;
  if (p.kind === 'fixed-date' && r.force === 'local') return `by ${p.day} ${MONTH_NAMES[p.month - 1]} of the calendar year (on or before)`;
  return describePeriod(r);
}

function showTrigger(t: TriggerInput): string {
  return typeof t === 'string' ? t : Object.entries(t as Record<string, string>).map(([k, v]) => `${k} ${v}`).join(', ');
}

const VERDICT_WORDS: Readonly<Record<ComparisonVerdict, string>> = {
  stricter: 'stricter (never later, sometimes earlier)',
  equal: 'equal (always the same day)',
  later: '**LATER than the law**',
  differs: '**differs** (earlier for some triggers, later for others)',
  'not-computed': 'not computed (no trigger gave both dates)',
};

/**
 * A profile as Markdown: its source, the comparison with the statute (the conflicts table) and
 * its rules. docs/profiles.md holds this for every built-in profile (generated; a test checks it).
 * @param profile - A built-in profile name or a profile object.
 * @param options - As {@link compareWithStatute}.
 * @returns The Markdown text (headings from level 2).
 * @example
 * ```ts
 * profileMarkdown('dorset', { terms }).startsWith('## '); // true
 * ```
 */
export function profileMarkdown(profile: string | Profile, options?: CompareOptions): string {
  options = optionsObject(options);
  const p = resolveProfile(profile);
  const rows = compareWithStatute(p, options);
  const out: string[] = [];
  out.push(`## ${p.title} (profile \`${p.name}\`)`, '');
  out.push(`- **Council**: ${p.council}`);
  out.push(`- **Source**: ${p.source.url ? `[${p.source.title}](${p.source.url})` : p.source.title}; **read**: ${p.source.read}`);
  out.push(`- **Rules**: ${p.rules.length}; ${rows.length} with a statutory counterpart, compared below.`, '');
  out.push('### Where the local standards depart from the law', '');
  out.push(
    'Each local rule and its statutory counterpart computed for the same triggers; the verdict says how the local date compares with the law\'s. ' +
      '**LATER** means that meeting the local standard alone can breach the statute.',
    '',
  );
  out.push('| local rule | standard | statutory rule | compared with the law | days | triggers (earlier / same / later) | example trigger | local | statute |');
  out.push('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const days = r.verdict === 'equal' ? '0' : [r.earlierBy ? `up to ${r.earlierBy} earlier` : '', r.laterBy ? `up to ${r.laterBy} later` : ''].filter(Boolean).join('; ') || '—';
    out.push(
      `| \`${r.ruleId}\` | ${markdownCell(r.provision)} | \`${r.statutory}\` (${markdownCell(r.statutoryProvision)}) | ${VERDICT_WORDS[r.verdict]} | ${days} | ${r.samples} (${r.earlier} / ${r.same} / ${r.later}) | ` +
        `${r.example ? markdownCell(showTrigger(r.example.trigger)) : '—'} | ${r.example?.local ?? '—'} | ${r.example?.statutory ?? '—'} |`,
    );
  }
  const none = p.rules.filter((r, i, all) => !r.statutory && all.findIndex((x) => x.id === r.id) === i);
  if (none.length) {
    out.push('', `No statutory counterpart in the rule table: ${none.map((r) => `\`${r.id}\` (${markdownCell(r.citation.provision)})`).join(', ')}.`);
  }
  out.push('', '### Rules', '');
  out.push('| rule id | period | counting | trigger | citation | verification | statutory counterpart |', '|---|---|---|---|---|---|---|');
  for (const r of p.rules) {
    out.push(
      `| \`${r.id}\` | ${markdownCell(periodWords(r))} | ${r.counting} | ${markdownCell(r.triggerFields === 'date' ? 'one date' : `{ ${r.triggerFields.join(', ')} }`)} | ` +
        `${markdownCell(`${r.citation.instrument}, ${r.citation.provision}`)} | ${r.verification} | ${r.statutory ? `\`${r.statutory}\`` : '—'} |`,
    );
  }
  out.push('', 'Each rule\'s wording, notes and reading are in its record (`src/law/profiles/`) and in every `deadline()` result and explanation.');
  return out.join('\n');
}

/**
 * The generated part of docs/profiles.md: how the comparison was sampled, then
 * {@link profileMarkdown} for each profile. `npm run docs:rules` writes it between the markers
 * `<!-- generated:profiles:start -->` and `<!-- generated:profiles:end -->`; a test checks it.
 * @param list - Profiles (names or objects), usually {@link profiles}.
 * @param options - As {@link compareWithStatute} (the docs use the example term calendar).
 * @returns The Markdown text.
 * @example
 * ```ts
 * profilesMarkdown(profiles, { terms }).includes('dorset-first-review'); // true
 * ```
 */
export function profilesMarkdown(list: readonly (string | Profile)[], options?: CompareOptions): string {
  options = optionsObject(options);
  expectList(list, 'profiles', 'profiles (built-in names such as "dorset", or profile objects)');
  const out: string[] = [];
  out.push('_Generated from the profile records by `npm run docs:rules`: do not edit between the markers (a test fails when this part is out of date)._', '');
  out.push('How the comparison was made:', '');
  for (const note of comparisonSampleNotes(options)) out.push(`- Triggers sampled: ${note}.`);
  out.push(
    `- Statutory readings: the library's defaults, the strict ones (\`fixedDate: '${options.fixedDate ?? 'before'}'\`, \`notice: '${options.notice ?? 'strict'}'\`), as \`deadline()\` reports the statutory date beside a local one.`,
    `- Term dates: ${options.terms ? `"${options.terms.name}" (${options.terms.firstDate} to ${options.terms.lastDate}; ${options.terms.source})` : 'none: rules that need a term calendar are not computed'}.`,
    '- A trigger counts only when both dates were computed (e.g. a September move inside the term calendar for `dorset-post16-transfer`).',
    '',
  );
  for (const p of list) out.push(profileMarkdown(p, options), '');
  return out.join('\n').trimEnd();
}
