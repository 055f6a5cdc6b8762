import { audit } from '../../engine/audit.js';
import { show } from '../../errors.js';
import { oneOf, parse, expectPositionals } from '../args.js';
import { asOfArg } from '../as-of.js';
import { InputError, readCsvCaseload, readJsonCaseload } from '../caseload.js';
import { DATE_FORMAT_OPTION } from '../dates.js';
import { EXIT_INPUT_ERRORS, EXIT_OK, UsageError, type Io } from '../io.js';
import { auditCsv, auditMarkdown, auditTable } from '../report.js';
import { LOCAL_OPTIONS, localOptions } from '../local-options.js';

export const usage =
  'send-timescales audit <cases.csv|cases.json> [--as-of YYYY-MM-DD] [--format table|json|csv|markdown] [--date-format dd/MM/yyyy] [--reviewed-on meeting|decision] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--profile <name|file.json>] [--terms <file>]';
export const summary = 'Compliance across a caseload: per-rule counts, the 20-week measure, late and overdue cases; bad rows reported, good rows processed.';

const PROGRESS_EVERY = 50_000;

export async function run(argv: string[], io: Io): Promise<number> {
  const parsed = parse(
    argv,
    { 'as-of': { type: 'string' }, format: { type: 'string' }, 'reviewed-on': { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, ...LOCAL_OPTIONS, ...DATE_FORMAT_OPTION },
    usage,
  );
  const [file] = expectPositionals(parsed, ['cases.csv|cases.json'], usage);
  const format = oneOf(parsed.values.format, ['table', 'json', 'csv', 'markdown'] as const, 'format', 'table');
  const dateFormat = typeof parsed.values['date-format'] === 'string' ? parsed.values['date-format'] : undefined;
  const asOf = asOfArg(parsed.values['as-of'], dateFormat);
  const local = localOptions(parsed.values);
  const progress = (what: string) => (n: number) => {
    if (io.errIsTty && n % PROGRESS_EVERY === 0) io.err(`\r${what} ${n.toLocaleString('en-GB')}…`);
  };
  let caseload;
  try {
    caseload = file!.toLowerCase().endsWith('.json') ? await readJsonCaseload(file!) : await readCsvCaseload(file!, dateFormat, progress('rows read:'));
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`${e.message}\n`);
      return EXIT_INPUT_ERRORS;
    }
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`No such file: ${file}`);
    throw e;
  }
  const result = audit(caseload.cases, {
    asOf,
    reviewedOn: oneOf(parsed.values['reviewed-on'], ['meeting', 'decision'] as const, 'reviewed-on', 'meeting'),
    ...(typeof parsed.values.from === 'string' ? { from: parsed.values.from } : {}),
    ...(typeof parsed.values.to === 'string' ? { to: parsed.values.to } : {}),
    ...local,
  }, progress('cases checked:'));
  if (io.errIsTty && caseload.rows >= PROGRESS_EVERY) io.err('\r\x1b[K');

  for (const r of caseload.rowErrors) {
    io.err(`Row ${r.row} (case ${r.caseId || '?'}): ${r.field} ${show(r.value)} [${r.code}]: ${r.reason}\n`);
  }
  for (const id of caseload.setAside) io.err(`Case ${id} was not audited: one or more of its rows is invalid (see above).\n`);
  for (const rejected of result.rejected) {
    for (const e of rejected.errors) io.err(`Case ${rejected.id}: ${e.field} ${show(e.value)} [${e.code}]: ${e.message}\n`);
  }
  if (format === 'json') io.out(JSON.stringify({ ...result, setAside: caseload.setAside, rowErrors: caseload.rowErrors }, null, 2) + '\n');
  else if (format === 'csv') io.out(auditCsv(result));
  else if (format === 'markdown') io.out(auditMarkdown(result));
  else io.out(auditTable(result) + (caseload.setAside.length ? `Cases set aside for bad rows: ${caseload.setAside.length} (see stderr).\n` : ''));
  return caseload.rowErrors.length || caseload.setAside.length || result.rejected.length ? EXIT_INPUT_ERRORS : EXIT_OK;
}
