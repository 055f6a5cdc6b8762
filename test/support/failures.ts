/** The library's typed failure, as the tests read it. */
import { SendTimescalesError } from '../../src/errors.js';

/** The code, field, value and message of the SendTimescalesError `f` throws (anything else fails the test). */
export function failure(f: () => unknown): { code: string; field: string; value: unknown; message: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof SendTimescalesError) return { code: e.code, field: e.field, value: e.value, message: e.message };
    throw e;
  }
  throw new Error('expected a SendTimescalesError');
}
