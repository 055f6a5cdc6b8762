/**
 * The rules the calculator offers: every statutory, guidance and tribunal rule and every built-in
 * profile's local rule, one entry per id (the current version's title and provision), grouped as
 * the rule reference groups them, and searchable by title, id or provision.
 */
import { rules } from '../law/index.js';
import { PROCESS_TITLES } from '../law/rule-words.js';
import type { Rule } from '../law/types.js';

/** One rule of the list: its id, what a person reads, and the group it is shown under. */
export interface RuleEntry {
  readonly id: string;
  readonly title: string;
  readonly provision: string;
  readonly group: string;
  /** The lower-cased words a search looks in: title, id and provision. */
  readonly haystack: string;
}

/** The group a rule is listed under: its process, or its profile for a council's own standard. */
export function groupOf(rule: Rule): string {
  if (rule.force === 'local') return `Local standards: ${profileTitle(rule.profile ?? '')}`;
  return PROCESS_TITLES[rule.process];
}

function profileTitle(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Every rule id once, in the order of the rule table, described by its latest version. */
export function ruleCatalogue(table: readonly Rule[] = rules): readonly RuleEntry[] {
  const latest = new Map<string, Rule>();
  // The table lists a rule's versions oldest first, so the last one seen is the current one.
  for (const rule of table) latest.set(rule.id, rule);
  return [...latest.values()].map((rule) => ({
    id: rule.id,
    title: rule.title,
    provision: rule.citation.provision,
    group: groupOf(rule),
    haystack: `${rule.title} ${rule.id} ${rule.citation.provision}`.toLowerCase(),
  }));
}

/**
 * The entries a search finds: every word of the query (any case, in any order) appears in the
 * rule's title, id or provision. An empty query finds every rule.
 * @example
 * ```ts
 * searchRules(ruleCatalogue(), 'reg 13').map((e) => e.id); // includes 'final-plan'
 * ```
 */
export function searchRules(entries: readonly RuleEntry[], query: string): readonly RuleEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return entries;
  return entries.filter((e) => words.every((w) => e.haystack.includes(w)));
}

/** The rule's entries gathered under their groups, in the order the groups first appear. */
export function grouped(entries: readonly RuleEntry[]): ReadonlyMap<string, readonly RuleEntry[]> {
  const out = new Map<string, RuleEntry[]>();
  for (const e of entries) {
    const list = out.get(e.group);
    if (list) list.push(e);
    else out.set(e.group, [e]);
  }
  return out;
}
