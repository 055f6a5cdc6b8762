/**
 * The spreadsheet functions of send-timescales, one top-level function each, for Google Sheets
 * (the built `dist/sheets/send-timescales.gs.js`, pasted into Apps Script) and Excel (the add-in
 * source `dist/excel/functions.js` with its metadata `dist/excel/functions.json`).
 *
 * The JSDoc of each function is what the spreadsheet shows as help: `npm run build` copies it
 * onto the global functions of both built files and generates the Excel metadata from it. Every
 * argument takes a cell or a range; see `core.ts` for how ranges, blanks and errors are handled.
 */
import { asMatrix, createSheetFunctions, excelHost, googleSheetsHost } from './core.js';

/** Set by the build: `'excel'` for the Excel add-in, otherwise Google Sheets. */
declare const __SHEETS_HOST__: string | undefined;

const EXCEL = typeof __SHEETS_HOST__ !== 'undefined' && __SHEETS_HOST__ === 'excel';
const sheet = /* #__PURE__ */ createSheetFunctions(EXCEL ? excelHost : googleSheetsHost);
/** Excel's metadata declares every result a matrix (so that a range in spills a range out). */
const out = (value: unknown): unknown => (EXCEL ? asMatrix(value) : value);

/**
 * The due date of a SEND statutory time limit (the last day on which it is done in time).
 * @param rule_id The rule id, e.g. "final-plan" (20 weeks for the EHC plan, reg 13(2)); any case. A cell or a range. =SEND_RULES() lists them.
 * @param date The trigger date (e.g. the day the request was received): a date cell, or a range that fills down.
 * @param trigger2 Only for rules with two trigger dates: plan-transfer and health-transfer (aware), appeal and cease-pending-appeal (certificateIssued), plan-transfer-review (transfer), mediation-agreement-appealable (order). Otherwise leave it empty.
 * @param options Optional settings as text, e.g. "profile=dorset; fixed-date=on-or-before". Settings: profile, fixed-date (before or on-or-before), notice (strict or permissive), exception (a code), coronavirus (yes or no).
 * @returns The due date; blank when a required cell is blank; "#CODE: message" for a bad input.
 * @customfunction
 */
export function SEND_DEADLINE(rule_id: unknown, date: unknown, trigger2?: unknown, options?: unknown): unknown {
  return out(sheet.deadline(rule_id, date, trigger2, options));
}

/**
 * The date a number of England and Wales working days after a date (bank holidays, Good Friday, Christmas Day and weekends skipped).
 * @param date The start date: a date cell or a range.
 * @param n The number of working days (0 gives the date itself; a negative number counts back).
 * @param counting "after" (default: the date itself never counts) or "beginning-with" (the date is day 1 when it is a working day).
 * @returns The working day reached; blank when a required cell is blank; "#CODE: message" for a bad input.
 * @customfunction
 */
export function SEND_ADD_WORKING_DAYS(date: unknown, n: unknown, counting?: unknown): unknown {
  return out(sheet.addWorkingDays(date, n, counting));
}

/**
 * The number of England and Wales working days after start, up to and including end.
 * @param start The start date (not counted): a date cell or a range.
 * @param end The end date (counted when it is a working day): a date cell or a range.
 * @returns The count (negative when end is before start); blank when a cell is blank; "#CODE: message" for a bad input.
 * @customfunction
 */
export function SEND_WORKING_DAYS_BETWEEN(start: unknown, end: unknown): unknown {
  return out(sheet.workingDaysBetween(start, end));
}

/**
 * Whether a date is an England and Wales working day (not a weekend, bank holiday, Good Friday or Christmas Day).
 * @param date A date cell or a range.
 * @returns TRUE or FALSE; blank for a blank cell; "#CODE: message" for a bad input.
 * @customfunction
 */
export function SEND_IS_WORKING_DAY(date: unknown): unknown {
  return out(sheet.isWorkingDay(date));
}

/**
 * The England and Wales bank holidays (and Good Friday, Christmas Day, substitute days) of a year, one row each: date, name, projected.
 * @param year A year such as 2025 (1971 to 2099), or a range of years. Years after 2028 are projected (TRUE in the third column).
 * @returns Rows of date, name and projected (TRUE or FALSE); "#CODE: message" for a bad year.
 * @customfunction
 */
export function SEND_BANK_HOLIDAYS(year: unknown): unknown {
  return out(sheet.bankHolidays(year));
}

/**
 * The title, period and citation of a SEND rule.
 * @param rule_id The rule id, e.g. "final-plan" (any case). A cell or a range. =SEND_RULES() lists them.
 * @returns One line: title (period). Instrument, provision. legislation.gov.uk link.
 * @customfunction
 */
export function SEND_RULE(rule_id: unknown): unknown {
  return out(sheet.rule(rule_id));
}

/**
 * How a due date was worked out, in words: the rule, its wording and citation, each step with its date, and any warning.
 * @param rule_id The rule id, e.g. "final-plan". A cell or a range.
 * @param date The trigger date: a date cell or a range.
 * @param trigger2 Only for rules with two trigger dates (see SEND_DEADLINE). Otherwise leave it empty.
 * @param options Optional settings as text, as for SEND_DEADLINE, e.g. "profile=dorset; notice=permissive".
 * @returns A multi-line explanation; blank when a required cell is blank; "#CODE: message" for a bad input.
 * @customfunction
 */
export function SEND_EXPLAIN(rule_id: unknown, date: unknown, trigger2?: unknown, options?: unknown): unknown {
  return out(sheet.explain(rule_id, date, trigger2, options));
}

/**
 * The table of rules: a header row (id, title, period, citation), then one row per rule id; with a profile, its local rules after the law's.
 * @param options Optional: "profile=dorset" to add that council's local rules.
 * @returns Rows of id, title, period and citation, with a header row; "#CODE: message" for bad options.
 * @customfunction
 */
export function SEND_RULES(options?: unknown): unknown {
  return out(sheet.rules(options));
}
