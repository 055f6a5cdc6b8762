/**
 * The library's errors as the page shows them: each issue of a `SendTimescalesError` in its own
 * words, linked to the control it concerns when there is one. Anything else thrown is a fault of
 * the page, shown as such rather than hidden.
 */
import { SendTimescalesError } from '../errors.js';

/** One problem to show: the library's message, and the id of the control at fault (if any). */
export interface Problem {
  readonly message: string;
  readonly path?: string;
}

/** The problems of something thrown: a library error's issues, or the one message of another. */
export function problemsOf(error: unknown): readonly Problem[] {
  if (error instanceof SendTimescalesError) {
    return error.issues.map((i) => ({ message: i.row !== undefined ? `Row ${i.row}: ${i.message}` : i.message, path: i.path }));
  }
  return [{ message: `The page could not do this: ${error instanceof Error ? error.message : String(error)}` }];
}
