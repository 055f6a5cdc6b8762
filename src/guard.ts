/**
 * Checks of the arguments a public function is handed, made once at its entry so that a wrong
 * kind of value (nothing, a number, a string where an object or a list belongs) is a
 * `SendTimescalesError` naming the argument, never a `TypeError` from deep inside. Inner code
 * relies on what these checked, and does not check again.
 */
import { SendTimescalesError, show } from './errors.js';

/** Whether a value is an object (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An options argument: `undefined` is no options (`{}`); anything but an object is an
 * `INVALID_OPTION` naming `field`.
 */
export function optionsObject<T extends object>(value: T | undefined, field = 'options'): T {
  if (value === undefined) return {} as T;
  if (!isRecord(value)) {
    throw new SendTimescalesError('INVALID_OPTION', field, value, `${field} must be an object of named settings (e.g. { calendar }), or left out, but ${show(value)} was given.`);
  }
  return value;
}

/** An argument that must be an object (`what` says which, e.g. "a deadline made by deadline()"). */
export function expectRecord(value: unknown, field: string, what: string): Record<string, unknown> {
  if (!isRecord(value)) {
    throw new SendTimescalesError('INVALID_ARGUMENT', field, value, `${field} must be ${what}, but ${show(value)} was given.`);
  }
  return value;
}

/** An argument that must be a list (`what` says of what). */
export function expectList<T>(value: unknown, field: string, what: string): readonly T[] {
  if (!Array.isArray(value)) {
    throw new SendTimescalesError('INVALID_ARGUMENT', field, value, `${field} must be a list of ${what}, but ${show(value)} was given.`);
  }
  return value as readonly T[];
}

/** The `field` option (the name errors use for the value): text, or `fallback` when left out. */
export function fieldOption(value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string') {
    throw new SendTimescalesError('INVALID_OPTION', 'field', value, `The field option names the value in messages and must be text, but ${show(value)} was given.`);
  }
  return value;
}
