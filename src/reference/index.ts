/**
 * The reference layer: documents generated from the law (the rule reference, the case reference,
 * each profile's page) and the comparison of a council's standards with the statute. It sits above
 * the engine, whose results it reads; nothing below imports it.
 */
export { rulesMarkdown } from './rules-markdown.js';
export { casesMarkdown } from './cases-markdown.js';
export {
  compareWithStatute, comparisonSampleNotes, type ComparisonRow, type ComparisonVerdict, type CompareOptions,
} from './profile-comparison.js';
export { profileMarkdown, profilesMarkdown } from './profiles-markdown.js';
