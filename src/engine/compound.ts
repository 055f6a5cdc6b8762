/**
 * Applying a compound method: the rule's `period.method` is looked up in the registry (the
 * profile's own methods first) and called with the trigger days, the calendars and the engine's
 * own counting, so a method's periods are counted and explained exactly as an ordinary rule's.
 */
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { TermCalendar } from '../calendar/terms.js';
import { compoundMethod } from '../law/methods/index.js';
import type { CompoundOutcome, CountingTools } from '../law/methods/types.js';
import type { Profile } from '../law/profiles/types.js';
import type { Rule } from '../law/types.js';
import { addSpan, monthsBeginningWithDetail, pushSkipped } from './periods.js';
import type { TraceStep } from './result.js';
import { tribunalCalendar } from '../law/tribunal-calendar.js';

export type { CompoundOutcome } from '../law/methods/types.js';

/** The engine's counting, as methods borrow it. */
const tools: CountingTools = { addSpan, listSkipped: pushSkipped, monthsBeginningWithDetail, tribunalCalendar };

export interface CompoundCall {
  readonly method: string;
  readonly days: Readonly<Record<string, number>>;
  readonly names: Readonly<Record<string, string>>;
  readonly n: number | undefined;
  readonly calendar: WorkingCalendar;
  readonly terms: TermCalendar | undefined;
  readonly trace: TraceStep[] | undefined;
  /** The profile in use, whose own methods come first. */
  readonly profile: Profile | undefined;
  /** Applies another rule to trigger days (the engine's own computation). */
  readonly apply: (rule: Rule, days: Readonly<Record<string, number>>) => CompoundOutcome;
}

/** The due day of a compound period (or null with the reason), by its registered method. */
export function computeCompound(call: CompoundCall): CompoundOutcome {
  const method = compoundMethod(call.method, call.profile?.methods);
  return method.compute({
    days: call.days,
    names: call.names,
    n: call.n,
    calendar: call.calendar,
    terms: call.terms,
    trace: call.trace,
    tools,
    apply: call.apply,
  });
}
