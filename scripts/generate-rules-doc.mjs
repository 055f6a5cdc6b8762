// npm run docs:rules: writes docs/rules.md from the rule records of the built package.
import { writeFileSync } from 'node:fs';
import { rules, rulesMarkdown } from '../dist/index.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesMarkdown(rules));
console.log(`docs/rules.md: ${rules.length} rule records`);
