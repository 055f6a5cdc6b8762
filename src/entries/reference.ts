/**
 * The reference generators: the Markdown of the rule reference (docs/rules.md), the case rules
 * (docs/cases.md) and the local profiles (docs/profiles.md), and the plain-English period of a
 * rule they use. `npm run docs:rules` writes the repository's copies with them.
 *
 * ```ts
 * import { rulesMarkdown, casesMarkdown } from 'send-timescales/reference';
 * ```
 * @module send-timescales/reference
 */
export { rulesMarkdown } from '../reference/rules-markdown.js';
export { describePeriod } from '../law/rule-words.js';
export { casesMarkdown } from '../reference/cases-markdown.js';
export { profileMarkdown, profilesMarkdown } from '../reference/profiles-markdown.js';
