/**
 * The spreadsheet functions' implementation, shared by the Google Sheets script and the Excel
 * add-in. A host says how a date cell arrives (a `Date` at midnight in the sheet's zone, or a
 * serial number in the host's serial system) and how a date is handed back.
 *
 * Every function:
 * - takes a single value or a 2-D range for each argument; ranges of the same shape are paired cell
 *   by cell and a single value is used for every cell (so `SEND_DEADLINE("final-plan", A2:A500)`
 *   fills down);
 * - gives a blank `''` for a cell whose required argument is blank;
 * - turns a bad input into one readable line for that cell (`#INVALID_DATE: …`), never a stack.
 *
 * Nothing here reads a `Date`'s local getters: a `Date` is an instant, read in the sheet's zone
 * with luxon.
 */
import { DateTime, IANAZone } from 'luxon';
import { SendTimescalesError, show } from '../errors.js';
import { parseDate } from '../day/parse.js';
import { toIsoDate } from '../day/instant.js';
import { fromSerial, toSerial, type SerialSystem } from '../day/serial.js';
import type { IsoDate } from '../day/iso.js';
import { addWorkingDays, bankHolidays, isWorkingDay, workingDaysBetween } from '../calendar/functions.js';
import { checkCounting } from '../calendar/working-calendar.js';
import { deadline } from '../engine/deadline.js';
import { explain } from '../engine/explain.js';
import type { TriggerInput } from '../engine/trigger.js';
import { getProfile, getRule, ruleIds } from '../law/index.js';
import { describePeriod } from '../law/rule-words.js';
import type { Rule } from '../law/types.js';
import { readSheetOptions, toDeadlineOptions, type SheetOptions } from './options.js';
import { inSheetWords, resolveRuleId, sheetWords } from './words.js';

/** Where the functions run: how date cells arrive and how dates go back. */
export interface SheetHost {
  readonly name: 'google-sheets' | 'excel';
  /** The serial system of a number in a date argument. */
  readonly serialSystem: SerialSystem;
  /** The IANA zone in which `Date` cells are read and dates are written. Asked at most once per call. */
  zone(): string;
  /** The value a cell gets for a civil date (a `Date` or a serial number). */
  dateOut(date: IsoDate, zone: () => string): unknown;
}

/** What a function returns to the sheet for one cell: a value, a date value, text or a boolean. */
export type CellValue = unknown;

/** A blank cell (Sheets passes `''`; Excel `null` or `''`). */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** The error line a cell shows: `#CODE: message`, on one line, in a sheet's words. */
export function errorLine(error: unknown): string {
  if (error instanceof SendTimescalesError) return `#${error.code}: ${oneLine(sheetWords(error.message))}`;
  const message = error instanceof Error ? error.message : String(error);
  return `#ERROR: ${oneLine(message)}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function isDateObject(value: unknown): value is Date {
  // Not `instanceof Date`: a Date made in another realm (a host's, a test's) is still a Date.
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Reads a date argument: a `Date` (read in the sheet's zone), a serial, or text `YYYY-MM-DD`. */
export function readDate(value: unknown, field: string, host: SheetHost, zone: () => string): IsoDate {
  if (isDateObject(value)) {
    const ms = Date.prototype.getTime.call(value);
    if (Number.isNaN(ms)) throw new SendTimescalesError('INVALID_DATE', field, value, `${field} is an invalid Date.`);
    return toIsoDate(ms, { zone: zone(), field });
  }
  if (typeof value === 'number') {
    try {
      return fromSerial(value, host.serialSystem);
    } catch (e) {
      if (e instanceof SendTimescalesError) throw new SendTimescalesError(e.code, field, value, `${field}: ${e.message}`);
      throw e;
    }
  }
  if (typeof value === 'string') {
    try {
      return parseDate(value, { field });
    } catch (e) {
      if (e instanceof SendTimescalesError && e.code === 'AMBIGUOUS_DATE') {
        // The library's advice names a command-line flag; a sheet has date cells instead.
        throw new SendTimescalesError(
          e.code, field, value,
          `${field} ${show(value)} could be read more than one way (day/month or month/day): enter it as a date cell, or as text YYYY-MM-DD.`,
        );
      }
      throw e;
    }
  }
  throw new SendTimescalesError(
    'INVALID_DATE', field, value,
    `${field} must be a date cell, a date serial number or text such as 2025-01-06, but ${show(value)} was given.`,
  );
}

/** Reads a whole-number argument (a number, or text such as "15"). */
export function readWhole(value: unknown, field: string): number {
  const n = typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) {
    throw new SendTimescalesError('INVALID_NUMBER', field, value, `${field} must be a whole number, but ${show(value)} was given.`);
  }
  return n;
}

function readText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : (value as string);
}

// ---- ranges ----

interface Grid {
  readonly rows: number;
  readonly cols: number;
  readonly at: (r: number, c: number) => unknown;
}

function gridOf(value: unknown): Grid | undefined {
  if (!Array.isArray(value)) return undefined;
  if (value.length > 0 && !value.every((row) => Array.isArray(row))) {
    // A 1-D list: one row.
    return { rows: 1, cols: value.length, at: (_r, c) => value[c] };
  }
  const rows = value as unknown[][];
  const cols = rows.reduce((m, row) => Math.max(m, row.length), 0);
  return { rows: rows.length, cols, at: (r, c) => rows[r]![c] };
}

/**
 * Applies `fn` cell by cell. A single value (or a 1×1 range) is used for every cell; ranges of
 * the same shape are paired. Scalars in give a scalar out; any range gives a 2-D array out.
 */
export function mapCells(args: readonly unknown[], fn: (cells: unknown[]) => CellValue): CellValue {
  const grids = args.map(gridOf);
  let shape: Grid | undefined;
  let anyRange = false;
  for (const g of grids) {
    if (!g) continue;
    anyRange = true;
    if (g.rows * g.cols === 1) continue;
    if (!shape) shape = g;
    else if (g.rows !== shape.rows || g.cols !== shape.cols) {
      return `#INVALID_RANGE: the ranges have different shapes (${shape.rows}×${shape.cols} and ${g.rows}×${g.cols}); give ranges of the same size, or a single cell.`;
    }
  }
  const cell = (i: number, r: number, c: number): unknown => {
    const g = grids[i];
    if (!g) return args[i];
    if (g.rows * g.cols === 1) return g.at(0, 0);
    if (g.rows * g.cols === 0) return '';
    return g.at(r, c);
  };
  const one = (r: number, c: number): CellValue => {
    try {
      return fn(args.map((_, i) => cell(i, r, c)));
    } catch (e) {
      return errorLine(e);
    }
  };
  if (!anyRange) return one(0, 0);
  const rows = shape ? shape.rows : 1;
  const cols = shape ? shape.cols : 1;
  const out: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < cols; c++) row.push(one(r, c));
    out.push(row);
  }
  return out;
}

/** A result as a 2-D array (Excel's matrix results): a value becomes `[[value]]`, a row `[row]`. */
export function asMatrix(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return [['']];
  return value.every((row) => Array.isArray(row)) ? (value as unknown[][]) : [value];
}

// ---- the functions ----

/** The implementations of the spreadsheet functions for one host. */
export interface SheetFunctions {
  deadline(ruleId: unknown, date: unknown, trigger2?: unknown, options?: unknown): CellValue;
  addWorkingDays(date: unknown, n: unknown, counting?: unknown): CellValue;
  workingDaysBetween(start: unknown, end: unknown): CellValue;
  isWorkingDay(date: unknown): CellValue;
  bankHolidays(year: unknown): CellValue;
  rule(ruleId: unknown): CellValue;
  rules(options?: unknown): CellValue;
  explain(ruleId: unknown, date: unknown, trigger2?: unknown, options?: unknown): CellValue;
}

const BLANK = '';

/** The header row of `SEND_RULES()`. */
export const RULES_HEADER = ['id', 'title', 'period', 'citation'] as const;

/** One row of `SEND_RULES()`: id, title, period in words, instrument and provision. */
function ruleRow(rule: Rule): string[] {
  return [rule.id, rule.title, describePeriod(rule), `${rule.citation.instrument}, ${rule.citation.provision}`];
}

/** The options of a cell: blank is the defaults. */
function optionsOf(value: unknown): SheetOptions {
  return isBlank(value) ? {} : readSheetOptions(value);
}

/** The spreadsheet functions over the library, for a host. */
export function createSheetFunctions(host: SheetHost): SheetFunctions {
  /** The zone, asked of the host once per function call and only when a date needs it. */
  const zoneOnce = (): (() => string) => {
    let zone: string | undefined;
    return () => (zone ??= host.zone());
  };

  const trigger = (ruleId: string, date: unknown, second: unknown, zone: () => string): TriggerInput => {
    const rule = getRule(ruleId);
    if (rule.triggerFields === 'date') {
      if (!isBlank(second)) {
        const looksLikeOptions = typeof second === 'string' && second.includes('=');
        throw new SendTimescalesError(
          'INVALID_TRIGGER', 'trigger2', second,
          `${ruleId} is triggered by one date (${rule.trigger}); leave the third argument empty.` +
            (looksLikeOptions ? ` The options are the fourth argument: A2, , ${show(second)}.` : ''),
        );
      }
      return readDate(date, 'date', host, zone);
    }
    const [first, other] = rule.triggerFields as readonly string[];
    const object: Record<string, string> = { [first!]: readDate(date, first!, host, zone) };
    if (other !== undefined && !isBlank(second)) {
      // The rule's trigger shape says whether the second argument is a date or a rule id.
      const kind = rule.triggerShape.fields.find((f) => f.name === other)?.kind;
      object[other] = kind === 'rule-id' ? orderId(second) : readDate(second, other, host, zone);
    }
    return object;
  };

  const dueOf = (ruleId: unknown, date: unknown, second: unknown, options: unknown, zone: () => string) => {
    const settings = optionsOf(options);
    const id = resolveRuleId(readText(ruleId), settings.profile);
    try {
      return deadline(id, trigger(id, date, second, zone), toDeadlineOptions(settings));
    } catch (e) {
      if (e instanceof SendTimescalesError && e.code === 'INVALID_TRIGGER' && /\btrigger\.|\{/.test(e.message)) {
        // The library names the fields of its trigger object; a sheet has a date and a third argument.
        const rule = getRule(id);
        const [first, other] = rule.triggerFields as readonly string[];
        throw new SendTimescalesError(
          e.code, e.field, e.value,
          `${id} needs two dates (${rule.trigger}): give ${first} as the date argument and ${other} as the third argument.`,
        );
      }
      throw inSheetWords(e);
    }
  };

  return {
    deadline(ruleId, date, trigger2, options) {
      const zone = zoneOnce();
      return mapCells([ruleId, date, trigger2, options], ([id, d, second, opts]) => {
        if (isBlank(id) || isBlank(d)) return BLANK;
        const result = dueOf(id, d, second, opts, zone);
        if (result.due !== null) return host.dateOut(result.due, zone);
        return `No date: ${sheetWords(result.reason ?? result.status ?? 'the rule sets no period')}`;
      });
    },

    addWorkingDays(date, n, counting) {
      const zone = zoneOnce();
      return mapCells([date, n, counting], ([d, count, how]) => {
        if (isBlank(d) || isBlank(count)) return BLANK;
        const iso = readDate(d, 'date', host, zone);
        const options = isBlank(how) ? {} : { counting: checkCounting(typeof how === 'string' ? how.trim().toLowerCase() : how) };
        return host.dateOut(addWorkingDays(iso, readWhole(count, 'n'), options), zone);
      });
    },

    workingDaysBetween(start, end) {
      const zone = zoneOnce();
      return mapCells([start, end], ([s, e]) => {
        if (isBlank(s) || isBlank(e)) return BLANK;
        return workingDaysBetween(readDate(s, 'start', host, zone), readDate(e, 'end', host, zone));
      });
    },

    isWorkingDay(date) {
      const zone = zoneOnce();
      return mapCells([date], ([d]) => (isBlank(d) ? BLANK : isWorkingDay(readDate(d, 'date', host, zone))));
    },

    bankHolidays(year) {
      const zone = zoneOnce();
      const grid = gridOf(year);
      const years: unknown[] = [];
      if (grid) for (let r = 0; r < grid.rows; r++) for (let c = 0; c < grid.cols; c++) years.push(grid.at(r, c));
      else years.push(year);
      try {
        const rows: CellValue[][] = [];
        for (const y of years) {
          if (isBlank(y)) continue;
          for (const h of bankHolidays(readWhole(y, 'year'))) rows.push([host.dateOut(h.date, zone), h.name, h.projected]);
        }
        return rows.length ? rows : BLANK;
      } catch (e) {
        return errorLine(e);
      }
    },

    rule(ruleId) {
      return mapCells([ruleId], ([id]) => {
        if (isBlank(id)) return BLANK;
        const r = getRule(resolveRuleId(readText(id), undefined, { local: 'any' }));
        return `${r.title} (${describePeriod(r)}). ${r.citation.instrument}, ${r.citation.provision}. ${r.citation.url}`;
      });
    },

    rules(options) {
      // One table, not one per cell: a range of options makes no sense here.
      try {
        if (Array.isArray(options)) {
          const grid = gridOf(options)!;
          if (grid.rows * grid.cols > 1) {
            throw new SendTimescalesError('INVALID_OPTION', 'options', options, 'SEND_RULES takes one options cell, not a range.');
          }
          options = grid.rows * grid.cols === 1 ? grid.at(0, 0) : '';
        }
        const settings = optionsOf(options);
        const other = Object.keys(settings).filter((k) => k !== 'profile');
        if (other.length > 0) {
          throw new SendTimescalesError(
            'INVALID_OPTION', 'options', options,
            `SEND_RULES lists the rules of a profile only: give "profile=…" alone, without ${other.map((k) => (k === 'fixedDate' ? 'fixed-date' : k)).join(', ')}.`,
          );
        }
        const table: string[][] = [[...RULES_HEADER], ...ruleIds().map((id) => ruleRow(getRule(id)))];
        if (settings.profile !== undefined) {
          const profile = getProfile(settings.profile);
          const seen = new Set<string>();
          for (const r of profile.rules) {
            if (seen.has(r.id)) continue;
            seen.add(r.id);
            table.push(ruleRow(getRule(r.id)));
          }
        }
        return table;
      } catch (e) {
        return errorLine(e);
      }
    },

    explain(ruleId, date, trigger2, options) {
      const zone = zoneOnce();
      return mapCells([ruleId, date, trigger2, options], ([id, d, second, opts]) => {
        if (isBlank(id) || isBlank(d)) return BLANK;
        return sheetWords(explain(dueOf(id, d, second, opts, zone)));
      });
    },
  };
}

/** The third argument of mediation-agreement-appealable: the rule id of a tribunal order, any case. */
function orderId(value: unknown): string {
  const typed = readText(value);
  let id: string | undefined;
  try {
    id = resolveRuleId(typed, undefined, { local: 'any' });
  } catch {
    id = undefined;
  }
  if (id === undefined || !id.startsWith('order-')) {
    throw new SendTimescalesError(
      'INVALID_TRIGGER', 'trigger2', value,
      `The third argument must be the rule id of a tribunal order (order-…), not ${show(typed)}. =SEND_RULES() lists them.`,
    );
  }
  return id;
}

// ---- hosts ----

/** The civil date `date` as the instant of its midnight in `zone` (the first instant of the day). */
export function midnightIn(date: IsoDate, zone: string): Date {
  const dt = DateTime.fromObject(
    { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) },
    { zone },
  );
  return new Date(dt.toMillis());
}

interface AppsScriptSpreadsheet {
  getSpreadsheetTimeZone(): string;
}
declare const SpreadsheetApp: { getActive?(): AppsScriptSpreadsheet | null; getActiveSpreadsheet?(): AppsScriptSpreadsheet | null } | undefined;
declare const Session: { getScriptTimeZone?(): string } | undefined;

const FALLBACK_ZONE = 'Europe/London';

function validZone(zone: unknown): zone is string {
  return typeof zone === 'string' && zone !== '' && IANAZone.isValidZone(zone);
}

/**
 * The spreadsheet's time zone in Google Apps Script: `SpreadsheetApp.getActive()
 * .getSpreadsheetTimeZone()` (Sheets passes a date cell as midnight in this zone, and reads a
 * returned `Date` in it), else the script's zone, else Europe/London.
 */
export function appsScriptZone(): string {
  try {
    if (typeof SpreadsheetApp !== 'undefined' && SpreadsheetApp) {
      const get = SpreadsheetApp.getActive ?? SpreadsheetApp.getActiveSpreadsheet;
      const sheet = typeof get === 'function' ? get.call(SpreadsheetApp) : null;
      const zone = sheet && typeof sheet.getSpreadsheetTimeZone === 'function' ? sheet.getSpreadsheetTimeZone() : undefined;
      if (validZone(zone)) return zone;
    }
  } catch {
    // No active spreadsheet (e.g. run from the editor): fall through.
  }
  try {
    if (typeof Session !== 'undefined' && Session && typeof Session.getScriptTimeZone === 'function') {
      const zone = Session.getScriptTimeZone();
      if (validZone(zone)) return zone;
    }
  } catch {
    // fall through
  }
  return FALLBACK_ZONE;
}

/**
 * Google Sheets: a date cell arrives as a `Date` at midnight in the spreadsheet's zone, a number
 * is a Sheets serial (day 0 = 1899-12-30), and a date goes back as a `Date` at midnight in the
 * spreadsheet's zone, which Sheets stores as that civil date with no time (a whole serial).
 */
export const googleSheetsHost: SheetHost = {
  name: 'google-sheets',
  serialSystem: 'sheets',
  zone: appsScriptZone,
  dateOut: (date, zone) => midnightIn(date, zone()),
};

/**
 * Excel: dates arrive as 1900-system serials and go back as serials (format the cells as dates).
 * A `Date` (which Excel never passes) is read in Europe/London, the library's default.
 */
export const excelHost: SheetHost = {
  name: 'excel',
  serialSystem: 'excel1900',
  zone: () => FALLBACK_ZONE,
  dateOut: (date) => toSerial(date, 'excel1900'),
};
