/**
 * Local profiles: a council's own standards as data. The built-in profiles (Dorset) are listed in
 * `profiles`; a council adds its own by writing a {@link Profile} (a JSON file will do, see
 * docs/profiles.md and examples/profile-example.json) and passing it, checked by `defineProfile`
 * (the profile schema, `src/schema/define-profile.ts`), as `deadline(id, trigger, { profile })`.
 * This module only builds a profile from data already checked. No registry, no global state: the
 * profile object travels with the call.
 */
import { indexRules, profiles, type Version } from '../index.js';
import type { TriggerShape } from '../types.js';
import { findCompoundMethod, type CompoundMethodDefinition } from '../methods/index.js';
import type { Profile } from './types.js';

export type { Profile, ProfileSource, CounterpartTrigger, TimelineMirror } from './types.js';
export { profiles, getProfile, localRules } from '../index.js';
export { dorsetProfile } from './dorset.js';

/**
 * A 0.4 record names only `triggerFields`: its shape (each field's kind and label) is the
 * compound method's, or one date labelled with the record's own trigger words.
 */
function withTriggerShape(rule: Record<string, unknown>, own: readonly CompoundMethodDefinition[] | undefined): Record<string, unknown> {
  if (rule.triggerShape !== undefined) return rule;
  const period = rule.period as Record<string, unknown>;
  const method = period.kind === 'compound' ? findCompoundMethod(period.method as string, own) : undefined;
  // A span in hours runs from a moment: its one value is a date and time.
  const kind = period.kind === 'span' && period.unit === 'hours' ? 'instant' : 'date';
  const shape: TriggerShape = method ? method.trigger : { given: 'value', fields: [{ name: 'date', kind, label: String(rule.trigger) }] };
  return { ...rule, triggerShape: shape };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const made = new WeakMap<object, Profile>();
const indexes = new WeakMap<Profile, Map<string, Version[]>>();
for (const p of profiles) made.set(p, p);

/**
 * @internal The profile made from an object: a built-in profile itself, or what
 * {@link buildProfile} made from it (the object as given, or the profile it returned); else undefined.
 */
export function madeProfile(data: object): Profile | undefined {
  return made.get(data);
}

/**
 * @internal A profile from data the profile schema has accepted (`defineProfile` checks it first):
 * copied, so that the caller's object cannot change it later; each 0.4 record given the trigger
 * shape its `triggerFields` stand for; frozen; and remembered, so that the same object (or the
 * profile returned) makes the same profile again.
 */
export function buildProfile(data: object): Profile {
  // A profile's own methods are functions, which are kept as given.
  const { methods, ...plain } = data as Record<string, unknown> & { methods?: readonly CompoundMethodDefinition[] };
  const copy = structuredClone(plain) as Record<string, unknown>;
  copy.rules = (copy.rules as Record<string, unknown>[]).map((r) => withTriggerShape(r, methods));
  if (methods !== undefined) copy.methods = Object.freeze([...methods]);
  const profile = deepFreeze(copy) as unknown as Profile;
  made.set(data, profile);
  made.set(profile, profile);
  return profile;
}

/** @internal The rule versions of a checked profile, by id (built once per profile). */
export function profileIndex(profile: Profile): Map<string, Version[]> {
  let index = indexes.get(profile);
  if (!index) indexes.set(profile, (index = indexRules(profile.rules)));
  return index;
}
