// npm run docs:rules: writes docs/rules.md and docs/cases.md from the records of the built package.
import { writeFileSync } from 'node:fs';
import { rules, rulesMarkdown, casesMarkdown, statutoryCaseRules } from '../dist/index.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesMarkdown(rules));
writeFileSync(new URL('../docs/cases.md', import.meta.url), casesMarkdown(statutoryCaseRules));
console.log(`docs/rules.md: ${rules.length} rule records; docs/cases.md: ${statutoryCaseRules.length} case rules`);
