/**
 * Every public function answers any input with a result or a SendTimescalesError: never an
 * untyped TypeError, RangeError or stack overflow, whatever a JavaScript caller, a JSON file or a
 * spreadsheet cell hands it. The exports are read from the package root itself, so a new export is
 * covered the day it is added.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as lib from '../../src/index.js';
import { numRuns } from '../support/fc.js';

/** Modest in CI (about 80 functions, two cores); FC_NUM_RUNS (npm run test:deep) goes deeper. */
const RUNS = process.env.FC_NUM_RUNS ? numRuns : 25;

/** Values that broke earlier versions, beside whatever fast-check invents. */
function nastyValues(): unknown[] {
  const cyclic: Record<string, unknown> = { id: 'C1' };
  cyclic.self = cyclic;
  let deep: unknown = ['2025-01-06'];
  for (let i = 0; i < 5000; i++) deep = [deep];
  let deepObject: unknown = { date: '2025-01-06' };
  for (let i = 0; i < 5000; i++) deepObject = { events: deepObject };
  return [
    null, undefined, NaN, Infinity, -0, 1e308, 2 ** 53, -1, 0.5, '', ' ', 'x'.repeat(100_000), '2025-01-06', '2025-02-30',
    '03/04/2025', 10n, Symbol('s'), () => 1, new Date(Number.NaN), new Date('0000-06-01T12:00:00Z'),
    { toString: 1 }, { valueOf: 1, toString: 1 }, { id: { toString: 1 }, events: [] }, Object.create(null), cyclic, deep,
    deepObject, [], [[]], { events: null }, { events: [{ type: 'request-received', date: deep }] },
    { id: 'C1', events: [{ type: 'request-received', date: '2025-01-06' }], dateOfBirth: '9999-12-31' },
  ];
}

const anyInput = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...nastyValues()) },
  { weight: 3, arbitrary: fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true }) },
  { weight: 1, arbitrary: fc.record({ asOf: fc.anything(), calendar: fc.anything(), profile: fc.anything(), format: fc.anything(), counting: fc.anything() }, { requiredKeys: [] }) },
);

type AnyFunction = (...args: unknown[]) => unknown;
/** Every function of the root; classes are left out (calling one without `new` is JavaScript's own TypeError). */
const functions = (Object.entries(lib) as [string, unknown][]).filter((entry): entry is [string, AnyFunction] =>
  typeof entry[1] === 'function' && !Function.prototype.toString.call(entry[1]).startsWith('class '));

/** Calls fn; passes when it returns (anything, also a Promise that resolves) or throws the library's error. */
function answers(name: string, fn: (...args: unknown[]) => unknown, args: unknown[]): void {
  let result: unknown;
  try {
    result = fn(...args);
    // A result must itself be usable: JSON-serialisable data never throws on the way out.
  } catch (error) {
    if (error instanceof lib.SendTimescalesError) {
      // The error itself must survive being logged and serialised.
      expect(() => JSON.stringify(error)).not.toThrow();
      expect(typeof error.message).toBe('string');
      return;
    }
    throw new Error(`${name}(${args.map(shown).join(', ')}) threw ${String((error as Error)?.name)}: ${String((error as Error)?.message).slice(0, 300)}`);
  }
  void result;
}

function shown(value: unknown): string {
  try {
    const text = typeof value === 'function' ? 'a function' : typeof value === 'symbol' ? 'a symbol' : typeof value === 'bigint' ? `${value}n` : JSON.stringify(value);
    return (text ?? String(value)).slice(0, 80);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
describe('every public function answers any input with a result or a SendTimescalesError', () => {
  it('the root exports at least the documented functions', () => {
    expect(functions.length).toBeGreaterThan(50);
  });
  for (const [name, fn] of functions) {
    it(name, () => {
      fc.assert(
        fc.property(fc.array(anyInput, { maxLength: 4 }), (args) => answers(name, fn, args)),
        { numRuns: RUNS },
      );
      // Every nasty value in every argument position, once each.
      for (const value of nastyValues()) for (let at = 0; at < Math.max(1, fn.length); at++) {
        const args: unknown[] = ['2025-01-06', 20, {}, {}].slice(0, Math.max(1, fn.length));
        args[at] = value;
        answers(name, fn, args);
      }
    });
  }
});
