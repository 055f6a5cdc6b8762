/**
 * The `send-timescales` command. Exit codes: 0 success; 1 the input had errors (each reported
 * on stderr); 2 the command was called wrongly.
 */
import { SendTimescalesError } from '../errors.js';
import { version } from '../version.js';
import * as addWorkingDays from './commands/add-working-days.js';
import * as workingDaysBetween from './commands/working-days-between.js';
import * as holidays from './commands/holidays.js';
import * as deadlineCommand from './commands/deadline.js';
import * as rulesCommand from './commands/rules.js';
import * as timelineCommand from './commands/timeline.js';
import * as auditCommand from './commands/audit.js';
import * as dueCommand from './commands/due.js';
import { commandHelp, type CommandSpec } from './help.js';
import { WIDTH, wrap } from './text.js';
import { visible } from './visible.js';
import { EXIT_INPUT_ERRORS, EXIT_USAGE, processIo, UsageError, type Io } from './io.js';

interface Command {
  readonly spec: CommandSpec;
  readonly run: (argv: string[], io: Io) => number | Promise<number>;
}

const commands: Record<string, Command> = {
  deadline: deadlineCommand,
  rules: rulesCommand,
  timeline: timelineCommand,
  audit: auditCommand,
  due: dueCommand,
  'add-working-days': addWorkingDays,
  'working-days-between': workingDaysBetween,
  holidays,
};

function help(): string {
  const lines = Object.values(commands).flatMap(({ spec }) => [`  ${spec.name} ${spec.args}`.trimEnd(), ...wrap(spec.summary, WIDTH, 6)]);
  return [
    'send-timescales: statutory deadlines of the SEND system in England, with citations and traces.',
    '',
    'Usage: send-timescales <command> [arguments] [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'send-timescales <command> --help lists its options, the columns it reads and an example.',
    'Dates are YYYY-MM-DD; other layouts need --date-format (e.g. dd/MM/yyyy).',
    'Exit codes: 0 success, 1 the input had errors (each reported on stderr), 2 usage error.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${version}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`Unknown command "${visible(name)}". Run send-timescales --help for the list.\n`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(command.spec));
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof SendTimescalesError) {
      io.err(`Error ${e.code} (${visible(e.field, 80)}): ${visible(e.message, 400)}\n`);
      return EXIT_INPUT_ERRORS;
    }
    throw e;
  }
}

// A reader that stops early (`send-timescales rules | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`Unexpected failure: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 70;
  },
);
