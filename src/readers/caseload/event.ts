/**
 * An event read from a row, checked against the event schema: the hand-written check passes
 * nearly every row; zod runs only to say what is wrong with the rest.
 */
import { eventSchema } from '../../schema/case.js';
import { fastEvent } from '../../schema/fast-validate.js';
import type { Fail } from './cells.js';

/**
 * The event if it is valid, else undefined after reporting each problem. `names` gives the column
 * each field came from, so a problem is reported under the heading of the file.
 */
export function checkedEvent(event: Record<string, string>, fail: Fail, names: Readonly<Record<string, string>> = {}): Record<string, string> | undefined {
  if (fastEvent(event, 0) !== null) return event;
  const checked = eventSchema.safeParse(event);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = String(issue.path[0] ?? 'event');
      fail(names[field] ?? field, event[field], issue.message);
    }
    return undefined;
  }
  return event;
}
