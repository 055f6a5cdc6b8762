import { SendTimescalesError } from '../errors.js';

/** What a command may do to the outside world: write, and report. Injected so tests can capture it. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Resolves when what was written to `out` has been taken (a large report is written in parts). */
  readonly drain?: () => Promise<void>;
  /** True when stderr is a terminal (progress is shown only then). */
  readonly errIsTty: boolean;
}

let full = false;

export const processIo: Io = {
  out: (text) => {
    if (!process.stdout.write(text)) full = true;
  },
  err: (text) => void process.stderr.write(text),
  drain: () => {
    if (!full) return Promise.resolve();
    full = false;
    return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
  },
  errIsTty: Boolean(process.stderr.isTTY),
};

/**
 * A mistake in how the command was called (exit 2), as opposed to bad data (exit 1): the
 * library's one error shape with the code `USAGE`. A subclass rather than a bare code so that the
 * many places that throw it say only the message, and `main` tells it apart by class.
 */
export class UsageError extends SendTimescalesError {
  constructor(message: string, field = 'arguments', value?: unknown) {
    super('USAGE', field, value, message);
    this.name = 'UsageError';
  }
}

/** An input file as a whole cannot be read: exit 1 with the message (the readers' error, exit code 1 here). */
import { InputError as InputErrorClass } from '../readers/caseload/input-error.js';
import { visible } from '../readers/caseload/visible.js';

export { InputErrorClass as InputError };

export const EXIT_OK = 0;
export const EXIT_INPUT_ERRORS = 1;
export const EXIT_USAGE = 2;

/**
 * Reads an input with `read`. An {@link InputError} (the input as a whole cannot be read: not text,
 * malformed XML, a bad header) is written to stderr and answered with `undefined`, for the command
 * to exit {@link EXIT_INPUT_ERRORS}; any other error goes on.
 */
export async function readOrReport<T>(io: Io, read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof InputErrorClass) {
      io.err(`${visible(e.message, 2000)}\n`);
      return undefined;
    }
    throw e;
  }
}
