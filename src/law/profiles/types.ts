/**
 * The shape of a local profile: a council's own standards as rule records (`force: 'local'`),
 * each naming the statutory rule it restates, tightens or loosens. A profile is data only: a
 * second council adds one by writing a file of this shape (docs/profiles.md).
 */
import type { CompoundMethodDefinition } from '../methods/types.js';
import type { Rule } from '../types.js';

/**
 * How a local rule's trigger is read as its statutory counterpart's trigger, where the two differ.
 * Without an entry, the trigger is passed as it is when both rules take the same shape (one date,
 * or the same named dates); otherwise the statutory date is not computed (`statutory: null`).
 * - `{ field }`: the named date of the local trigger is the statutory rule's one-date trigger
 *   (Dorset's review letter takes `{ meeting, previousMeeting }`; reg 20(10) runs from `meeting`).
 * - `{ sameDay }`: in law the act is due on the local trigger day itself (the text says why).
 * @example
 * ```ts
 * const byMeeting: CounterpartTrigger = { field: 'meeting' };
 * ```
 */
export type CounterpartTrigger =
  | { readonly field: string }
  | { readonly sameDay: string };

/**
 * Where a profile's standards come from, and how far that document was read.
 * @example
 * ```ts
 * getProfile('dorset').source.title; // 'Dorset Council SEND Practice Standards'
 * ```
 */
export interface ProfileSource {
  readonly title: string;
  readonly url?: string;
  /** How far the document itself was read, in words (e.g. `'read in full on 2025-06-01'`, or `'not read: …'`). */
  readonly read: string;
}

/**
 * A council's local standards: rule records with ids `<name>-…`, `force: 'local'` and
 * `profile: <name>`. Reach them with `deadline(id, trigger, { profile: name })` (a built-in
 * profile) or `{ profile: profileObject }` (your own, checked by {@link defineProfile}).
 * @example
 * ```ts
 * const dorset: Profile = getProfile('dorset');
 * dorset.rules.length;          // 27
 * dorset.rules[0]?.statutory;   // 'assessment-decision'
 * ```
 */
export interface Profile {
  /** Lower-case kebab-case; every rule id starts with `<name>-`. */
  readonly name: string;
  readonly title: string;
  readonly council: string;
  readonly source: ProfileSource;
  readonly rules: readonly Rule[];
  /**
   * Compound methods of the profile's own (a profile written in TypeScript; a JSON profile names
   * registered methods only). Its rules' `period.method` may name them; ids must not be the
   * library's (see {@link CompoundMethodDefinition}).
   */
  readonly methods?: readonly CompoundMethodDefinition[];
  /** Trigger mappings for the statutory counterpart, by local rule id (see {@link CounterpartTrigger}). */
  readonly counterparts?: Readonly<Record<string, CounterpartTrigger>>;
  /** How local rules sit beside their statutory counterparts in a case timeline, by local rule id (see {@link TimelineMirror}). */
  readonly timeline?: Readonly<Record<string, TimelineMirror>>;
}

/**
 * How a local rule joins a case timeline. By default it sits beside every deadline of its
 * statutory counterpart in the case, with the same trigger and the same completing event.
 * - `which`: `'first'` only beside the first of them (Dorset 7.4's first review), `'later'` beside
 *   every one after the first (its later reviews).
 * - `previous`: a trigger field filled with the previous event of a type before the counterpart's
 *   trigger (Dorset's review letter: `previousMeeting`, the review meeting before this one); with
 *   no such event, the local rule is not applied to that deadline.
 * - `skip`: the rule is not tracked in timelines, and why (it needs events a case does not record).
 * @example
 * ```ts
 * const firstOnly: TimelineMirror = { which: 'first' };
 * const letter: TimelineMirror = { previous: { field: 'previousMeeting', event: 'review-meeting' } };
 * ```
 */
export interface TimelineMirror {
  readonly which?: 'all' | 'first' | 'later';
  readonly previous?: { readonly field: string; readonly event: string };
  readonly skip?: string;
}
