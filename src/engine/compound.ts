/**
 * Applying a compound method: the rule's `period.method` is looked up in the registry (the
 * profile's own methods first) and called with the trigger days, the calendars and the engine's
 * own counting, so a method's periods are counted and explained exactly as an ordinary rule's.
 */
import { compoundMethod } from '../law/methods/index.js';
import type { CompoundInput, CompoundOutcome, CountingTools } from '../law/methods/types.js';
import type { Profile } from '../law/profiles/types.js';
import { addSpan, monthsBeginningWithDetail, pushSkipped } from './periods.js';
import { tribunalCalendar } from '../law/tribunal-calendar.js';

export type { CompoundOutcome } from '../law/methods/types.js';

/** The engine's counting, as methods borrow it. */
const tools: CountingTools = { addSpan, listSkipped: pushSkipped, monthsBeginningWithDetail, tribunalCalendar };

/** What a method is given, less the engine's counting (added here), plus which method and the profile whose own methods come first. */
export interface CompoundCall extends Omit<CompoundInput, 'tools'> {
  readonly method: string;
  readonly profile: Profile | undefined;
}

/** The due day of a compound period (or null with the reason), by its registered method. */
export function computeCompound({ method, profile, ...input }: CompoundCall): CompoundOutcome {
  return compoundMethod(method, profile?.methods).compute({ ...input, tools });
}
