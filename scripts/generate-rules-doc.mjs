// npm run docs:rules: writes docs/rules.md and docs/cases.md from the records of the built package,
// the RuleId type (src/law/rule-id.ts) from its rule ids, and the generated part of docs/profiles.md (every built-in profile, its rules and its comparison
// with the statute, over the EXAMPLE term calendar of examples/terms-example.json).
import { readFileSync, writeFileSync } from 'node:fs';
import {
  statutoryRules, rulesMarkdown, casesMarkdown, statutoryCaseRules, profiles, profilesMarkdown, createTermCalendar, ruleIds,
} from '../dist/index.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesMarkdown(statutoryRules));
writeFileSync(new URL('../docs/cases.md', import.meta.url), casesMarkdown(statutoryCaseRules));
console.log(`docs/rules.md: ${statutoryRules.length} rule records; docs/cases.md: ${statutoryCaseRules.length} case rules`);

const ids = ruleIds();
writeFileSync(new URL('../src/law/rule-id.ts', import.meta.url), `/**
 * The statutory and guidance rule ids as a type, so that editors complete them in
 * \`deadline('…')\`. Generated from the rule records by \`npm run docs:rules\`; \`ruleIds()\` will not
 * compile if a record's id is missing here, and test/law/rule-id.test.ts checks that the union
 * is exactly \`ruleIds()\`.
 */

/**
 * The id of a statutory or guidance rule: \`ruleIds()\` lists them, and [the rule reference](../../docs/rules.md)
 * gives each one's period, trigger and citation.
 * Rule ids are public API: never renamed. \`deadline()\` also takes any other string (a
 * profile's local id such as \`dorset-first-review\`, or an id read from a file) and answers
 * \`UNKNOWN_RULE\` for one it does not know.
 * @example
 * \`\`\`ts
 * const id: RuleId = 'final-plan';
 * deadline(id, '2025-01-06').due; // '2025-05-26'
 * \`\`\`
 */
export type RuleId =
${ids.map((id) => `  | '${id}'`).join('\n')};
`);
console.log(`src/law/rule-id.ts: ${ids.length} rule ids`);

const START = '<!-- generated:profiles:start -->';
const END = '<!-- generated:profiles:end -->';
const terms = createTermCalendar(JSON.parse(readFileSync(new URL('../examples/terms-example.json', import.meta.url), 'utf8')));
const path = new URL('../docs/profiles.md', import.meta.url);
const doc = readFileSync(path, 'utf8');
const i = doc.indexOf(START);
const j = doc.indexOf(END);
if (i < 0 || j < i) throw new Error(`docs/profiles.md must contain ${START} and then ${END}`);
writeFileSync(path, `${doc.slice(0, i + START.length)}\n\n${profilesMarkdown(profiles, { terms })}\n\n${doc.slice(j)}`);
console.log(`docs/profiles.md: ${profiles.length} profile(s), ${profiles.reduce((n, p) => n + p.rules.length, 0)} local rules`);
