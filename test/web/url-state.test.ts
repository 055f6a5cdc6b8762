/**
 * The calculator's state in the address (issue 17 §1.1: "The state lives in the URL, so a result
 * can be shared or bookmarked"): what is written is read back the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, type CalculatorState } from '../../src/web/url-state.js';
import { numRuns } from '../support/fc.js';

const text = fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' });
const name = fc.string({ minLength: 1, maxLength: 12 });
const state: fc.Arbitrary<CalculatorState> = fc.record({
  rule: text,
  trigger: fc.dictionary(name, text, { maxKeys: 4 }),
  options: fc.dictionary(name, text, { maxKeys: 4 }),
});

describe('URL state: encodeState and decodeState', () => {
  it('round-trips any state (any rule, field names and values, in any script)', () => {
    fc.assert(fc.property(state, (s) => {
      expect(decodeState(`#${encodeState(s)}`)).toEqual(s);
      expect(decodeState(encodeState(s))).toEqual(s);
    }), { numRuns });
  });

  it('writes the example of its documentation', () => {
    expect(encodeState({ rule: 'final-plan', trigger: { date: '2025-01-06' }, options: { exception: 'personal-circumstances' } }))
      .toBe('rule=final-plan&t.date=2025-01-06&o.exception=personal-circumstances');
  });

  it('leaves empty values out, so an unfinished form writes only what was entered', () => {
    expect(encodeState({ rule: 'appeal', trigger: { decisionSent: '2025-06-30', certificateIssued: '' }, options: { exception: '' } }))
      .toBe('rule=appeal&t.decisionSent=2025-06-30');
  });

  it('reads a link to a part of the page (#timeline) or an empty address as no state', () => {
    expect(decodeState('#timeline')).toBeUndefined();
    expect(decodeState('')).toBeUndefined();
    expect(decodeState('#t.date=2025-01-06')).toBeUndefined();
  });

  it('keeps the first value of a name given twice, and a field named like an Object property as a field', () => {
    expect(decodeState('#rule=x&t.date=2025-01-06&t.date=2025-02-01&t.__proto__=1&t.constructor=2'))
      .toEqual({ rule: 'x', trigger: { date: '2025-01-06', ['__proto__']: '1', constructor: '2' }, options: {} });
  });
});
