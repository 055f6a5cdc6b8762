// npm run docs:rules: writes docs/rules.md and docs/cases.md from the records of the built package,
// and the generated part of docs/profiles.md (every built-in profile, its rules and its comparison
// with the statute, over the EXAMPLE term calendar of examples/terms-example.json).
import { readFileSync, writeFileSync } from 'node:fs';
import {
  statutoryRules, rulesMarkdown, casesMarkdown, statutoryCaseRules, profiles, profilesMarkdown, createTermCalendar,
} from '../dist/index.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesMarkdown(statutoryRules));
writeFileSync(new URL('../docs/cases.md', import.meta.url), casesMarkdown(statutoryCaseRules));
console.log(`docs/rules.md: ${statutoryRules.length} rule records; docs/cases.md: ${statutoryCaseRules.length} case rules`);

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
