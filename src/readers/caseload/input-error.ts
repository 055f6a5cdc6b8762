import { SendTimescalesError } from '../../errors.js';

/**
 * A caseload file as a whole cannot be read (not text, not JSON, not a workbook, a bad header, too
 * large): nothing in it was processed. The library's one error shape, with the code `INPUT`; a
 * subclass so that a caller (the command line: exit 1 with the message) tells it apart by class
 * from a bad row, which is reported and set aside instead.
 * @example
 * ```ts
 * try { await readCaseloadRows([['id']]); } catch (e) { if (e instanceof InputError) console.log(e.message); }
 * ```
 */
export class InputError extends SendTimescalesError {
  constructor(message: string, field = 'input', value?: unknown) {
    super('INPUT', field, value, message);
    this.name = 'InputError';
  }
}
