/** Argument parsing on node:util's parseArgs, with usage errors that say what to type instead. */
import { parseArgs } from 'node:util';
import { parseOptions, usageLine, type CommandSpec } from './help.js';
import { UsageError } from './io.js';
import { visible } from './visible.js';

export interface Parsed {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: string[];
}

/** parseArgs would read `-5` as an option; a negative number is always a positional here. */
const NEGATIVE = /^-\d+$/;
const MARK = '\u0000negative:';

const hint = (spec: CommandSpec) => `Usage: ${usageLine(spec)}\nsend-timescales ${spec.name} --help lists every option.`;

export function parse(argv: string[], spec: CommandSpec): Parsed {
  try {
    const args = argv.map((a) => (NEGATIVE.test(a) ? MARK + a : a));
    const { values, positionals } = parseArgs({ args, options: parseOptions(spec), allowPositionals: true, strict: true });
    return { values: values as Parsed['values'], positionals: positionals.map((p) => (p.startsWith(MARK) ? p.slice(MARK.length) : p)) };
  } catch (e) {
    throw new UsageError(`${visible((e as Error).message, 400)}\n${hint(spec)}`);
  }
}

export function expectPositionals(parsed: Parsed, names: string[], spec: CommandSpec): string[] {
  if (parsed.positionals.length !== names.length) {
    throw new UsageError(`Expected ${names.map((n) => `<${n}>`).join(' ')}, got ${parsed.positionals.length} argument(s).\n${hint(spec)}`);
  }
  return parsed.positionals;
}

export function usageError(message: string, spec: CommandSpec): UsageError {
  return new UsageError(`${message}\n${hint(spec)}`);
}

export function oneOf<T extends string>(value: string | boolean | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, not "${visible(String(value))}".`, flag, value);
}

/** A whole number typed on the command line (`-5` included). */
export function integerArg(text: string, name: string): number {
  if (!/^[+-]?\d+$/.test(text)) throw new UsageError(`<${name}> must be a whole number, not "${visible(text)}".`, name, text);
  return Number(text);
}
