/**
 * Local profiles: a council's own timescales as data beside the statutory ones. Load one with
 * `defineProfile` (or pass a built-in's name as the `profile` option of `deadline`, `timeline` and
 * `audit`), and check it against the statute with `compareWithStatute`.
 *
 * ```ts
 * import { defineProfile, compareWithStatute } from 'send-timescales/profiles';
 * ```
 * @module send-timescales/profiles
 */
export { profiles, getProfile, localRules } from '../law/index.js';
export { type Profile, type ProfileSource, type CounterpartTrigger, type TimelineMirror } from '../law/profiles/index.js';
export { defineProfile } from '../schema/define-profile.js';
export {
  compareWithStatute, comparisonSampleNotes,
  type ComparisonRow, type ComparisonVerdict, type CompareOptions,
} from '../reference/profile-comparison.js';
export { profileCaseRule } from '../engine/profile-case-rules.js';
export type { StatutoryBeside } from '../engine/result.js';
export { statutoryMethods, type CompoundMethodDefinition, type CompoundInput, type CompoundOutcome, type CountingTools } from '../law/methods/index.js';
