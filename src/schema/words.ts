/**
 * Small schemas that word their refusals as the library always has, shared by the profile, term
 * calendar and options schemas: texts, dates, choices from a list, whole numbers.
 */
import * as z from 'zod';
import { isoToDay, isoToDayOrNaN } from '../day/iso.js';
import { show } from '../errors.js';
import { said, type IssueContext } from './issues.js';

/** How a date reads in the JSON Schema files (a refinement has no JSON Schema form). */
export const DATE_JSON = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

/** The message `isoToDay` gives for a value that is not a real ISO date, naming `field`. */
export function dateProblem(value: unknown, field: string): string {
  try {
    isoToDay(value, field);
    return `${field} is a date.`;
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * A real ISO date (`YYYY-MM-DD`), refused with code `INVALID_DATE` and the words of `isoToDay`.
 * Required unless made `.optional()`: a missing date is read as nothing given.
 */
export function dateField(ctx: IssueContext, missing?: (field: string) => string): z.ZodType<string> {
  let date = z.unknown();
  if (missing) {
    // A missing date is its own problem (code of the context, not INVALID_DATE), worded apart.
    date = date.refine((v) => v !== undefined, { params: { problem: 'missing-field' }, error: said(ctx, (field) => missing(field)), abort: true });
  }
  return date
    .refine((v) => !Number.isNaN(isoToDayOrNaN(v)), {
      params: { code: 'INVALID_DATE', problem: 'invalid-date' },
      error: said(ctx, (field, value) => dateProblem(value, field)),
      abort: true,
    })
    .meta(DATE_JSON) as unknown as z.ZodType<string>;
}

/**
 * A text: not blank (not only spaces) unless `empty` is allowed. `noun` is how the refusal
 * names it (default "a non-empty text", or "a text" where blanks are allowed).
 */
export function textField(ctx: IssueContext, options: { readonly empty?: boolean; readonly noun?: string } = {}): z.ZodString {
  const empty = options.empty ?? false;
  const noun = options.noun ?? (empty ? 'a text' : 'a non-empty text');
  const words = said(ctx, (field) => `${field} must be ${noun}.`);
  const text = z.string({ error: words });
  // Not only spaces: in JSON Schema, at least one character that is not white space.
  return empty ? text : text.refine((s) => s.trim() !== '', { error: words, abort: true }).meta({ pattern: '\\S' });
}

/** One of a list of values, refused as "must be one of "a", "b", not "c"." */
export function oneOfField<const T extends readonly [string, ...string[]]>(ctx: IssueContext, values: T): z.ZodEnum<{ [K in T[number]]: K }> {
  return z.enum(values, { error: said(ctx, (field, value) => `${field} must be one of ${values.map((v) => show(v)).join(', ')}, not ${show(value)}.`) });
}

/** A whole number ≥ 0. */
export function countField(ctx: IssueContext): z.ZodNumber {
  const words = said(ctx, (field) => `${field} must be a whole number ≥ 0.`);
  return z.number({ error: words }).int({ error: words }).min(0, { error: words });
}

/** How an object's refusals are worded: not an object at all, or with a field it does not have. */
export interface ObjectWords {
  readonly notAnObject: (field: string, value: unknown) => string;
  /** Default: "<field> has no field "x"; the fields are a, b, c." */
  readonly unknownField?: (field: string, key: string, names: string) => string;
}

/**
 * An object with only the given fields, listed (in refusals too) in the order of `shape`.
 */
export function fieldsOf<S extends z.ZodRawShape>(ctx: IssueContext, shape: S, words: ObjectWords): z.ZodObject<S, z.core.$strict> {
  const names = Object.keys(shape).join(', ');
  const unknown = words.unknownField ?? ((field: string, key: string, list: string) => `${field} has no field "${key}"; the fields are ${list}.`);
  return z.strictObject(shape, {
    error: said(ctx, (field, value, issue) =>
      issue.code === 'unrecognized_keys' ? unknown(field, (issue as { keys: string[] }).keys[0]!, names) : words.notAnObject(field, value)),
  });
}
