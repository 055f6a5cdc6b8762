import { describe, expect, it } from 'vitest';
import {
  errorCodes, SendTimescalesError, parseDate, addWorkingDays, addMonths, isWorkingDay, fromSerial, deadline, explain, timeline, type ErrorCode,
} from '../src/index.js';

/** One call that reaches each code, with the field and value the error must carry. */
const reach: Record<ErrorCode, { call: () => unknown; field: string; value: unknown }> = {
  INVALID_DATE: { call: () => parseDate('2025-02-30'), field: 'date', value: '2025-02-30' },
  AMBIGUOUS_DATE: { call: () => parseDate('03/04/2025'), field: 'date', value: '03/04/2025' },
  OUT_OF_RANGE: { call: () => isWorkingDay('2100-01-04'), field: 'date', value: '2100-01-04' },
  INVALID_NUMBER: { call: () => addMonths('2025-01-31', 1.5), field: 'months', value: 1.5 },
  INVALID_OPTION: { call: () => addWorkingDays('2025-01-06', 3, { counting: 'within' as never }), field: 'counting', value: 'within' },
  UNKNOWN_RULE: { call: () => deadline('final-plans', '2025-01-06'), field: 'ruleId', value: 'final-plans' },
  NOT_IN_FORCE: { call: () => deadline('final-plan', '2014-08-29'), field: 'trigger', value: '2014-08-29' },
  INVALID_TRIGGER: { call: () => deadline('plan-transfer', '2025-01-06'), field: 'trigger', value: '2025-01-06' },
  INVALID_CASE: {
    call: () => timeline({ id: 'C1', events: [{ type: 'plan-issued', date: '2025-01-06' }] }, { asOf: '2025-06-01' }),
    field: 'event',
    value: 'plan-issued',
  },
  INVALID_ARGUMENT: { call: () => explain({} as never), field: 'deadline', value: {} },
};

describe('every error code is reachable, with its field and value', () => {
  it.each(Object.keys(errorCodes) as ErrorCode[])('%s', (code) => {
    const { call, field, value } = reach[code];
    try {
      call();
    } catch (e) {
      expect(e).toBeInstanceOf(SendTimescalesError);
      const err = e as SendTimescalesError;
      expect([err.code, err.field, err.value]).toEqual([code, field, value]);
      expect(err.message.length).toBeGreaterThan(20);
      expect(err.toJSON()).toMatchObject({ code, field, message: err.message });
      return;
    }
    throw new Error(`${code} was not thrown`);
  });

  it('messages say what was wrong in words a caseworker understands', () => {
    expect(() => fromSerial(60)).toThrow(/never existed/);
  });
});
