/**
 * The optional last argument of the spreadsheet functions: the library's options written as text
 * a spreadsheet user can type and read, e.g. `"profile=dorset; fixed-date=on-or-before"`.
 *
 * The one form: settings `name=value`, separated by semicolons (or commas). Names and values are
 * case-insensitive and spaces around them do not matter; in a name, hyphens, underscores and
 * spaces are ignored (`fixed-date`, `Fixed Date` and `fixedDate` are one name). An unknown name, an
 * unknown value, a name given twice or a bare word is an `INVALID_OPTION` that lists what may be
 * written: nothing is guessed.
 */
import { SendTimescalesError, show } from '../errors.js';
import type { DeadlineOptions } from '../engine/options.js';
import { exceptionRecords } from '../law/exceptions.js';
import { profiles } from '../law/index.js';
import type { ExceptionCode } from '../law/types.js';

/** The settings of the options argument, as a sheet writes them. */
export interface SheetOptions {
  readonly profile?: string;
  readonly fixedDate?: 'before' | 'on-or-before';
  readonly notice?: 'strict' | 'permissive';
  readonly exception?: ExceptionCode;
  readonly coronavirus?: boolean;
}

interface Setting {
  /** The name a sheet writes. */
  readonly name: string;
  /** What it changes, for the documentation and the error lines. */
  readonly means: string;
  /** The values a sheet may write, and what each gives. */
  readonly values: () => readonly (readonly [string, SheetOptions[keyof SheetOptions]])[];
  readonly key: keyof SheetOptions;
}

/** Every setting, in the order the documentation and the errors list them. */
export const SHEET_SETTINGS: readonly Setting[] = [
  {
    name: 'profile',
    key: 'profile',
    means: "a council's local standards (their rules, ids <profile>-…, beside the law's)",
    values: () => profiles.map((p) => [p.name, p.name] as const),
  },
  {
    name: 'fixed-date',
    key: 'fixedDate',
    means: '"before 15 February" (reg 18): before = 14 February (the default), on-or-before = 15 February',
    values: () => [['before', 'before'], ['on-or-before', 'on-or-before']],
  },
  {
    name: 'notice',
    key: 'notice',
    means: '"at least … before": strict = clear days (the default), permissive = the period exactly',
    values: () => [['strict', 'strict'], ['permissive', 'permissive']],
  },
  {
    name: 'exception',
    key: 'exception',
    means: 'an exception of the Regulations that applies to the case: the limit is lifted, not moved',
    values: () => Object.keys(exceptionRecords).map((code) => [code, code as ExceptionCode] as const),
  },
  {
    name: 'coronavirus',
    key: 'coronavirus',
    means: 'the case records a reason relating to coronavirus (SI 2020/471, 1 May to 25 September 2020)',
    values: () => [['yes', true], ['no', false], ['true', true], ['false', false]],
  },
];

/** An example a sheet user can copy, used by the error lines. */
export const OPTIONS_EXAMPLE = 'profile=dorset; fixed-date=on-or-before';

const squash = (text: string): string => text.toLowerCase().replace(/[\s_-]+/g, '');
const tidy = (text: string): string => text.trim().toLowerCase().replace(/[\s_]+/g, '-');

function invalid(value: unknown, message: string): SendTimescalesError {
  return new SendTimescalesError('INVALID_OPTION', 'options', value, message);
}

function listValues(setting: Setting): string {
  const values = setting.values().map(([v]) => v);
  return setting.name === 'coronavirus' ? 'yes or no' : values.length <= 2 ? values.join(' or ') : values.join(', ');
}

/**
 * Reads the options argument of a spreadsheet function. A blank cell means the defaults.
 * @throws SendTimescalesError `INVALID_OPTION` naming the word at fault and what may be written.
 */
export function readSheetOptions(value: unknown): SheetOptions {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'string') {
    throw invalid(value, `The options argument must be text such as "${OPTIONS_EXAMPLE}", not ${show(value)}.`);
  }
  const out: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const part of value.split(/[;,]/)) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) throw invalid(value, bareWord(part.trim()));
    const name = part.slice(0, eq).trim();
    const given = part.slice(eq + 1).trim();
    const setting = SHEET_SETTINGS.find((s) => squash(s.name) === squash(name));
    if (!setting) {
      throw invalid(value, `${show(name)} is not a setting of the options; the settings are ${SHEET_SETTINGS.map((s) => s.name).join(', ')} (e.g. "${OPTIONS_EXAMPLE}").`);
    }
    if (seen.has(setting.name)) throw invalid(value, `${setting.name} is given twice in the options ${show(value)}: give it once.`);
    seen.add(setting.name);
    const found = setting.values().find(([v]) => v === tidy(given));
    if (!found) {
      throw invalid(value, `${setting.name} must be ${listValues(setting)}, not ${show(given)}.`);
    }
    out[setting.key] = found[1];
  }
  return out as SheetOptions;
}

/** A word without `=`: say which setting it could be, rather than guess. */
function bareWord(word: string): string {
  const owners = SHEET_SETTINGS.filter((s) => s.values().some(([v]) => v === tidy(word)));
  const hint = owners.length > 0
    ? `write ${owners.map((s) => `${s.name}=${tidy(word)}`).join(' or ')}`
    : `the settings are ${SHEET_SETTINGS.map((s) => s.name).join(', ')}`;
  return `${show(word)} in the options is not a setting written name=value; ${hint} (e.g. "${OPTIONS_EXAMPLE}").`;
}

/** The library's options for the sheet's settings (with a calendar of England and Wales, no term dates). */
export function toDeadlineOptions(options: SheetOptions): DeadlineOptions {
  const out: { -readonly [K in keyof DeadlineOptions]: DeadlineOptions[K] } = {};
  if (options.profile !== undefined) out.profile = options.profile;
  if (options.fixedDate !== undefined) out.fixedDate = options.fixedDate;
  if (options.notice !== undefined) out.notice = options.notice;
  if (options.exception !== undefined) out.exception = options.exception;
  if (options.coronavirus !== undefined) out.coronavirus = options.coronavirus;
  return out;
}
