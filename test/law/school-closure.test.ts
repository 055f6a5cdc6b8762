import { describe, expect, it } from 'vitest';
import { exceptionRecords } from '../../src/index.js';
import { SCHOOL_CLOSURE_WORDING, schoolClosureException } from '../../src/law/school-closure.js';
import { exampleTerms } from '../support/examples.js';

const terms = exampleTerms();

describe('SEND Regulations 2014 reg 5(4)(a) (10(4)(a), 13(3), 27(3)(a)): the school-closure exception', () => {
  it.each([
    // Summer 2025: closed Thursday 24 July (C) to Tuesday 2 September; re-opens Wednesday 3 September (R).
    // Window C − 7 = Thursday 17 July to R − 7 = Wednesday 27 August, both days included.
    ['2025-07-16', false],
    ['2025-07-17', true],
    ['2025-08-27', true],
    ['2025-08-28', false],
  ] as const)('advice requested on %s: exception %s', (date, inside) => {
    const found = schoolClosureException(terms, date);
    expect(found !== null).toBe(inside);
    if (found) expect(found.window).toEqual({ start: '2025-07-17', end: '2025-08-27' });
  });

  it('the law function and the term calendar\'s method give the same answer, with the record\'s wording', () => {
    expect(schoolClosureException(terms, '2025-08-01')).toEqual(terms.adviceClosureException('2025-08-01'));
    expect(schoolClosureException(terms, '2025-08-01')!.wording).toBe(exceptionRecords['school-closure'].wording);
    expect(SCHOOL_CLOSURE_WORDING).toBe(exceptionRecords['school-closure'].wording);
  });
});
