/**
 * The compound-method registry: the statutory methods the library registers, the methods of the
 * built-in profiles, and a profile's own (passed with it, never registered globally). A rule's
 * `period.method` names one; the engine and `defineProfile` look it up here.
 */
import { SendTimescalesError, show } from '../../errors.js';
import { profiles } from '../index.js';
import { appealMethod } from './appeal.js';
import { asOrderMethod } from './as-order.js';
import { laterOfPeriodsMethod } from './later-of-periods.js';
import { planTransferMethod } from './plan-transfer.js';
import { tribunalWorkingDaysMethod } from './tribunal-working-days.js';
import type { CompoundMethodDefinition } from './types.js';

export type { CompoundMethodDefinition, CompoundInput, CompoundOutcome, CountingTools } from './types.js';

/**
 * The methods of the statutory rules, registered by the library.
 * @example
 * ```ts
 * statutoryMethods.map((m) => m.id); // ['plan-transfer', 'later-of-periods', 'appeal', 'tribunal-working-days', 'as-order']
 * ```
 * @category Local profiles
 */
export const statutoryMethods: readonly CompoundMethodDefinition[] = [
  planTransferMethod,
  laterOfPeriodsMethod,
  appealMethod,
  tribunalWorkingDaysMethod,
  asOrderMethod,
];

/**
 * Names profiles written for 0.4 used for methods that now live with their profile: still
 * understood, so those profiles keep loading. @deprecated Use the new ids (`dorset-review-letter`,
 * `dorset-end-of-autumn-term`).
 */
const FORMER_NAMES: Readonly<Record<string, string>> = {
  'review-letter': 'dorset-review-letter',
  'end-of-autumn-term': 'dorset-end-of-autumn-term',
};

let registered: Map<string, CompoundMethodDefinition> | undefined;

/** Statutory methods and the built-in profiles' methods, by id (built once). */
function registry(): Map<string, CompoundMethodDefinition> {
  if (!registered) {
    registered = new Map(statutoryMethods.map((m) => [m.id, m]));
    for (const p of profiles) for (const m of p.methods ?? []) registered.set(m.id, m);
    for (const [former, id] of Object.entries(FORMER_NAMES)) {
      const m = registered.get(id);
      if (m) registered.set(former, m);
    }
  }
  return registered;
}

/** Whether an id is one the library registers (statutory, a built-in profile's, or a 0.4 name). */
export function isRegisteredMethod(id: string): boolean {
  return registry().has(id);
}

/** Every id a rule's `period.method` may name without a profile's own methods, 0.4 names included (for the profile schema). */
export function allRegisteredMethodIds(): string[] {
  return [...registry().keys()];
}

/** The ids the library registers, for messages (0.4 names left out). */
export function registeredMethodIds(): string[] {
  return [...registry().keys()].filter((id) => !Object.hasOwn(FORMER_NAMES, id));
}

/**
 * A compound method by id: a profile's own first, then the library's.
 * @param id - The id a rule's `period.method` names.
 * @param own - A profile's own methods.
 * @returns The method, or undefined.
 */
export function findCompoundMethod(id: string, own?: readonly CompoundMethodDefinition[]): CompoundMethodDefinition | undefined {
  return own?.find((m) => m.id === id) ?? registry().get(id);
}

/**
 * A compound method by id, or `INVALID_OPTION` naming it and the known ones.
 * @param id - The id a rule's `period.method` names.
 * @param own - A profile's own methods.
 */
export function compoundMethod(id: string, own?: readonly CompoundMethodDefinition[]): CompoundMethodDefinition {
  const found = findCompoundMethod(id, own);
  if (!found) {
    const known = [...(own ?? []).map((m) => m.id), ...registeredMethodIds()];
    throw new SendTimescalesError('INVALID_OPTION', 'period.method', id, `There is no compound method ${show(id)}; the known methods are ${known.join(', ')}.`);
  }
  return found;
}
