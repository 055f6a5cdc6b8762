/**
 * `instanceof SendTimescalesError` across copies of the library (its ESM and CommonJS builds, or two
 * installed versions): a second copy of src/errors.ts is loaded here by resetting the module
 * registry; test/dist/package.test.ts checks the real ESM and CommonJS builds of the packed tarball.
 */
import { describe, expect, it, vi } from 'vitest';
import { SendTimescalesError } from '../src/errors.js';
import { TermCalendarError, parseDate } from '../src/index.js';

async function otherCopy(): Promise<typeof import('../src/errors.js')> {
  vi.resetModules();
  return import('../src/errors.js');
}

function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (e) {
    return e;
  }
  throw new Error('nothing was thrown');
}

describe('instanceof SendTimescalesError holds for the errors of every copy', () => {
  it('an error of another copy is an instance of this class, and the other way round', async () => {
    const other = await otherCopy();
    expect(other.SendTimescalesError).not.toBe(SendTimescalesError);
    const theirs = new other.SendTimescalesError('INVALID_DATE', 'date', 'x', 'Not a date.');
    const ours = thrownBy(() => parseDate('03/04/2025'));
    expect(theirs instanceof SendTimescalesError).toBe(true);
    expect(ours instanceof other.SendTimescalesError).toBe(true);
    expect(Object.getPrototypeOf(theirs)).not.toBe(SendTimescalesError.prototype);
  });

  it('is false for anything else: plain errors, look-alikes with the same fields, primitives', () => {
    expect(new Error('x') instanceof SendTimescalesError).toBe(false);
    expect(Object.assign(new Error('x'), { name: 'SendTimescalesError', code: 'INVALID_DATE', field: 'date', value: 1 }) instanceof SendTimescalesError).toBe(false);
    expect(JSON.parse(JSON.stringify(new SendTimescalesError('INVALID_DATE', 'date', 1, 'm'))) instanceof SendTimescalesError).toBe(false);
    for (const v of [null, undefined, 'SendTimescalesError', 42, Symbol.for('send-timescales.error')]) expect((v as unknown) instanceof SendTimescalesError).toBe(false);
  });

  it('the mark is on the prototype: no own property, nothing added to JSON or keys', () => {
    const e = new SendTimescalesError('INVALID_DATE', 'date', 'x', 'Not a date.');
    expect(Object.getOwnPropertySymbols(e)).toEqual([]);
    expect(Object.keys(e).sort()).toEqual(['code', 'field', 'name', 'value']);
    expect(JSON.parse(JSON.stringify(e))).toEqual({ code: 'INVALID_DATE', field: 'date', value: 'x', message: 'Not a date.' });
  });

  it('a subclass is checked the ordinary way: instanceof TermCalendarError only for its own copy, instanceof SendTimescalesError for every copy', async () => {
    const own = new TermCalendarError('end-before-start', 'INVALID_OPTION', 'terms[0].end', '2025-01-01', 'The term ends before it starts.');
    expect(own instanceof TermCalendarError).toBe(true);
    expect(own instanceof SendTimescalesError).toBe(true);
    expect(new SendTimescalesError('INVALID_DATE', 'date', 'x', 'm') instanceof TermCalendarError).toBe(false);
    class CallerError extends SendTimescalesError {}
    const mine = new CallerError('INVALID_CASE', 'id', 'x', 'm');
    expect(mine instanceof CallerError).toBe(true);
    expect(mine instanceof SendTimescalesError).toBe(true);
    expect(new SendTimescalesError('INVALID_CASE', 'id', 'x', 'm') instanceof CallerError).toBe(false);
    const other = await otherCopy();
    expect(new other.SendTimescalesError('INVALID_CASE', 'id', 'x', 'm') instanceof CallerError).toBe(false);
  });
});
