/** Shared by the tests of ages, school years and transfers: typed failures and fast-check arbitraries. */
import fc from 'fast-check';
import { daysFromCivil } from '../../src/day/iso.js';
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

/** Births from 1994 to 2060, as day numbers. */
export const FROM = daysFromCivil(1994, 1, 1);
export const TO = daysFromCivil(2060, 12, 31);
export const birthDay = fc.integer({ min: FROM, max: TO });
/** A year-group offset (taught behind or ahead), -3 to 3. */
export const offset = fc.integer({ min: -3, max: 3 });
