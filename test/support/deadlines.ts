/** Shared by the tests of single deadlines: the due date a rule gives, and the code of an error. */
import { deadline, type DeadlineOptions, type TriggerInput } from '../../src/index.js';

/** The due date of a rule for a trigger, through the engine's public entry point. */
export function due(ruleId: string, trigger: TriggerInput, options?: DeadlineOptions): string | null {
  return deadline(ruleId, trigger, options).due;
}

/** The error code thrown by `fn`, or undefined when it does not throw. */
export function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}
