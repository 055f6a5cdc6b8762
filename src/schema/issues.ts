/**
 * From zod's issues to the library's: each `{ code, path, value, message }`, with the field
 * written as a caller wrote it (`profile.rules[2].period.unit`, `terms[1].end`) and the message
 * the library has always given for that problem. The schemas word their own messages through
 * {@link said}, which sees the whole path of the value at fault; this module only names fields,
 * finds values and puts the issues in the order a caller reads them.
 */
import type * as z from 'zod';
import type { ErrorCode } from '../errors.js';

/**
 * One problem with an input: the shape every error of the library carries in its `issues`.
 * @example
 * ```ts
 * const issue: SchemaIssue = { code: 'INVALID_OPTION', path: 'profile.rules[0].period.unit', value: 'fortnights', message: '…' };
 * ```
 */
export interface SchemaIssue {
  readonly code: ErrorCode;
  /** The field at fault, as the caller wrote it (`events[0].date`, `profile.rules[2].period.unit`). */
  readonly path: string;
  /** The offending value, as given. */
  readonly value: unknown;
  readonly message: string;
  /** The line of a file where the row starts, where the input was a file of rows. */
  readonly row?: number;
}

/**
 * How one input's issues are named: the name of its root (`profile`, or empty when fields are
 * named from the top, like `terms[0].start`), the code of its issues, and the fields a problem
 * is reported on as a whole, by the pattern of their path (`rules.#.exceptions`, `#` for any
 * position in a list): `self`, the list rather than its element; `element`, the list's name with
 * the element's value; `parent`, the object that holds the field, such as a fixed-date period
 * rather than its `month`.
 */
export interface IssueContext {
  readonly root: string;
  /** The field named when the whole input is at fault (default: the root). */
  readonly whole?: string;
  readonly code: ErrorCode;
  readonly fold?: Readonly<Record<string, 'self' | 'element' | 'parent'>>;
}

type Path = readonly PropertyKey[];

/** The path a problem is reported at, after folding. */
function reportedPath(ctx: IssueContext, path: Path): Path {
  if (ctx.fold === undefined) return path;
  let pattern = '';
  for (let i = 0; i < path.length; i++) {
    pattern += (i === 0 ? '' : '.') + (typeof path[i] === 'number' ? '#' : String(path[i]));
    const mode = ctx.fold[pattern];
    if (mode === 'parent') return path.slice(0, i);
    if (mode !== undefined && i < path.length - 1) return path.slice(0, i + 1);
  }
  return path;
}

/** `rules[2].period.unit` from `['rules', 2, 'period', 'unit']`, under the context's root. */
export function fieldAt(ctx: IssueContext, path: Path): string {
  if (path.length === 0 && ctx.whole !== undefined) return ctx.whole;
  return reportedPath(ctx, path).reduce<string>(
    (acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)),
    ctx.root,
  );
}

/** The value at a path of the input, or undefined. */
export function valueAt(input: unknown, path: Path): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/**
 * A zod error function that words a problem as the library does: `words` gets the field at
 * fault (named as in {@link fieldAt}), the value zod was checking, and zod's raw issue.
 */
export function said(
  ctx: IssueContext,
  words: (field: string, value: unknown, issue: z.core.$ZodRawIssue) => string,
): (issue: z.core.$ZodRawIssue) => string {
  return (issue) => words(fieldAt(ctx, issue.path ?? []), issue.input, issue);
}

/** What a check outside zod's own kinds adds to its issue: another code, or another value to report. */
export interface IssueParams {
  readonly code?: ErrorCode;
  readonly value?: unknown;
  /** Which check failed, in the words of an older error shape (a term calendar's `problem`). */
  readonly problem?: string;
}

/**
 * The library's issues for zod's, in the order a caller reads them: the unknown fields of an
 * object before anything inside it (the library has always named an unknown field first), and
 * otherwise zod's order. One issue per unknown-fields issue, for its first field.
 * @param input - What was parsed (values are read from it as given).
 * @param issues - zod's issues of that parse.
 * @param ctx - How fields are named and which code applies.
 * @returns At least one issue for a failed parse.
 * @example
 * ```ts
 * const parsed = profileSchema.safeParse(data);
 * if (!parsed.success) issuesFromZod(data, parsed.error.issues, PROFILE_ISSUES)[0]; // { code: 'INVALID_OPTION', path: 'profile.name', … }
 * ```
 */
export function issuesFromZod(input: unknown, issues: readonly z.core.$ZodIssue[], ctx: IssueContext): SchemaIssue[] {
  return ordered(issues).map((issue) => one(input, issue, ctx));
}

/** zod's issues in the order {@link issuesFromZod} gives them. */
export function ordered(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => rank(a.issue, b.issue) || a.i - b.i)
    .map(({ issue }) => issue);
}

/** Negative when `a` comes first: unknown fields of an object before the issues inside that object. */
function rank(a: z.core.$ZodIssue, b: z.core.$ZodIssue): number {
  const aKeys = a.code === 'unrecognized_keys';
  const bKeys = b.code === 'unrecognized_keys';
  if (aKeys === bKeys) return 0;
  if (aKeys && within(b.path, a.path)) return -1;
  if (bKeys && within(a.path, b.path)) return 1;
  return 0;
}

function within(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((k, i) => path[i] === k);
}

function one(input: unknown, issue: z.core.$ZodIssue, ctx: IssueContext): SchemaIssue {
  if (issue.code === 'unrecognized_keys') {
    const path = [...issue.path, issue.keys[0]!];
    return { code: ctx.code, path: fieldAt(ctx, path), value: valueAt(input, path), message: issue.message };
  }
  const params = (issue.code === 'custom' ? issue.params : undefined) as IssueParams | undefined;
  const folded = reportedPath(ctx, issue.path);
  const element = folded.length < issue.path.length && ctx.fold?.[patternOf(folded)] === 'element';
  const value = params !== undefined && 'value' in params ? params.value : valueAt(input, element ? issue.path : folded);
  return { code: params?.code ?? ctx.code, path: fieldAt(ctx, issue.path), value, message: issue.message };
}

function patternOf(path: Path): string {
  return path.map((k) => (typeof k === 'number' ? '#' : String(k))).join('.');
}
