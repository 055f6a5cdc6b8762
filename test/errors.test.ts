import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  errorCodes, SendTimescalesError, parseDate, addWorkingDays, addMonths, isWorkingDay, fromSerial, deadline, explain, timeline, type ErrorCode,
} from '../src/index.js';
import { integerArg } from '../src/cli/args.js';
import { readCaseload } from '../src/cli/caseload.js';
import { mapCells } from '../src/sheets/core.js';
import { readSen2Xml } from '../src/readers/sen2/xml-reader.js';

const scratch = mkdtempSync(join(tmpdir(), 'send-timescales-errors-'));
const notJson = join(scratch, 'cases.json');
writeFileSync(notJson, '[{"id": "C1",');

/** A code that is a cell's text in a spreadsheet, never thrown: checked below on its own. */
type ShownCode = 'INVALID_RANGE';

/** One call that reaches each thrown code, with the field and value the error must carry. */
const reach: Record<Exclude<ErrorCode, ShownCode>, { call: () => unknown; field: string; value: unknown }> = {
  INVALID_DATE: { call: () => parseDate('2025-02-30'), field: 'date', value: '2025-02-30' },
  AMBIGUOUS_DATE: { call: () => parseDate('03/04/2025'), field: 'date', value: '03/04/2025' },
  OUT_OF_RANGE: { call: () => isWorkingDay('2100-01-04'), field: 'date', value: '2100-01-04' },
  INVALID_NUMBER: { call: () => addMonths('2025-01-31', 1.5), field: 'months', value: 1.5 },
  // @ts-expect-error -- 'within' is wording, not a counting ('after' or 'beginning-with')
  INVALID_OPTION: { call: () => addWorkingDays('2025-01-06', 3, { counting: 'within' }), field: 'counting', value: 'within' },
  UNKNOWN_RULE: { call: () => deadline('final-plans', '2025-01-06'), field: 'ruleId', value: 'final-plans' },
  NOT_IN_FORCE: { call: () => deadline('final-plan', '2014-08-29'), field: 'trigger', value: '2014-08-29' },
  INVALID_TRIGGER: { call: () => deadline('plan-transfer', '2025-01-06'), field: 'trigger', value: '2025-01-06' },
  INVALID_CASE: {
    call: () => timeline({ id: 'C1', events: [{ type: 'plan-issued', date: '2025-01-06' }] }, { asOf: '2025-06-01' }),
    field: 'event',
    value: 'plan-issued',
  },
  // @ts-expect-error -- explain() is given something that is not a deadline
  INVALID_ARGUMENT: { call: () => explain({}), field: 'deadline', value: {} },
  // The command line's: a whole number typed wrongly (exit 2), and a caseload file that is not JSON (exit 1).
  USAGE: { call: () => integerArg('3.5', 'n'), field: 'n', value: '3.5' },
  INPUT: { call: () => readCaseload(notJson, undefined), field: 'input', value: undefined },
  // An SEN2 return cut short inside its <Persons>.
  MALFORMED_FILE: { call: () => readSen2Xml('<Message><Persons>'), field: 'Message/Persons', value: 'Persons' },
};

describe('every error code is reachable, with its field and value', () => {
  it.each((Object.keys(errorCodes) as ErrorCode[]).filter((c): c is Exclude<ErrorCode, ShownCode> => c !== 'INVALID_RANGE'))('%s', async (code) => {
    const { call, field, value } = reach[code];
    try {
      await call();
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

  it('INVALID_RANGE is the text a spreadsheet cell shows for ranges of different shapes', () => {
    expect(mapCells([[[1, 2]], [[1], [2]]], () => 0)).toMatch(/^#INVALID_RANGE: the ranges have different shapes \(1×2 and 2×1\)/);
  });

  it('messages say what was wrong in words a caseworker understands', () => {
    expect(() => fromSerial(60)).toThrow(/never existed/);
  });
});
